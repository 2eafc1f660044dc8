import { english } from '../../src/i18n/english.ts';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { getSentMessage } from '../../src/lib/handoff.ts';
import { checkHandoffPayload } from '../../src/lib/handoff-payload.ts';
import { readRelayConfig } from '../../src/relay/config.ts';
import { getRetryDelay } from '../../src/relay/delivery.ts';
import { RateLimiter } from '../../src/relay/rate-limit.ts';
import { SqliteStore } from '../../src/relay/store.ts';
import { getTranslate } from '../../src/i18n/index.ts';
import { buildTicket, getPortalBase, getReference } from '../../src/relay/ticket.ts';
import { samplePayload as sharedPayload } from '../relay/helpers.ts';

const dirs: string[] = [];
const tempDir = () => {
	const dir = mkdtempSync(join(tmpdir(), 'kb-relay-unit-'));
	dirs.push(dir);
	return dir;
};
afterAll(() => {
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** The shared sample payload, with a fixed key so its reference is known. */
const samplePayload = (over: Parameters<typeof sharedPayload>[0] = {}) =>
	sharedPayload(over, '1b4e28ba-2fa1-11d2-883f-0016d3cca427');

describe('the payload as the relay reads it (one set of rules with the form)', () => {
	test('the form’s payload passes unchanged', () => {
		const payload = samplePayload();
		expect(checkHandoffPayload(JSON.parse(JSON.stringify(payload)))).toEqual({ ok: true, payload });
	});

	test('the language of the page is kept', () => {
		const payload = samplePayload();
		const check = checkHandoffPayload({
			...payload,
			context: { ...payload.context, language: 'de' },
		});
		expect(check.ok && check.payload.context.language).toBe('de');
	});

	test.each([
		[{ summary: '  ' }, 'summary', 'Enter what is wrong, in a few words.'],
		[{ urgency: 'asap' }, 'urgency', 'Select how urgent this is.'],
		[{ device: 'laptop' }, 'device', 'Select whether this is a company or a personal device.'],
		[
			{ contact: { name: '', email: 'sam at example' } },
			'contact.email',
			'Enter an email address in the correct format, like name@example.com.',
		],
		[{ contact: { name: 'Sam' } }, 'contact.email', 'contact.email is missing.'],
		[{ details: 42 }, 'details', 'details must be text.'],
		[
			{ summary: 'x'.repeat(301) },
			'summary',
			"summary is too long (301 characters; at most 300). Shorten it, or attach the rest to the helpdesk's reply.",
		],
		[
			{ platform: 'amiga' },
			'platform',
			'platform must be one of windows, macos, linux, ios, android, web, other.',
		],
		[
			{ version: 2 },
			'version',
			'This help portal sends a request format the helpdesk does not read (version must be 1).',
		],
		[
			{ website: 'https://spam.example' },
			'website',
			'This request looks automated, so it was not sent. Email the helpdesk instead.',
		],
		[
			{ idempotencyKey: 'short' },
			'idempotencyKey',
			'idempotencyKey must be 8 to 200 visible characters.',
		],
		[{ submittedAt: 'yesterday' }, 'submittedAt', 'submittedAt must be an ISO 8601 date and time.'],
		[{ context: undefined }, 'context', 'context is missing.'],
	])('%j is refused at %s', (over, field, message) => {
		expect(checkHandoffPayload(samplePayload(over))).toEqual({ ok: false, field, message });
	});

	test('context ids and language are checked', () => {
		const payload = samplePayload();
		const withContext = (context: Record<string, unknown>) =>
			checkHandoffPayload({ ...payload, context: { ...payload.context, ...context } });
		expect(withContext({ entryId: '<script>' })).toMatchObject({
			ok: false,
			field: 'context.entryId',
		});
		expect(withContext({ viewedKnownErrors: ['KE-0040', 'DROP TABLE'] })).toMatchObject({
			ok: false,
			field: 'context.viewedKnownErrors',
		});
		expect(withContext({ language: 'de"; x' })).toMatchObject({
			ok: false,
			field: 'context.language',
		});
		expect(checkHandoffPayload([payload])).toMatchObject({
			ok: false,
			message: 'The request must be a JSON object.',
		});
	});

	test('a troubleshooter run is kept as sent; a malformed one is refused, the field named', () => {
		const payload = samplePayload();
		const withRun = (troubleshooter: unknown) =>
			checkHandoffPayload({ ...payload, context: { ...payload.context, troubleshooter } });
		const kept = withRun(TROUBLESHOOTER_RUN);
		expect(kept.ok && kept.payload.context.troubleshooter).toEqual(TROUBLESHOOTER_RUN);
		expect(withRun(null)).toEqual({ ok: true, payload });
		expect(withRun({ ...TROUBLESHOOTER_RUN, entryId: 'DROP TABLE' })).toEqual({
			ok: false,
			field: 'context.troubleshooter.entryId',
			message: 'context.troubleshooter.entryId must be an entry id such as KB-1042.',
		});
		expect(
			withRun({
				...TROUBLESHOOTER_RUN,
				path: [{ ...TROUBLESHOOTER_RUN.path[0], answer: 'x'.repeat(501) }],
			}),
		).toEqual({
			ok: false,
			field: 'context.troubleshooter.path[0].answer',
			message: 'context.troubleshooter.path[0].answer must be text of 1 to 500 characters.',
		});
		expect(withRun({ ...TROUBLESHOOTER_RUN, solved: 'no' })).toMatchObject({
			ok: false,
			field: 'context.troubleshooter.solved',
		});
	});
});

/** The run a reader's walk through "Why does my job not print?" hands to the form. */
const TROUBLESHOOTER_RUN = {
	id: 'no-printout',
	entryId: 'KB-1010',
	path: [
		{
			step: 'display',
			question: "Does the printer's screen show your name after you tap your badge?",
			answer: 'Yes, it shows my name',
		},
		{
			step: 'jobs',
			question: "Is your job in the list on the printer's screen?",
			answer: 'No, the list is empty',
		},
	],
	end: 'resend',
	solved: false,
};

describe('the ticket', () => {
	test('reads in the order the helpdesk needs, with links to the portal', () => {
		const ticket = buildTicket(samplePayload() as never, ['https://help.example.com'], english);
		expect(ticket.subject).toBe('VPN drops every few minutes [REQ-52XCVXDR]');
		expect(ticket.priority).toBe('high');
		expect(ticket.requester).toEqual({ name: 'Sam Jones', email: 'sam.jones@example.com' });
		const headings = ticket.body
			.split('\n')
			.filter((_line, i, all) => /^-+$/.test(all[i + 1] ?? ''));
		expect(headings).toEqual([
			'What is wrong',
			'More detail',
			'Exact error message',
			'Already tried',
			'Device and platform',
			'How urgent',
			'Requester',
			'Added by the help portal',
		]);
		expect(ticket.body).toContain('Company device, Windows');
		expect(ticket.body).toContain('I cannot work (blocked)');
		expect(ticket.body).toContain('Came from: KE-0040 https://help.example.com/KE-0040');
		expect(ticket.body).toContain(
			'Searched for: "vpn drops" https://help.example.com/search/?q=vpn%20drops',
		);
		expect(ticket.body).toContain('  KE-0041 https://help.example.com/KE-0041');
		expect(ticket.body).toContain(
			'Portal reference: REQ-52XCVXDR (request 1b4e28ba-2fa1-11d2-883f-0016d3cca427)',
		);
	});

	test('lists a troubleshooter path after what was tried, in order, with where it ended', () => {
		const payload = samplePayload();
		const ticket = buildTicket(
			{ ...payload, context: { ...payload.context, troubleshooter: TROUBLESHOOTER_RUN } } as never,
			['https://help.example.com'],
			english,
		);
		expect(ticket.body).toContain(
			[
				'Already tried',
				'-------------',
				'Followed KE-0040 and chose the London gateway.',
				'',
				'Troubleshooter path',
				'-------------------',
				'Troubleshooter: no-printout in KB-1010',
				"  1. Does the printer's screen show your name after you tap your badge? Answer: Yes, it shows my name",
				"  2. Is your job in the list on the printer's screen? Answer: No, the list is empty",
				'Ended at: resend, which did not solve the problem',
				'',
				'Device and platform',
			].join('\n'),
		);
		const de = buildTicket(
			{ ...payload, context: { ...payload.context, troubleshooter: TROUBLESHOOTER_RUN } } as never,
			['https://help.example.com'],
			getTranslate('de'),
		);
		expect(de.body).toContain('Weg durch die Fehlersuche\n-------------------------\n');
		expect(de.body).toContain('Endete bei: resend, hat das Problem nicht gelöst');
		expect(buildTicket(payload, ['https://help.example.com'], english).body).not.toContain(
			'Troubleshooter',
		);
	});

	test('keeps what was typed exactly: markup, emoji, CRLF', () => {
		const details = '<b>bold</b> & <script>x</script>\r\n😀 e\u0301\r\nlast line  ';
		const ticket = buildTicket(
			samplePayload({ details }) as never,
			['https://help.example.com'],
			english,
		);
		expect(ticket.body).toContain(`More detail\n-----------\n${details}\n\n`);
	});

	test('its labels are the catalog’s, in the relay’s language, naming the reader’s', () => {
		const payload = samplePayload({ platform: 'ios', device: 'personal' });
		const inEnglish = buildTicket(
			{ ...payload, context: { ...payload.context, language: 'de' } } as never,
			['https://help.example.com'],
			getTranslate('en'),
		);
		const en = getTranslate('en');
		expect(inEnglish.body).toContain(`${en('device.personal')}, ${en('platform.ios')}`);
		expect(inEnglish.body).toContain('Personal device (BYOD), iPhone and iPad');
		expect(inEnglish.body).toContain('Reply in: de');
		expect(inEnglish.body).toContain('Language of the page: de');
		const de = getTranslate('de');
		const inGerman = buildTicket(
			{ ...payload, context: { ...payload.context, language: 'pl' } } as never,
			['https://help.example.com'],
			de,
		);
		expect(inGerman.body).toContain(
			`${de('ticket.summary')}\n${'-'.repeat(de('ticket.summary').length)}\n`,
		);
		expect(inGerman.body).toContain(`${de('device.personal')}, ${de('platform.ios')}`);
		expect(inGerman.body).toContain(`${de('urgency.blocked')} (blocked)`);
		expect(inGerman.body).toContain(de('ticket.replyIn', { language: 'pl' }));
		expect(inGerman.body).not.toContain('What is wrong');
	});

	test('links point at the portal only, never at an address the payload names', () => {
		expect(getPortalBase('https://evil.example/x', ['https://help.example.com'])).toBe(
			'https://help.example.com',
		);
		expect(
			getPortalBase('https://de.help.example.com/de/x', [
				'https://help.example.com',
				'https://de.help.example.com',
			]),
		).toBe('https://de.help.example.com');
	});

	test('the reference is stable per key and readable over the phone', () => {
		expect(getReference('1b4e28ba-2fa1-11d2-883f-0016d3cca427')).toBe('REQ-52XCVXDR');
		expect(getReference('another key')).not.toBe('REQ-52XCVXDR');
		expect(getReference('another key')).toMatch(/^REQ-[0-9A-HJKMNP-TV-Z]{8}$/);
	});
});

describe('what the form says when it is received', () => {
	test('201 with a ticket number, 201 with a reference only, 202', () => {
		expect(getSentMessage(201, '42', 'REQ-1', english)).toBe(
			'Sent. Your ticket number is 42. The helpdesk will reply by email.',
		);
		expect(getSentMessage(201, undefined, 'REQ-1', english)).toBe(
			'Sent. Your reference is REQ-1. The helpdesk will reply by email.',
		);
		expect(getSentMessage(202, undefined, 'REQ-1', english)).toBe(
			'Received. Your reference is REQ-1. The ticket system is busy, so your ticket will be created shortly: its number follows by email.',
		);
	});
});

describe('relay settings', () => {
	const base = {
		KB_RELAY_ORIGIN: 'https://help.example.com',
		KB_RELAY_CONNECTOR: 'rt',
		KB_RELAY_RT_URL: 'https://rt.example.com/',
		KB_RELAY_RT_TOKEN: 'secret',
	};
	const error = (env: Record<string, string | undefined>) => {
		try {
			readRelayConfig(env, '/srv/relay');
		} catch (e) {
			return (e as Error).message;
		}
		return 'no error';
	};

	test('defaults, and the RT address as its users know it', () => {
		const config = readRelayConfig(base, '/srv/relay');
		expect(config).toMatchObject({
			host: '127.0.0.1',
			port: 8787,
			dataDir: '/srv/relay/.relay-data',
			origins: ['https://help.example.com'],
			connector: {
				connector: 'rt',
				url: 'https://rt.example.com',
				queue: 'General',
				auth: { token: 'secret' },
			},
		});
		expect(
			readRelayConfig({ ...base, KB_RELAY_ORIGIN: 'https://a.example, https://b.example:8443' })
				.origins,
		).toEqual(['https://a.example', 'https://b.example:8443']);
	});

	test('tickets are in English unless KB_RELAY_LANGUAGE names a shipped language', () => {
		expect(readRelayConfig(base, '/srv/relay').language).toBe('en');
		expect(readRelayConfig({ ...base, KB_RELAY_LANGUAGE: 'de' }, '/srv/relay').language).toBe('de');
		expect(readRelayConfig({ ...base, KB_RELAY_LANGUAGE: 'en-GB' }, '/srv/relay').language).toBe(
			'en-GB',
		);
		expect(error({ ...base, KB_RELAY_LANGUAGE: 'fr' })).toBe(
			"KB_RELAY_LANGUAGE=fr is not a language the portal's text ships in; use one of en, de, pl, ru, lv, el",
		);
		expect(error({ ...base, KB_RELAY_LANGUAGE: 'constructor' })).toMatch(
			/^KB_RELAY_LANGUAGE=constructor is not/,
		);
	});

	test('a missing or wrong setting is one line naming the variable', () => {
		expect(error({ ...base, KB_RELAY_ORIGIN: undefined })).toBe(
			'KB_RELAY_ORIGIN is not set: the portal address(es) allowed to send requests, e.g. https://help.example.com',
		);
		expect(error({ ...base, KB_RELAY_ORIGIN: 'https://help.example.com/help/' })).toBe(
			'KB_RELAY_ORIGIN: "https://help.example.com/help/" must be an origin only (scheme, host and port), like https://help.example.com',
		);
		expect(error({ ...base, KB_RELAY_CONNECTOR: 'servicenow' })).toBe(
			'KB_RELAY_CONNECTOR=servicenow is not a connector; use one of rt, zendesk, jira, email, webhook',
		);
		expect(error({ ...base, KB_RELAY_RT_URL: 'rt.example.com' })).toBe(
			'KB_RELAY_RT_URL=rt.example.com is not a web address; RT’s address as its users know it, e.g. https://rt.example.com',
		);
		expect(error({ ...base, KB_RELAY_RT_TOKEN: undefined, KB_RELAY_RT_USER: 'root' })).toBe(
			'KB_RELAY_RT_TOKEN is not set: give an RT auth token, or KB_RELAY_RT_USER and KB_RELAY_RT_PASSWORD (KB_RELAY_RT_PASSWORD is missing)',
		);
		expect(error({ ...base, KB_RELAY_PORT: '80a' })).toBe(
			'KB_RELAY_PORT=80a is not a whole number from 0 to 65535',
		);
		expect(
			error({
				...base,
				KB_RELAY_CONNECTOR: 'zendesk',
				KB_RELAY_ZENDESK_URL: 'https://x.zendesk.com',
				KB_RELAY_ZENDESK_EMAIL: 'agent',
			}),
		).toBe('KB_RELAY_ZENDESK_EMAIL=agent is not an email address');
		expect(
			error({
				...base,
				KB_RELAY_CONNECTOR: 'email',
				KB_RELAY_SMTP_URL: 'https://mail.example.com',
			}),
		).toBe('KB_RELAY_SMTP_URL must start with smtp:// or smtps://; found https://');
		expect(
			error({
				...base,
				KB_RELAY_CONNECTOR: 'jira',
				KB_RELAY_JIRA_URL: 'https://x.atlassian.net',
				KB_RELAY_JIRA_EMAIL: 'a@x.com',
				KB_RELAY_JIRA_TOKEN: 't',
				KB_RELAY_JIRA_SERVICE_DESK: '4',
			}),
		).toBe('KB_RELAY_JIRA_REQUEST_TYPE is not set: the request type id, e.g. 25');
	});

	test('a settings file is read, the environment wins, and secrets are refused in it', () => {
		const dir = tempDir();
		const file = join(dir, 'relay.env');
		writeFileSync(
			file,
			'# relay\nKB_RELAY_CONNECTOR=webhook\nKB_RELAY_WEBHOOK_URL="https://intake.example.com/x"\nKB_RELAY_PORT=9000\n',
		);
		const config = readRelayConfig({
			KB_RELAY_CONFIG: file,
			KB_RELAY_ORIGIN: 'https://help.example.com',
			KB_RELAY_PORT: '9100',
		});
		expect(config.port).toBe(9100);
		expect(config.connector).toEqual({
			connector: 'webhook',
			url: 'https://intake.example.com/x',
			token: undefined,
		});
		writeFileSync(file, 'KB_RELAY_CONNECTOR=rt\nKB_RELAY_RT_TOKEN=abc\n');
		expect(error({ KB_RELAY_CONFIG: file })).toBe(
			`${file}: line 2: KB_RELAY_RT_TOKEN is a secret; set it in the environment, not in the settings file`,
		);
		expect(error({ KB_RELAY_CONFIG: join(dir, 'missing.env') })).toBe(
			`KB_RELAY_CONFIG: cannot read ${join(dir, 'missing.env')} (ENOENT)`,
		);
	});
});

describe('retries and limits', () => {
	test('the retry delay doubles from the base, is capped, and jitters by at most a fifth', () => {
		const mid = () => 0.5;
		expect([1, 2, 3, 4, 10].map((n) => getRetryDelay(n, 1000, 5000, mid))).toEqual([
			1000, 2000, 4000, 5000, 5000,
		]);
		expect(getRetryDelay(1, 1000, 5000, () => 0)).toBe(800);
		expect(getRetryDelay(1, 1000, 5000, () => 1)).toBe(1200);
	});

	test('a client gets its per-minute allowance at once, then one request per share of the minute', () => {
		const limiter = new RateLimiter(6);
		const t0 = 1_000_000;
		expect(Array.from({ length: 7 }, () => limiter.take('10.0.0.1', t0))).toEqual([
			0, 0, 0, 0, 0, 0, 10,
		]);
		expect(limiter.take('10.0.0.2', t0)).toBe(0);
		expect(limiter.take('10.0.0.1', t0 + 10_000)).toBe(0);
		expect(limiter.take('10.0.0.1', t0 + 10_000)).toBe(10);
	});
});

describe('the store', () => {
	test('one row per key, durable across reopening, with attempts counted before each call', () => {
		const dir = tempDir();
		const payload = samplePayload() as never;
		const now = new Date('2026-11-23T12:00:00Z');
		let store = new SqliteStore(dir);
		expect(store.accept('key-1', 'REQ-1', payload, now).created).toBe(true);
		expect(store.accept('key-1', 'REQ-1', payload, now).created).toBe(false);
		store.startAttempt('key-1');
		store.markFailed('key-1', 'RT answered 503', new Date(now.getTime() + 60_000));
		expect(store.listDue(now, 10)).toEqual([]);
		store.close();
		store = new SqliteStore(dir);
		const [due] = store.listDue(new Date(now.getTime() + 60_000), 10);
		expect(due).toMatchObject({
			key: 'key-1',
			reference: 'REQ-1',
			attempts: 1,
			lastError: 'RT answered 503',
			state: 'pending',
		});
		expect(due!.payload).toEqual(payload);
		store.markDelivered('key-1', '42', now);
		expect(store.get('key-1')).toMatchObject({
			state: 'delivered',
			ticketId: '42',
			lastError: null,
		});
		expect(store.stats()).toEqual({ pending: 0, delivered: 1, oldestPendingAt: null });
		store.close();
	});
});
