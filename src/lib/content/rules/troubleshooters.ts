import { makeProblem, type Problem } from '../problem.ts';
import { compareTroubleshooters } from '../troubleshooter-translations.ts';
import {
	checkTroubleshooters,
	readTroubleshooters,
	type TroubleshooterProblem,
} from '../troubleshooters.ts';
import type { CrossEntryRule } from './context.ts';

/**
 * Every troubleshooter of an entry or translation is well formed and every path through it ends in a
 * solution; a translation's troubleshooters have the structure of its source's, with their own words.
 */
export const troubleshooters: CrossEntryRule = (context) => {
	const problems: Problem[] = [];
	const toProblems = (file: string, found: readonly TroubleshooterProblem[]) =>
		found.map(({ line, message }) => makeProblem('error', file, message, 'body', line));
	const sources = new Map(
		context.entries.map((entry) => [
			`${entry.type}:${entry.id}`,
			{ entry, read: readTroubleshooters(entry.body, entry.bodyLine) },
		]),
	);
	for (const { entry, read } of sources.values()) {
		problems.push(
			...toProblems(entry.file, [...read.problems, ...checkTroubleshooters(read.troubleshooters)]),
		);
	}
	for (const translation of context.translations) {
		const read = readTroubleshooters(translation.body, translation.bodyLine);
		problems.push(
			...toProblems(translation.file, [
				...read.problems,
				...checkTroubleshooters(read.troubleshooters),
			]),
		);
		const source = sources.get(`${translation.type}:${translation.id}`);
		if (!source) continue;
		const noun = translation.type === 'known-error' ? 'known error' : translation.type;
		problems.push(
			...toProblems(
				translation.file,
				compareTroubleshooters(
					read.troubleshooters,
					source.read.troubleshooters,
					`the ${context.sourceLanguage} ${noun} ${source.entry.id}`,
					translation.bodyLine,
				),
			),
		);
	}
	return problems;
};
