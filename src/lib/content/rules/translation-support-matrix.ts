import type { Problem } from '../problem.ts';
import { fieldProblem, type CrossEntryRule } from './context.ts';

/**
 * A policy's translated support matrix has its source's rows, in the same order, with the same `who` and
 * `link`: only `topic` and `how` are words to translate. A matrix left out shows the source's.
 */
export const translationSupportMatrix: CrossEntryRule = (context) => {
	const problems: Problem[] = [];
	const sources = new Map(
		context.entries.filter((entry) => entry.type === 'policy').map((entry) => [entry.id, entry]),
	);
	for (const translation of context.translations) {
		if (translation.type !== 'policy' || !('supportMatrix' in translation.data)) continue;
		const rows = translation.data.supportMatrix;
		const source = sources.get(translation.id);
		if (!rows || !source || source.type !== 'policy') continue;
		const sourceRows = 'supportMatrix' in source.data ? (source.data.supportMatrix ?? []) : [];
		const problem = (path: PropertyKey[], field: string, message: string) =>
			problems.push(fieldProblem(context, 'error', translation.file, field, path, message));
		if (rows.length !== sourceRows.length) {
			problem(
				['supportMatrix'],
				'supportMatrix',
				`has ${rows.length} row${rows.length === 1 ? '' : 's'} but the ${context.sourceLanguage} policy ${source.id} has ${sourceRows.length}: translate each of its rows, in the same order`,
			);
			continue;
		}
		rows.forEach((row, index) => {
			const original = sourceRows[index]!;
			if (row.who !== original.who)
				problem(
					['supportMatrix', index, 'who'],
					`supportMatrix[${index}].who`,
					`is ${row.who} but row ${index + 1} of ${source.id} says ${original.who} ("${original.topic}"): keep the rows in the source's order, with the same who`,
				);
			if ((row.link ?? '') !== (original.link ?? ''))
				problem(
					['supportMatrix', index, 'link'],
					`supportMatrix[${index}].link`,
					original.link
						? `must be ${original.link}, as in row ${index + 1} of ${source.id}`
						: `row ${index + 1} of ${source.id} has no link; remove it here`,
				);
		});
	}
	return problems;
};
