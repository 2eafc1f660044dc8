import {
	getFinishedWords,
	searchEntries,
	type SearchEngine,
	type SearchFilters,
	type SearchOutcome,
	type SearchVocabulary,
} from '../../lib/search.ts';
import {
	linkOriginalHit,
	mergeOutcomes,
	shouldSearchDefaultLanguage,
} from '../../lib/search-languages.ts';
import {
	buildTextExcerpt,
	findTextStart,
	type MatchLocation,
	type PageAnchor,
} from '../../lib/excerpt.ts';
import { FILLER_WORDS } from '../../lib/query.ts';
import { createLatestRunner } from '../../lib/latest-runner.ts';

/**
 * The search itself: Pagefind's index, the build-time vocabulary, and the rules of lib/search.ts. It
 * runs in search-worker.ts, off the page's thread, so looking a query up while someone types never
 * holds up their keys; search-client.ts talks to it (or runs it on the page, where no worker starts).
 * Free of the DOM: what it needs to know of the page comes in `SearchPage`.
 */

export interface HitData {
	url: string;
	excerpt: string;
	meta: {
		title?: string;
		id?: string;
		type?: string;
		summary?: string;
		/** A known error's status value (`workaround`), shown with its label. */
		status?: string;
		severity?: string;
		workaround?: string;
		/** The language of the entry's text, when it is not the page's (not translated yet). */
		lang?: string;
	};
	/** Pagefind's page text (escaped), where each match is, and the elements with ids in it. */
	raw_content?: string;
	weighted_locations?: MatchLocation[];
	anchors?: PageAnchor[];
}

/** The page search runs for: `<html lang>`, and `data-default-language` and `data-root` (`/de/`). */
export interface SearchPage {
	lang: string;
	defaultLanguage: string;
	base: string;
}

interface PagefindResult {
	id: string;
	score: number;
	data: () => Promise<HitData>;
}

interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(
		query: string,
		options?: { filters?: SearchFilters },
	): Promise<{ results: PagefindResult[] } | null>;
	preload(term: string): Promise<void>;
}

/**
 * Search as the boxes use it. (Never Pagefind's `filters()`: it fetches every filter file; the
 * search page's filter choices come from the build.)
 */
export interface Searcher {
	search(query: string, filters?: SearchFilters): Promise<SearchOutcome<HitData>>;
	/**
	 * Fetches the index for the words of a query being typed that the reader has finished, so the
	 * search once they pause has less to fetch. Never a word still being typed: its prefixes would
	 * each fetch more of the index.
	 */
	preload(query: string): void;
	/**
	 * Looks a query up without showing it: the engine keeps its answers and Pagefind what it
	 * fetched, so showing the results once the reader pauses takes no more work. With `details`,
	 * the first result's too (the reader seems to have paused); without, only the lookup (as they
	 * type: a lookup newer text replaces before it starts is skipped).
	 */
	lookup(query: string, filters?: SearchFilters, options?: { details?: boolean }): void;
}

/** Words in a snippet (Pagefind's own default is 30). */
export const EXCERPT_WORDS = 22;

/**
 * The snippet from the entry's own text, never from what the page indexes only to be found (id,
 * aliases, synonyms) or what the result shows anyway (title, summary): none when it has no text
 * of its own in this language.
 */
function withTextExcerpt(data: HitData): HitData {
	const from = findTextStart(data.anchors);
	const excerpt =
		from === undefined
			? ''
			: buildTextExcerpt(
					data.raw_content ?? '',
					data.weighted_locations ?? [],
					from,
					EXCERPT_WORDS,
				);
	return { ...data, excerpt };
}

/** A build-time file of the page's language (`search-data.json` and the like); `fallback` if it fails. */
function fetchJson<T>(base: string, name: string, fallback: T): Promise<T> {
	return fetch(`${base}${name}`)
		.then((response) => (response.ok ? (response.json() as Promise<T>) : fallback))
		.catch(() => fallback);
}

/** Engine answers kept for reuse while someone types. */
const RECENT_SEARCHES = 60;

/** A Pagefind instance and its memory of recent answers, as the search's engine. */
function createEngine(
	pagefind: Pagefind,
	mapData: (data: HitData) => HitData = (data) => data,
): SearchEngine<HitData> {
	// As someone types, each search repeats the words before the one being typed ("onedrive",
	// then "onedrive fills"): the engine answers a word it has answered before from memory.
	const recent = new Map<string, ReturnType<typeof pagefind.search>>();
	const lookup = (query: string, filters: SearchFilters) => {
		const key = `${query}\u0000${JSON.stringify(filters)}`;
		let found = recent.get(key);
		if (!found) {
			found = pagefind.search(query, { filters });
			recent.set(key, found);
			if (recent.size > RECENT_SEARCHES) recent.delete(recent.keys().next().value!);
		}
		return found;
	};
	return {
		async search(query: string, filters: SearchFilters) {
			const found = await lookup(query, filters);
			return (found?.results ?? []).map((hit) => ({
				id: hit.id,
				score: hit.score,
				// Through `hit`, which keeps it alive: in worker mode Pagefind frees a result's data
				// once the result object is garbage-collected, and `data()` then answers null.
				data: async () => mapData(withTextExcerpt(await hit.data())),
			}));
		},
	};
}

