import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { parseEntryFileName, type EntryType } from './lib/ids.ts';
import {
	resolveLink as resolveContentLink,
	toEntryCard,
	type EntryCard,
	type ResolvedLink,
} from './lib/entries.ts';
import { buildStatusJson, getPageStatus } from './lib/status-document.ts';
import { jsonForScript } from './lib/security.ts';
import { readClock } from './lib/clock.ts';
import type { StatusJson } from './schemas/status-json.ts';

/**
 * The one place pages read content from: published entries (drafts left out) as cards plus their
 * collection entry for rendering, and the site's data files.
 */

export type ArticleEntry = CollectionEntry<'articles'>;
export type KnownErrorEntry = CollectionEntry<'knownErrors'>;
export type PolicyEntry = CollectionEntry<'policies'>;

export type Published =
	| { type: 'article'; card: EntryCard; entry: ArticleEntry }
	| { type: 'known-error'; card: EntryCard; entry: KnownErrorEntry }
	| { type: 'policy'; card: EntryCard; entry: PolicyEntry };

function slugOf(entry: { id: string; filePath?: string | undefined }): string {
	const parsed = parseEntryFileName(entry.filePath ?? '');
	if (!parsed)
		throw new Error(
			`Cannot read the slug of entry ${entry.id} from its file name ${entry.filePath}`,
		);
	return parsed.slug;
}

let published: Promise<Published[]> | undefined;

/** Every published entry of every type, in a stable order (by id). */
export function getPublished(): Promise<Published[]> {
	published ??= (async () => {
		const [articles, knownErrors, policies] = await Promise.all([
			getCollection('articles', ({ data }) => !data.draft),
			getCollection('knownErrors', ({ data }) => !data.draft),
			getCollection('policies', ({ data }) => !data.draft),
		]);
		const all: Published[] = [
			...articles.map((entry) => ({
				type: 'article' as const,
				card: toEntryCard('article', slugOf(entry), entry.data),
				entry,
			})),
			...knownErrors.map((entry) => ({
				type: 'known-error' as const,
				card: toEntryCard('known-error', slugOf(entry), entry.data),
				entry,
			})),
			...policies.map((entry) => ({
				type: 'policy' as const,
				card: toEntryCard('policy', slugOf(entry), entry.data),
				entry,
			})),
		];
		return all.sort((a, b) => a.card.id.localeCompare(b.card.id));
	})();
	return published;
}

export async function getPublishedOfType<T extends EntryType>(type: T) {
	return (await getPublished()).filter(
		(item): item is Extract<Published, { type: T }> => item.type === type,
	);
}

let cards: Promise<EntryCard[]> | undefined;
let cardsById: Promise<ReadonlyMap<string, EntryCard>> | undefined;

/** Every published entry's card, made once per build and shared by every page: copy it before sorting. */
export function getCards(): Promise<EntryCard[]> {
	cards ??= getPublished().then((all) => all.map((item) => item.card));
	return cards;
}

function getCardIndex(): Promise<ReadonlyMap<string, EntryCard>> {
	cardsById ??= getCards().then((all) => new Map(all.map((card) => [card.id.toUpperCase(), card])));
	return cardsById;
}

/** A card by its id in any letter case, or undefined. */
export async function getCardById(id: string): Promise<EntryCard | undefined> {
	return (await getCardIndex()).get(id.toUpperCase());
}

/** What every page of a build shares: `site.yaml`, `categories.yaml` and `synonyms.yaml`. */
export type PortalData = CollectionEntry<'site'>['data'];

let portal: Promise<PortalData> | undefined;

/**
 * The site's data, read once per build. The middleware hands it to every page and endpoint as
 * `Astro.locals.portal`; `getStaticPaths`, which runs before any request, calls this itself.
 */
export function getPortalData(): Promise<PortalData> {
	portal ??= (async () => {
		const entry = await getEntry('site', 'site');
		if (!entry) throw new Error('The content folder has no site.yaml: the portal cannot be built');
		return entry.data;
	})();
	// A failed read is not kept: the dev server tries again on the next request.
	portal.catch(() => {
		portal = undefined;
	});
	return portal;
}

export async function getNotices() {
	return (await getCollection('notices')).map((entry) => entry.data);
}

/**
 * The build's "now" (`KB_NOW`, else the real time): the `generated` time of the status it publishes and the
 * moment every time rule of the build is decided at. Read once, so every page agrees.
 */
export const BUILT_AT = readClock();

/** Where an entry id or a web address in content (`link`, `supportMatrix`) points. */
export async function resolveLink(link: string): Promise<ResolvedLink | null> {
	const index = await getCardIndex();
	return resolveContentLink(link, (id) => index.get(id.toUpperCase()));
}

let status: Promise<StatusJson> | undefined;

/** The status document of this build: every notice and every open known error (`/status.json`). */
export function getStatus(): Promise<StatusJson> {
	status ??= (async () => {
		const knownErrors = (await getPublishedOfType('known-error')).map(({ entry, card }) => ({
			...entry.data,
			url: card.url,
		}));
		const index = await getCardIndex();
		return buildStatusJson(
			await getNotices(),
			knownErrors,
			BUILT_AT,
			(link) => resolveContentLink(link, (id) => index.get(id.toUpperCase()))?.href ?? null,
		);
	})();
	return status;
}

let banner: Promise<{ status: StatusJson; omitted: number; initial: string }> | undefined;

/**
 * The status a page's banner is built from: the same on every page, so worked out once per build (a
 * portal with thousands of pages and open known errors would otherwise redo it for each page).
 */
export function getBannerState() {
	banner ??= getStatus().then((status) => {
		const page = getPageStatus(status, BUILT_AT);
		return { status: page.status, omitted: page.omitted, initial: jsonForScript(page.status) };
	});
	return banner;
}
