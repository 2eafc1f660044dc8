import {
	nameStep,
	type Troubleshooter,
	type TroubleshooterProblem,
	type TroubleshooterStep,
} from './troubleshooters.ts';

function listIds(ids: readonly string[], none: string): string {
	return ids.length === 0 ? none : ids.join(', ');
}

function isSameList(a: readonly string[], b: readonly string[]): boolean {
	return a.length === b.length && a.every((item, index) => item === b[index]);
}

const TAGS = { check: '<Check>', solution: '<Solution>' } as const;

/**
 * A translation's troubleshooters have its source's structure: the same troubleshooters in the same
 * order, the same steps of the same kinds, answers leading to the same steps in the same order, and the
 * same `contact`. Only the words differ. `source` names the source in messages ("the English entry
 * KB-1010"); `line` is where to report when the translation has no troubleshooter to point at.
 */
export function compareTroubleshooters(
	translated: readonly Troubleshooter[],
	original: readonly Troubleshooter[],
	source: string,
	line: number,
): TroubleshooterProblem[] {
	const problems: TroubleshooterProblem[] = [];
	const ids = translated.map((troubleshooter) => troubleshooter.id);
	const originalIds = original.map((troubleshooter) => troubleshooter.id);
	if (!isSameList(ids, originalIds))
		problems.push({
			line: translated[0]?.line ?? line,
			message: `has the troubleshooters ${listIds(ids, 'none')} but ${source} has ${listIds(originalIds, 'none')}: a translation keeps the same troubleshooters, with the same ids, in the same order`,
		});
	for (const troubleshooter of translated) {
		const match = original.find((candidate) => candidate.id === troubleshooter.id);
		if (match) problems.push(...compareSteps(troubleshooter, match, source));
	}
	return problems;
}

function compareSteps(
	translated: Troubleshooter,
	original: Troubleshooter,
	source: string,
): TroubleshooterProblem[] {
	const problems: TroubleshooterProblem[] = [];
	const ids = translated.steps.map((step) => step.id);
	const originalIds = original.steps.map((step) => step.id);
	if (!isSameList(ids, originalIds))
		problems.push({
			line: translated.line,
			message: `${nameStep(translated)}: has the steps ${listIds(ids, 'none')} but in ${source} it has ${listIds(originalIds, 'none')}; keep the same steps, with the same ids, in the same order`,
		});
	for (const step of translated.steps) {
		const match = original.steps.find((candidate) => candidate.id === step.id);
		if (match) problems.push(...compareStep(translated, step, match, source));
	}
	return problems;
}

function compareStep(
	troubleshooter: Troubleshooter,
	step: TroubleshooterStep,
	original: TroubleshooterStep,
	source: string,
): TroubleshooterProblem[] {
	const name = nameStep(troubleshooter, step.id);
	const problem = (message: string) => [{ line: step.line, message: `${name}: ${message}` }];
	if (step.kind !== original.kind)
		return problem(
			`is a ${TAGS[step.kind]} here but a ${TAGS[original.kind]} in ${source}; keep the same kind of step`,
		);
	if (step.kind === 'check' && original.kind === 'check') {
		const tos = step.answers.map((answer) => answer.to);
		const originalTos = original.answers.map((answer) => answer.to);
		if (!isSameList(tos, originalTos))
			return problem(
				`the answers lead to ${listIds(tos, 'nothing')} but in ${source} to ${listIds(originalTos, 'nothing')}; keep the same answers in the same order, translating only their text`,
			);
	}
	if (step.kind === 'solution' && original.kind === 'solution' && step.contact !== original.contact)
		return problem(
			step.contact
				? `has contact but the step in ${source} does not; remove contact here`
				: `has no contact but the step in ${source} has; add contact here`,
		);
	return [];
}
