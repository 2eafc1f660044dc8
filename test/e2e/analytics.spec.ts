import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { readRelayConfig } from '../../src/relay/config.ts';
import { createConnector } from '../../src/relay/connectors/index.ts';
import { createLogger } from '../../src/relay/log.ts';
import { createRelay, type Relay } from '../../src/relay/server.ts';
import { SqliteEventStore } from '../../src/relay/event-store.ts';
import { SqliteStore } from '../../src/relay/store.ts';
import { eventually, reservePortal } from '../relay/helpers.ts';
import { expect, test } from './fixtures.ts';
import { Receiver } from './receiver.ts';

/**
 * The content-gap events in Chromium: the sample portal built with KB_ANALYTICS_URL pointing at the
 * relay's /events (and its tickets at the relay too), read back from the relay's store. Exactly the
 * expected events, with nothing the person typed; none at all with Global Privacy Control on.
 */
test.describe.configure({ mode: 'serial' });

let portal = '';
let site: Awaited<ReturnType<typeof reservePortal>>;
let relay: Relay;
let store: SqliteEventStore;
const receiver = new Receiver(0);
const dirs: string[] = [];

test.beforeAll(async () => {
	test.setTimeout(180_000);
	await receiver.start();
	site = await reservePortal();
	portal = site.url;
	const dataDir = mkdtempSync(join(tmpdir(), 'kb-analytics-e2e-'));
	dirs.push(dataDir);
	const config = readRelayConfig({
		KB_RELAY_DATA: dataDir,
		KB_RELAY_ORIGIN: portal,
		KB_RELAY_PORT: '0',
		KB_RELAY_CONNECTOR: 'webhook',
		KB_RELAY_WEBHOOK_URL: receiver.url,
	});
	store = new SqliteEventStore(config.dataDir);
	relay = createRelay(
		config,
		{ tickets: new SqliteStore(config.dataDir), events: store },
		createConnector(config),
		createLogger(() => {}),
	);
	const relayUrl = await relay.listen();
	relay.server.on('request', (request) => {
		if (request.method !== 'POST' || request.url !== '/events') return;
		let body = '';
		request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
		request.on('end', () => received.push(body));
	});
	await site.serve({
		KB_HANDOFF_URL: `${relayUrl}/tickets`,
		KB_ANALYTICS_URL: `${relayUrl}/events`,
	});
});

test.afterAll(async () => {
	await site?.close();
	await relay?.close();
	await receiver.stop();
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Requests the page started to /events, whatever became of them. */
function recordBeacons(page: Page): string[] {
	const urls: string[] = [];
	page.on('request', (request) => {
		if (new URL(request.url()).pathname === '/events') urls.push(request.url());
	});
	return urls;
}

/** Every body the relay received at /events, exactly as it arrived. */
const received: string[] = [];

const stored = () => store.listEvents(new Date(0)).map(({ at, ...event }) => event);

/** A reader's visit: a search, a result opened, a vote, and a request to the helpdesk from the entry. */
async function visit(page: Page) {
	await page.goto(`${portal}/search/`);
	await page.getByLabel('Search for help').pressSequentially('vpn keeps dropping', { delay: 80 });
	await expect(page.locator('[data-search-count]')).toHaveText(/results? for “vpn keeps dropping”/);
	// Reading the results for a moment: the search counts once the reader has stopped typing.
	await page.waitForTimeout(2000);
	await page.locator('[data-search-results] a.kb-result__title').first().click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'VPN disconnects every few minutes after the GlobalProtect 6.3 update',
	);
	await page.getByRole('button', { name: 'Yes', exact: true }).click();
	await expect(page.getByText('Thank you: glad it helped.')).toBeVisible();
	await page.locator('summary', { hasText: 'Still stuck?' }).click();
	await expect(page.getByLabel('What is wrong?')).toBeEnabled();
	await page.getByLabel('What is wrong?').fill('London gateway also drops for me');
	await page.getByLabel('I cannot work').check();
	await page.getByLabel('A company device').check();
	await page.getByLabel('Your name').fill('Sam Jones');
	await page.getByLabel('Your work email address').fill('sam.jones@example.com');
	await page.getByRole('button', { name: 'Send to the helpdesk' }).click();
	await expect(page.locator('[data-outcome]')).toContainText('Sent.');
}

test('a visit sends exactly its events, without anything the person typed', async ({ page }) => {
	const beacons = recordBeacons(page);
	await visit(page);
	const expected = [
		{
			type: 'search',
			language: 'en-gb',
			query: 'vpn keeps dropping',
			results: expect.any(Number),
			pinned: false,
		},
		{ type: 'open', language: 'en-gb', query: 'vpn keeps dropping', entryId: 'KE-0040', rank: 1 },
		{ type: 'vote', language: 'en-gb', entryId: 'KE-0040', helpful: true },
		{ type: 'handoff-start', language: 'en-gb', entryId: 'KE-0040', query: null },
		{ type: 'handoff-sent', language: 'en-gb', entryId: 'KE-0040', query: null },
	];
	await eventually(async () => stored().length >= expected.length);
	expect(stored()).toEqual(expected);
	expect((stored()[0] as { results: number }).results).toBeGreaterThan(0);
	// Every event the page sent was accepted and stored, and the page sent nothing else.
	expect(beacons).toHaveLength(expected.length);
	expect(received).toHaveLength(expected.length);
	for (const [index, body] of received.entries()) {
		for (const typed of ['Sam Jones', 'sam.jones@example.com', 'London gateway also drops'])
			expect(body).not.toContain(typed);
		// Each body holds its event's fields and nothing else: no cookie, no id, no form text.
		expect(Object.keys(JSON.parse(body)).sort()).toEqual(Object.keys(expected[index]!).sort());
	}
	// The ticket itself went through the relay as usual.
	expect(receiver.requests).toHaveLength(1);
});

test('a search the reader typed on from is not counted; the one they settle on is', async ({
	page,
}) => {
	const before = stored().length;
	// The page's own clock, so "a second and a half" is exact whatever the machine's load.
	await page.clock.install();
	await page.goto(`${portal}/search/`);
	const box = page.getByLabel('Search for help');
	await box.pressSequentially('wifi');
	await page.clock.runFor(200);
	await expect(page.locator('[data-search-count]')).toHaveText(/results? for “wifi”/);
	// Reading those results for a while, then typing on, each key sooner than a pause.
	await page.clock.runFor(1200);
	for (const key of [...' keeps']) {
		await box.press(key === ' ' ? 'Space' : key);
		await page.clock.runFor(60);
	}
	await page.clock.runFor(200);
	await expect(page.locator('[data-search-count]')).toHaveText(/results? for “wifi keeps”/);
	await page.clock.runFor(2000);
	await eventually(async () => stored().length > before);
	expect(stored().slice(before)).toEqual([
		{
			type: 'search',
			language: 'en-gb',
			query: 'wifi keeps',
			results: expect.any(Number),
			pinned: false,
		},
	]);
});

test.describe('with Global Privacy Control on', () => {
	test.beforeEach(async ({ page }) => {
		await page.addInitScript(() =>
			Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }),
		);
	});

	test('the same visit sends no event at all', async ({ page }) => {
		const before = stored().length;
		const receivedBefore = received.length;
		const beacons = recordBeacons(page);
		await visit(page);
		await page.waitForTimeout(500);
		expect(beacons).toEqual([]);
		expect(received).toHaveLength(receivedBefore);
		expect(stored()).toHaveLength(before);
	});
});

