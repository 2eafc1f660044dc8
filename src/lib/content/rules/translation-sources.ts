import type { Problem } from '../../problems.ts';
import { ENTRY_FOLDERS } from '../../ids.ts';
import { fieldProblem, type CrossEntryRule } from './context.ts';

/**
 * A translation translates an entry of its own collection in the default language, and a language has
 * one translation of an entry: a second would be built to the same page.
 */
export const translationSources: CrossEntryRule = (context) => {
	const problems: Problem[] = [];
	const sources = new Set(context.entries.map((entry) => `${entry.type}:${entry.id}`));
	const seen = new Map<string, string>();
	for (const translation of context.translations) {
		const { type, id, lang, file } = translation;
		if (!sources.has(`${type}:${id}`)) {
			problems.push(
				fieldProblem(
					context,
					'error',
					file,
					'id',
					['id'],
					`translates ${id}, which is not an entry of content/${ENTRY_FOLDERS[type]}/: a translation needs its ${context.sourceLanguage} entry, with the same id`,
				),
			);
			continue;
		}
		const key = `${lang}:${id}`;
		const other = seen.get(key);
		if (other)
			problems.push(
				fieldProblem(
					context,
					'error',
					file,
					'id',
					['id'],
					`${other} already translates ${id} into ${lang}; keep one of the two files`,
				),
			);
		else seen.set(key, file);
	}
	return problems;
};
