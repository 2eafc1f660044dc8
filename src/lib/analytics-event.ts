import { ENTRY_ID } from './ids.ts';
import { normalizeQuery } from './query.ts';
import { isStepId } from './troubleshooter-run.ts';

/**
 * The anonymous events the portal may send to `analyticsUrl` (the relay's `POST /events`), so support
 * staff can see what employees could not find. One definition for the browser, which builds them, and
 * the relay, which checks them. An event never holds a name, an email, form text, a cookie or any
 * identifier of the person or the browser: only what was searched (normalised), how many results,
 * which entry was opened at which rank, a vote, that a handoff started or was sent, and where a
 * troubleshooter run ended (its step ids and the outcome, never a question, an answer or anything typed).
 */

const ANALYTICS_EVENT_TYPES = [
	'search',
	'open',
	'vote',
	'handoff-start',
	'handoff-sent',
	'troubleshooter',
] as const;
export type AnalyticsEventType = (typeof ANALYTICS_EVENT_TYPES)[number];

/**
 * How a troubleshooter run ended: the reader said a solution helped, or did not, asked the helpdesk at
 * a solution only it can carry out, or left the page after answering at least one question.
 */
export const TROUBLESHOOTER_OUTCOMES = ['solved', 'not-solved', 'contact', 'left'] as const;
export type TroubleshooterOutcome = (typeof TROUBLESHOOTER_OUTCOMES)[number];

/** Queries are kept only normalised and at most this long: enough to group, too short to hold a log. */
export const QUERY_LIMIT = 100;
/** A body larger than this is refused: an event is a few dozen bytes. */
export const EVENT_MAX_BYTES = 2048;

export type AnalyticsEvent =
	| { type: 'search'; language: string; query: string; results: number; pinned: boolean }
	| { type: 'open'; language: string; query: string; entryId: string; rank: number }
	| { type: 'vote'; language: string; entryId: string; helpful: boolean }
	| {
			type: 'handoff-start' | 'handoff-sent';
			language: string;
			entryId: string | null;
			query: string | null;
	  }
	| {
			type: 'troubleshooter';
			language: string;
			entryId: string;
			/** The troubleshooter's id within its entry. */
			troubleshooter: string;
			/** The step where the run ended (a solution, or where the reader left). */
			step: string;
			outcome: TroubleshooterOutcome;
	  };

const LANGUAGE = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/;

/** A query as events keep it: normalised, lowercase, cut at a word within QUERY_LIMIT characters. */
export function normalizeEventQuery(query: string): string {
	const text = normalizeQuery(query).toLowerCase();
	if (text.length <= QUERY_LIMIT) return text;
	const cut = text.slice(0, QUERY_LIMIT);
	const space = cut.lastIndexOf(' ');
	return (space > QUERY_LIMIT / 2 ? cut.slice(0, space) : cut).replace(/[\uD800-\uDBFF]$/, '');
}

export type EventCheck = { ok: true; event: AnalyticsEvent } | { ok: false; message: string };

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads an unknown JSON value as one event, or says why not. Fields that are not part of the event's
 * type are refused rather than dropped, so nothing the portal did not mean to send is ever stored.
 */
export function checkAnalyticsEvent(value: unknown): EventCheck {
	const fail = (message: string): EventCheck => ({ ok: false, message });
	if (!isObject(value)) return fail('An event must be a JSON object.');
	const type = value.type;
	if (typeof type !== 'string' || !(ANALYTICS_EVENT_TYPES as readonly string[]).includes(type))
		return fail(`type must be one of ${ANALYTICS_EVENT_TYPES.join(', ')}.`);
	const allowed: Record<AnalyticsEventType, string[]> = {
		search: ['query', 'results', 'pinned'],
		open: ['query', 'entryId', 'rank'],
		vote: ['entryId', 'helpful'],
		'handoff-start': ['entryId', 'query'],
		'handoff-sent': ['entryId', 'query'],
		troubleshooter: ['entryId', 'troubleshooter', 'step', 'outcome'],
	};
	const fields = allowed[type as AnalyticsEventType];
	for (const key of Object.keys(value))
		if (key !== 'type' && key !== 'language' && !fields.includes(key))
			return fail(`${key} is not part of a ${type} event.`);
	const language = typeof value.language === 'string' ? value.language.toLowerCase() : '';
	if (!LANGUAGE.test(language)) return fail('language must be a language tag such as en or de.');
	const query = (required: boolean): string | null | undefined => {
		if (value.query === null && !required) return null;
		if (typeof value.query !== 'string') return undefined;
		const normal = normalizeEventQuery(value.query);
		return normal || (required ? undefined : null);
	};
	const entryId = (nullable: boolean): string | null | undefined => {
		if (value.entryId === null && nullable) return null;
		return typeof value.entryId === 'string' && ENTRY_ID.test(value.entryId.toUpperCase())
			? value.entryId.toUpperCase()
			: undefined;
	};
	const count = (key: string, max: number): number | undefined => {
		const n = value[key];
		return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= max ? n : undefined;
	};

	const stepId = (key: string): string | undefined =>
		isStepId(value[key]) ? value[key] : undefined;

	switch (type as AnalyticsEventType) {
		case 'search': {
			const q = query(true);
			const results = count('results', 100_000);
			if (!q) return fail('query must be the text searched for.');
			if (results === undefined) return fail('results must be a whole number.');
			if (typeof value.pinned !== 'boolean') return fail('pinned must be true or false.');
			return {
				ok: true,
				event: { type: 'search', language, query: q, results, pinned: value.pinned },
			};
		}
		case 'open': {
			const q = query(true);
			const id = entryId(false);
			const rank = count('rank', 1000);
			if (!q) return fail('query must be the text searched for.');
			if (!id) return fail('entryId must be an entry id such as KB-1042.');
			if (rank === undefined || rank < 1) return fail('rank must be the result’s place, from 1.');
			return { ok: true, event: { type: 'open', language, query: q, entryId: id, rank } };
		}
		case 'vote': {
			const id = entryId(false);
			if (!id) return fail('entryId must be an entry id such as KB-1042.');
			if (typeof value.helpful !== 'boolean') return fail('helpful must be true or false.');
			return { ok: true, event: { type: 'vote', language, entryId: id, helpful: value.helpful } };
		}
		case 'handoff-start':
		case 'handoff-sent': {
			const id = entryId(true);
			const q = query(false);
			if (id === undefined) return fail('entryId must be an entry id such as KB-1042, or null.');
			if (q === undefined) return fail('query must be the text searched for, or null.');
			return {
				ok: true,
				event: { type: type as 'handoff-start', language, entryId: id, query: q },
			};
		}
		case 'troubleshooter': {
			const id = entryId(false);
			const troubleshooter = stepId('troubleshooter');
			const step = stepId('step');
			const outcome = TROUBLESHOOTER_OUTCOMES.find((o) => o === value.outcome);
			if (!id) return fail('entryId must be an entry id such as KB-1042.');
			if (!troubleshooter)
				return fail('troubleshooter must be a troubleshooter id such as no-printout.');
			if (!step) return fail('step must be a step id such as resend.');
			if (!outcome) return fail(`outcome must be one of ${TROUBLESHOOTER_OUTCOMES.join(', ')}.`);
			return {
				ok: true,
				event: { type: 'troubleshooter', language, entryId: id, troubleshooter, step, outcome },
			};
		}
	}
}
