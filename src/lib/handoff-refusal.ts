import type { MessageKey } from '../i18n/en.ts';
import { readServerMessage, type HandoffTranslate } from './handoff.ts';

/**
 * Why a request was refused, as a stable machine code: the relay (src/relay/server.ts) puts one in every
 * refusal (`{ "code": "too-large", "message": "..." }`), and the form shows the text its own language
 * has for it, so no English sentence from the relay is ever spliced into a translated one. `message`
 * stays in the answer, in English, for other clients and for the logs of whoever calls the relay.
 */
export const REFUSAL_CODES = [
	/** 403: the request came from a page of another site (CORS). */
	'origin-not-allowed',
	/** 429: too many requests from one client address; `retryAfter` says in how many seconds. */
	'rate-limited',
	/** 415: not sent as JSON. */
	'unsupported-type',
	/** 413: larger than the relay takes. */
	'too-large',
	/** 400: the body is not JSON. */
	'invalid-json',
	/** 400: the Idempotency-Key header and the payload's key differ. */
	'key-mismatch',
	/** 422: a field of the request is wrong; `field` names it. */
	'invalid-field',
	/** 422: a request format (version) the relay does not read: a page from an older or newer portal. */
	'outdated-form',
	/** 422: the honeypot field was filled in, as only a program does. */
	'automated',
	/** 422: an event of the content-gap report that is not one the portal sends. */
	'invalid-event',
	/** 404: an address the relay does not serve. */
	'not-found',
	/** 405: a method the address does not take. */
	'method-not-allowed',
	/** 500: the relay could not store the request; nothing was sent. */
	'store-failed',
] as const;

export type RefusalCode = (typeof REFUSAL_CODES)[number];

/** The text the form shows for each code, in the reader's language. */
export const REFUSAL_MESSAGE_KEYS = {
	'origin-not-allowed': 'handoff.refused.origin',
	'rate-limited': 'handoff.refused.rateLimited',
	'unsupported-type': 'handoff.refused.unreadable',
	'too-large': 'handoff.refused.tooLarge',
	'invalid-json': 'handoff.refused.unreadable',
	'key-mismatch': 'handoff.refused.unreadable',
	'invalid-field': 'handoff.refused.invalidField',
	'outdated-form': 'handoff.refused.outdated',
	automated: 'handoff.refused.automated',
	'invalid-event': 'handoff.refused.unreadable',
	'not-found': 'handoff.refused.wrongAddress',
	'method-not-allowed': 'handoff.refused.wrongAddress',
	'store-failed': 'handoff.refused.storeFailed',
} as const satisfies Record<RefusalCode, MessageKey>;

/** What the form says about a refusal: its own sentence, and the receiver's own words set apart. */
export interface RefusalMessage {
	message: string;
	/** The payload field the relay did not accept (`invalid-field`), for the form to point at. */
	field?: string;
	/**
	 * What a receiver that is not our relay said, exactly as it said it, in whatever language: shown on
	 * a line of its own, never inside a sentence in the reader's language.
	 */
	quote?: string;
}

const isRefusalCode = (value: unknown): value is RefusalCode =>
	typeof value === 'string' && (REFUSAL_CODES as readonly string[]).includes(value);

/** The seconds to wait a 429 carries (`retryAfter`), when it is a sensible whole number. */
function readRetryAfter(body: Record<string, unknown>): number | undefined {
	const value = body.retryAfter;
	return typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= 3600
		? value
		: undefined;
}

/**
 * What the form says when the helpdesk's side answered 4xx or 5xx with `body`:
 * - a code of ours (the relay's): the reader's own text for that code;
 * - any other answer (another receiver, which may have codes of its own, or a newer relay with a code
 *   this page does not know) is read for its own words (`message`, `error` or `detail`): on an English
 *   page, in the general sentence as before; on any other page, the general sentence in the reader's
 *   language and the words apart, since they are most likely English and may still tell the reader
 *   what to change;
 * - nothing readable: the general sentence with the status (5xx: "had a problem").
 * A refused field is named by its label on the form (`labelOf`, from the payload's field name), when the
 * form has it.
 */
export function describeRefusal(
	status: number,
	body: unknown,
	t: HandoffTranslate,
	pageLanguage: string,
	labelOf: (field: string) => string | undefined = () => undefined,
): RefusalMessage {
	// The status as the server sent it, digit by digit: a code, not a number to format.
	const statusText = String(status);
	const fields = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
	if (isRefusalCode(fields.code)) {
		if (fields.code === 'rate-limited') {
			const count = readRetryAfter(fields);
			return {
				message:
					count === undefined
						? t('handoff.failed.refused', { status: statusText })
						: t('handoff.refused.rateLimited', { count }),
			};
		}
		if (fields.code === 'invalid-field' && typeof fields.field === 'string') {
			const label = labelOf(fields.field);
			if (label)
				return {
					message: t('handoff.refused.invalidFieldNamed', { field: label }),
					field: fields.field,
				};
		}
		return { message: t(REFUSAL_MESSAGE_KEYS[fields.code]) };
	}
	if (status >= 500) return { message: t('handoff.failed.server', { status: statusText }) };
	const reason = readServerMessage(fields);
	if (!reason) return { message: t('handoff.failed.refused', { status: statusText }) };
	if (/^en(-|$)/i.test(pageLanguage))
		return { message: t('handoff.failed.refusedWithReason', { status: statusText, reason }) };
	return { message: t('handoff.failed.refused', { status: statusText }), quote: reason };
}
