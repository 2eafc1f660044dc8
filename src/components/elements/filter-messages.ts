import type { MessageKey } from '../../i18n/en.ts';

/**
 * The texts the list filters announce, by key: the pages that render `<kb-list-filter>` and
 * `<kb-known-errors-filter>` pass these to the element's `data-messages`. Free of the DOM and of zod,
 * so both sides import it.
 */

/** What a `<kb-list-filter>` counts (its `data-noun`); "entries" unless it says otherwise. */
export const LIST_FILTER_NOUNS = ['entries', 'articles'] as const;
export type ListFilterNoun = (typeof LIST_FILTER_NOUNS)[number];

/** `<kb-list-filter>` (/ids/, /articles/): "4 of 17 articles". */
export const LIST_FILTER_MESSAGES = LIST_FILTER_NOUNS.map(
	(noun) => `filter.count.${noun}` as const,
) satisfies readonly MessageKey[];

/** `<kb-known-errors-filter>` on /known-errors/: "3 known issues shown". */
export const KNOWN_ERRORS_FILTER_MESSAGES = [
	'filter.knownErrors.count',
] as const satisfies readonly MessageKey[];