/**
 * Loads Pagefind (from its runtime path, so the bundler leaves its files alone) for `page`, with its
 * engine on this thread: in search-worker.ts that is already off the page's thread.
 */
async function loadPagefind(page: SearchPage, language?: string): Promise<Pagefind> {
	// A second language needs its own instance of the module: the query string makes it one.
	const url = new URL('/pagefind/pagefind.js', location.href);
	if (language) url.searchParams.set('language', language);
	// Pagefind reads the page's language from `<html lang>`; a worker has no document, so it is
	// told the page's, as the page itself would.
	const scope = globalThis as { document?: unknown };
	scope.document ??= {
		querySelector: (selector: string) =>
			selector === 'html'
				? { getAttribute: (name: string) => (name === 'lang' ? page.lang : null) }
				: null,
	};
	const pagefind = (await import(/* @vite-ignore */ url.href)) as Pagefind;
	await pagefind.options({
		// Links as the site's own paths (`/articles/…`), as on the page: Pagefind would make them
		// absolute from a worker, whose script has no page to strip the origin against.
		baseUrl: '/',
		excerptLength: EXCERPT_WORDS,
		noWorker: true,
		...(language ? { language } : {}),
	});
	await pagefind.init();
	return pagefind;
}

/**
 * Loads Pagefind and the vocabulary for `page`. Search looks in the page's language first; on a page
 * in another language than the default, when that finds no good match it also searches the default
 * language's pages, and those results lead to the entry's page in the reader's language, marked with
 * the language their text is in.
 */
export async function createSearcher(page: SearchPage): Promise<Searcher> {
	// What every search needs comes with the engine; the words for "Did you mean" and the
	// synonym groups only with a search that uses them.
	const [pagefind, core] = await Promise.all([
		loadPagefind(page),
		fetchJson<Omit<SearchVocabulary, 'words' | 'synonyms'>>(page.base, 'search-data.json', {
			errors: {},
		}),
	]);
	let words: Promise<string[]> | undefined;
	const vocabulary: SearchVocabulary = {
		...core,
		words: () =>
			(words ??= fetchJson(page.base, 'search-words.json', { words: [] as string[] }).then(
				(file) => file.words,
			)),
		synonyms: [],
	};
	const engine = createEngine(pagefind);
	const getEntryId = (data: HitData) => data.meta.id;
	let fallback: Promise<[SearchEngine<HitData>, string[][]]> | undefined;
	const getFallback = () =>
		(fallback ??= Promise.all([
			loadPagefind(page, page.defaultLanguage.toLowerCase()).then((original) =>
				createEngine(original, (data) =>
					linkOriginalHit(data, vocabulary.pages, page.defaultLanguage),
				),
			),
			fetchJson(page.base, 'search-synonyms.json', { synonyms: [] as string[][] }).then(
				(file) => file.synonyms,
			),
		]));
	const search = async (query: string, filters: SearchFilters = {}) => {
		const outcome = await searchEntries(query, { engine, vocabulary, filters, getEntryId });
		if (!shouldSearchDefaultLanguage(outcome, page.lang, page.defaultLanguage)) return outcome;
		// Filters name values in the page's language, which the original pages do not have.
		// The default language's pages hold its synonyms, not this language's: the query's synonyms
		// are searched one by one there.
		const [originalEngine, synonyms] = await getFallback();
		const original = await searchEntries(query, {
			engine: originalEngine,
			vocabulary: { ...vocabulary, synonyms, pages: undefined, synonymsIndexed: false },
			getEntryId,
		});
		return mergeOutcomes(outcome, original, getEntryId);
	};
	const fillers = new Set([...FILLER_WORDS, ...(vocabulary.fillers ?? [])]);
	const preloaded = new Set<string>();
	const preload = (query: string) => {
		for (const word of getFinishedWords(query, fillers)) {
			if (preloaded.has(word)) continue;
			preloaded.add(word);
			pagefind.preload(word).catch(() => undefined);
		}
	};
	const ahead = createLatestRunner();
	const lookup = (query: string, filters: SearchFilters = {}, { details = true } = {}) => {
		// With the first result's details: Pagefind keeps what it has fetched.
		if (details)
			void search(query, filters)
				.then((outcome) => outcome.results[0]?.data())
				.catch(() => undefined);
		// Ahead of the pause, only what the search will surely ask the engine: "Did you mean" and
		// the default language's pages wait until the reader stops on text that needs them.
		else
			ahead(() =>
				searchEntries(query, { engine, vocabulary, filters, getEntryId, correct: false }),
			);
	};
	return { search, preload, lookup };
}
