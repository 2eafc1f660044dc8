import { withoutCode } from './body.ts';
import { suggestClosest } from '../edit-distance.ts';

/** One answer of a check: the label a reader picks and the id of the step it leads to. */
export interface TroubleshooterAnswer {
	to: string;
	label: string;
	line: number;
}

export interface TroubleshooterCheck {
	kind: 'check';
	id: string;
	question: string;
	why?: string;
	answers: TroubleshooterAnswer[];
	line: number;
}

export interface TroubleshooterSolution {
	kind: 'solution';
	id: string;
	title: string;
	/** Only the helpdesk can act: the reader goes straight on to the handoff. */
	contact: boolean;
	line: number;
}

export type TroubleshooterStep = TroubleshooterCheck | TroubleshooterSolution;

/** A `<Troubleshooter>` of an entry's body. A missing attribute is read as empty text. */
export interface Troubleshooter {
	id: string;
	title: string;
	line: number;
	steps: TroubleshooterStep[];
}

/** Something wrong with a troubleshooter, at its line (in the body, or in the file with `firstLine`). */
export interface TroubleshooterProblem {
	line: number;
	message: string;
}

const TAG_NAMES = ['Troubleshooter', 'Check', 'Answer', 'Solution'] as const;
type TagName = (typeof TAG_NAMES)[number];

/** Where each element may stand: a step directly in a troubleshooter, an answer directly in a check. */
const PARENTS: Record<TagName, TagName | undefined> = {
	Troubleshooter: undefined,
	Check: 'Troubleshooter',
	Solution: 'Troubleshooter',
	Answer: 'Check',
};

/** The attributes each element reads; `contact` is the one bare (true or absent) attribute. */
const TEXT_ATTRIBUTES: Record<TagName, readonly string[]> = {
	Troubleshooter: ['id', 'title'],
	Check: ['id', 'question', 'why'],
	Solution: ['id', 'title'],
	Answer: ['to'],
};

const TAG = new RegExp(
	`<(/?)(${TAG_NAMES.join('|')})(?![\\w.-])((?:[^>"{]|"[^"]*"|\\{[^}]*\\})*?)(/?)>`,
	'g',
);
const ATTRIBUTE = /([A-Za-z_][\w-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|\{([^}]*)\}))?/g;

interface Frame {
	name: TagName;
	line: number;
	/** Where the opening tag ends, for an answer's label. */
	end: number;
	troubleshooter?: Troubleshooter;
	check?: TroubleshooterCheck;
	to?: string;
	/** Left out of the structure because it stood in the wrong place (already reported). */
	detached: boolean;
}

/** MDX comments blanked out, keeping every character's place, so lines and offsets stay the same. */
function blankComments(body: string): string {
	return body.replace(/\{\/\*[\s\S]*?\*\/\}/g, (comment) => comment.replace(/[^\n]/g, ' '));
}

/** How messages name where a step is: `troubleshooter "no-printout", step "display"`. */
export function nameStep(troubleshooter: Troubleshooter | undefined, step?: string): string {
	const where = troubleshooter?.id
		? `troubleshooter "${troubleshooter.id}"`
		: `the troubleshooter${troubleshooter ? ` on line ${troubleshooter.line}` : ''}`;
	return step === undefined ? where : `${where}, step "${step}"`;
}

/**
 * Reads the troubleshooters of an MDX body: the four tags, their double-quoted attributes, the bare
 * `contact`, and the answers' labels, each with its line (`firstLine` is the line of the body's first
 * line, 1 for lines in the body). Tags in code and in MDX comments are examples, not troubleshooters.
 * Problems are the ones of the markup itself (an element outside its parent, a tag never closed, an
 * attribute not in double quotes); `checkTroubleshooters` finds the rest.
 */
