import type { Problem } from '../problem.ts';
import { fieldProblem, type RuleContext } from './context.ts';

interface TranslationOf {
	file: string;
	lang: string;
	/** The id of what it translates. */
	id: string;
}

/**
 * What entry and notice translations share: each translates something that exists (else `missing`
 * says what), and a language has one translation of it, since a second would be built to the same page.
 */
export function checkTranslationIds<T extends TranslationOf>(
	context: RuleContext,
	translations: readonly T[],
	exists: (translation: T) => boolean,
	missing: (translation: T) => string,
): Problem[] {
	const problems: Problem[] = [];
	const seen = new Map<string, string>();
	const problem = (file: string, message: string) =>
		problems.push(fieldProblem(context, 'error', file, 'id', ['id'], message));
	for (const translation of translations) {
		const { file, lang, id } = translation;
		if (!exists(translation)) {
			problem(file, missing(translation));
			continue;
		}
		const other = seen.get(`${lang}:${id}`);
		if (other) problem(file, `${other} already translates ${id} into ${lang}; keep one of the two files`);
		else seen.set(`${lang}:${id}`, file);
	}
	return problems;
}
