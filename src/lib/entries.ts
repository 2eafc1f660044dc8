import type { KnownErrorStatus, Severity } from '../schemas/known-error.ts';
import type { Device, Platform } from '../schemas/fields.ts';
import { getEntryPath, getShortPath, type EntryType } from './ids.ts';
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
export function sortByTitle<T extends { title: string }>(cards: T[]): T[] {
	return [...cards].sort((a, b) => a.title.localeCompare(b.title, 'en', { sensitivity: 'base' }));
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
		.filter((card) => card.status === 'resolved')
		.sort((a, b) => b.lastActivity!.getTime() - a.lastActivity!.getTime());
}

/** Cards grouped by category key, each group sorted by title. */
export function groupByCategory(cards: EntryCard[]): Map<string, EntryCard[]> {
	const groups = new Map<string, EntryCard[]>();
	for (const card of cards) groups.set(card.category, [...(groups.get(card.category) ?? []), card]);
	for (const [key, list] of groups) groups.set(key, sortByTitle(list));
	return groups;
}

/** How many entries the home page's "Start here" list shows when support staff have not chosen. */
export const START_HERE_DEFAULT = 6;

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
