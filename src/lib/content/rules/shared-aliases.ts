import type { Problem } from '../problem.ts';
import { fieldProblem, type CrossEntryRule } from './context.ts';

/**
 * An alias (ignoring case and outer spaces) belongs to one entry; on a second entry it is a warning,
 * because search cannot tell which one the reader means.
 */
export const sharedAliases: CrossEntryRule = (context) => {
	const problems: Problem[] = [];
	const owners = new Map<string, string>();
	for (const entry of context.entries) {
		for (const [index, alias] of (entry.data.aliases ?? []).entries()) {
			const key = alias.trim().toLowerCase();
			const owner = owners.get(key);
			if (owner && owner !== entry.file)
				problems.push(
					fieldProblem(
						context,
						'warning',
						entry.file,
						`aliases[${index}]`,
						['aliases', index],
						`"${alias}" is also an alias of ${owner}; search cannot tell which one the reader means`,
					),
				);
			else owners.set(key, entry.file);
		}
	}
	return problems;
};
