import { getSearchUrl, type SearchFilters } from '../../lib/search-url.ts';
import type { SearchOutcome } from '../../lib/search.ts';
import { getTypingPause } from '../../lib/typing-pause.ts';
import { KNOWN_ERROR_STATUSES, type KnownErrorStatus } from '../../schemas/enums.ts';
import type { HitData, Searcher, SearchPage } from './search-engine.ts';
import type { SearchRequest, SearchResponse } from './search-protocol.ts';
import type { Translate } from '../../i18n/format.ts';
import type { MessageKey } from '../../i18n/en.ts';

/**
 * The page's side of search, loaded only once someone starts to search: the engine in its own thread
 * (search-worker.ts), and safe rendering of results.
 */

export type { HitData, Searcher } from './search-engine.ts';

/**
 * The page's language and where its pages are: `<html lang>`, and `data-default-language` and
 * `data-root` (`/de/`) from the layout.
 */
function readPageLanguage(): SearchPage {
	const root = document.documentElement;
	const lang = root.lang || 'en';
	return {
		lang,
		defaultLanguage: root.dataset.defaultLanguage || lang,
		base: root.dataset.root || '/',
	};
}

type Outbound = SearchRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

/**
 * The engine in a worker, behind the same `Searcher` as on the page: a search answers with its results'
 * ids and scores, and a result's details are asked for when a row needs them. Rejects when the worker
 * cannot start or load the index.
 */
async function startWorker(page: SearchPage): Promise<Searcher> {
	const worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
	const pending = new Map<
		number,
		{ resolve: (value: unknown) => void; reject: (e: Error) => void }
	>();
	let next = 0;
	const fail = (error: Error) => {
		for (const { reject } of pending.values()) reject(error);
		pending.clear();
	};
	worker.addEventListener('message', (event: MessageEvent<SearchResponse>) => {
		const answer = event.data;
		const waiting = pending.get(answer.id);
		pending.delete(answer.id);
		if (answer.ok) waiting?.resolve(answer.value);
		else waiting?.reject(new Error(answer.error));
	});
	// A worker that fails to load (blocked, or a script error) fails what waits on it.
	worker.addEventListener('error', (event) => fail(new Error(event.message || 'Search stopped')));
	const ask = <T>(request: Outbound): Promise<T> =>
		new Promise<T>((resolve, reject) => {
			const id = ++next;
			pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
			worker.postMessage({ ...request, id });
		});
	const tell = (request: Outbound) => worker.postMessage(request);
	try {
		await ask({ kind: 'init', page });
	} catch (error) {
		worker.terminate();
		throw error;
	}
	return {
		async search(query, filters = {}) {
			const found = await ask<
				Omit<SearchOutcome<HitData>, 'results'> & {
					serial: number;
					results: Array<{ id: string; score: number }>;
				}
			>({ kind: 'search', query, filters });
			const { serial, ...outcome } = found;
			return {
				...outcome,
				results: found.results.map((hit, index) => ({
					...hit,
					data: () => ask<HitData>({ kind: 'data', serial, index }),
				})),
			};
		},
		preload: (query) => tell({ kind: 'preload', query }),
		lookup: (query, filters = {}, { details = true } = {}) =>
			tell({ kind: 'lookup', query, filters, details }),
	};
}

let loading: Promise<Searcher> | undefined;

/**
 * Loads the search engine once per page; later calls share the same searcher. In a worker where the
 * browser starts one; else (or when it fails to start) on the page itself.
 */
export function loadSearch(): Promise<Searcher> {
	loading ??= (async () => {
		const page = readPageLanguage();
		if (typeof Worker !== 'undefined') {
			try {
				return await startWorker(page);
			} catch {
				// On the page instead: slower to type beside, but search still answers.
			}
		}
		const { createSearcher } = await import('./search-engine.ts');
		return createSearcher(page);
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
