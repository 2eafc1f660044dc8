import { FILLER_WORDS, tokenize } from './query.ts';
import { DEVICES, PLATFORMS } from '../schemas/enums.ts';
import type { Translate } from '../i18n/format.ts';
import type { MessageKey } from '../i18n/en.ts';
import {
	formatTroubleshooterPath,
	readTroubleshooterRun,
	type TroubleshooterRun,
} from './troubleshooter-run.ts';

/**
 * "Still stuck?": what the employee typed, what the page knows without asking, and how both travel to
 * the helpdesk (the webhook payload of DESIGN.md, or a readable email). Pure, so every rule is tested.
 */

/** How urgent a request can be, most urgent first; each reads as `urgency.<value>` in the catalog. */
export const URGENCIES = ['blocked', 'degraded', 'question'] as const;
export type Urgency = (typeof URGENCIES)[number];
/** The platforms a request may name: the content's own, and "other" for the rest. */
export const HANDOFF_PLATFORMS = [...PLATFORMS, 'other'] as const;

/**
 * The portal's text for what this module writes for people (checks, the email, what the form says once
 * sent): the page's own `t` in the browser; English for other callers, such as the relay.
 */
export type HandoffTranslate = Translate<MessageKey>;

/** Whether a typed or received urgency is one the portal offers (not "toString", not "urgent"). */
export function isUrgency(value: string): value is Urgency {
	return (URGENCIES as readonly string[]).includes(value);
}

/** The fields people type, by their `name` attribute. */
export interface HandoffDraft {
	summary: string;
	details: string;
	errorMessage: string;
	tried: string;
	urgency: string;
	device: string;
	platform: string;
	name: string;
	email: string;
}

export const DRAFT_FIELDS: (keyof HandoffDraft)[] = [
	'summary',
	'details',
	'errorMessage',
	'tried',
	'urgency',
	'device',
	'platform',
	'name',
	'email',
];

/** What the page attaches without the employee typing it. */
export interface HandoffContext {
	entryId?: string | undefined;
	pageUrl: string;
	searchQuery?: string | undefined;
	viewedKnownErrors: string[];
	userAgent: string;
	/** The language of the page (BCP 47). */
	language?: string | undefined;
	/** The troubleshooter the reader walked through before asking, when they came from one. */
	troubleshooter?: TroubleshooterRun | undefined;
}

/** The webhook body: the typed fields (name and email grouped as `contact`) plus the context. */
export type HandoffPayload = Omit<HandoffDraft, 'name' | 'email'> & {
	version: 1;
	idempotencyKey: string;
	submittedAt: string;
	contact: { name: string; email: string };
	context: {
		entryId: string | null;
		pageUrl: string;
		searchQuery: string | null;
		viewedKnownErrors: string[];
		userAgent: string;
		/** The language of the page the request came from (BCP 47), so the helpdesk answers in it. */
		language?: string;
		/** The reader's path through a troubleshooter (DESIGN.md "Troubleshooters"), when there is one. */
		troubleshooter?: TroubleshooterRun;
	};
};

