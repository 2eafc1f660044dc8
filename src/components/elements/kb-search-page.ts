import { expandQuery, matchesTerm, normalizeQuery, prepareSynonyms, tokenize } from '../../lib/query.ts';

/**
 * `<kb-search-page>`: filters the server-rendered list of every entry by the query in `?q=`, widening
 * each word with its synonyms. Without JavaScript the page is an A-to-Z index of all help.
 */
export class KbSearchPage extends HTMLElement {
	connectedCallback() {
		const input = this.querySelector<HTMLInputElement>('input[name="q"]');
		const count = this.querySelector<HTMLElement>('[data-search-count]');
		const items = [...this.querySelectorAll<HTMLLIElement>('[data-search-results] li[data-entry-id]')];
		const list = items[0]?.parentElement;
		if (!input || !count || !list) return;
		const synonyms = prepareSynonyms(JSON.parse(this.dataset.synonyms ?? '[]') as string[][]);
		const indexed = items.map((item, order) => ({ item, order, words: tokenize(item.textContent ?? '') }));
		const query = normalizeQuery(new URLSearchParams(location.search).get('q') ?? '');
		input.value = query;
		if (!query) {
			count.textContent = `${items.length} entries`;
			return;
		}
		const terms = expandQuery(query, synonyms);
		const scored = indexed
			.map((entry) => ({
				...entry,
				score: terms.filter((alternatives) => matchesTerm(alternatives, entry.words)).length,
			}))
			.filter((entry) => entry.score > 0 && entry.score >= Math.ceil(terms.length / 2));
		scored.sort((a, b) => b.score - a.score || a.order - b.order);
		for (const entry of indexed) entry.item.hidden = true;
		for (const entry of scored) {
			entry.item.hidden = false;
			list.append(entry.item);
		}
		count.textContent =
			scored.length === 0
				? `No results for “${query}”.`
				: `${scored.length} result${scored.length === 1 ? '' : 's'} for “${query}”`;
	}
}

if (!customElements.get('kb-search-page')) customElements.define('kb-search-page', KbSearchPage);
