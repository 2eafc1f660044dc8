/**
 * What a search is as a link: its query and filters in the search page's URL. Apart from search.ts
 * (how a search runs), which only the search engine's thread loads: the page needs only these.
 */

/** Filter keys (`type`, `category`) to the values chosen. */
export type SearchFilters = Record<string, string[]>;

/** Results shown for a search that found no exact match: a few to try, then the helpdesk. */
export const WEAK_RESULTS_SHOWN = 3;

/** Reads `?q=` (and filters) from a URL's search params; a repeated `q` keeps the first. */
export function readSearchParams(
	params: URLSearchParams,
	filterKeys: readonly string[],
): { query: string; filters: SearchFilters } {
	const filters: SearchFilters = {};
	for (const key of filterKeys) {
		const values = params.getAll(key).filter(Boolean);
		if (values.length > 0) filters[key] = values;
	}
	return { query: params.get('q') ?? '', filters };
}

/** The search page URL for a query and filters, for links, history and sharing. */
export function getSearchUrl(query: string, filters: SearchFilters = {}): string {
	const params = new URLSearchParams();
	if (query) params.set('q', query);
	for (const [key, values] of Object.entries(filters))
		for (const value of values) params.append(key, value);
	const text = params.toString();
	return `/search/${text ? `?${text}` : ''}`;
}
