import { english } from '../../src/i18n/english.ts';
import { describe, expect, test } from 'vitest';
import { fc, test as propTest } from '@fast-check/vitest';
import {
	MAILTO_LIMIT,
	buildHandoffPayload,
	buildMailto,
	emptyDraft,
	formatHandoffText,
	getTriedPrefill,
	getOffRoutes,
	isUrgency,
	matchOffRoute,
	parseDraft,
	readServerMessage,
	readTicketId,
	serializeDraft,
	validateHandoff,
	type HandoffDraft,
} from '../../src/lib/handoff.ts';

const draft = (over: Partial<HandoffDraft> = {}): HandoffDraft => ({
	...emptyDraft(),
	summary: 'VPN drops',
	urgency: 'blocked',
	device: 'corporate',
	email: 'sam@example.com',
	...over,
});
const context = {
	entryId: 'KE-0040',
	pageUrl: 'https://help.example.com/known-errors/vpn/',
	searchQuery: 'vpn drops',
	viewedKnownErrors: ['KE-0040'],
	userAgent: 'UA',
};

describe('validation', () => {
	test('summary, urgency, device and a valid email are required, in form order', () => {
		expect(validateHandoff(emptyDraft(), english).map((e) => e.field)).toEqual([
			'summary',
			'urgency',
			'device',
			'email',
		]);
		expect(validateHandoff(draft({ email: 'sam at example' }), english)).toEqual([
			{
				field: 'email',
				message: 'Enter an email address in the correct format, like name@example.com',
			},
		]);
		expect(validateHandoff(draft(), english)).toEqual([]);
	});

	test('an urgency is one the form offers, never a name Object.prototype has', () => {
		expect(['blocked', 'degraded', 'question'].every(isUrgency)).toBe(true);
		for (const value of ['urgent', 'toString', 'constructor', '__proto__', 'Blocked', ''])
			expect(isUrgency(value), value).toBe(false);
		expect(validateHandoff(draft({ urgency: 'toString' }), english).map((e) => e.field)).toEqual([
			'urgency',
		]);
	});
});

describe('payload', () => {
	test('matches DESIGN.md field by field', () => {
		const payload = buildHandoffPayload(
			draft({ platform: 'ios', name: 'Sam', details: 'd', errorMessage: 'e', tried: 't' }),
			context,
			{
				idempotencyKey: 'k-1',
				submittedAt: new Date('2026-11-23T12:00:00Z'),
			},
		);
		expect(payload).toEqual({
			version: 1,
			idempotencyKey: 'k-1',
			submittedAt: '2026-11-23T12:00:00.000Z',
			summary: 'VPN drops',
			details: 'd',
			errorMessage: 'e',
			tried: 't',
			urgency: 'blocked',
			device: 'corporate',
			platform: 'ios',
			contact: { name: 'Sam', email: 'sam@example.com' },
			context: {
				entryId: 'KE-0040',
				pageUrl: 'https://help.example.com/known-errors/vpn/',
				searchQuery: 'vpn drops',
				viewedKnownErrors: ['KE-0040'],
				userAgent: 'UA',
			},
		});
	});

	propTest.prop([
		fc.string({ unit: 'grapheme' }),
		fc.string({ unit: 'grapheme' }),
		fc.string({ unit: 'grapheme' }),
	])('every typed value round-trips through JSON unchanged', (summary, details, errorMessage) => {
		const payload = buildHandoffPayload(draft({ summary, details, errorMessage }), context, {
			idempotencyKey: 'k',
			submittedAt: new Date(0),
		});
		const back = JSON.parse(JSON.stringify(payload));
		expect([back.summary, back.details, back.errorMessage]).toEqual([
			summary,
			details,
			errorMessage,
		]);
	});

	test('ticket ids and server messages are read as text', () => {
		expect(readTicketId({ ticketId: 'INC-42' })).toBe('INC-42');
		expect(readTicketId({ id: 42 })).toBe('42');
		expect(readTicketId({ number: '0042' })).toBe('0042');
		expect(readTicketId({ ok: true })).toBeUndefined();
		expect(readTicketId('INC-1')).toBeUndefined();
		expect(readServerMessage({ message: 'Email domain not allowed' })).toBe(
			'Email domain not allowed',
		);
		expect(readServerMessage(null)).toBeUndefined();
	});
});