test('a troubleshooter run sends where it ended, once, and none of its answers', async ({
	page,
}) => {
	const before = stored().length;
	const receivedBefore = received.length;
	const beacons = recordBeacons(page);
	await page.goto(`${portal}/articles/print-with-follow-me-printing/`);
	const step = page.locator('kb-troubleshooter .kb-ts__step:not([hidden])');
	for (const answer of [
		'The screen shows my name',
		'No, the list is empty or my job is missing',
		'Another printer, or I’m not sure',
	])
		await step.getByRole('link', { name: answer, exact: true }).click();
	await step.getByRole('button', { name: 'Yes, it works now' }).click();
	await expect(step.getByText('Good to hear.', { exact: false })).toBeVisible();
	const run = {
		type: 'troubleshooter',
		language: 'en-gb',
		entryId: 'KB-1010',
		troubleshooter: 'no-printout',
		step: 'resend',
		outcome: 'solved',
	};
	await eventually(async () => stored().length > before);
	// Leaving the page after the run ended sends nothing more.
	await page.goto(`${portal}/`);
	await page.waitForTimeout(500);
	expect(stored().slice(before)).toEqual([run]);
	expect(beacons).toHaveLength(1);
	// The body holds the run's end and nothing else: no question, no answer.
	expect(received.slice(receivedBefore).map((body) => JSON.parse(body) as unknown)).toEqual([run]);
});

test('a troubleshooter left mid-way sends the step the reader was on', async ({ page }) => {
	const before = stored().length;
	await page.goto(`${portal}/articles/print-with-follow-me-printing/`);
	const step = page.locator('kb-troubleshooter .kb-ts__step:not([hidden])');
	// The first answer loads the events' code; a reader reads the next question before leaving, by
	// when it is there (on a busy machine the test would otherwise leave within milliseconds).
	const eventsCode = page.waitForResponse((response) =>
		/\/_astro\/analytics\.[^/]+\.js$/.test(new URL(response.url()).pathname),
	);
	await step.getByRole('link', { name: 'The screen shows my name', exact: true }).click();
	await expect(step.getByRole('heading')).toHaveText(
		"Is your job in the list on the printer's screen?",
	);
	await eventsCode;
	await page.waitForTimeout(300);
	await page.goto(`${portal}/`);
	await eventually(async () => stored().length > before);
	expect(stored().slice(before)).toEqual([
		{
			type: 'troubleshooter',
			language: 'en-gb',
			entryId: 'KB-1010',
			troubleshooter: 'no-printout',
			step: 'jobs',
			outcome: 'left',
		},
	]);
});
