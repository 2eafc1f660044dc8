import type { Problem } from '../problem.ts';
import { fieldProblem, type CrossEntryRule } from './context.ts';

const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * A translation made from an older version of its source is stale: a warning, and its page says so
 * with a link to the original. A `translatedFrom` later than the source's `updated` is a typo.
 */
export const staleTranslation: CrossEntryRule = (context) => {
	const problems: Problem[] = [];
	const sources = new Map(context.entries.map((entry) => [`${entry.type}:${entry.id}`, entry]));
	for (const translation of context.translations) {
		const source = sources.get(`${translation.type}:${translation.id}`);
		if (!source || translation.data.draft) continue;
		const { translatedFrom } = translation.data;
		const { updated } = source.data;
		const warn = (message: string) =>
			problems.push(
				fieldProblem(context, 'warning', translation.file, 'translatedFrom', ['translatedFrom'], message),
			);
		if (translatedFrom < updated)
			warn(
				`is ${day(translatedFrom)} but ${source.file} was updated on ${day(updated)}: this translation is stale; bring it up to date, then set translatedFrom: ${day(updated)}`,
			);
		else if (translatedFrom > updated)
			warn(
				`is ${day(translatedFrom)}, after the source's updated date ${day(updated)}: write the updated date of the ${context.sourceLanguage} version you translated`,
			);
	}
	return problems;
};
