import {
	WEAK_RESULTS_SHOWN,
	getLocalSearchUrl,
	fillWhenSeen,
	handleArrowKeys,
	loadAnalytics,
	loadSearch,
	readSearchParams,
	renderPendingResult,
	renderResult,
	type HitData,
	type RankedHit,
	type SearchFilters,
	watchTypingPauses,
} from './search-bundle.ts';
import { readMessages } from './messages.ts';
import { canLookAhead } from '../../lib/typing-pause.ts';
import type { Translate } from '../../i18n/format.ts';
import type { MessageKey } from '../../i18n/en.ts';

const PAGE_SIZE = 20;

/**
 * `<kb-search-page>`: the full search at /search/?q=. The query and filters live in the URL, so a
 * search can be shared and the back button returns to the previous one. Results are links in rank
 * order inside `[data-search-results]`; the count is announced. Without JavaScript the page is an
 * A-to-Z index of all help.
 */
export class KbSearchPage extends HTMLElement {
	#latest = 0;
	#hits: RankedHit<HitData>[] = [];
	/** Stops filling the rows of results a newer search has replaced. */
	#showing: AbortController | undefined;
	#shown = 0;
	/** The query the results on screen answer, as searched. */
	#query = '';
	/** Stops following Back and Forward, and a search still waiting to run, when the element leaves. */
	#stop: AbortController | undefined;
	/** The page's text (SEARCH_PAGE_MESSAGES, from `data-messages`). */
	#t: Translate<MessageKey> = () => '';

