import type { Problem } from '../problem.ts';
import { fieldProblem, type CrossEntryRule } from './context.ts';
import { describeBadLink, indexIdOwners } from './id-owners.ts';

/**
 * Each id in `related` names another published entry, so the "Related" list never leads nowhere or
 * back to the same page.
 */
export const relatedEntries: CrossEntryRule = (context) => {
	const owners = indexIdOwners(context);
	const problems: Problem[] = [];
	for (const entry of context.entries) {
		for (const [index, id] of (entry.data.related ?? []).entries()) {
			const message = describeBadLink(id, owners, entry.data.id);
			if (message)
				problems.push(
					fieldProblem(
						context,
						'error',
						entry.file,
						`related[${index}]`,
						['related', index],
						message,
					),
				);
		}
	}
	return problems;
};
