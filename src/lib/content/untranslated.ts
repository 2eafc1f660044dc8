import type { CheckedEntry, CheckedTranslation } from './report.ts';

/**
 * Per language, the published entries nobody has translated yet, by id: what `npm run check` lists as
 * information, so support staff see what a German or Polish reader still gets in the original.
 */
export function getUntranslated(
	entries: readonly CheckedEntry[],
	translations: readonly CheckedTranslation[],
	languages: readonly string[],
): Record<string, string[]> {
	const published = entries.filter((entry) => !entry.data.draft).map((entry) => entry.id);
	return Object.fromEntries(
		languages.map((lang) => {
			const done = new Set(
				translations.filter((t) => t.lang === lang && !t.data.draft).map((t) => t.id),
			);
			return [lang, published.filter((id) => !done.has(id)).sort()];
		}),
	);
}
