import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { readRelayConfig } from '../../src/relay/config.ts';
import { createConnector } from '../../src/relay/connectors/index.ts';
import { createLogger } from '../../src/relay/log.ts';
import { createRelay } from '../../src/relay/server.ts';
import { SqliteEventStore } from '../../src/relay/event-store.ts';
import { SqliteStore } from '../../src/relay/store.ts';
import { PORTAL_ORIGIN } from './helpers.ts';
import { seedEvents } from './seed-events.ts';

/**
 * The relay's `POST /events` and `npm run report`: events checked with the browser's rules, stored,
 * dropped after the retention period, and turned into one static HTML page with SVG charts.
 */
const root = new URL('../..', import.meta.url).pathname;
const dirs: string[] = [];
const tempDir = (name: string) => {
	const dir = mkdtempSync(join(tmpdir(), `kb-${name}-`));
	dirs.push(dir);
	return dir;
};
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
	for (const close of closers.splice(0)) await close();
});
afterAll(() => {
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function startRelay(dataDir: string, env: Record<string, string> = {}) {
	const config = readRelayConfig({
		KB_RELAY_DATA: dataDir,
		KB_RELAY_ORIGIN: PORTAL_ORIGIN,
		KB_RELAY_PORT: '0',
		KB_RELAY_CONNECTOR: 'webhook',
		KB_RELAY_WEBHOOK_URL: 'http://127.0.0.1:9/intake',
		...env,
	});
	const store = new SqliteEventStore(config.dataDir);
	const relay = createRelay(
		config,
		{ tickets: new SqliteStore(config.dataDir), events: store },
		createConnector(config),
		createLogger(() => {}),
	);
	const url = await relay.listen();
	closers.push(() => relay.close());
	return { url, store };
}

const post = (
	url: string,
	body: string,
	type = 'text/plain;charset=UTF-8',
	origin: string | null = PORTAL_ORIGIN,
) =>
	fetch(`${url}/events`, {
		method: 'POST',
		headers: { 'Content-Type': type, ...(origin ? { Origin: origin } : {}) },
		body,
	});

describe('POST /events', () => {
	test('a beacon (plain text) or JSON is stored as checked, and nothing else', async () => {
		const { url, store } = await startRelay(tempDir('events'));
		const search = await post(
			url,
			JSON.stringify({
				type: 'search',
				language: 'en-GB',
				query: 'VPN  drops',
				results: 0,
				pinned: false,
			}),
		);
		expect(search.status).toBe(204);
		expect(search.headers.get('access-control-allow-origin')).toBe(PORTAL_ORIGIN);
		const vote = await post(
			url,
			JSON.stringify({ type: 'vote', language: 'en-gb', entryId: 'KE-0040', helpful: false }),
			'application/json',
		);
		expect(vote.status).toBe(204);
		const troubleshooterRun = {
			type: 'troubleshooter',
			language: 'en-gb',
			entryId: 'KB-1010',
			troubleshooter: 'no-printout',
			step: 'technician',
			outcome: 'contact',
		};
		const run = await post(url, JSON.stringify(troubleshooterRun));
		expect(run.status).toBe(204);
		const events = store.listEvents(new Date(0)).map(({ at, ...event }) => event);
		expect(events).toEqual([
			{ type: 'search', language: 'en-gb', query: 'vpn drops', results: 0, pinned: false },
			{ type: 'vote', language: 'en-gb', entryId: 'KE-0040', helpful: false },
			troubleshooterRun,
		]);
	});

	test('anything else gets a clear 4xx and is not stored', async () => {
		const { url, store } = await startRelay(tempDir('events'));
		const cases: [Response, number, string, string][] = [
			[
				await post(
					url,
					JSON.stringify({
						type: 'search',
						language: 'en',
						query: 'x',
						results: 1,
						pinned: false,
						email: 'sam@example.com',
					}),
				),
				422,
				'invalid-event',
				'email is not part of a search event.',
			],
			[await post(url, '{"type":'), 400, 'invalid-json', 'The event is not valid JSON.'],
			[
				await post(url, JSON.stringify({ type: 'vote' }), 'application/x-www-form-urlencoded'),
				415,
				'unsupported-type',
				'Events must be sent as JSON (text/plain or application/json).',
			],
			[
				await post(
					url,
					JSON.stringify({
						type: 'search',
						language: 'en',
						query: 'x'.repeat(3000),
						results: 1,
						pinned: false,
					}),
				),
				413,
				'too-large',
				'An event is at most 2 KB.',
			],
			[
				await post(
					url,
					JSON.stringify({ type: 'vote', language: 'en', entryId: 'KE-0040', helpful: true }),
					undefined,
					'https://evil.example',
				),
				403,
				'origin-not-allowed',
				'This relay only takes requests from its help portal.',
			],
		];
		for (const [response, status, code, message] of cases) {
			expect(response.status).toBe(status);
			expect(await response.json()).toEqual({ code, message });
		}
		expect(store.listEvents(new Date(0))).toEqual([]);
	});

	test('a flood from one client is held back', async () => {
		const { url } = await startRelay(tempDir('events'), { KB_RELAY_RATE_LIMIT: '2' });
		const body = JSON.stringify({
			type: 'vote',
			language: 'en',
			entryId: 'KE-0040',
			helpful: true,
		});
		const statuses = [];
		for (let i = 0; i < 10; i++) statuses.push((await post(url, body)).status);
		expect(statuses).toEqual([204, 204, 204, 204, 204, 204, 204, 204, 429, 429]);
	});

	test('events older than KB_RELAY_EVENTS_DAYS are dropped when the relay starts', async () => {
		const dir = tempDir('events');
		const seeded = new SqliteEventStore(dir);
		const day = 24 * 3600_000;
		seeded.addEvent(
			{ type: 'vote', language: 'en', entryId: 'KE-0040', helpful: true },
			new Date(Date.now() - 40 * day),
		);
		seeded.addEvent(
			{ type: 'vote', language: 'en', entryId: 'KB-1001', helpful: true },
			new Date(Date.now() - 10 * day),
		);
		seeded.close();
		const { store } = await startRelay(dir, { KB_RELAY_EVENTS_DAYS: '30' });
		expect(store.listEvents(new Date(0)).map((e) => (e as { entryId: string }).entryId)).toEqual([
			'KB-1001',
		]);
	});
});

describe('the event store', () => {
	test('a relay upgraded in place keeps the events its one store held, beside its tickets', () => {
		const dir = tempDir('events');
		// The data folder as a relay from before the split left it: one file, both tables.
		const old = new DatabaseSync(join(dir, 'relay.sqlite'));
		old.exec(`
			CREATE TABLE requests (key TEXT PRIMARY KEY, reference TEXT NOT NULL, payload TEXT NOT NULL,
				received_at INTEGER NOT NULL, state TEXT NOT NULL DEFAULT 'pending', ticket_id TEXT,
				attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at INTEGER NOT NULL, last_error TEXT,
				delivered_at INTEGER);
			CREATE TABLE events (at INTEGER NOT NULL, type TEXT NOT NULL, language TEXT NOT NULL,
				query TEXT, results INTEGER, pinned INTEGER, entry_id TEXT, rank INTEGER, helpful INTEGER);
			INSERT INTO events VALUES (1763800000000, 'vote', 'de', NULL, NULL, NULL, 'KE-0040', NULL, 0);
		`);
		old.close();
		const tickets = new SqliteStore(dir);
		const events = new SqliteEventStore(dir);
		events.addEvent(
			{ type: 'vote', language: 'en', entryId: 'KB-1001', helpful: true },
			new Date(),
		);
		expect(events.listEvents(new Date(0)).map(({ at, ...event }) => event)).toEqual([
			{ type: 'vote', language: 'de', entryId: 'KE-0040', helpful: false },
			{ type: 'vote', language: 'en', entryId: 'KB-1001', helpful: true },
		]);
		expect(tickets.stats()).toEqual({ pending: 0, delivered: 0, oldestPendingAt: null });
		tickets.close();
		events.close();
	});

	test('an events table from before troubleshooter events gains their columns and keeps its events', () => {
		const dir = tempDir('events');
		const old = new DatabaseSync(join(dir, 'relay.sqlite'));
		old.exec(`
			CREATE TABLE events (at INTEGER NOT NULL, type TEXT NOT NULL, language TEXT NOT NULL,
				query TEXT, results INTEGER, pinned INTEGER, entry_id TEXT, rank INTEGER, helpful INTEGER);
			CREATE INDEX events_at ON events (at);
			INSERT INTO events VALUES (1763800000000, 'search', 'en', 'vpn', 0, 0, NULL, NULL, NULL);
		`);
		old.close();
		const run = {
			type: 'troubleshooter',
			language: 'en-gb',
			entryId: 'KB-1010',
			troubleshooter: 'no-printout',
			step: 'jobs',
			outcome: 'left',
		} as const;
		const events = new SqliteEventStore(dir);
		events.addEvent(run, new Date(1763800001000));
		events.close();
		// Opened a second time, the columns are there already and nothing is added twice.
		const again = new SqliteEventStore(dir);
		const columns = (again.db.prepare('PRAGMA table_info(events)').all() as { name: string }[]).map(
			(column) => column.name,
		);
		expect(columns.slice(-3)).toEqual(['troubleshooter', 'step', 'outcome']);
		expect(again.listEvents(new Date(0)).map(({ at, ...event }) => event)).toEqual([
			{ type: 'search', language: 'en', query: 'vpn', results: 0, pinned: false },
			run,
		]);
		again.close();
	});
});

describe('npm run report', () => {
	const runReport = (env: Record<string, string>, ...args: string[]) =>
		spawnSync(process.execPath, [join(root, 'scripts/report.ts'), ...args], {
			cwd: root,
			env: {
				...process.env,
				KB_NOW: '2026-11-23T00:00:00Z',
				KB_SITE_URL: 'https://help.example.com',
				...env,
			},
			encoding: 'utf8',
		});

	/** A relay store holding the seeded month, as a relay that ran for four weeks would. */
	function seededStore() {
		const dir = tempDir('report');
		const store = new SqliteEventStore(dir);
		for (const { at, ...event } of seedEvents({
			start: new Date('2026-10-26T00:00:00Z'),
			days: 28,
		}))
			store.addEvent(event, at);
		store.close();
		return dir;
	}

	test('one static page from the store: tables to act on, SVG charts, no script', () => {
		const dir = seededStore();
		const out = join(dir, 'report.html');
		const run = runReport({ KB_RELAY_DATA: dir }, '--since', '30d', '--out', out);
		expect(run.status, run.stderr).toBe(0);
		expect(run.stdout).toMatch(
			/^Wrote .+report\.html: \d+ searches, \d+ that found nothing or nothing opened/,
		);
		const html = readFileSync(out, 'utf8');
		expect(html).not.toMatch(/<script\b/i);
		expect(html.match(/<svg\b/g)).toHaveLength(4);
		for (const label of [
			'Bar chart: the searches',
			'Chart: searches per week',
			'Bar chart: entries voted unhelpful',
			'Bar chart: where runs of troubleshooter KB-1010 no-printout end, by step and outcome',
		])
			expect(html).toContain(label);
		const captions = [...html.matchAll(/<caption>([^<]+)<\/caption>/g)].map((m) => m[1]);
		expect(captions).toEqual([
			'Searches without a good answer',
			'The same searches, by the known word they are closest to',
			'Voted “No, I am still stuck”',
			'Most often followed by a request to the helpdesk',
			'Per week',
			'Where runs of KB-1010 no-printout end',
			'By the language of the page',
		]);
		const rows = (caption: string) => {
			const table = html.split(`<caption>${caption}</caption>`)[1]!.split('</table>')[0]!;
			return [...table.matchAll(/<tr>(.*?)<\/tr>/g)]
				.slice(1)
				.map((m) => m[1]!.replace(/<[^>]+>/g, '|'));
		};
		const gaps = rows('Searches without a good answer');
		expect(gaps.some((row) => row.includes('printer toner'))).toBe(true);
		expect(gaps.find((row) => row.includes('globalprotekt'))).toContain(
			'add &quot;globalprotekt&quot; to the aliases of KB-1007 (Connect to the VPN from home)',
		);
		expect(gaps.some((row) => row.includes('reset password'))).toBe(false);
		expect(rows('Per week')).toHaveLength(4);
		expect(html).toContain(
			'<h3>Troubleshooter <code>no-printout</code> in <a href="https://help.example.com/articles/print-with-follow-me-printing/">KB-1010 Print with follow-me printing</a></h3>',
		);
		const ends = rows('Where runs of KB-1010 no-printout end');
		expect(ends.map((row) => row.split('|').filter(Boolean)[0])).toEqual(
			expect.arrayContaining(['resend', 'hold', 'register', 'technician', 'queue']),
		);
		// The step where readers give up is shown with its count of runs that left there.
		expect(ends.find((row) => row.startsWith('||queue|'))).toMatch(
			/^\|\|queue\|\|\|0\|\|0\|\|0\|\|[1-9]\d*\|$/,
		);
		expect(html).toContain(
			'href="https://help.example.com/known-errors/vpn-disconnects-after-globalprotect-6-3-update/"',
		);
	});

	test('an exported file gives the same report as the store it came from', () => {
		const dir = seededStore();
		const exported = join(dir, 'events.json');
		expect(runReport({ KB_RELAY_DATA: dir }, '--export', exported).status).toBe(0);
		expect(JSON.parse(readFileSync(exported, 'utf8')).length).toBeGreaterThan(1000);
		const fromStore = join(dir, 'a.html');
		const fromFile = join(dir, 'b.html');
		runReport({ KB_RELAY_DATA: dir }, '--out', fromStore);
		runReport({ KB_RELAY_DATA: join(dir, 'nowhere') }, '--events', exported, '--out', fromFile);
		expect(readFileSync(fromFile, 'utf8')).toBe(readFileSync(fromStore, 'utf8'));
	});

	test('no store, or a file that is not events, says what to do', () => {
		const dir = tempDir('report');
		const missing = runReport({ KB_RELAY_DATA: join(dir, 'none') });
		expect(missing.status).toBe(1);
		expect(missing.stderr).toContain(`No relay store in ${join(dir, 'none')} (KB_RELAY_DATA)`);
		const bad = join(dir, 'bad.json');
		spawnSync('sh', [
			'-c',
			`echo '[{"type":"search","language":"en","query":"x","results":1,"pinned":false,"email":"a@b.c","at":"2026-11-20T10:00:00Z"}]' > ${bad}`,
		]);
		const refused = runReport({}, '--events', bad);
		expect(refused.status).toBe(1);
		expect(refused.stderr).toContain(`${bad}: event 1: email is not part of a search event.`);
		expect(existsSync(join(root, 'content-gaps.html'))).toBe(false);
	});
});
