import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { getReference } from '../../src/relay/ticket.ts';
import {
	FaultProxy,
	PORTAL_ORIGIN,
	RelayProcess,
	eventually,
	postTicket,
	rt,
	samplePayload,
} from './helpers.ts';

/**
 * The relay in front of a real Request Tracker 5 (Debian's, started by scripts/ci/start-rt.sh), run as
 * its own process the way `npm run relay` runs it. Every fault case ends with exactly one ticket in RT
 * for the request, read back through RT's REST2 API.
 */
let startedRt = false;
let proxy: FaultProxy;
let relay: RelayProcess;
const dataDirs: string[] = [];

function relayFor(rtUrl: string, env: Record<string, string> = {}) {
	const dataDir = mkdtempSync(join(tmpdir(), 'kb-relay-rt-'));
	dataDirs.push(dataDir);
	return new RelayProcess({
		KB_RELAY_DATA: dataDir,
		KB_RELAY_ORIGIN: PORTAL_ORIGIN,
		KB_RELAY_CONNECTOR: 'rt',
		KB_RELAY_RT_URL: rtUrl,
		KB_RELAY_RT_USER: rt.user,
		KB_RELAY_RT_PASSWORD: rt.password,
		KB_RELAY_ANSWER_WITHIN_MS: '3000',
		KB_RELAY_RETRY_BASE_MS: '300',
		KB_RELAY_RETRY_MAX_MS: '1500',
		...env,
	});
}

/** How many tickets RT holds in all: bad input must not change it. */
async function countTickets(): Promise<number> {
	const found = (await rt.api(
		`tickets?query=${encodeURIComponent("Queue = 'General'")}&per_page=1`,
	)) as {
		total: number;
	};
	return found.total;
}

beforeAll(async () => {
	startedRt = await rt.start();
	proxy = new FaultProxy(
		rt.url,
		(request) => request.method === 'POST' && request.url === '/REST/2.0/ticket',
	);
	relay = relayFor(await proxy.start());
	await relay.start();
}, 120_000);

afterAll(async () => {
	await relay?.stop();
	await proxy?.stop();
	if (startedRt) rt.stop();
	for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
});

beforeEach(() => {
	proxy.delayCreateMs = 0;
	proxy.onCreated = undefined;
});

describe('a request from the portal becomes an RT ticket', () => {
	test('201 with RT’s ticket id, and the ticket holds every field, exactly as typed', async () => {
		// 20 KB of what people paste: markup, emoji, combining marks, Windows line ends, a log excerpt.
		const details = `<b>Not bold</b> & <script>alert(1)</script> 😀👍🏽 e\u0301\r\n${'2026-11-23 09:14:02 ERROR gp-agent: tunnel down (code 0x80070005)\r\n'.repeat(320)}`;
		expect(details.length).toBeGreaterThan(20_000);
		const payload = samplePayload({ details, tried: 'Restarted\r\nthe laptop 🙂' });
		payload.context.language = 'pl';
		const reply = await postTicket(relay.url, payload);
		expect(reply.status).toBe(201);
		expect(reply.headers.get('access-control-allow-origin')).toBe(PORTAL_ORIGIN);
		const reference = getReference(payload.idempotencyKey);
		expect(reply.json).toEqual({ ticketId: expect.stringMatching(/^\d+$/), reference });

		const ticket = await rt.readTicket(reply.json.ticketId!);
		expect(ticket.subject).toBe(`VPN drops every few minutes [${reference}]`);
		expect(ticket.priority).toBe('100');
		expect(ticket.requestors).toEqual(['sam.jones@example.com']);
		for (const text of [
			'What is wrong\n-------------\nVPN drops every few minutes',
			'Exact error message\n-------------------\nGlobalProtect: Gateway London: The network connection is unreachable',
			'Device and platform\n-------------------\nCompany device, Windows',
			'How urgent\n----------\nI cannot work (blocked)',
			'Sam Jones <sam.jones@example.com>\nReply in: pl',
			`Came from: KE-0040 ${PORTAL_ORIGIN}/KE-0040`,
			`Searched for: "vpn drops" ${PORTAL_ORIGIN}/search/?q=vpn%20drops`,
			`  KE-0041 ${PORTAL_ORIGIN}/KE-0041`,
			`Page: ${payload.context.pageUrl}`,
			'Browser: Mozilla/5.0 (Windows NT 10.0; Win64; x64)',
			`Portal reference: ${reference} (request ${payload.idempotencyKey})`,
		])
			expect(ticket.body).toContain(text);
		// RT stores message text with plain line ends; the attached request keeps every byte.
		expect(ticket.body).toContain(details.replace(/\r\n/g, '\n'));
		expect(JSON.parse(ticket.request)).toEqual(payload);
		expect(await rt.ticketsFor(reference)).toHaveLength(1);
	});

	test('health says the relay, its store and RT are up', async () => {
		const response = await fetch(`${relay.url}/health`);
		expect(response.status).toBe(200);
		expect(await response.json()).toMatchObject({
			status: 'ok',
			store: { ok: true },
			connector: { name: 'rt', ok: true },
		});
	});

	test('logs are one JSON line per event and never hold what the person typed', async () => {
		const payload = samplePayload({ summary: 'Printer on floor 3 eats paper' });
		await postTicket(relay.url, payload);
		const reference = getReference(payload.idempotencyKey);
		await relay.waitForLog(
			(entry) => entry.event === 'request-answered' && entry.reference === reference,
		);
		const text = JSON.stringify(relay.logs);
		for (const secret of [
			'Printer on floor 3',
			'sam.jones@example.com',
			'Sam Jones',
			'GlobalProtect: Gateway',
			rt.password,
		])
			expect(text).not.toContain(secret);
		expect(
			relay.logs.every(
				(entry) => typeof entry.time === 'string' && typeof entry.event === 'string',
			),
		).toBe(true);
	});
});