export function readTroubleshooters(
	body: string,
	firstLine = 1,
): { troubleshooters: Troubleshooter[]; problems: TroubleshooterProblem[] } {
	const text = withoutCode(blankComments(body));
	const troubleshooters: Troubleshooter[] = [];
	const problems: TroubleshooterProblem[] = [];
	const stack: Frame[] = [];
	const lineStarts = [0];
	for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
	const lineAt = (offset: number) => {
		let low = 0;
		let high = lineStarts.length - 1;
		while (low < high) {
			const middle = (low + high + 1) >> 1;
			if (lineStarts[middle]! <= offset) low = middle;
			else high = middle - 1;
		}
		return firstLine + low;
	};
	const report = (line: number, message: string) => problems.push({ line, message });
	const enclosing = () => stack.findLast((frame) => frame.troubleshooter)?.troubleshooter;

	const close = (frame: Frame, closeStart: number) => {
		if (frame.name !== 'Answer' || frame.detached || !frame.check) return;
		const label = body.slice(frame.end, closeStart).replace(/\s+/g, ' ').trim();
		frame.check.answers.push({ to: frame.to ?? '', label, line: frame.line });
	};

	for (const match of text.matchAll(TAG)) {
		const [whole, slash, rawName, rawAttributes, selfClosing] = match;
		const name = rawName as TagName;
		const line = lineAt(match.index);
		if (slash) {
			const open = stack.findLastIndex((frame) => frame.name === name);
			if (open === -1) {
				report(line, `</${name}> closes nothing: there is no <${name}> open before it`);
				continue;
			}
			for (const unclosed of stack.splice(open + 1).reverse()) reportUnclosed(unclosed);
			close(stack.pop()!, match.index);
			continue;
		}
		// Attributes from the body itself: text in backticks inside a question is not code to blank.
		const attributesAt = match.index + 1 + name.length;
		const attributes = readAttributes(
			body.slice(attributesAt, attributesAt + (rawAttributes ?? '').length),
			name,
			line,
			enclosing(),
			report,
		);
		// A step cannot hold a step, nor an answer an answer: one left open ends where the next starts, so
		// one missing closing tag is one problem, not one for every element after it.
		const ends = name === 'Answer' ? ['Answer'] : name === 'Troubleshooter' ? [] : ['Check', 'Solution', 'Answer'];
		while (stack.length > 0 && ends.includes(stack.at(-1)!.name)) {
			reportUnclosed(stack.at(-1)!);
			close(stack.pop()!, match.index);
		}
		const parent = stack.at(-1);
		const expected = PARENTS[name];
		const placed = expected ? parent?.name === expected : !parent;
		if (!placed) {
			report(
				line,
				expected
					? `${parent ? `${nameStep(enclosing())}: ` : ''}<${name}> must be directly inside a <${expected}>${parent ? `, not inside a <${parent.name}>` : ''}`
					: `${nameStep(enclosing())}: <Troubleshooter> cannot be inside another troubleshooter; close the first one with </Troubleshooter> before`,
			);
		}
		const detached = !placed || Boolean(parent?.detached);
		const frame: Frame = { name, line, end: match.index + whole.length, detached };
		const id = attributes.get('id') ?? '';
		if (name === 'Troubleshooter') {
			frame.troubleshooter = { id, title: attributes.get('title') ?? '', line, steps: [] };
			if (!detached) troubleshooters.push(frame.troubleshooter);
		} else if (name === 'Check') {
			const why = attributes.get('why');
			frame.check = {
				kind: 'check',
				id,
				question: attributes.get('question') ?? '',
				...(why !== undefined ? { why } : {}),
				answers: [],
				line,
			};
			if (!detached) enclosing()!.steps.push(frame.check);
		} else if (name === 'Solution') {
			const solution: TroubleshooterSolution = {
				kind: 'solution',
				id,
				title: attributes.get('title') ?? '',
				contact: attributes.has('contact'),
				line,
			};
			if (!detached) enclosing()!.steps.push(solution);
		} else {
			frame.check = parent?.check;
			frame.to = attributes.get('to') ?? '';
		}
		if (selfClosing) close(frame, match.index + whole.length);
		else stack.push(frame);
	}
	for (const unclosed of stack.reverse()) reportUnclosed(unclosed);
	return { troubleshooters, problems };

	function reportUnclosed(frame: Frame) {
		report(frame.line, `<${frame.name}> is never closed: end it with </${frame.name}>`);
	}
}

/**
 * The attributes of one tag, by name: text in double quotes, `contact` bare. Any other way of writing
 * a value is reported, and the value is left out (so a missing attribute is then named too).
 */
