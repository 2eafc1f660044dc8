import type { CrossEntryRule } from './context.ts';
import { checkTranslationIds } from './translation-ids.ts';

/** A notice translation translates a notice that exists, once per language. */
export const noticeTranslations: CrossEntryRule = (context) => {
	const notices = new Set(context.notices.map((notice) => notice.data.id));
	return checkTranslationIds(
		context,
		context.noticeTranslations.map((translation) => ({ ...translation, id: translation.data.id })),
		({ id }) => notices.has(id),
		({ id }) =>
			`translates ${id}, which is not a notice of content/notices/; use the id of the ${context.sourceLanguage} notice`,
	);
};