describe('faults: each ends with exactly one ticket', () => {
	test('RT stopped: 202 with a reference, then the ticket appears once RT is back', async () => {
		rt.stop();
		try {
			const payload = samplePayload({ summary: 'Cannot open shared mailbox' });
			const reference = getReference(payload.idempotencyKey);
			const first = await postTicket(relay.url, payload);
			expect(first.status).toBe(202);
			expect(first.json.reference).toBe(reference);
			expect(first.json.message).toContain('the ticket number follows by email');
			const health = await (await fetch(`${relay.url}/health`)).json();
			expect(health).toMatchObject({ status: 'degraded', connector: { ok: false }, pending: 1 });
			// A retry while RT is still down gets the same answer.
			expect(await postTicket(relay.url, payload)).toMatchObject({
				status: 202,
				json: { reference },
			});
			expect(await rt.start()).toBe(true);
			const [id] = await eventually(async () => {
				const ids = await rt.ticketsFor(reference);
				return ids.length > 0 ? ids : undefined;
			});
			const again = await postTicket(relay.url, payload);
			expect(again).toMatchObject({ status: 201, json: { ticketId: id, reference } });
			expect(await rt.ticketsFor(reference)).toEqual([id]);
		} finally {
			await rt.start();
		}
	}, 90_000);

	test('the relay killed right after RT created the ticket: after a restart the same key gets the same ticket', async () => {
		const payload = samplePayload({ summary: 'Teams has no sound after update' });
		const reference = getReference(payload.idempotencyKey);
		proxy.onCreated = async () => {
			proxy.onCreated = undefined;
			await relay.kill();
		};
		const lost = await postTicket(relay.url, payload).catch((error: Error) => error);
		expect(lost).toBeInstanceOf(Error);
		expect(await rt.ticketsFor(reference)).toHaveLength(1);

		await relay.start();
		await relay.waitForLog(
			(entry) => entry.event === 'ticket-found' && entry.reference === reference,
		);
		const [id] = await rt.ticketsFor(reference);
		expect(await postTicket(relay.url, payload)).toMatchObject({
			status: 201,
			json: { ticketId: id, reference },
		});
		expect(await rt.ticketsFor(reference)).toEqual([id]);
	}, 60_000);

	test('a double submit makes one ticket and gives both the same answer', async () => {
		const payload = samplePayload({ summary: 'Outlook asks for my password again and again' });
		const [a, b] = await Promise.all([
			postTicket(relay.url, payload),
			postTicket(relay.url, payload),
		]);
		expect(a.status).toBe(201);
		expect(b).toEqual(expect.objectContaining({ status: 201, json: a.json }));
		expect(await rt.ticketsFor(getReference(payload.idempotencyKey))).toEqual([a.json.ticketId]);
	});

	test('RT too slow to answer in time: 202, a retry gets the same reference, and one ticket follows', async () => {
		// Longer than two of the relay's 3-second answer windows.
		proxy.delayCreateMs = 8000;
		const payload = samplePayload({ summary: 'OneDrive stuck on processing changes' });
		const reference = getReference(payload.idempotencyKey);
		const first = await postTicket(relay.url, payload);
		expect(first).toMatchObject({ status: 202, json: { reference } });
		// The browser gave up waiting and retries with the same key while RT is still working.
		expect(await postTicket(relay.url, payload)).toMatchObject({
			status: 202,
			json: { reference },
		});
		const answer = await eventually(async () => {
			const reply = await postTicket(relay.url, payload);
			return reply.status === 201 ? reply : undefined;
		});
		expect(await rt.ticketsFor(reference)).toEqual([answer.json.ticketId]);
	}, 60_000);
});

