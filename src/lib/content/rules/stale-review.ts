import type { Problem } from '../problem.ts';
import { fieldProblem, type CrossEntryRule } from './context.ts';

/**
 * A published entry whose `reviewBy` date has passed is a warning: someone should check it still holds
 * and set the next date. Drafts are not read, so they are left alone.
 */
export const staleReview: CrossEntryRule = (context) => {
	const { now } = context;
	if (!now) return [];
	const problems: Problem[] = [];
	for (const entry of context.entries) {
		const { reviewBy, draft } = entry.data;
		if (!reviewBy || !(reviewBy < now) || draft) continue;
		problems.push(
			fieldProblem(
				context,
				'warning',
				entry.file,
				'reviewBy',
				['reviewBy'],
				`was ${reviewBy.toISOString().slice(0, 10)}: this entry is stale; check it is still right, then move reviewBy on`,
			),
		);
	}
	return problems;
};
