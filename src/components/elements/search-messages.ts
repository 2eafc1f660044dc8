import type { MessageKey } from '../../i18n/en.ts';
import { KNOWN_ERROR_STATUSES } from '../../schemas/enums.ts';

/**
 * The texts the search elements show, by key: the components that render them pass these to
 * `data-messages`, and the elements read them with `readMessages`. Free of the DOM and of zod, so both
 * sides import it.
 */

/**
 * What a rendered result says of itself: a known error's status badge, and the language of an entry
 * not translated yet (see `renderResult`).
 */
const RESULT_MESSAGES = [
	...KNOWN_ERROR_STATUSES.map((status) => `status.${status}` as const),
	'search.untranslated',
] as const satisfies readonly MessageKey[];

/** `<kb-search>` in the header, and the results panel it opens (search-panel.ts). */
export const SEARCH_PANEL_MESSAGES = [
	...RESULT_MESSAGES,
	'search.panel.noResults',
	'search.panel.resultCount',
	'search.panel.resultCountSuggestion',
	'search.panel.seeAll',
	'search.panel.tips',
	'search.panel.openPage',
] as const satisfies readonly MessageKey[];

/** `<kb-search-page>` on /search/. */
export const SEARCH_PAGE_MESSAGES = [
	...RESULT_MESSAGES,
	'search.unavailable',
	'search.noResults',
	'search.noResultsFiltered',
	'search.noExactMatch',
	'search.noExactMatchFiltered',
	'search.resultCount',
	'search.resultCountFiltered',
] as const satisfies readonly MessageKey[];