	connectedCallback() {
		this.#t = readMessages(this);
		/** The search page in the page's language, for history and links. */
		const getSearchUrl = (query: string, filters?: SearchFilters) =>
			getLocalSearchUrl(this.dataset.searchUrl, query, filters);
		const form = this.querySelector('form');
		const input = this.querySelector<HTMLInputElement>('input[name="q"]');
		if (!form || !input) return;
		const keys = (this.dataset.filterKeys ?? '').split(' ').filter(Boolean);
		const selects = keys
			.map((key) => this.querySelector<HTMLSelectElement>(`select[name="${key}"]`))
			.filter((select): select is HTMLSelectElement => Boolean(select));
		const readForm = () => {
			const filters: SearchFilters = {};
			for (const select of selects) if (select.value) filters[select.name] = [select.value];
			return { query: input.value, filters };
		};
		const fillForm = () => {
			const { query, filters } = readSearchParams(new URLSearchParams(location.search), keys);
			input.value = query;
			for (const select of selects) {
				const wanted = filters[select.name]?.[0] ?? '';
				select.value = [...select.options].some((o) => o.value === wanted) ? wanted : '';
			}
			const toggle = this.querySelector<HTMLDetailsElement>('[data-search-filters]');
			if (toggle && selects.some((select) => select.value)) toggle.open = true;
		};
		this.#stop?.abort();
		this.#stop = new AbortController();
		const { signal } = this.#stop;
		const pauses = watchTypingPauses(
			() => {
				const { query, filters } = readForm();
				if (query.trim())
					void loadSearch()
						.then((search) => search.lookup(query, filters))
						.catch(() => undefined);
			},
			() => {
				const { query, filters } = readForm();
				record(getSearchUrl(query, filters), !typing);
				typing = true;
				void this.#run(query, filters);
			},
		);
		signal.addEventListener('abort', () => pauses.cancel());
		// The first keystroke after a search starts a new history entry, so Back returns to that
		// search; the keystrokes after it update the new entry rather than adding one each.
		let typing = false;
		const record = (url: string, newEntry: boolean) => {
			const here = location.pathname + location.search;
			if (newEntry && url !== here) history.pushState(null, '', url);
			else history.replaceState(null, '', url);
		};

		form.addEventListener(
			'submit',
			(event) => {
				event.preventDefault();
				pauses.cancel();
				const { query, filters } = readForm();
				record(getSearchUrl(query, filters), !typing);
				typing = false;
				void this.#run(query, filters);
			},
			{ signal },
		);
		input.addEventListener(
			'input',
			() => {
				pauses.keyed();
				void loadAnalytics()?.then(({ holdSearch }) => holdSearch());
				const typed = input.value;
				// Looked up ahead in the engine's own thread, so the results are ready at the pause.
				const { filters } = readForm();
				void loadSearch()
					.then((search) =>
						canLookAhead(typed)
							? search.lookup(typed, filters, { details: false })
							: search.preload(typed),
					)
					.catch(() => undefined);
			},
			{ signal },
		);
		for (const select of selects) {
			select.addEventListener(
				'change',
				() => {
					const { query, filters } = readForm();
					typing = false;
					history.pushState(null, '', getSearchUrl(query, filters));
					void this.#run(query, filters);
				},
				{ signal },
			);
		}
		window.addEventListener(
			'popstate',
			() => {
				typing = false;
				fillForm();
				const { query, filters } = readForm();
				void this.#run(query, filters);
			},
			{ signal },
		);
		const list = this.querySelector<HTMLElement>('[data-search-results]');
		if (list)
			void loadAnalytics()?.then(({ watchOpens }) => watchOpens(list, () => this.#query, signal));
		this.querySelector('[data-search-more]')?.addEventListener(
			'click',
			() => void this.#showMore(),
			{ signal },
		);
		this.addEventListener(
			'keydown',
			(event) => {
				const links = [...this.querySelectorAll<HTMLAnchorElement>('[data-search-results] a')];
				if (event.target === input || links.includes(event.target as HTMLAnchorElement))
					handleArrowKeys(event, input, links);
			},
			{ signal },
		);

		fillForm();
		const { query, filters } = readForm();
		if (query.trim()) void this.#run(query, filters);
	}

	disconnectedCallback() {
		this.#stop?.abort();
	}

	async #run(rawQuery: string, filters: SearchFilters) {
		const ticket = ++this.#latest;
		const t = this.#t;
		const results = this.querySelector<HTMLOListElement>('[data-search-results]')!;
		const count = this.querySelector<HTMLElement>('[data-search-count]')!;
		const suggestion = this.querySelector<HTMLElement>('[data-search-suggestion]')!;
		const help = this.querySelector<HTMLElement>('[data-search-help]')!;
		const index = this.querySelector<HTMLElement>('[data-search-index]')!;
		const active = rawQuery.trim().length > 0;
		index.hidden = active;
		help.hidden = !active;
		if (!active) {
			results.replaceChildren();
			count.textContent = '';
			suggestion.hidden = true;
			this.#setMore(false);
			return;
		}
		let outcome;
		// `searching`, then `done`: what a test (or a style) can wait for in any language.
		this.dataset.state = 'searching';
		try {
			outcome = await (await loadSearch()).search(rawQuery, filters);
		} catch {
			if (ticket !== this.#latest) return;
			count.textContent = t('search.unavailable');
			index.hidden = false;
			return;
		}
		if (ticket !== this.#latest) return;
		// Loose matches only: a few to try, then the helpdesk, instead of a long list of near misses.
		this.#hits = outcome.exact ? outcome.results : outcome.results.slice(0, WEAK_RESULTS_SHOWN);
		this.#shown = 0;
		this.#showing?.abort();
		this.#showing = new AbortController();
		results.replaceChildren();
		await this.#show(results);
		if (ticket !== this.#latest) return;
		this.#setMore(this.#shown < this.#hits.length);
		const n = this.#hits.length;
		this.#query = outcome.query;
		const { query: searched, results: found, pinned } = outcome;
		void loadAnalytics()?.then(({ trackSearch }) => trackSearch(searched, found.length, pinned));
		const filtered = Object.keys(filters).length > 0;
		const query = outcome.query;
		count.textContent =
			n === 0
				? t(filtered ? 'search.noResultsFiltered' : 'search.noResults', { query })
				: !outcome.exact
					? t(filtered ? 'search.noExactMatchFiltered' : 'search.noExactMatch', { query })
					: t(filtered ? 'search.resultCountFiltered' : 'search.resultCount', { count: n, query });
		this.dataset.state = 'done';
		suggestion.hidden = !outcome.suggestion;
		if (outcome.suggestion) {
			const link = suggestion.querySelector<HTMLAnchorElement>('[data-search-suggestion-link]')!;
			link.textContent = outcome.suggestion;
			link.href = getLocalSearchUrl(this.dataset.searchUrl, outcome.suggestion, filters);
		}
		const helpLink = help.querySelector<HTMLAnchorElement>('[data-search-help-link]')!;
		helpLink.href = `${this.dataset.helpUrl || '/help/'}?q=${encodeURIComponent(outcome.query)}`;
		help.classList.toggle('kb-contact--prominent', n === 0 || !outcome.exact);
	}

	/**
	 * Adds the next page of results as rows, the first filled at once and the rest as they come into
	 * view; resolves once the rows in view are filled.
	 */
	#show(results: HTMLOListElement): Promise<void> {
		const hits = this.#hits.slice(this.#shown, this.#shown + PAGE_SIZE);
		const rows = hits.map(() => renderPendingResult());
		results.append(...rows);
		this.#shown += rows.length;
		// The first three at once: what a reader compares first, and all a weak search shows.
		return fillWhenSeen(rows, hits, (data) => renderResult(data, this.#t), {
			eager: WEAK_RESULTS_SHOWN,
			signal: this.#showing!.signal,
		});
	}

	async #showMore() {
		const ticket = this.#latest;
		const results = this.querySelector<HTMLOListElement>('[data-search-results]')!;
		const from = this.#shown;
		await this.#show(results);
		if (ticket !== this.#latest) return;
		this.#setMore(this.#shown < this.#hits.length);
		results.children[from]?.querySelector('a')?.focus();
	}

	#setMore(visible: boolean) {
		const row = this.querySelector<HTMLElement>('[data-search-more-row]');
		if (row) row.hidden = !visible;
	}
}

if (!customElements.get('kb-search-page')) customElements.define('kb-search-page', KbSearchPage);
