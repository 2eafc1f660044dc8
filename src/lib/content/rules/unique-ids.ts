import type { Problem } from '../problem.ts';
import { fieldProblem, type CrossEntryRule } from './context.ts';
import { listIdOwners } from './id-owners.ts';

/**
 * No two entries or notices share an id, in any letter case: short links, related lists and notice
 * links find things by id. The error is on every file after the first one with that id.
 */
export const uniqueIds: CrossEntryRule = (context) => {
	const problems: Problem[] = [];
	const firstFile = new Map<string, string>();
	for (const { file, id } of listIdOwners(context)) {
		const other = firstFile.get(id.toUpperCase());
		if (other)
			problems.push(
				fieldProblem(
					context,
					'error',
					file,
					'id',
					['id'],
					`${id} is also the id of ${other}; every id must be unique (run npm run new to get a free one)`,
				),
			);
		else firstFile.set(id.toUpperCase(), file);
	}
	return problems;
};
