import { ENTRY_ID } from '../../ids.ts';
import type { Problem } from '../problem.ts';
import { fieldProblem, type CrossEntryRule } from './context.ts';
import { describeBadLink, indexIdOwners } from './id-owners.ts';

/** A notice that links by entry id links to a published entry, so the status banner never leads nowhere. */
export const noticeLinks: CrossEntryRule = (context) => {
	const owners = indexIdOwners(context);
	const problems: Problem[] = [];
	for (const notice of context.notices) {
		const link = notice.data.link;
		if (!link || !ENTRY_ID.test(link)) continue;
		const message = describeBadLink(link, owners);
		if (message)
			problems.push(fieldProblem(context, 'error', notice.file, 'link', ['link'], message));
	}
	return problems;
};