describe('email route', () => {
	test('a short request fits whole, with every field and the context', () => {
		const text = formatHandoffText(
			draft({ errorMessage: 'AADSTS50076', tried: 'Restarted' }),
			context,
			english,
		);
		const mail = buildMailto('helpdesk@example.com', 'VPN drops', text, english);
		expect(mail.complete).toBe(true);
		const body = decodeURIComponent(mail.href.split('&body=')[1]!);
		for (const part of [
			'Summary: VPN drops',
			'How urgent: I cannot work',
			'Device: Company device',
			'Exact error message:\nAADSTS50076',
			'Already tried:\nRestarted',
			'Email: sam@example.com',
			'Came from: KE-0040',
			'Searched for: vpn drops',
			'Known issues viewed: KE-0040',
		]) {
			expect(body).toContain(part);
		}
	});

	test('an urgency the form does not offer is written as it came, not looked up', () => {
		const text = formatHandoffText(draft({ urgency: 'toString' }), context, english);
		expect(text).toContain('How urgent: toString');
	});

	test('a long request is shortened visibly, never silently, and never splits an emoji', () => {
		const text = formatHandoffText(draft({ details: '😀 détails '.repeat(400) }), context, english);
		const mail = buildMailto('helpdesk@example.com', 'VPN drops', text, english);
		expect(mail.complete).toBe(false);
		expect(mail.href.length).toBeLessThanOrEqual(MAILTO_LIMIT);
		expect(decodeURIComponent(mail.href)).toContain('[This email was shortened to fit.');
	});
});

describe('drafts', () => {
	test('round-trip, with the idempotency key kept for a retry', () => {
		const saved = serializeDraft(draft({ details: 'line 1\r\nline 2 😀' }), 'key-1');
		expect(parseDraft(saved)).toEqual({
			draft: draft({ details: 'line 1\r\nline 2 😀' }),
			idempotencyKey: 'key-1',
		});
	});

	test('a draft from an older layout keeps what still fits and drops the rest', () => {
		expect(parseDraft(JSON.stringify({ summary: 'old form', phone: '123', urgency: 3 }))).toEqual({
			draft: { ...emptyDraft(), summary: 'old form' },
		});
		expect(parseDraft('not json')).toBeUndefined();
		expect(parseDraft(JSON.stringify({ fields: {} }))).toBeUndefined();
	});

	test('tried starts with the entry and the steps marked done', () => {
		expect(
			getTriedPrefill(
				{ id: 'KB-1001', title: 'Reset your password' },
				['Open the page', 'Prove it is you'],
				english,
			),
		).toBe('Followed KB-1001 "Reset your password".\nSteps I did: Open the page; Prove it is you.');
		expect(getTriedPrefill(undefined, [], english)).toBe('');
	});
});

describe('BYOD routing', () => {
	const rows = [
		{
			topic: 'Cracked screen or broken keyboard',
			who: 'vendor' as const,
			how: 'Take it to the shop.',
			policy: '/policies/byod/',
		},
		{
			topic: 'Mobile data, signal, SIM, roaming and bills',
			who: 'carrier' as const,
			how: 'Call your carrier.',
			policy: '/policies/byod/',
		},
	];
	test('a summary about a vendor or carrier topic finds it', () => {
		expect(matchOffRoute('My phone screen is cracked', rows)?.who).toBe('vendor');
		expect(matchOffRoute('no signal and my SIM is not working', rows)?.who).toBe('carrier');
		expect(matchOffRoute('Outlook keeps asking for my password', rows)).toBeUndefined();
	});

	test('only rows the helpdesk does not handle are routed elsewhere, each with its policy page', () => {
		const routes = getOffRoutes([
			{
				url: '/policies/byod/',
				rows: [
					{ topic: 'Email on your phone', who: 'helpdesk', how: 'We set it up.' },
					{ topic: 'Cracked screen', who: 'vendor', how: 'Take it to the shop.' },
					{ topic: 'Rooted phones', who: 'not-supported', how: 'Not allowed.' },
				],
			},
			{
				url: '/policies/travel/',
				rows: [{ topic: 'Roaming', who: 'carrier', how: 'Call your carrier.' }],
			},
		]);
		expect(routes).toEqual([
			{
				topic: 'Cracked screen',
				who: 'vendor',
				how: 'Take it to the shop.',
				policy: '/policies/byod/',
			},
			{
				topic: 'Rooted phones',
				who: 'not-supported',
				how: 'Not allowed.',
				policy: '/policies/byod/',
			},
			{ topic: 'Roaming', who: 'carrier', how: 'Call your carrier.', policy: '/policies/travel/' },
		]);
	});
});
