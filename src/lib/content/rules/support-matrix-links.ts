import { ENTRY_ID } from '../../ids.ts';
import type { Problem } from '../problem.ts';
import { fieldProblem, type CrossEntryRule } from './context.ts';
import { describeBadLink, indexIdOwners } from './id-owners.ts';

/** A policy's support matrix row that links by entry id links to a published entry. */
export const supportMatrixLinks: CrossEntryRule = (context) => {
	const owners = indexIdOwners(context);
	const problems: Problem[] = [];
	for (const entry of context.entries) {
		if (!('supportMatrix' in entry.data)) continue;
		for (const [index, row] of (entry.data.supportMatrix ?? []).entries()) {
			if (!row.link || !ENTRY_ID.test(row.link)) continue;
			const message = describeBadLink(row.link, owners);
			if (message)
				problems.push(
					fieldProblem(
						context,
						'error',
						entry.file,
						`supportMatrix[${index}].link`,
						['supportMatrix', index, 'link'],
						message,
					),
				);
		}
	}
	return problems;
};
