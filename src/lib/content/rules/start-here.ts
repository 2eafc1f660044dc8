import { makeProblem, type Problem } from '../problem.ts';
import type { CrossEntryRule } from './context.ts';

/** Each id in `startHere` of site.yaml names a published entry: the home page lists them for newcomers. */
export const startHere: CrossEntryRule = (context) => {
	const published = new Map(context.entries.map((entry) => [entry.id.toUpperCase(), entry]));
	const problems: Problem[] = [];
	for (const [index, id] of (context.site?.startHere ?? []).entries()) {
		const entry = published.get(id.toUpperCase());
		const problem = !entry
			? `${id} is not the id of any entry`
			: entry.data.draft
				? `${id} is a draft, which is not published; remove it here or publish that entry`
				: undefined;
		if (problem)
			problems.push(makeProblem('error', context.siteFile, problem, `startHere[${index}]`));
	}
	return problems;
};
