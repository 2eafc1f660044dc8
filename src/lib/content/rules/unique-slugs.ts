import type { Problem } from '../problem.ts';
import { fieldProblem, type CrossEntryRule } from './context.ts';

/**
 * No two entries of one type share a slug (the file name after the id): it is the page's address, so
 * two would be built to the same page. The error is on every file after the first one.
 */
export const uniqueSlugs: CrossEntryRule = (context) => {
	const problems: Problem[] = [];
	const firstFile = new Map<string, string>();
	for (const entry of context.entries) {
		const key = `${entry.type}:${entry.slug}`;
		const other = firstFile.get(key);
		if (other)
			problems.push(
				fieldProblem(
					context,
					'error',
					entry.file,
					'id',
					['id'],
					`the slug "${entry.slug}" is also used by ${other}; rename one of the files`,
				),
			);
		else firstFile.set(key, entry.file);
	}
	return problems;
};