export function emptyDraft(): HandoffDraft {
	return {
		summary: '',
		details: '',
		errorMessage: '',
		tried: '',
		urgency: '',
		device: '',
		platform: '',
		name: '',
		email: '',
	};
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface FieldError {
	field: keyof HandoffDraft;
	message: string;
}

/** GOV.UK-style messages, in the order the fields appear. */
export function validateHandoff(draft: HandoffDraft, t: HandoffTranslate): FieldError[] {
	const errors: FieldError[] = [];
	if (!draft.summary.trim()) errors.push({ field: 'summary', message: t('handoff.error.summary') });
	if (!isUrgency(draft.urgency))
		errors.push({ field: 'urgency', message: t('handoff.error.urgency') });
	if (!(DEVICES as readonly string[]).includes(draft.device))
		errors.push({ field: 'device', message: t('handoff.error.device') });
	if (!draft.email.trim())
		errors.push({ field: 'email', message: t('handoff.error.emailMissing') });
	else if (!EMAIL.test(draft.email.trim()))
		errors.push({ field: 'email', message: t('handoff.error.emailFormat') });
	return errors;
}

/** The webhook body of DESIGN.md, field by field; text is sent exactly as typed. */
export function buildHandoffPayload(
	draft: HandoffDraft,
	context: HandoffContext,
	{ idempotencyKey, submittedAt }: { idempotencyKey: string; submittedAt: Date | string },
): HandoffPayload {
	return {
		version: 1,
		idempotencyKey,
		// A receiver keeps the sender's time as it was written.
		submittedAt: typeof submittedAt === 'string' ? submittedAt : submittedAt.toISOString(),
		summary: draft.summary,
		details: draft.details,
		errorMessage: draft.errorMessage,
		tried: draft.tried,
		urgency: draft.urgency,
		device: draft.device,
		platform: draft.platform,
		contact: { name: draft.name, email: draft.email.trim() },
		context: {
			entryId: context.entryId ?? null,
			pageUrl: context.pageUrl,
			searchQuery: context.searchQuery || null,
			viewedKnownErrors: context.viewedKnownErrors,
			userAgent: context.userAgent,
			...(context.language ? { language: context.language } : {}),
			...(context.troubleshooter ? { troubleshooter: context.troubleshooter } : {}),
		},
	};
}

/** The ticket number from a 2xx reply: `ticketId`, `id` or `number`, as text. */
export function readTicketId(body: unknown): string | undefined {
	if (!body || typeof body !== 'object') return undefined;
	for (const key of ['ticketId', 'id', 'number'] as const) {
		const value = (body as Record<string, unknown>)[key];
		if ((typeof value === 'string' && value.trim()) || typeof value === 'number')
			return String(value).slice(0, 100);
	}
	return undefined;
}

/** The relay's own reference for a request (`reference`), as text: shown until a ticket number exists. */
export function readReference(body: unknown): string | undefined {
	if (!body || typeof body !== 'object') return undefined;
	const value = (body as Record<string, unknown>).reference;
	return typeof value === 'string' && value.trim() ? value.trim().slice(0, 100) : undefined;
}

/** What the form says once the helpdesk's side has the request. */
export function getSentMessage(
	status: number,
	ticket: string | undefined,
	reference: string | undefined,
	t: HandoffTranslate,
): string {
	if (status === 202)
		return reference
			? t('handoff.sent.receivedWithReference', { reference })
			: t('handoff.sent.received');
	if (ticket) return t('handoff.sent.ticket', { ticket });
	if (reference) return t('handoff.sent.reference', { reference });
	return t('handoff.sent.plain');
}

/** A server's own explanation of a refused request (`message` or `error`), as text. */
export function readServerMessage(body: unknown): string | undefined {
	if (!body || typeof body !== 'object') return undefined;
	for (const key of ['message', 'error', 'detail'] as const) {
		const value = (body as Record<string, unknown>)[key];
		if (typeof value === 'string' && value.trim()) return value.trim().slice(0, 500);
	}
	return undefined;
}

/**
 * Everything in the request as a person would read it: for the email body and "Copy details". Its
 * headings are in `t`'s language, the helpdesk's (the portal's default), and it says which language
 * the reader used, so the helpdesk answers in it.
 */
export function formatHandoffText(
	draft: HandoffDraft,
	context: HandoffContext,
	t: HandoffTranslate,
): string {
	const notGiven = t('mail.notGiven');
	const line = (label: string, value: string) => `${label}: ${value.trim() || notGiven}`;
	const block = (label: string, value: string) =>
		value.trim() ? `${label}:\n${value.trim()}` : `${label}: ${notGiven}`;
	return [
		line(t('mail.summary'), draft.summary),
		line(
			t('mail.urgency'),
			isUrgency(draft.urgency) ? t(`urgency.${draft.urgency}`) : draft.urgency,
		),
		line(
			t('mail.device'),
			draft.device === 'personal'
				? t('mail.device.personal')
				: draft.device === 'corporate'
					? t('mail.device.corporate')
					: draft.device,
		),
		line(t('mail.platform'), draft.platform),
		block(t('mail.details'), draft.details),
		block(t('mail.errorMessage'), draft.errorMessage),
		block(t('mail.tried'), draft.tried),
		...(context.troubleshooter ? formatTroubleshooterPath(context.troubleshooter, t) : []),
		line(t('mail.name'), draft.name),
		line(t('mail.email'), draft.email),
		'',
		t('mail.context'),
		line(t('mail.language'), context.language ?? ''),
		line(
			t('mail.cameFrom'),
			context.entryId ? `${context.entryId} ${context.pageUrl}` : context.pageUrl,
		),
		line(t('mail.searchedFor'), context.searchQuery ?? ''),
		line(t('mail.viewed'), context.viewedKnownErrors.join(', ')),
		line(t('mail.browser'), context.userAgent),
	].join('\n');
}

/** Mail apps cut longer `mailto:` links (Chromium at about 2,000 characters). */
export const MAILTO_LIMIT = 1900;

/**
 * A `mailto:` link carrying every field. When the text does not fit, the body is shortened and says
 * so, and `complete` is false: the page then offers the full text to copy. Nothing is cut silently.
 */
export function buildMailto(
	to: string,
	subject: string,
	text: string,
	t: HandoffTranslate,
	limit = MAILTO_LIMIT,
): { href: string; complete: boolean } {
	const make = (body: string) =>
		`mailto:${to}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
	const full = make(text);
	if (full.length <= limit) return { href: full, complete: true };
	const note = `\n\n${t('mail.shortened')}`;
	// Never split a UTF-16 surrogate pair: encodeURIComponent throws on half an emoji.
	const safeCut = (at: number) =>
		at > 0 && /[\uD800-\uDBFF]/.test(text[at - 1] ?? '') ? at - 1 : at;
	let low = 0;
	let high = text.length;
	while (low < high) {
		const mid = Math.ceil((low + high) / 2);
		if (make(text.slice(0, safeCut(mid)) + note).length <= limit) low = mid;
		else high = mid - 1;
	}
	return { href: make(text.slice(0, safeCut(low)) + note), complete: false };
}

export function getMailSubject(
	draft: HandoffDraft,
	context: HandoffContext,
	t: HandoffTranslate,
): string {
	// Never half an emoji: encodeURIComponent throws on a lone surrogate.
	const cut = draft.summary
		.trim()
		.slice(0, 80)
		.replace(/[\uD800-\uDBFF]$/, '');
	const about = cut || t('mail.subject.default');
	return context.entryId ? t('mail.subject.after', { subject: about, id: context.entryId }) : about;
}

/** `tried`, pre-filled: the entry the reader came from and the steps they marked done there. */
export function getTriedPrefill(
	entry: { id: string; title: string } | undefined,
	doneSteps: string[],
	t: HandoffTranslate,
): string {
	if (!entry) return '';
	const lines = [t('handoff.tried.followed', { id: entry.id, title: entry.title })];
	if (doneSteps.length > 0) lines.push(t('handoff.tried.steps', { steps: doneSteps.join('; ') }));
	return lines.join('\n');
}

/** Reads a saved draft; fields of an older form layout that no longer exist, or are not text, are dropped. */
export function parseDraft(
	text: string | null | undefined,
):
	{ draft: HandoffDraft; idempotencyKey?: string; troubleshooter?: TroubleshooterRun } | undefined {
	if (!text) return undefined;
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return undefined;
	}
	if (!value || typeof value !== 'object') return undefined;
	const source = ((value as { fields?: unknown }).fields ?? value) as Record<string, unknown>;
	const draft = emptyDraft();
	let any = false;
	for (const field of DRAFT_FIELDS) {
		const v = source[field];
		if (typeof v === 'string') {
			draft[field] = v;
			any ||= v.length > 0;
		}
	}
	const key = (value as { idempotencyKey?: unknown }).idempotencyKey;
	if (!any) return undefined;
	// The key travels as an HTTP header: one that could not be sent is dropped, and a new one made.
	const usable = typeof key === 'string' && /^[\x21-\x7e]{1,200}$/.test(key);
	// A run that no longer reads as one (an older or edited store) is dropped; the typed text stays.
	const troubleshooter = readTroubleshooterRun(
		(value as { troubleshooter?: unknown }).troubleshooter,
	);
	return {
		draft,
		...(usable ? { idempotencyKey: key } : {}),
		...(troubleshooter ? { troubleshooter } : {}),
	};
}

/** The draft as the browser keeps it, with the troubleshooter run it carries, if any. */
export function serializeDraft(
	draft: HandoffDraft,
	idempotencyKey?: string,
	troubleshooter?: TroubleshooterRun,
): string {
	return JSON.stringify({
		version: 1,
		fields: draft,
		...(idempotencyKey ? { idempotencyKey } : {}),
		...(troubleshooter ? { troubleshooter } : {}),
	});
}

/** A support-matrix row the helpdesk does not handle on personal devices. */
export interface OffRoute {
	topic: string;
	who: 'vendor' | 'carrier' | 'not-supported';
	how: string;
	policy: string;
}

const OFF_ROUTE_WHO: ReadonlySet<string> = new Set<OffRoute['who']>([
	'vendor',
	'carrier',
	'not-supported',
]);

/**
 * The support-matrix rows of every policy that the helpdesk does not handle (vendor, carrier, not
 * supported), each with the page of its policy: what the form warns about before a request is sent.
 */
export function getOffRoutes(
	policies: readonly {
		url: string;
		rows: readonly { topic: string; who: string; how: string }[];
	}[],
): OffRoute[] {
	return policies.flatMap(({ url, rows }) =>
		rows
			.filter((row) => OFF_ROUTE_WHO.has(row.who))
			.map((row) => ({
				topic: row.topic,
				who: row.who as OffRoute['who'],
				how: row.how,
				policy: url,
			})),
	);
}

/** The vendor, carrier or unsupported topic a summary is about, when it clearly is. */
export function matchOffRoute(summary: string, rows: OffRoute[]): OffRoute | undefined {
	const words = new Set(tokenize(summary).filter((w) => !FILLER_WORDS.has(w)));
	let best: { row: OffRoute; score: number } | undefined;
	for (const row of rows) {
		const topic = tokenize(row.topic).filter((w) => !FILLER_WORDS.has(w) && w.length >= 3);
		const hits = topic.filter(
			(w) =>
				words.has(w) ||
				[...words].some((x) => x.length >= 4 && (x.startsWith(w) || w.startsWith(x))),
		).length;
		const needed = topic.length <= 2 ? 1 : 2;
		if (hits >= needed && hits > (best?.score ?? 0)) best = { row, score: hits };
	}
	return best?.row;
}
