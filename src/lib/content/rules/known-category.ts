import { suggestClosest } from '../../edit-distance.ts';
import { type Problem } from '../problem.ts';
import { fieldProblem, type CrossEntryRule } from './context.ts';

/**
 * An entry's category is one of categories.yaml, or the entry would be on no category page. Not
 * checked when categories.yaml itself is missing or invalid: that has its own error.
 */
export const knownCategory: CrossEntryRule = (context) => {
	if (!context.categories) return [];
	const keys = Object.keys(context.categories);
	const problems: Problem[] = [];
	for (const entry of context.entries) {
		const category = entry.data.category;
		if (keys.includes(category)) continue;
		const close = suggestClosest(category, keys);
		problems.push(
			fieldProblem(
				context,
				'error',
				entry.file,
				'category',
				['category'],
				`"${category}" is not a category${close ? `; did you mean ${close}?` : ''} Use one of ${keys.join(', ')} (from categories.yaml)`,
			),
		);
	}
	return problems;
};
