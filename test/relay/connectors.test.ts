import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { readRelayConfig } from '../../src/relay/config.ts';
import { createConnector } from '../../src/relay/connectors/index.ts';
import { createLogger } from '../../src/relay/log.ts';
import { createRelay, type Relay } from '../../src/relay/server.ts';
import { SqliteEventStore } from '../../src/relay/event-store.ts';
import { SqliteStore } from '../../src/relay/store.ts';
import { getReference } from '../../src/relay/ticket.ts';
import { Receiver } from '../e2e/receiver.ts';
import { PORTAL_ORIGIN, eventually, postTicket, samplePayload } from './helpers.ts';
import { JiraStandIn, ZendeskStandIn } from './stand-ins.ts';

/**
 * Every connector through the relay, in process: the webhook against the tests' intake, email against
 * a real SMTP server (`smtp-server`) read back with a real parser (`mailparser`), Zendesk and Jira
 * against stand-ins that follow their published API shapes (test/relay/stand-ins.ts).
 */
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
	for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});
const dataDirs: string[] = [];
afterAll(() => {
	for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
});

/** Starts a stand-in (or the tests' intake) and stops it after the test. */
async function started<T extends { start(): Promise<unknown>; stop(): Promise<void> }>(server: T) {
	await server.start();
	cleanups.push(() => server.stop());
	return server;
}

async function startRelay(env: Record<string, string>, dataDir?: string) {
	const dir = dataDir ?? mkdtempSync(join(tmpdir(), 'kb-relay-connector-'));
	if (!dataDir) dataDirs.push(dir);
	const config = readRelayConfig({
		KB_RELAY_DATA: dir,
		KB_RELAY_ORIGIN: PORTAL_ORIGIN,
		KB_RELAY_PORT: '0',
		KB_RELAY_ANSWER_WITHIN_MS: '2000',
		KB_RELAY_RETRY_BASE_MS: '150',
		KB_RELAY_RETRY_MAX_MS: '400',
		...env,
	});
	const logs: Record<string, unknown>[] = [];
	const relay: Relay = createRelay(
		config,
		{ tickets: new SqliteStore(config.dataDir), events: new SqliteEventStore(config.dataDir) },
		createConnector(config),
		createLogger((line) => logs.push(JSON.parse(line))),
	);
	const url = await relay.listen();
	let closed = false;
	const close = async () => {
		if (closed) return;
		closed = true;
		await relay.close();
	};
	cleanups.push(close);
	return { url, logs, dataDir: dir, close };
}

describe('webhook: the payload forwarded as it is', () => {
	test('with its Idempotency-Key, and the intake’s ticket number comes back', async () => {
		const receiver = await started(new Receiver(0));
		const relay = await startRelay({
			KB_RELAY_CONNECTOR: 'webhook',
			KB_RELAY_WEBHOOK_URL: receiver.url,
			KB_RELAY_WEBHOOK_TOKEN: 'intake-secret',
		});
		const payload = samplePayload();
		const reply = await postTicket(relay.url, payload);
		expect(reply).toMatchObject({
			status: 201,
			json: { ticketId: '<b>INC-1000</b>', reference: getReference(payload.idempotencyKey) },
		});
		expect(receiver.requests).toHaveLength(1);
		const [forwarded] = receiver.requests;
		expect(forwarded!.json).toEqual(payload);
		expect(forwarded!.headers['idempotency-key']).toBe(payload.idempotencyKey);
		expect(forwarded!.headers.authorization).toBe('Bearer intake-secret');
	});

	test('an intake that fails gets the request later; a relay restarted meanwhile delivers it', async () => {
		const receiver = await started(new Receiver(0));
		receiver.mode = 'server-error';
		const env = { KB_RELAY_CONNECTOR: 'webhook', KB_RELAY_WEBHOOK_URL: receiver.url };
		const first = await startRelay(env);
		const payload = samplePayload();
		const reference = getReference(payload.idempotencyKey);
		expect(await postTicket(first.url, payload)).toMatchObject({
			status: 202,
			json: { reference },
		});
		await eventually(
			async () => first.logs.filter((l) => l.event === 'delivery-failed').length >= 2,
		);
		await first.close();

		receiver.mode = 'ok';
		const second = await startRelay(env, first.dataDir);
		await eventually(async () => receiver.tickets.size === 1);
		expect(await postTicket(second.url, payload)).toMatchObject({
			status: 201,
			json: { ticketId: '<b>INC-1000</b>', reference },
		});
		expect(receiver.tickets.size).toBe(1);
		expect(second.logs.find((l) => l.event === 'delivery-failed')).toBeUndefined();
	});
});

