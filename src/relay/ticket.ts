import { createHash } from 'node:crypto';
import type { Translate } from '../i18n/format.ts';
import type { MessageKey } from '../i18n/en.ts';
import { HANDOFF_PLATFORMS, isUrgency, type HandoffPayload } from '../lib/handoff.ts';
import { formatTroubleshooterPath } from '../lib/troubleshooter-run.ts';

/**
 * A handoff payload as a ticket: what every connector sends, so tickets read the same in any system.
 * The person's text is carried exactly as typed (markup, emoji, line breaks); only the layout around
 * it is the relay's, and its labels are the catalog's in the relay's language (`KB_RELAY_LANGUAGE`):
 * the helpdesk's, not the reader's, whose language the ticket names so the helpdesk can answer in it.
 */

export type Priority = 'high' | 'normal' | 'low';

export interface Ticket {
	/** The summary, then the reference in brackets: how a repeat is found again in systems without keys. */
	subject: string;
	body: string;
	priority: Priority;
	requester: { name: string; email: string };
	reference: string;
	idempotencyKey: string;
	language: string | null;
	/** The payload as accepted, for systems that take it whole (an attachment, a webhook). */
	payload: HandoffPayload;
}

const PRIORITY: Record<string, Priority> = { blocked: 'high', degraded: 'normal', question: 'low' };

/** Crockford's base 32: no I, L, O or U, so a reference read over the phone is not misheard. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** `REQ-7K3M9Q2X`: the same for the same key, on any relay, across restarts. */
export function getReference(idempotencyKey: string): string {
	const digest = createHash('sha256').update(idempotencyKey).digest();
	let out = '';
	for (let i = 0; i < 8; i++) out += ALPHABET[digest[i]! % 32];
	return `REQ-${out}`;
}

/** The portal page for an entry id, short link form (`/KB-1042`), which survives renames. */
function entryLink(portal: string, id: string): string {
	return `${portal}/${id}`;
}

/**
 * The portal's address for links: the origin of the page the request came from when it is one of the
 * portal's own origins, else the first configured one. A link in a ticket never points elsewhere.
 */
export function getPortalBase(pageUrl: string, origins: readonly string[]): string {
	try {
		const origin = new URL(pageUrl).origin;
		if (origins.includes(origin)) return origin;
	} catch {
		// Not a URL: use the configured portal.
	}
	return origins[0] ?? '';
}

/** The portal's text in the relay's language (`getTranslate(config.language)`). */
export type TicketTranslate = Translate<MessageKey>;

/** A device's label, or what was sent when it is none the portal offers. */
function getDeviceLabel(device: string, t: TicketTranslate): string {
	return device === 'corporate' || device === 'personal' ? t(`device.${device}`) : device;
}

/** A platform's label ("iPhone and iPad"), or what was sent when it is none the portal offers. */
function getPlatformLabel(platform: string, t: TicketTranslate): string {
	if (!platform) return t('ticket.platformNotGiven');
	return (HANDOFF_PLATFORMS as readonly string[]).includes(platform)
		? t(`platform.${platform as (typeof HANDOFF_PLATFORMS)[number]}`)
		: platform;
}

export function buildTicket(
	payload: HandoffPayload,
	origins: readonly string[],
	t: TicketTranslate,
): Ticket {
	const reference = getReference(payload.idempotencyKey);
	const portal = getPortalBase(payload.context.pageUrl, origins);
	const notGiven = t('mail.notGiven');
	const given = (text: string) => (text.trim() ? text : notGiven);
	const line = (label: string, text: string) => `${label}: ${text}`;
	const section = (title: string, text: string) =>
		`${title}\n${'-'.repeat(title.length)}\n${given(text)}`;
	const urgency = isUrgency(payload.urgency)
		? `${t(`urgency.${payload.urgency}`)} (${payload.urgency})`
		: payload.urgency;
	const device = getDeviceLabel(payload.device, t);
	const platform = getPlatformLabel(payload.platform, t);
	const { context } = payload;
	const query = context.searchQuery;
	const sections = [
		section(t('ticket.summary'), payload.summary),
		...(payload.details.trim() ? [section(t('ticket.details'), payload.details)] : []),
		section(t('mail.errorMessage'), payload.errorMessage),
		section(t('mail.tried'), payload.tried),
		// What the reader answered, in order, so the agent does not ask it again.
		...(context.troubleshooter
			? [
					section(
						t('ticket.troubleshooter'),
						formatTroubleshooterPath(context.troubleshooter, t).join('\n'),
					),
				]
			: []),
		section(t('ticket.deviceAndPlatform'), `${device}, ${platform}`),
		section(t('mail.urgency'), urgency),
		section(
			t('ticket.requester'),
			[
				payload.contact.name
					? `${payload.contact.name} <${payload.contact.email}>`
					: payload.contact.email,
				...(context.language ? [t('ticket.replyIn', { language: context.language })] : []),
			].join('\n'),
		),
		section(
			t('ticket.context'),
			[
				line(
					t('mail.cameFrom'),
					context.entryId
						? `${context.entryId} ${entryLink(portal, context.entryId)}`
						: t('ticket.noEntry'),
				),
				line(
					t('mail.searchedFor'),
					query
						? `"${query}" ${portal}/search/?q=${encodeURIComponent(query)}`
						: t('ticket.noSearch'),
				),
				context.viewedKnownErrors.length === 0
					? line(t('mail.viewed'), t('ticket.noneViewed'))
					: [
							`${t('mail.viewed')}:`,
							...context.viewedKnownErrors.map((id) => `  ${id} ${entryLink(portal, id)}`),
						].join('\n'),
				line(t('ticket.page'), context.pageUrl),
				line(t('mail.browser'), given(context.userAgent)),
				line(t('ticket.pageLanguage'), context.language ?? notGiven),
				line(t('ticket.sent'), payload.submittedAt),
				t('ticket.reference', { reference, key: payload.idempotencyKey }),
			].join('\n'),
		),
	];
	const summary = payload.summary.replace(/\s+/g, ' ').trim();
	return {
		subject: `${summary} [${reference}]`,
		body: sections.join('\n\n'),
		priority: PRIORITY[payload.urgency] ?? 'normal',
		requester: { name: payload.contact.name.trim(), email: payload.contact.email },
		reference,
		idempotencyKey: payload.idempotencyKey,
		language: context.language ?? null,
		payload,
	};
}
