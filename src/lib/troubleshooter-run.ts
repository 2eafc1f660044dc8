import { ENTRY_ID } from './ids.ts';
import type { Translate } from '../i18n/format.ts';
import type { MessageKey } from '../i18n/en.ts';

/**
 * A reader's walk through a troubleshooter (DESIGN.md "Troubleshooters"), as the page hands it to
 * "Still stuck?" and as the payload's `context.troubleshooter` carries it to the helpdesk, so the agent
 * does not ask again what the reader already answered. Pure: the form, the email and the relay's
 * ticket all read and write it through this file.
 */

/** One answered check: its step id, and the question and answer as the reader saw them. */
export interface TroubleshooterAnswer {
	step: string;
	question: string;
	answer: string;
}

export interface TroubleshooterRun {
	/** The troubleshooter's id, unique within its entry (`no-printout`). */
	id: string;
	/** The entry the troubleshooter is in (`KB-1010`). */
	entryId: string;
	/** The answers given, first check first. */
	path: TroubleshooterAnswer[];
	/** The step the run ended at: the solution tried, or the `contact` one. */
	end: string;
	/** Whether the end solution solved the problem (a handoff is for when it did not). */
	solved: boolean;
}

/** What the page shows and the run does not carry: titles, and whether the end is a `contact` one. */
export interface TroubleshooterShown {
	title: string;
	endTitle: string;
	contact: boolean;
}

/** A troubleshooter's or step's id, as authors write them. */
const STEP_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ID_MAX = 100;
/** A troubleshooter longer than this is not one a reader walks: the path is bounded, like every field. */
export const PATH_MAX = 30;
const QUESTION_MAX = 1_000;
const ANSWER_MAX = 500;

export type RunCheck =
	{ ok: true; run: TroubleshooterRun } | { ok: false; field: string; message: string };

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether `value` is a troubleshooter's or a step's id (the anonymous events check theirs alike). */
export const isStepId = (value: unknown): value is string =>
	typeof value === 'string' && value.length <= ID_MAX && STEP_ID.test(value);

/**
 * Reads an unknown value as a run, or names the field that is wrong (under `where`, such as
 * `context.troubleshooter`) and why, in the words the handoff payload's other checks use.
 */
export function checkTroubleshooterRun(value: unknown, where = 'troubleshooter'): RunCheck {
	const fail = (field: string, message: string): RunCheck => ({
		ok: false,
		field: `${where}${field}`,
		message: `${where}${field} ${message}`,
	});
	if (!isObject(value))
		return fail('', 'must be an object with id, entryId, path, end and solved.');
	const idRule = `must be lowercase letters, digits and single hyphens (at most ${ID_MAX} characters).`;
	if (!isStepId(value.id)) return fail('.id', idRule);
	if (typeof value.entryId !== 'string' || !ENTRY_ID.test(value.entryId))
		return fail('.entryId', 'must be an entry id such as KB-1042.');
	const path = value.path;
	if (!Array.isArray(path) || path.length === 0 || path.length > PATH_MAX)
		return fail('.path', `must be a list of 1 to ${PATH_MAX} answered steps.`);
	const steps: TroubleshooterAnswer[] = [];
	for (const [index, item] of path.entries()) {
		const at = `.path[${index}]`;
		if (!isObject(item)) return fail(at, 'must be an object with step, question and answer.');
		if (!isStepId(item.step)) return fail(`${at}.step`, idRule);
		for (const [key, max] of [
			['question', QUESTION_MAX],
			['answer', ANSWER_MAX],
		] as const) {
			const text = item[key];
			if (typeof text !== 'string' || !text.trim() || text.length > max)
				return fail(`${at}.${key}`, `must be text of 1 to ${max.toLocaleString('en')} characters.`);
		}
		steps.push({
			step: item.step,
			question: item.question as string,
			answer: item.answer as string,
		});
	}
	if (!isStepId(value.end)) return fail('.end', idRule);
	if (typeof value.solved !== 'boolean') return fail('.solved', 'must be true or false.');
	// Only the fields of DESIGN.md travel on: anything else a sender adds is dropped here.
	return {
		ok: true,
		run: {
			id: value.id,
			entryId: value.entryId,
			path: steps,
			end: value.end,
			solved: value.solved,
		},
	};
}

/** The run as read, or undefined when it is not one (a saved draft of an older form, a bad event). */
export function readTroubleshooterRun(value: unknown): TroubleshooterRun | undefined {
	const check = checkTroubleshooterRun(value);
	return check.ok ? check.run : undefined;
}

/**
 * "What have you already tried?", filled in the reader's language: the troubleshooter, each question
 * with the answer given, and how it ended.
 */
export function getTroubleshooterTried(
	run: TroubleshooterRun,
	shown: TroubleshooterShown,
	t: Translate<MessageKey>,
): string {
	const end = shown.contact
		? 'handoff.tried.troubleshooter.contact'
		: run.solved
			? 'handoff.tried.troubleshooter.solved'
			: 'handoff.tried.troubleshooter.notSolved';
	return [
		t('handoff.tried.troubleshooter', { title: shown.title, id: run.entryId }),
		...run.path.map(({ question, answer }) =>
			t('handoff.tried.troubleshooter.answer', { question, answer }),
		),
		t(end, { title: shown.endTitle }),
	].join('\n');
}

/**
 * The path as the helpdesk reads it in an email or a ticket, labels in the helpdesk's language: which
 * troubleshooter, each answer in order, where it ended and whether that helped. One line each.
 */
export function formatTroubleshooterPath(
	run: TroubleshooterRun,
	t: Translate<MessageKey>,
): string[] {
	return [
		`${t('mail.troubleshooter')}: ${t('mail.troubleshooter.which', { id: run.id, entryId: run.entryId })}`,
		...run.path.map(
			({ question, answer }, index) =>
				`  ${t('mail.troubleshooter.step', { number: index + 1, question, answer })}`,
		),
		`${t('mail.troubleshooter.end')}: ${t(
			run.solved ? 'mail.troubleshooter.solved' : 'mail.troubleshooter.notSolved',
			{ step: run.end },
		)}`,
	];
}