describe('email: to any ticket system’s mail intake', () => {
	async function startSmtp() {
		const mails: ParsedMail[] = [];
		const envelopes: { from: string; to: string[] }[] = [];
		const server = new SMTPServer({
			authOptional: false,
			allowInsecureAuth: true,
			disabledCommands: ['STARTTLS'],
			onAuth(auth, _session, callback) {
				if (auth.username === 'relay' && auth.password === 'smtp-secret')
					callback(null, { user: 'relay' });
				else callback(new Error('Invalid username or password'));
			},
			onData(stream, session, callback) {
				simpleParser(stream)
					.then((mail) => {
						mails.push(mail);
						envelopes.push({
							from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
							to: session.envelope.rcptTo.map((r) => r.address),
						});
						callback();
					})
					.catch(callback);
			},
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const port = (server.server.address() as AddressInfo).port;
		cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
		return { mails, envelopes, port };
	}

	test('a readable mail with the person as Reply-To, priority, language and the request attached', async () => {
		const smtp = await startSmtp();
		const relay = await startRelay({
			KB_RELAY_CONNECTOR: 'email',
			KB_RELAY_SMTP_URL: `smtp://relay:smtp-secret@127.0.0.1:${smtp.port}`,
			KB_RELAY_MAIL_TO: 'helpdesk@example.com',
			KB_RELAY_MAIL_FROM: 'Help portal <portal@example.com>',
		});
		const details = 'Ünïcødé <b>markup</b> 😀\r\nsecond line';
		const payload = samplePayload({ details, urgency: 'question' });
		payload.context.language = 'de';
		const reference = getReference(payload.idempotencyKey);
		// Mail has no ticket number: the person gets the reference.
		expect(await postTicket(relay.url, payload)).toEqual(
			expect.objectContaining({ status: 201, json: { reference } }),
		);
		expect(smtp.mails).toHaveLength(1);
		const [mail] = smtp.mails;
		expect(smtp.envelopes[0]).toEqual({ from: 'portal@example.com', to: ['helpdesk@example.com'] });
		expect(mail!.subject).toBe(`VPN drops every few minutes [${reference}]`);
		expect(mail!.replyTo?.value).toEqual([{ address: 'sam.jones@example.com', name: 'Sam Jones' }]);
		expect(mail!.headers.get('priority')).toBe('low');
		expect(mail!.headerLines.map((h) => h.line)).toContain('X-Priority: 5 (Lowest)');
		expect(mail!.headers.get('content-language')).toBe('de');
		expect(mail!.messageId).toBe(
			`<${reference.toLowerCase()}.${payload.idempotencyKey}@example.com>`,
		);
		expect(mail!.text).toContain('How urgent\n----------\nIt is a question (question)');
		expect(mail!.text).toContain(details.replace(/\r\n/g, '\n'));
		const attachment = mail!.attachments.find((a) => a.filename === 'portal-request.json');
		expect(JSON.parse(attachment!.content.toString('utf8'))).toEqual(payload);
	});

	test('an SMTP server that is down: 202, then the mail once it is up', async () => {
		const blocker = await startSmtp();
		const port = blocker.port;
		// Take the port away again: nothing listens there until the real server starts below.
		await cleanups.pop()!();
		const relay = await startRelay({
			KB_RELAY_CONNECTOR: 'email',
			KB_RELAY_SMTP_URL: `smtp://relay:smtp-secret@127.0.0.1:${port}`,
			KB_RELAY_MAIL_TO: 'helpdesk@example.com',
			KB_RELAY_MAIL_FROM: 'portal@example.com',
		});
		const payload = samplePayload();
		expect(await postTicket(relay.url, payload)).toMatchObject({ status: 202 });
		const mails: ParsedMail[] = [];
		const server = new SMTPServer({
			authOptional: true,
			allowInsecureAuth: true,
			disabledCommands: ['STARTTLS'],
			onAuth: (_auth, _session, callback) => callback(null, { user: 'relay' }),
			onData: (stream, _session, callback) =>
				void simpleParser(stream).then((mail) => (mails.push(mail), callback())),
		});
		await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
		cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
		await eventually(async () => mails.length === 1);
		expect(await postTicket(relay.url, payload)).toMatchObject({ status: 201 });
		expect(mails).toHaveLength(1);
	});
});

describe('Zendesk (stand-in following the Tickets API)', () => {
	const credentials = {
		KB_RELAY_ZENDESK_EMAIL: 'agent@example.com',
		KB_RELAY_ZENDESK_TOKEN: 'zd-token',
	};

	test('a ticket with requester, priority, tags and the key passed on', async () => {
		const zendesk = await started(new ZendeskStandIn('agent@example.com', 'zd-token'));
		const relay = await startRelay({
			KB_RELAY_CONNECTOR: 'zendesk',
			KB_RELAY_ZENDESK_URL: zendesk.url,
			...credentials,
		});
		const payload = samplePayload();
		payload.context.language = 'pl';
		const reference = getReference(payload.idempotencyKey);
		expect(await postTicket(relay.url, payload)).toMatchObject({
			status: 201,
			json: { ticketId: '35436', reference },
		});
		const [ticket] = zendesk.tickets;
		expect(ticket).toMatchObject({
			subject: `VPN drops every few minutes [${reference}]`,
			priority: 'high',
			requester: { email: 'sam.jones@example.com', name: 'Sam Jones' },
			external_id: reference,
			tags: ['help-portal', 'language_pl'],
		});
		expect(String(ticket!.description)).toContain(
			'Device and platform\n-------------------\nCompany device, Windows',
		);
		const create = zendesk.requests.find((r) => r.method === 'POST')!;
		expect(create.headers['idempotency-key']).toBe(payload.idempotencyKey);
		const health = await (await fetch(`${relay.url}/health`)).json();
		expect(health).toMatchObject({ status: 'ok', connector: { name: 'zendesk', ok: true } });
	});

	test('a reply lost after Zendesk made the ticket: the retry finds it by external_id, one ticket', async () => {
		const zendesk = await started(new ZendeskStandIn('agent@example.com', 'zd-token'));
		zendesk.dropNextCreateReply = true;
		const relay = await startRelay({
			KB_RELAY_CONNECTOR: 'zendesk',
			KB_RELAY_ZENDESK_URL: zendesk.url,
			...credentials,
		});
		const payload = samplePayload();
		const reply = await postTicket(relay.url, payload);
		expect(reply.status === 201 || reply.status === 202).toBe(true);
		await eventually(async () => relay.logs.some((l) => l.event === 'ticket-found'));
		expect(await postTicket(relay.url, payload)).toMatchObject({
			status: 201,
			json: { ticketId: '35436' },
		});
		expect(zendesk.tickets).toHaveLength(1);
	});

	test('wrong credentials: health says the connector is down, requests wait', async () => {
		const zendesk = await started(new ZendeskStandIn('agent@example.com', 'zd-token'));
		const relay = await startRelay({
			KB_RELAY_CONNECTOR: 'zendesk',
			KB_RELAY_ZENDESK_URL: zendesk.url,
			...credentials,
			KB_RELAY_ZENDESK_TOKEN: 'wrong',
		});
		const health = await (await fetch(`${relay.url}/health`)).json();
		expect(health.connector).toEqual({
			name: 'zendesk',
			ok: false,
			error: expect.stringContaining('Zendesk answered 401'),
		});
		expect(await postTicket(relay.url, samplePayload())).toMatchObject({ status: 202 });
		expect(zendesk.tickets).toHaveLength(0);
	});
});

describe('Jira Service Management (stand-in following the customer request API)', () => {
	const settings = {
		KB_RELAY_CONNECTOR: 'jira',
		KB_RELAY_JIRA_EMAIL: 'relay@example.com',
		KB_RELAY_JIRA_TOKEN: 'atlassian-token',
		KB_RELAY_JIRA_SERVICE_DESK: '4',
		KB_RELAY_JIRA_REQUEST_TYPE: '25',
	};

	test('a request raised on behalf of the person, with the issue key back', async () => {
		const jira = await started(new JiraStandIn('relay@example.com', 'atlassian-token'));
		const relay = await startRelay({ ...settings, KB_RELAY_JIRA_URL: jira.url });
		const payload = samplePayload({ urgency: 'degraded' });
		const reference = getReference(payload.idempotencyKey);
		expect(await postTicket(relay.url, payload)).toMatchObject({
			status: 201,
			json: { ticketId: 'HD-1', reference },
		});
		const [issue] = jira.issues;
		expect(issue).toMatchObject({
			serviceDeskId: '4',
			requestTypeId: '25',
			reporter: 'sam.jones@example.com',
		});
		expect(issue!.fields.summary).toBe(`VPN drops every few minutes [${reference}]`);
		expect(issue!.fields.priority).toEqual({ name: 'Medium' });
		expect(String(issue!.fields.description)).toContain(
			'How urgent\n----------\nI can work, but slowly or with a workaround (degraded)',
		);
	});

	test('a reply lost after Jira made the request: the retry finds it by JQL, one request', async () => {
		const jira = await started(new JiraStandIn('relay@example.com', 'atlassian-token'));
		jira.dropNextCreateReply = true;
		const relay = await startRelay({
			...settings,
			KB_RELAY_JIRA_URL: jira.url,
			KB_RELAY_JIRA_PRIORITY: 'off',
		});
		const payload = samplePayload();
		await postTicket(relay.url, payload);
		await eventually(async () => relay.logs.some((l) => l.event === 'ticket-found'));
		expect(await postTicket(relay.url, payload)).toMatchObject({
			status: 201,
			json: { ticketId: 'HD-1' },
		});
		expect(jira.issues).toHaveLength(1);
		expect(jira.issues[0]!.fields.priority).toBeUndefined();
	});
});
