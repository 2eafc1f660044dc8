import { ENTRY_FOLDERS } from '../../ids.ts';
import type { CrossEntryRule } from './context.ts';
import { checkTranslationIds } from './translation-ids.ts';

/**
 * A translation translates an entry of its own collection in the default language, and a language has
 * one translation of an entry: a second would be built to the same page.
 */
export const translationSources: CrossEntryRule = (context) => {
	const sources = new Set(context.entries.map((entry) => `${entry.type}:${entry.id}`));
	return checkTranslationIds(
		context,
		context.translations,
		({ type, id }) => sources.has(`${type}:${id}`),
		({ type, id }) =>
			`translates ${id}, which is not an entry of content/${ENTRY_FOLDERS[type]}/: a translation needs its ${context.sourceLanguage} entry, with the same id`,
	);
};
