import {
	searchEntries,
	type SearchFilters,
	type SearchOutcome,
	type SearchVocabulary,
} from '../../lib/search.ts';
import { STATUS_LABELS } from '../../lib/status.ts';
import type { KnownErrorStatus } from '../../schemas/enums.ts';

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
	};
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
	filters(): Promise<Record<string, Record<string, number>>>;
}

export interface Searcher {
	search(query: string, filters?: SearchFilters): Promise<SearchOutcome<HitData>>;
	filters(): Promise<Record<string, Record<string, number>>>;
}

const EMPTY_VOCABULARY: SearchVocabulary = { words: [], errors: {}, synonyms: [] };
/** Engine answers kept for reuse while someone types. */
const RECENT_SEARCHES = 60;

let loading: Promise<Searcher> | undefined;

/** Loads Pagefind and the vocabulary once per page; later calls share the same searcher. */
export function loadSearch(): Promise<Searcher> {
	loading ??= (async () => {
		// A runtime path, so the bundler leaves Pagefind's own files alone.
		const path = '/pagefind/pagefind.js';
		const [pagefind, vocabulary] = await Promise.all([
			import(/* @vite-ignore */ path) as Promise<Pagefind>,
			fetch('/search-data.json')
				.then((response) =>
					response.ok ? (response.json() as Promise<SearchVocabulary>) : EMPTY_VOCABULARY,
				)
				.catch(() => EMPTY_VOCABULARY),
		]);
		// On the main thread: a worker would cost another download of Pagefind's code before the first
		// result, and the index of even a large portal is searched in a few milliseconds.
		await pagefind.options({ excerptLength: 22, noWorker: true });
		await pagefind.init();
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
		const engine = {
			async search(query: string, filters: SearchFilters) {
				const found = await lookup(query, filters);
				return (found?.results ?? []).map((hit) => ({
					id: hit.id,
					score: hit.score,
					// Through `hit`, which keeps it alive: in worker mode Pagefind frees a result's data
					// once the result object is garbage-collected, and `data()` then answers null.
					data: () => hit.data(),
				}));
			},
		};
		return {
			search: (query, filters = {}) =>
				searchEntries(query, { engine, vocabulary, filters, getEntryId: (data) => data.meta.id }),
			filters: () => pagefind.filters(),
		};
	})();
	loading.catch(() => {
		loading = undefined;
	});
	return loading;
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

/** One result as a list item: type and id, the title as the only link, status, summary and excerpt. */
export function renderResult(
	data: HitData,
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
	const status = data.meta.status as KnownErrorStatus | undefined;
	if (status && Object.hasOwn(STATUS_LABELS, status)) {
		const badge = document.createElement('span');
		badge.className = `kb-badge kb-badge--status-${status}`;
		badge.textContent = STATUS_LABELS[status];
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
 * How long both search boxes wait after the last keystroke before searching: long enough to skip most
 * keystrokes of someone typing, short enough that results seem to follow the typing.
 */
export const SEARCH_DEBOUNCE_MS = 60;

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
