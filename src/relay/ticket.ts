import { createHash } from 'node:crypto';
import { URGENCY_LABELS, type HandoffPayload } from '../lib/handoff.ts';

/**
 * A handoff payload as a ticket: what every connector sends, so tickets read the same in any system.
 * The person's text is carried exactly as typed (markup, emoji, line breaks); only the layout around
 * it is the relay's.
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

const DEVICE: Record<string, string> = {
	corporate: 'Company device',
	personal: 'Personal device (BYOD)',
};

const PLATFORM: Record<string, string> = {
	windows: 'Windows',
	macos: 'macOS',
	linux: 'Linux',
	ios: 'iPhone or iPad',
	android: 'Android',
	web: 'Web browser',
	other: 'Something else',
};

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

export function buildTicket(payload: HandoffPayload, origins: readonly string[]): Ticket {
	const reference = getReference(payload.idempotencyKey);
	const portal = getPortalBase(payload.context.pageUrl, origins);
	const given = (text: string) => (text.trim() ? text : '(not given)');
	const section = (title: string, text: string) =>
		`${title}\n${'-'.repeat(title.length)}\n${given(text)}`;
	const urgency = Object.hasOwn(URGENCY_LABELS, payload.urgency)
		? `${URGENCY_LABELS[payload.urgency as keyof typeof URGENCY_LABELS]} (${payload.urgency})`
		: payload.urgency;
	const device = DEVICE[payload.device] ?? payload.device;
	const platform = payload.platform
		? (PLATFORM[payload.platform] ?? payload.platform)
		: 'not given';
	const { context } = payload;
	const query = context.searchQuery;
	const sections = [
		section('What is wrong', payload.summary),
		...(payload.details.trim() ? [section('More detail', payload.details)] : []),
		section('Exact error message', payload.errorMessage),
		section('Already tried', payload.tried),
		section('Device and platform', `${device}, ${platform}`),
		section('How urgent', urgency),
		section(
			'Requester',
			[
				payload.contact.name
					? `${payload.contact.name} <${payload.contact.email}>`
					: payload.contact.email,
				...(context.language ? [`Reply in: ${context.language}`] : []),
			].join('\n'),
		),
		section(
			'Added by the help portal',
			[
				`Came from: ${context.entryId ? `${context.entryId} ${entryLink(portal, context.entryId)}` : '(no entry)'}`,
				`Searched for: ${query ? `"${query}" ${portal}/search/?q=${encodeURIComponent(query)}` : '(no search)'}`,
				context.viewedKnownErrors.length === 0
					? 'Known issues viewed: (none)'
					: [
							'Known issues viewed:',
							...context.viewedKnownErrors.map((id) => `  ${id} ${entryLink(portal, id)}`),
						].join('\n'),
				`Page: ${context.pageUrl}`,
				`Browser: ${given(context.userAgent)}`,
				`Language of the page: ${context.language ?? '(not given)'}`,
				`Sent: ${payload.submittedAt}`,
				`Portal reference: ${reference} (request ${payload.idempotencyKey})`,
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
