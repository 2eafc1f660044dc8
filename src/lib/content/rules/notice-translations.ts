import type { Problem } from '../../problems.ts';
import { fieldProblem, type CrossEntryRule } from './context.ts';

/**
 * A notice translation translates a notice that exists, once per language.
 */
export const noticeTranslations: CrossEntryRule = (context) => {
	const problems: Problem[] = [];
	const notices = new Set(context.notices.map((notice) => notice.data.id));
	const seen = new Map<string, string>();
	for (const translation of context.noticeTranslations) {
		const { id } = translation.data;
		if (!notices.has(id)) {
			problems.push(
				fieldProblem(
					context,
					'error',
					translation.file,
					'id',
					['id'],
					`translates ${id}, which is not a notice of content/notices/; use the id of the ${context.sourceLanguage} notice`,
				),
			);
			continue;
		}
		const key = `${translation.lang}:${id}`;
		const other = seen.get(key);
		if (other)
			problems.push(
				fieldProblem(
					context,
					'error',
					translation.file,
					'id',
					['id'],
					`${other} already translates ${id} into ${translation.lang}; keep one of the two files`,
				),
			);
		else seen.set(key, translation.file);
	}
	return problems;
};
