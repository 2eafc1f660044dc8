import {
	getFinishedWords,
	getSearchUrl,
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
import { getTypingPause } from '../../lib/typing-pause.ts';
import { KNOWN_ERROR_STATUSES, type KnownErrorStatus } from '../../schemas/enums.ts';
import type { Translate } from '../../i18n/format.ts';
import type { MessageKey } from '../../i18n/en.ts';

/**
 * The browser side of search, loaded only once someone starts to search: Pagefind's index, the
 * build-time vocabulary, and safe rendering of results.
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
	 * each fetch more of the index. (Only fetched, not looked up: in a large index a common word's
	 * lookup holds the page up for tens of milliseconds, which delays the reader's next keys.)
	 */
	preload(query: string): void;
	/**
	 * Looks a query up without showing it, when the reader seems to pause, with its first result's
	 * details: the engine keeps its answers and Pagefind what it fetched, so showing the results once
	 * the pause is sure takes no more fetching.
	 */
	lookup(query: string, filters?: SearchFilters): void;
}

/** Words in a snippet (Pagefind's own default is 30). */
const EXCERPT_WORDS = 22;

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

let loading: Promise<Searcher> | undefined;

/** A Pagefind instance and its memory of recent answers, as the search's engine. */
function createEngine(pagefind: Pagefind, mapData: (data: HitData) => HitData = (data) => data) {
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

/** Loads Pagefind (from its runtime path, so the bundler leaves its files alone) in a language. */
async function loadPagefind(language?: string): Promise<Pagefind> {
	// A second language needs its own instance of the module: the query string makes it one.
	const url = new URL('/pagefind/pagefind.js', location.href);
	if (language) url.searchParams.set('language', language);
	const path = url.href;
	const pagefind = (await import(/* @vite-ignore */ path)) as Pagefind;
	// On the main thread: a worker would cost another download of Pagefind's code before the first
	// result, and the index of even a large portal is searched in a few milliseconds.
	await pagefind.options({
		excerptLength: EXCERPT_WORDS,
		noWorker: true,
		...(language ? { language } : {}),
	});
	await pagefind.init();
	return pagefind;
}

/**
 * The page's language and where its pages are: `<html lang>`, and `data-default-language` and
 * `data-root` (`/de/`) from the layout.
 */
function readPageLanguage() {
	const root = document.documentElement;
	const lang = root.lang || 'en';
	return {
		lang,
		defaultLanguage: root.dataset.defaultLanguage || lang,
		base: root.dataset.root || '/',
	};
}

/**
 * Loads Pagefind and the vocabulary once per page; later calls share the same searcher. Search looks
 * in the page's language first; on a page in another language than the default, when that finds no
 * good match it also searches the default language's pages, and those results lead to the entry's
 * page in the reader's language, marked with the language their text is in.
 */
export function loadSearch(): Promise<Searcher> {
	loading ??= (async () => {
		const page = readPageLanguage();
		// What every search needs comes with the engine; the words for "Did you mean" and the
		// synonym groups only with a search that uses them.
		const [pagefind, core] = await Promise.all([
			loadPagefind(),
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
				loadPagefind(page.defaultLanguage.toLowerCase()).then((original) =>
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
		const lookup = (query: string, filters: SearchFilters = {}) => {
			// With the first result's details: Pagefind keeps what it has fetched.
			void search(query, filters)
				.then((outcome) => outcome.results[0]?.data())
				.catch(() => undefined);
		};
		return { search, preload, lookup };
	})();
	loading.catch(() => {
		loading = undefined;
	});
	return loading;
}

let analytics: Promise<typeof import('./analytics.ts')> | undefined;

/**
 * The anonymous events' code, only on a portal that collects them (`<html data-analytics-url>`):
 * elsewhere it would be one more file to fetch before the first results, for nothing.
 */
export function loadAnalytics(): Promise<typeof import('./analytics.ts')> | undefined {
	if (!document.documentElement.dataset.analyticsUrl) return undefined;
	return (analytics ??= import('./analytics.ts'));
}

/** Pagefind's excerpt as DOM: its text, with only its `<mark>` highlights kept as elements. */
function renderExcerpt(html: string): DocumentFragment {
	const fragment = document.createDocumentFragment();
	const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
	for (const node of parsed.body.childNodes) {
		if (node.nodeName === 'MARK') {
			const mark = document.createElement('mark');
			mark.textContent = node.textContent;
			fragment.append(mark);
		} else fragment.append(document.createTextNode(node.textContent ?? ''));
	}
	return fragment;
}

/**
 * The search page URL for a query and filters in the page's language: `base` is the page's own
 * /search/ (`/de/search/` on a German page), which its component gives in `data-search-url`.
 */
export function getLocalSearchUrl(
	base: string | undefined,
	query: string,
	filters: SearchFilters = {},
): string {
	const url = getSearchUrl(query, filters);
	return base ? url.replace(/^\/search\//, () => base) : url;
}

/**
 * One result as a list item: type and id, the title as the only link, status, summary and excerpt.
 * `t` gives the status's label (the element's `data-messages` carries the `status.*` keys).
 */
export function renderResult(
	data: HitData,
	t: Translate<MessageKey>,
	{ excerpt = true }: { excerpt?: boolean } = {},
): HTMLLIElement {
	const item = document.createElement('li');
	item.className = 'kb-result';
	if (data.meta.id) item.dataset.entryId = data.meta.id;
	const eyebrow = document.createElement('p');
	eyebrow.className = 'kb-result__type';
	eyebrow.textContent = [data.meta.type, data.meta.id].filter(Boolean).join(' · ');
	const link = document.createElement('a');
	link.className = 'kb-result__title';
	link.href = data.url;
	link.textContent = data.meta.title ?? data.url;
	item.append(eyebrow, link);
	const pageLang = document.documentElement.lang || 'en';
	if (data.meta.lang && data.meta.lang.toLowerCase() !== pageLang.toLowerCase()) {
		// Not translated yet: the title is in the original's language, and the result says so.
		link.lang = data.meta.lang;
		const note = document.createElement('span');
		note.className = 'kb-result__lang';
		const base = data.meta.lang.split('-')[0]!;
		const language = new Intl.DisplayNames([pageLang], { type: 'language' }).of(base) ?? base;
		note.textContent = t('search.untranslated', { language });
		item.append(' ', note);
	}
	const status = data.meta.status as KnownErrorStatus | undefined;
	if (status && KNOWN_ERROR_STATUSES.includes(status)) {
		const badge = document.createElement('span');
		badge.className = `kb-badge kb-badge--status-${status}`;
		badge.textContent = t(`status.${status}`);
		item.append(' ', badge);
	}
	if (data.meta.summary) {
		const summary = document.createElement('p');
		summary.className = 'kb-result__summary';
		summary.textContent = data.meta.summary;
		item.append(summary);
	}
	if (excerpt && data.excerpt) {
		const text = document.createElement('p');
		text.className = 'kb-result__excerpt';
		text.append(renderExcerpt(data.excerpt));
		item.append(text);
	}
	return item;
}

/**
 * Both search boxes: after each key, `lookup` once the reader has paused a little longer than their
 * usual gap between keys, and `show` once the pause is clearly longer (lib/typing-pause.ts), so a word
 * is searched once the reader pauses rather than every prefix of it, each of which would fetch more of
 * the index. The lookup fetches the last word's part of the index while the pause goes on.
 */
export function watchTypingPauses(lookup: () => void, show: () => void) {
	const gaps: number[] = [];
	let last = 0;
	let timers: ReturnType<typeof setTimeout>[] = [];
	const cancel = () => {
		for (const timer of timers) clearTimeout(timer);
		timers = [];
	};
	return {
		keyed() {
			const now = performance.now();
			if (last) gaps.push(now - last);
			if (gaps.length > 16) gaps.shift();
			last = now;
			cancel();
			const pause = getTypingPause(gaps);
			timers = [setTimeout(lookup, pause.lookupMs), setTimeout(show, pause.showMs)];
		},
		cancel,
	};
}

/** Moves focus between a search box and its result links with the arrow keys. */
export function handleArrowKeys(
	event: KeyboardEvent,
	input: HTMLInputElement,
	links: HTMLAnchorElement[],
): boolean {
	if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return false;
	if (links.length === 0) return false;
	const at = links.indexOf(document.activeElement as HTMLAnchorElement);
	const next = event.key === 'ArrowDown' ? at + 1 : at - 1;
	event.preventDefault();
	if (next < 0) input.focus();
	else links[Math.min(next, links.length - 1)]!.focus();
	return true;
}
