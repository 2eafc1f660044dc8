import type { RankedHit, SearchOutcome } from './search.ts';

/**
 * Search across languages: a page in another language than the default searches its own language
 * first, and the default language's pages (the originals) too when its own finds no good match.
 */

/** Whether a search on a page in `lang` also looks in the default language's pages. */
export function shouldSearchDefaultLanguage(
	own: Pick<SearchOutcome, 'exact'>,
	lang: string,
	defaultLanguage: string,
): boolean {
	return !own.exact && lang !== defaultLanguage;
}

/** The parts of a result's data that say where it leads and in which language its text is. */
interface LinkedHit {
	url: string;
	meta: { id?: string | undefined; lang?: string | undefined };
}

/**
 * A result from the original pages as the reader meets it: leading to the entry's page in the
 * reader's language (`pages`, by id), where there is one, and marked with the original's language.
 */
export function linkOriginalHit<T extends LinkedHit>(
	data: T,
	pages: Readonly<Record<string, string>> | undefined,
	defaultLanguage: string,
): T {
	return {
		...data,
		url: (data.meta.id && pages?.[data.meta.id]) || data.url,
		meta: { ...data.meta, lang: defaultLanguage },
	};
}

/** How many results of each language are compared when the original's are added: a few pages' worth. */
export const MERGE_WINDOW = 20;

/**
 * The reader's language's results, then the best of the original pages that are not among them (by
 * entry id): the whole answer counts as good when either was. Only the first results of each are
 * compared, so adding the original's loads the details of a few pages, not of every match.
 */
export async function mergeOutcomes<T>(
	own: SearchOutcome<T>,
	original: SearchOutcome<T>,
	getEntryId: (data: T) => string | undefined,
): Promise<SearchOutcome<T>> {
	if (original.results.length === 0) return own;
	const idsOf = (hits: RankedHit<T>[]) =>
		Promise.all(hits.map(async (hit) => getEntryId(await hit.data())));
	const seen = new Set(await idsOf(own.results.slice(0, MERGE_WINDOW)));
	const candidates = original.results.slice(0, MERGE_WINDOW);
	const candidateIds = await idsOf(candidates);
	const added = candidates.filter((_, at) => {
		const id = candidateIds[at];
		if (!id) return true;
		if (seen.has(id)) return false;
		seen.add(id);
		return true;
	});
	return {
		...own,
		// A good match in the original goes first when the reader's language had none.
		results: original.exact ? [...added, ...own.results] : [...own.results, ...added],
		exact: original.exact,
		pinned: own.pinned || original.pinned,
		...(own.suggestion || original.suggestion
			? { suggestion: (own.suggestion ?? original.suggestion)! }
			: {}),
	};
}
