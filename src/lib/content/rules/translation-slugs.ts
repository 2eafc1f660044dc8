import type { Problem } from '../problem.ts';
import { fieldProblem, type CrossEntryRule } from './context.ts';

/**
 * In one language no two pages of a type share an address: a translation's slug must differ from the
 * other translations' and from the slugs of the entries that language shows untranslated.
 */
export const translationSlugs: CrossEntryRule = (context) => {
	const problems: Problem[] = [];
	const byLanguage = Map.groupBy(context.translations, (translation) => translation.lang);
	for (const [lang, translations] of byLanguage) {
		const translated = new Set(translations.map((translation) => translation.id));
		const taken = new Map<string, string>();
		for (const entry of context.entries)
			if (!translated.has(entry.id)) taken.set(`${entry.type}:${entry.slug}`, entry.file);
		for (const translation of translations) {
			const key = `${translation.type}:${translation.slug}`;
			const other = taken.get(key);
			if (other)
				problems.push(
					fieldProblem(
						context,
						'error',
						translation.file,
						'id',
						['id'],
						`the slug "${translation.slug}" is also the address of ${other} in ${lang}; rename one of the files`,
					),
				);
			else taken.set(key, translation.file);
		}
	}
	return problems;
};
