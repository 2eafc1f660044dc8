/**
 * What the editor's save hook changes before a file is written. A translation records the `updated` date of the source it
 * was made from (`translatedFrom`); a new translation's form leaves it empty, and the date is the
 * source's, not the translator's to pick.
 */

/** An entry as the editor hands it to its save hook: the default language's data and the others'. */
export interface SavedEntry {
	data: Record<string, unknown>;
	i18n: Record<string, { data?: Record<string, unknown> } | undefined>;
}

/** A date as the editor holds it (`2026-11-23`, or a `Date`), as `YYYY-MM-DD`; anything else is undefined. */
export function toDateText(value: unknown): string | undefined {
	if (value instanceof Date && !Number.isNaN(value.getTime()))
		return value.toISOString().slice(0, 10);
	if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) return value.slice(0, 10);
	return undefined;
}

/**
 * Which languages of a saved entry get `translatedFrom`, and the date: every translation being created
 * (it has text but no `translatedFrom` date yet; the form's field is empty) gets the source's `updated`. A translation that has one
 * keeps it: saving the source (which the editor does with all its languages) must not mark an old
 * translation as current. A translator who brings a translation up to date sets the date in the form
 * (`npm run check` names the date to set when it reports the translation stale).
 */
export function getTranslatedFromChanges(entry: SavedEntry): Array<[lang: string, date: string]> {
	const source = toDateText(entry.data.updated);
	if (!source) return [];
	const changes: Array<[string, string]> = [];
	for (const [lang, translation] of Object.entries(entry.i18n)) {
		const data = translation?.data;
		if (!data || !hasText(data) || toDateText(data.translatedFrom)) continue;
		changes.push([lang, source]);
	}
	return changes;
}

/** Whether a language's data holds any text: the editor keeps an empty record for every language. */
function hasText(data: Record<string, unknown>): boolean {
	return Object.entries(data).some(
		([key, value]) =>
			key !== 'id' &&
			key !== 'translatedFrom' &&
			(typeof value === 'string' ? value.trim() !== '' : value != null),
	);
}

/**
 * What the save hook removes before the files are written:
 * - `draft: false` wherever it is: it is the default, and the editor's switch writes it into every file
 *   it saves, so an untouched entry would gain a line (leaving the field out means the same);
 * - `translatedFrom` in the default language's file: the field is on the form for translators, and a
 *   source entry has no source, so a date typed there would only fail `npm run check`.
 */
export function getPathsToDrop(entry: SavedEntry): string[][] {
	const paths: string[][] = [];
	if (entry.data.draft === false) paths.push(['data', 'draft']);
	if (entry.data.translatedFrom !== undefined) paths.push(['data', 'translatedFrom']);
	for (const [lang, translation] of Object.entries(entry.i18n))
		if (translation?.data?.draft === false) paths.push(['i18n', lang, 'data', 'draft']);
	return paths;
}
