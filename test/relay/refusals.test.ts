import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { REFUSAL_CODES, type RefusalCode } from '../../src/lib/handoff-refusal.ts';
import { readRelayConfig } from '../../src/relay/config.ts';
import { createConnector } from '../../src/relay/connectors/index.ts';
import { SqliteEventStore } from '../../src/relay/event-store.ts';
import { createLogger } from '../../src/relay/log.ts';
import { createRelay } from '../../src/relay/server.ts';
import { SqliteStore } from '../../src/relay/store.ts';
import { PORTAL_ORIGIN, postTicket, samplePayload } from './helpers.ts';

/**
 * Every refusal of the relay carries a stable `code` (the form shows its own text for it) beside the
 * English `message` other clients read. In process, against a webhook nobody answers: no refusal
 * reaches the ticket system.
 */
const dirs: string[] = [];
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
	for (const close of closers.splice(0)) await close();
});
afterAll(() => {
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function startRelay(env: Record<string, string> = {}) {
	const dir = mkdtempSync(join(tmpdir(), 'kb-relay-refusals-'));
	dirs.push(dir);
	const config = readRelayConfig({
		KB_RELAY_DATA: dir,
		KB_RELAY_ORIGIN: PORTAL_ORIGIN,
		KB_RELAY_PORT: '0',
		KB_RELAY_ANSWER_WITHIN_MS: '0',
		KB_RELAY_CONNECTOR: 'webhook',
		KB_RELAY_WEBHOOK_URL: 'http://127.0.0.1:9/intake',
		...env,
	});
	const tickets = new SqliteStore(config.dataDir);
	const relay = createRelay(
		config,
		{ tickets, events: new SqliteEventStore(config.dataDir) },
		createConnector(config),
		createLogger(() => {}),
	);
	const url = await relay.listen();
	closers.push(() => relay.close());
	return { url, tickets };
}

const seen = new Set<RefusalCode>();
afterAll(() => {
	// Every code the relay can give was seen in a reply here.
	expect([...seen].sort()).toEqual([...REFUSAL_CODES].sort());
});

function expectRefusal(
	reply: { status: number; json: Record<string, unknown> },
	status: number,
	code: RefusalCode,
	more: Record<string, unknown> = {},
) {
	expect(reply.status).toBe(status);
	expect(reply.json).toEqual({ code, message: expect.any(String), ...more });
	seen.add(code);
}

const call = async (url: string, init: RequestInit) => {
	const response = await fetch(url, init);
	return { status: response.status, json: (await response.json()) as Record<string, unknown> };
};

describe('POST /tickets refusals carry a code', () => {
	test('each kind of bad request has its own code, with the field or the seconds to wait', async () => {
		const { url } = await startRelay();
		const payload = samplePayload();
		expectRefusal(
			await postTicket(url, payload, { origin: 'https://evil.example' }),
			403,
			'origin-not-allowed',
		);
		expectRefusal(await postTicket(url, payload, { type: 'text/plain' }), 415, 'unsupported-type');
		expectRefusal(await postTicket(url, payload, { body: '{"version":1,' }), 400, 'invalid-json');
		expectRefusal(
			await postTicket(url, payload, { key: 'a-different-key-123' }),
			400,
			'key-mismatch',
		);
		expectRefusal(
			await postTicket(url, { ...payload, details: 'x'.repeat(300_000) }),
			413,
			'too-large',
		);
		expectRefusal(await postTicket(url, { ...payload, summary: ' ' }), 422, 'invalid-field', {
			field: 'summary',
		});
		expectRefusal(await postTicket(url, { ...payload, version: 2 }), 422, 'outdated-form');
		expectRefusal(
			await postTicket(url, { ...payload, website: 'https://spam.example' }),
			422,
			'automated',
		);
		expectRefusal(await call(`${url}/nowhere`, {}), 404, 'not-found');
		expectRefusal(await call(`${url}/tickets`, { method: 'PUT' }), 405, 'method-not-allowed');
		expectRefusal(
			await call(`${url}/events`, {
				method: 'POST',
				headers: { 'Content-Type': 'text/plain', Origin: PORTAL_ORIGIN },
				body: JSON.stringify({ type: 'vote' }),
			}),
			422,
			'invalid-event',
		);
	});

	test('a flood: rate-limited, with the seconds to wait in the body as in Retry-After', async () => {
		const { url } = await startRelay({ KB_RELAY_RATE_LIMIT: '1' });
		expect((await postTicket(url, samplePayload())).status).toBe(202);
		const limited = await postTicket(url, samplePayload());
		expectRefusal(limited, 429, 'rate-limited', { retryAfter: expect.any(Number) });
		expect(limited.json.retryAfter).toBe(Number(limited.headers.get('retry-after')));
	});

	test('a store that cannot be written: store-failed, and nothing was sent', async () => {
		const { url, tickets } = await startRelay();
		tickets.close();
		expectRefusal(await postTicket(url, samplePayload()), 500, 'store-failed');
	});
});
