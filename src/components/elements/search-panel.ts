import {
	getLocalSearchUrl,
	handleArrowKeys,
	loadAnalytics,
	loadSearch,
	renderResult,
	watchTypingPauses,
} from './search-client.ts';
import { fillWhenSeen, renderPendingResult } from './search-rows.ts';
import { canLookAhead, isWordUnfinished } from '../../lib/typing-pause.ts';
import type { Translate } from '../../i18n/format.ts';
import type { MessageKey } from '../../i18n/en.ts';

/** How many results the header panel shows before "See all results". */
const PANEL_SIZE = 6;
/**
 * Results as you type under the header's search box: arrows move through them, Enter opens one,
 * Escape closes the panel, and the count is announced. `t` is the host's text (SEARCH_PANEL_MESSAGES);
 * the host's `data-search-url` is the search page in the page's language.
 */
export function attachSearchPanel(
	host: HTMLElement,
	input: HTMLInputElement,
	t: Translate<MessageKey>,
) {
	const panel = host.querySelector<HTMLElement>('[data-search-panel]');
	const list = host.querySelector<HTMLUListElement>('[data-search-list]');
	const status = host.querySelector<HTMLElement>('[data-search-status]');
	const all = host.querySelector<HTMLAnchorElement>('[data-search-all]');
	if (!panel || !list || !status || !all) return;
	const searcher = loadSearch();
	let latest = 0;
	let searched = '';
	/** Stops filling the rows of a search a newer one has replaced. */
	let showing: AbortController | undefined;
	void loadAnalytics()?.then(({ watchOpens }) => watchOpens(list, () => searched));

	const close = () => {
		panel.hidden = true;
	};
	const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a')];

	const run = async () => {
		const query = input.value;
		const ticket = ++latest;
		if (!query.trim()) {
			list.replaceChildren();
			status.textContent = '';
			close();
			return;
		}
		if (isWordUnfinished(query)) return;
		const outcome = await (await searcher).search(query);
		// Someone typed on meanwhile (the search may have held up their keys): do not fetch the
		// details of results nobody will see.
		if (ticket !== latest || input.value !== query) return;
		showing?.abort();
		showing = new AbortController();
		const hits = outcome.results.slice(0, PANEL_SIZE);
		const rows = hits.map(() => renderPendingResult());
		list.replaceChildren(...rows);
		// The first result at once, then those in view: a panel that shows four fetches four. The
		// results are there once the first is; the others follow as their details arrive. The panel
		// opens with the first result in it (below, before the rows in view are told from those below
		// the fold): open before, the arrow keys found only "See all results".
		await fillWhenSeen(rows, hits, (data) => renderResult(data, t, { excerpt: false }), {
			until: 'eager',
			signal: showing.signal,
		});
		if (ticket !== latest) return;
		const count = outcome.results.length;
		searched = outcome.query;
		void loadAnalytics()?.then(({ trackSearch }) =>
			trackSearch(outcome.query, count, outcome.pinned),
		);
		status.textContent =
			count === 0
				? t('search.panel.noResults', { query: outcome.query })
				: outcome.suggestion
					? t('search.panel.resultCountSuggestion', { count, suggestion: outcome.suggestion })
					: t('search.panel.resultCount', { count });
		all.href = getLocalSearchUrl(host.dataset.searchUrl, query);
		all.textContent =
			count > PANEL_SIZE
				? t('search.panel.seeAll', { count })
				: count === 0
					? t('search.panel.tips')
					: t('search.panel.openPage');
		panel.hidden = false;
	};

	input.setAttribute('aria-controls', panel.id);
	const pauses = watchTypingPauses(() => {
		const query = input.value;
		if (query.trim() && !isWordUnfinished(query))
			void searcher.then((search) => search.lookup(query)).catch(() => undefined);
	}, run);
	input.addEventListener('input', () => {
		pauses.keyed();
		void loadAnalytics()?.then(({ holdSearch }) => holdSearch());
		const typed = input.value;
		// Looked up ahead as they type, in the engine's own thread: once they pause, the results
		// are there to show.
		const ahead = canLookAhead(typed);
		void searcher
			.then((search) =>
				ahead ? search.lookup(typed, {}, { details: false }) : search.preload(typed),
			)
			.catch(() => undefined);
	});
	host.addEventListener('keydown', (event) => {
		if (event.key === 'Escape') {
			if (!panel.hidden) {
				close();
				input.focus();
				event.preventDefault();
			}
			return;
		}
		if (!panel.hidden) handleArrowKeys(event, input, [...links(), all]);
	});
	host.addEventListener('focusout', (event) => {
		if (!host.contains(event.relatedTarget as Node | null)) close();
	});
	if (input.value.trim()) void run();
}
