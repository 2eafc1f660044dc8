import {
	HANDOFF_PLATFORMS,
	buildHandoffPayload,
	validateHandoff,
	type HandoffDraft,
	type HandoffPayload,
} from './handoff.ts';
import { english } from '../i18n/english.ts';
import { ENTRY_ID } from './ids.ts';
import { checkTroubleshooterRun, type TroubleshooterRun } from './troubleshooter-run.ts';

/**
 * The webhook payload as a receiver reads it (the ticket relay's `POST /tickets`): shape, types, sizes
 * and the same field rules the form applies before it sends (`validateHandoff`), so the browser and the
 * relay never disagree about what a valid request is. Plain TypeScript, without zod, like the form.
 * Messages are in English, for the relay's answer and its logs: the form shows its own text for the
 * refusal's code in the reader's language (handoff-refusal.ts).
 */

/** A request body larger than this is refused before it is read (20 KB of text per field fits easily). */
export const PAYLOAD_MAX_BYTES = 256 * 1024;

/** Longest text a field may hold, in characters. */
const FIELD_LIMITS = {
	summary: 300,
	details: 40_000,
	errorMessage: 40_000,
	tried: 40_000,
	name: 200,
	email: 320,
	pageUrl: 2_000,
	searchQuery: 500,
	userAgent: 1_000,
} as const;

const MAX_VIEWED = 50;
const KEY = /^[\x21-\x7e]{8,200}$/;
/** A BCP 47 tag as `<html lang>` has it (`de`, `en-GB`); 35 characters is the longest RFC 5646 asks to support. */
const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const LANGUAGE_MAX = 35;

export type PayloadCheck =
	{ ok: true; payload: HandoffPayload } | { ok: false; field: string; message: string };

const fail = (field: string, message: string): PayloadCheck => ({ ok: false, field, message });

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads an unknown JSON value as a handoff payload, or says which field is wrong and why. */
export function checkHandoffPayload(value: unknown): PayloadCheck {
	if (!isObject(value)) return fail('', 'The request must be a JSON object.');
	if (value.version !== 1)
		return fail(
			'version',
			'This help portal sends a request format the helpdesk does not read (version must be 1).',
		);
	// The honeypot: a field people never see. Only a program fills it in.
	if (typeof value.website === 'string' && value.website.trim())
		return fail(
			'website',
			'This request looks automated, so it was not sent. Email the helpdesk instead.',
		);

	const text: Partial<Record<keyof typeof FIELD_LIMITS, string>> = {};
	const readText = (
		source: Record<string, unknown>,
		key: keyof typeof FIELD_LIMITS,
		where: string,
		required = false,
	): PayloadCheck | undefined => {
		const raw = source[key];
		if (raw === undefined || raw === null) {
			if (required) return fail(where, `${where} is missing.`);
			text[key] = '';
			return undefined;
		}
		if (typeof raw !== 'string') return fail(where, `${where} must be text.`);
		if (raw.length > FIELD_LIMITS[key])
			return fail(
				where,
				`${where} is too long (${raw.length.toLocaleString('en')} characters; at most ${FIELD_LIMITS[key].toLocaleString('en')}). Shorten it, or attach the rest to the helpdesk's reply.`,
			);
		text[key] = raw;
		return undefined;
	};

	for (const key of ['summary', 'details', 'errorMessage', 'tried'] as const) {
		const problem = readText(value, key, key, key === 'summary');
		if (problem) return problem;
	}
	for (const key of ['urgency', 'device', 'platform'] as const)
		if (value[key] !== undefined && typeof value[key] !== 'string')
			return fail(key, `${key} must be text.`);

	if (!isObject(value.contact)) return fail('contact', 'contact (name and email) is missing.');
	for (const key of ['name', 'email'] as const) {
		const problem = readText(value.contact, key, `contact.${key}`, key === 'email');
		if (problem) return problem;
	}

	const draft: HandoffDraft = {
		summary: text.summary!,
		details: text.details!,
		errorMessage: text.errorMessage!,
		tried: text.tried!,
		urgency: String(value.urgency ?? ''),
		device: String(value.device ?? ''),
		platform: String(value.platform ?? ''),
		name: text.name!,
		email: text.email!,
	};
	const [first] = validateHandoff(draft, english);
	if (first)
		return fail(first.field === 'email' ? 'contact.email' : first.field, `${first.message}.`);
	if (draft.platform && !(HANDOFF_PLATFORMS as readonly string[]).includes(draft.platform))
		return fail('platform', `platform must be one of ${HANDOFF_PLATFORMS.join(', ')}.`);

	if (typeof value.idempotencyKey !== 'string' || !KEY.test(value.idempotencyKey))
		return fail('idempotencyKey', 'idempotencyKey must be 8 to 200 visible characters.');
	if (typeof value.submittedAt !== 'string' || Number.isNaN(Date.parse(value.submittedAt)))
		return fail('submittedAt', 'submittedAt must be an ISO 8601 date and time.');

	if (!isObject(value.context)) return fail('context', 'context is missing.');
	const context = value.context;
	for (const key of ['pageUrl', 'searchQuery', 'userAgent'] as const) {
		const problem = readText(context, key, `context.${key}`, key === 'pageUrl');
		if (problem) return problem;
	}
	const entryId = context.entryId ?? null;
	if (entryId !== null && (typeof entryId !== 'string' || !ENTRY_ID.test(entryId.toUpperCase())))
		return fail('context.entryId', 'context.entryId must be an entry id such as KB-1042, or null.');
	const viewed = context.viewedKnownErrors ?? [];
	if (
		!Array.isArray(viewed) ||
		viewed.length > MAX_VIEWED ||
		!viewed.every((id) => typeof id === 'string' && ENTRY_ID.test(id.toUpperCase()))
	)
		return fail(
			'context.viewedKnownErrors',
			`context.viewedKnownErrors must be a list of at most ${MAX_VIEWED} entry ids.`,
		);
	const language = context.language;
	if (
		language !== undefined &&
		(typeof language !== 'string' || language.length > LANGUAGE_MAX || !LANGUAGE.test(language))
	)
		return fail('context.language', 'context.language must be a language tag such as de or pt-BR.');
	let troubleshooter: TroubleshooterRun | undefined;
	if (context.troubleshooter !== undefined && context.troubleshooter !== null) {
		const run = checkTroubleshooterRun(context.troubleshooter, 'context.troubleshooter');
		if (!run.ok) return run;
		troubleshooter = run.run;
	}

	return {
		ok: true,
		payload: buildHandoffPayload(
			draft,
			{
				entryId: (entryId as string | null) ?? undefined,
				pageUrl: text.pageUrl!,
				searchQuery: text.searchQuery || undefined,
				viewedKnownErrors: viewed as string[],
				userAgent: text.userAgent!,
				language: language as string | undefined,
				troubleshooter,
			},
			{ idempotencyKey: value.idempotencyKey, submittedAt: value.submittedAt },
		),
	};
}
