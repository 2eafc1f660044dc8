import type { Problem } from '../problem.ts';
import { isOpenStatus, isUpdateOverdue } from '../../status.ts';
import { fieldProblem, type CrossEntryRule } from './context.ts';

/**
 * A known error that is not resolved and whose `nextUpdate` has passed is a warning: its page tells
 * readers the update is overdue until staff post one.
 */
export const overdueUpdate: CrossEntryRule = (context) => {
	const { now } = context;
	if (!now) return [];
	const problems: Problem[] = [];
	for (const entry of context.entries) {
		const data = entry.data;
		if (!('nextUpdate' in data) || !isOpenStatus(data.status)) continue;
		if (!data.nextUpdate || !isUpdateOverdue(data.nextUpdate, now)) continue;
		problems.push(
			fieldProblem(
				context,
				'warning',
				entry.file,
				'nextUpdate',
				['nextUpdate'],
				`was ${data.nextUpdate.toISOString()}: readers see the update as overdue; add an entry to updates and move nextUpdate on`,
			),
		);
	}
	return problems;
};
