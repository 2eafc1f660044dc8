import type { Problem } from '../problem.ts';
import { fieldProblem, type CrossEntryRule } from './context.ts';

/**
 * An old slug in `previousSlugs` redirects to its entry, so it must not be the slug (or an old slug) of
 * another entry of the same type: one address cannot lead to two pages.
 */
export const previousSlugs: CrossEntryRule = (context) => {
	const problems: Problem[] = [];
	const owners = new Map<string, string>();
	for (const entry of context.entries) {
		const key = `${entry.type}:${entry.slug}`;
		if (!owners.has(key)) owners.set(key, entry.file);
	}
	for (const entry of context.entries) {
		for (const [index, old] of (entry.data.previousSlugs ?? []).entries()) {
			const key = `${entry.type}:${old}`;
			const other = owners.get(key);
			if (other && other !== entry.file)
				problems.push(
					fieldProblem(
						context,
						'error',
						entry.file,
						`previousSlugs[${index}]`,
						['previousSlugs', index],
						`"${old}" is the slug of ${other}; an old slug cannot point to two pages`,
					),
				);
			else owners.set(key, entry.file);
		}
	}
	return problems;
};
