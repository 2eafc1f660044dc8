/**
 * The one module search's browser code is reached through: the header's panel and the handoff form
 * load it on first use, the search page imports it. A module reached from two of those separately
 * would become a file of its own, and each file is another request before the first results.
 */
export { attachSearchPanel } from './search-panel.ts';
export {
	getLocalSearchUrl,
	handleArrowKeys,
	loadAnalytics,
	loadSearch,
	renderResult,
	watchTypingPauses,
	type HitData,
} from './search-client.ts';
export { fillWhenSeen, renderPendingResult } from './search-rows.ts';
export { WEAK_RESULTS_SHOWN, readSearchParams, type SearchFilters } from '../../lib/search-url.ts';
export type { RankedHit } from '../../lib/search.ts';