function readAttributes(
	raw: string,
	name: TagName,
	line: number,
	troubleshooter: Troubleshooter | undefined,
	report: (line: number, message: string) => void,
): Map<string, string> {
	const attributes = new Map<string, string>();
	for (const [, key, double, single, expression] of raw.matchAll(ATTRIBUTE)) {
		if (!key) continue;
		if (key === 'contact' && name === 'Solution') {
			if (double !== undefined || single !== undefined || expression !== undefined)
				report(line, `${nameStep(troubleshooter)}: write contact on its own, without a value`);
			attributes.set(key, '');
		} else if (double !== undefined) attributes.set(key, double);
		else if (TEXT_ATTRIBUTES[name].includes(key))
			report(
				line,
				`${nameStep(troubleshooter)}: write the ${key} of <${name}> in double quotes: ${key}="..."`,
			);
	}
	return attributes;
}

const ID = /^[a-z0-9-]+$/;

/** `Printer Screen` -> `printer-screen`: the id an author probably meant. */
function suggestId(id: string): string {
	return id
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

function describeBadId(id: string): string {
	const better = suggestId(id);
	return `the id "${id}" may hold only lowercase letters, digits and hyphens${better ? `, e.g. "${better}"` : ''}`;
}

/** How messages name a step, also one without an id. */
function nameOf(troubleshooter: Troubleshooter, step: TroubleshooterStep): string {
	return step.id
		? nameStep(troubleshooter, step.id)
		: `${nameStep(troubleshooter)}, the <${step.kind === 'check' ? 'Check' : 'Solution'}> on line ${step.line}`;
}

/** How messages name an answer: by its label, else by where it leads, else by its line. */
function nameAnswer(answer: TroubleshooterAnswer): string {
	if (answer.label) return `the answer "${answer.label}"`;
	return answer.to ? `the answer to "${answer.to}"` : `the answer on line ${answer.line}`;
}

/**
 * Checks troubleshooters read from one body: ids, required attributes, answers, and the paths a reader
 * can take. Messages name the troubleshooter and the step, in words an author understands.
 */
export function checkTroubleshooters(troubleshooters: readonly Troubleshooter[]): TroubleshooterProblem[] {
	const problems: TroubleshooterProblem[] = [];
	const lineOfId = new Map<string, number>();
	for (const troubleshooter of troubleshooters) {
		const { id, line } = troubleshooter;
		const name = nameStep(troubleshooter);
		if (!id)
			problems.push({
				line,
				message: `${name} has no id: add id="..." to <Troubleshooter>, in lowercase letters, digits and hyphens`,
			});
		else if (!ID.test(id)) problems.push({ line, message: `${name}: ${describeBadId(id)}` });
		else if (lineOfId.has(id))
			problems.push({
				line,
				message: `${name}: the troubleshooter on line ${lineOfId.get(id)} has the same id; give each troubleshooter of an entry its own id`,
			});
		else lineOfId.set(id, line);
		if (!troubleshooter.title)
			problems.push({
				line,
				message: `${name} has no title: add title="..." to <Troubleshooter>, the heading readers see`,
			});
		problems.push(...checkSteps(troubleshooter));
	}
	return problems.sort((a, b) => a.line - b.line);
}

function checkSteps(troubleshooter: Troubleshooter): TroubleshooterProblem[] {
	const problems: TroubleshooterProblem[] = [];
	const report = (line: number, message: string) => problems.push({ line, message });
	const steps = new Map<string, TroubleshooterStep>();
	for (const step of troubleshooter.steps) {
		const name = nameOf(troubleshooter, step);
		const tag = step.kind === 'check' ? 'Check' : 'Solution';
		if (!step.id) report(step.line, `${name} has no id: add id="..." to <${tag}>`);
		else if (!ID.test(step.id)) report(step.line, `${name}: ${describeBadId(step.id)}`);
		else if (steps.has(step.id))
			report(
				step.line,
				`${name}: the step on line ${steps.get(step.id)!.line} already has the id "${step.id}"; give each step its own id`,
			);
		else steps.set(step.id, step);
		if (step.kind === 'solution') {
			if (!step.title) report(step.line, `${name}: <Solution> has no title: add title="..."`);
			continue;
		}
		if (!step.question) report(step.line, `${name}: <Check> has no question: add question="..."`);
		if (step.answers.length < 2)
			report(
				step.line,
				`${name}: a check needs at least two answers and this one has ${step.answers.length === 0 ? 'none' : 'only one'}; add <Answer to="...">...</Answer> inside the <Check>`,
			);
		for (const answer of step.answers) {
			if (!answer.to)
				report(
					answer.line,
					`${name}: ${nameAnswer(answer)} has no to: add to="..." with the id of the step it leads to`,
				);
			if (!answer.label)
				report(
					answer.line,
					`${name}: ${nameAnswer(answer)} has no text: write what the reader picks between <Answer to="${answer.to}"> and </Answer>`,
				);
		}
	}
	const checks = troubleshooter.steps.filter((step) => step.kind === 'check');
	const first = troubleshooter.steps[0];
	if (checks.length === 0) {
		report(
			troubleshooter.line,
			`${nameStep(troubleshooter)} has no <Check>: it must start with a <Check>, the first question the reader answers`,
		);
		return problems;
	}
	if (first?.kind === 'solution')
		report(
			first.line,
			`${nameOf(troubleshooter, first)}: the first step must be a <Check>, where the reader starts; move this <Solution> below the first check`,
		);
	checkAnswerTargets(troubleshooter, steps, report);
	// While an answer leads nowhere, the steps behind it look unreachable: name only the answer.
	const leadsNowhere = checks.some((check) => check.answers.some((answer) => !steps.has(answer.to)));
	checkPaths(troubleshooter, checks[0]!, steps, report, !leadsNowhere);
	return problems;
}

/** Every answer leads to a step of the same troubleshooter; a likely typo gets the closest id. */
function checkAnswerTargets(
	troubleshooter: Troubleshooter,
	steps: ReadonlyMap<string, TroubleshooterStep>,
	report: (line: number, message: string) => void,
) {
	for (const step of troubleshooter.steps) {
		if (step.kind !== 'check') continue;
		for (const answer of step.answers) {
			if (!answer.to || steps.has(answer.to)) continue;
			const close = suggestClosest(answer.to, steps.keys());
			report(
				answer.line,
				`${nameOf(troubleshooter, step)}: ${nameAnswer(answer)} leads to "${answer.to}", which is not a step of this troubleshooter; ${close ? `did you mean "${close}"?` : `its steps are ${[...steps.keys()].join(', ')}`}`,
			);
		}
	}
}

/**
 * Walks every path from the first check: a step no path reaches is unreachable, and an answer that
 * leads back to a check already on its path would send the reader round in a circle.
 */
function checkPaths(
	troubleshooter: Troubleshooter,
	start: TroubleshooterCheck,
	steps: ReadonlyMap<string, TroubleshooterStep>,
	report: (line: number, message: string) => void,
	reportUnreachable: boolean,
) {
	const reached = new Set<TroubleshooterStep>([start]);
	const path: TroubleshooterCheck[] = [];
	const walk = (check: TroubleshooterCheck) => {
		path.push(check);
		for (const answer of check.answers) {
			const next = steps.get(answer.to);
			if (!next) continue;
			if (next.kind === 'check' && path.includes(next)) {
				const loop = [...path.slice(path.indexOf(next)), next].map((step) => step.id);
				report(
					answer.line,
					`${nameOf(troubleshooter, check)}: ${nameAnswer(answer)} leads back to "${next.id}", a check the reader already answered on this path (${loop.join(' → ')}); lead it on to another step`,
				);
				continue;
			}
			if (reached.has(next)) continue;
			reached.add(next);
			if (next.kind === 'check') walk(next);
		}
		path.pop();
	};
	walk(start);
	if (!reportUnreachable) return;
	for (const step of troubleshooter.steps) {
		// A step without an id, or with one taken before, is reported as such already.
		if (reached.has(step) || !step.id || steps.get(step.id) !== step) continue;
		report(
			step.line,
			`${nameOf(troubleshooter, step)}: no answer leads here from the first check${start.id ? ` "${start.id}"` : ''}, so no reader reaches this step; lead an answer to it or remove it`,
		);
	}
}
