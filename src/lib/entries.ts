import type { KnownErrorStatus, Severity } from '../schemas/known-error.ts';
import type { Device, Platform } from '../schemas/enums.ts';
import { ENTRY_ID, getEntryPath, getShortPath, type EntryType } from './ids.ts';
import { compareKnownErrors, getLatestActivity, isOpenStatus } from './status.ts';

/** What lists, cards and feeds need to know about any entry. */
export interface EntryCard {
	id: string;
	type: EntryType;
	slug: string;
	url: string;
	shortUrl: string;
	title: string;
	summary: string;
	category: string;
	updated: Date;
	platforms: Platform[];
	devices: Device[];
	aliases: string[];
	tags: string[];
	/** Old slugs that redirect to this entry. */
	previousSlugs: string[];
	/** Known errors only. */
	status?: KnownErrorStatus;
	severity?: Severity;
	services?: string[];
	lastActivity?: Date;
	/** The language the card's text is in; absent means the portal's default language. */
	lang?: string;
	/** Translations: the source's `updated` date the translation was made from. */
	translatedFrom?: Date;
	/** Translations: the page of the original. */
	sourceUrl?: string;
}

interface EntryFields {
	id: string;
	title: string;
	summary: string;
	category: string;
	updated: Date;
	platforms?: Platform[] | undefined;
	devices?: Device[] | undefined;
	aliases?: string[] | undefined;
	tags?: string[] | undefined;
	previousSlugs?: string[] | undefined;
	status?: KnownErrorStatus;
	severity?: Severity;
	services?: string[];
	firstSeen?: Date;
	resolvedAt?: Date | undefined;
	updates?: { at: Date }[] | undefined;
}

/** Builds the card of an entry from its type, slug (from the file name) and validated data. */
export function toEntryCard(type: EntryType, slug: string, data: EntryFields): EntryCard {
	const card: EntryCard = {
		id: data.id,
		type,
		slug,
		url: getEntryPath(type, slug),
		shortUrl: getShortPath(data.id),
		title: data.title,
		summary: data.summary,
		category: data.category,
		updated: data.updated,
		platforms: data.platforms ?? [],
		devices: data.devices ?? [],
		aliases: data.aliases ?? [],
		tags: data.tags ?? [],
		previousSlugs: data.previousSlugs ?? [],
	};
	if (type === 'known-error' && data.status && data.severity && data.firstSeen) {
		card.status = data.status;
		card.severity = data.severity;
		card.services = data.services ?? [];
		card.lastActivity = getLatestActivity({ ...data, firstSeen: data.firstSeen });
	}
	return card;
}

/** Alphabetical by title, the order people scan a list in. */
export function sortByTitle<T extends { title: string }>(cards: T[], lang = 'en'): T[] {
	const collator = new Intl.Collator(lang, { sensitivity: 'base' });
	return [...cards].sort((a, b) => collator.compare(a.title, b.title));
}

/** Open known errors, most severe first, then most recently updated. */
export function getOpenKnownErrors(cards: EntryCard[]): EntryCard[] {
	return cards
		.filter((card) => card.status && isOpenStatus(card.status))
		.sort((a, b) =>
			compareKnownErrors(
				{ severity: a.severity!, updated: a.lastActivity!, firstSeen: a.lastActivity! },
				{ severity: b.severity!, updated: b.lastActivity!, firstSeen: b.lastActivity! },
			),
		);
}

/** Resolved known errors, most recently resolved first. */
export function getResolvedKnownErrors(cards: EntryCard[]): EntryCard[] {
	return cards
		.filter((card) => card.status !== undefined && !isOpenStatus(card.status))
		.sort((a, b) => b.lastActivity!.getTime() - a.lastActivity!.getTime());
}

/** Cards grouped by category key, each group sorted by title. */
export function groupByCategory(cards: EntryCard[]): Map<string, EntryCard[]> {
	const groups = new Map<string, EntryCard[]>();
	for (const card of cards) groups.set(card.category, [...(groups.get(card.category) ?? []), card]);
	for (const [key, list] of groups) groups.set(key, sortByTitle(list));
	return groups;
}

/** How many published entries each category holds, by category key (a category with none is absent). */
export function countByCategory(
	cards: readonly Pick<EntryCard, 'category'>[],
): Map<string, number> {
	const counts = new Map<string, number>();
	for (const card of cards) counts.set(card.category, (counts.get(card.category) ?? 0) + 1);
	return counts;
}

/** Where a link in content leads, with the entry's title when it names one. */
export interface ResolvedLink {
	href: string;
	/** The linked entry's title; absent for a web address. */
	title?: string;
}

/**
 * A `link` of a notice or a support-matrix row: an entry id becomes that entry's page
 * and title, a web address stays as written, and the id of an entry that is not published is null.
 */
export function resolveLink(
	link: string,
	findCard: (id: string) => Pick<EntryCard, 'url' | 'title'> | undefined,
): ResolvedLink | null {
	if (!ENTRY_ID.test(link)) return { href: link };
	const card = findCard(link);
	return card ? { href: card.url, title: card.title } : null;
}

/** How many entries the home page's "Start here" list shows when support staff have not chosen. */
const START_HERE_DEFAULT = 6;

/**
 * The home page's "Start here": the entries support staff chose in `startHere`, in their order, or
 * else the most recently updated articles.
 */
export function getStartHere(
	cards: EntryCard[],
	chosen: readonly string[] | undefined,
): EntryCard[] {
	if (chosen?.length) {
		const byId = new Map(cards.map((card) => [card.id.toUpperCase(), card]));
		return chosen.flatMap((id) => byId.get(id.toUpperCase()) ?? []);
	}
	return cards
		.filter((card) => card.type === 'article')
		.sort((a, b) => b.updated.getTime() - a.updated.getTime() || a.id.localeCompare(b.id))
		.slice(0, START_HERE_DEFAULT);
}