describe('bad input gets a clear 4xx and never a ticket', () => {
	test('each refusal says what is wrong', async () => {
		const before = await countTickets();
		const payload = samplePayload();
		const cases = [
			[
				await postTicket(relay.url, payload, { type: 'text/plain' }),
				415,
				'unsupported-type',
				'The request must be sent as JSON (Content-Type: application/json).',
			],
			[
				await postTicket(relay.url, payload, { body: '{"version":1,' }),
				400,
				'invalid-json',
				'The request is not valid JSON.',
			],
			[
				await postTicket(relay.url, { ...payload, summary: '' }),
				422,
				'invalid-field',
				'Enter what is wrong, in a few words.',
				{ field: 'summary' },
			],
			[
				await postTicket(relay.url, { ...payload, contact: { name: 'x' } }),
				422,
				'invalid-field',
				'contact.email is missing.',
				{ field: 'contact.email' },
			],
			[
				await postTicket(relay.url, { ...payload, website: 'http://spam.example' }),
				422,
				'automated',
				'This request looks automated, so it was not sent. Email the helpdesk instead.',
			],
			[
				await postTicket(relay.url, {
					...payload,
					context: { ...payload.context, entryId: '<img src=x onerror=alert(1)>' },
				}),
				422,
				'invalid-field',
				'context.entryId must be an entry id such as KB-1042, or null.',
				{ field: 'context.entryId' },
			],
			[
				await postTicket(relay.url, payload, { key: 'a-different-key-123' }),
				400,
				'key-mismatch',
				'The Idempotency-Key header and the idempotencyKey in the request differ.',
			],
			[
				await postTicket(relay.url, payload, { origin: 'https://evil.example' }),
				403,
				'origin-not-allowed',
				'This relay only takes requests from its help portal.',
			],
			[
				await postTicket(relay.url, { ...payload, details: 'x'.repeat(300_000) }),
				413,
				'too-large',
				'The request is too large (more than 256 KB). Shorten the longest field, or email the helpdesk instead.',
			],
		] as const;
		for (const [reply, status, code, message, details] of cases) {
			expect(reply.status).toBe(status);
			expect(reply.json).toEqual({ code, message, ...details });
		}
		expect(await countTickets()).toBe(before);
		expect(await rt.ticketsFor(getReference(payload.idempotencyKey))).toEqual([]);
	});

	test('CORS answers the portal’s preflight and nobody else’s', async () => {
		const preflight = (origin: string) =>
			fetch(`${relay.url}/tickets`, {
				method: 'OPTIONS',
				headers: {
					Origin: origin,
					'Access-Control-Request-Method': 'POST',
					'Access-Control-Request-Headers': 'content-type, idempotency-key',
				},
			});
		const ok = await preflight(PORTAL_ORIGIN);
		expect(ok.status).toBe(204);
		expect(ok.headers.get('access-control-allow-origin')).toBe(PORTAL_ORIGIN);
		expect(ok.headers.get('access-control-allow-headers')).toBe('Content-Type, Idempotency-Key');
		const foreign = await preflight('https://evil.example');
		expect(foreign.status).toBe(403);
		expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
	});

	test('a flood from one client is held back with 429 and Retry-After', async () => {
		const limited = relayFor(rt.url, { KB_RELAY_RATE_LIMIT: '3' });
		await limited.start();
		try {
			const before = await countTickets();
			const replies = [];
			for (let i = 0; i < 5; i++) replies.push(await postTicket(limited.url, samplePayload()));
			expect(replies.map((r) => r.status)).toEqual([201, 201, 201, 429, 429]);
			expect(replies[3]!.json.code).toBe('rate-limited');
			expect(Number(replies[3]!.json.retryAfter)).toBe(
				Number(replies[3]!.headers.get('retry-after')),
			);
			expect(replies[3]!.json.message).toMatch(
				/^Too many requests from your network just now\. Wait \d+ seconds and try again; nothing you typed is lost\.$/,
			);
			expect(Number(replies[3]!.headers.get('retry-after'))).toBeGreaterThan(0);
			expect(await countTickets()).toBe(before + 3);
		} finally {
			await limited.stop();
		}
	});
});
