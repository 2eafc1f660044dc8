import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { RECEIVER_PORT } from '../playwright.config.ts';
import { FaultProxy, RelayProcess, eventually, rt } from '../relay/helpers.ts';
import { expect, test } from './fixtures.ts';

/**
 * "Still stuck?" end to end, as a company would run it: the sample portal sending its tickets to the
 * relay (`npm run relay`, connector rt), the relay in front of a real Request Tracker, and the ticket read
 * back from RT's REST2 API. A proxy between relay and RT plays RT being unreachable.
 *
 * The run's one sample build sends tickets to the test receiver's address; here the browser's requests to
 * that address go on to the relay instead, without a build of its own. The page, the relay's answer
 * (its CORS headers included) and everything after it are the real ones; the preflight and the page's
 * connect-src for the relay's own origin are not (the relay's CORS is tested in test/relay/).
 */
test.describe.configure({ mode: 'serial' });

let portal = '';
let relayUrl = '';
let relay: RelayProcess;
let proxy: FaultProxy;
let startedRt = false;
const dirs: string[] = [];

test.beforeAll(async ({ baseURL }) => {
	test.setTimeout(180_000);
	startedRt = await rt.start();
	await rt.warmUp();
	proxy = new FaultProxy(
		rt.url,
		(request) => request.method === 'POST' && request.url === '/REST/2.0/ticket',
	);
	const rtUrl = await proxy.start();
	portal = baseURL!;
	const dataDir = mkdtempSync(join(tmpdir(), 'kb-relay-e2e-'));
	dirs.push(dataDir);
	relay = new RelayProcess({
		KB_RELAY_DATA: dataDir,
		KB_RELAY_ORIGIN: portal,
		KB_RELAY_CONNECTOR: 'rt',
		KB_RELAY_RT_URL: rtUrl,
		KB_RELAY_RT_USER: rt.user,
		KB_RELAY_RT_PASSWORD: rt.password,
		// RT on a busy machine can take seconds for a ticket; still within the form's 10 s.
		KB_RELAY_ANSWER_WITHIN_MS: '8000',
		KB_RELAY_RETRY_BASE_MS: '300',
		KB_RELAY_RETRY_MAX_MS: '1000',
	});
	relayUrl = await relay.start();
	// Restarts come back on the same address.
	relay.env.KB_RELAY_PORT = new URL(relayUrl).port;
});

test.beforeEach(async ({ page }) => {
	await page.route(`http://127.0.0.1:${RECEIVER_PORT}/intake`, (route) =>
		route.continue({ url: `${relayUrl}/tickets` }),
	);
});

test.afterAll(async () => {
	await relay?.stop();
	await proxy?.stop();
	if (startedRt) rt.stop();
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function fillForm(page: Page, summary: string) {
	await page.goto(`${portal}/known-errors/vpn-disconnects-after-globalprotect-6-3-update/`);
	await page.goto(`${portal}/help/?q=${encodeURIComponent('vpn keeps dropping')}`);
	await expect(page.getByLabel('What is wrong?')).toBeEnabled();
	await page.getByLabel('What is wrong?').fill(summary);
	await page
		.getByLabel('More detail')
		.fill('It drops every few minutes when I work from home.\nTeams calls freeze.');
	await page
		.getByLabel('Exact error message')
		.fill('GlobalProtect: Gateway London: The network connection is unreachable');
	await page
		.getByLabel('What have you already tried?')
		.fill('Chose the London gateway as KE-0040 says.');
	await page.getByLabel('I cannot work').check();
	await page.getByLabel('A company device').check();
	await page.getByLabel('System').selectOption('macos');
	await page.getByLabel('Your name').fill('Priya Shah');
	await page.getByLabel('Your work email address').fill('priya.shah@example.com');
}

const send = (page: Page) => page.getByRole('button', { name: 'Send to the helpdesk' }).click();
const outcome = (page: Page) => page.locator('[data-outcome]');

/** The fallbacks a failed send offers; after a success none of them may show. */
const fallbacks = (page: Page) => [
	page.getByRole('button', { name: 'Try again' }),
	page.getByRole('link', { name: 'Email it instead' }),
	page.getByRole('button', { name: 'Copy details' }),
];

test('201: the form sends through the relay and the ticket in RT has everything in it', async ({
	page,
}) => {
	await fillForm(page, 'VPN drops every few minutes on my MacBook');
	await send(page);
	await expect(outcome(page)).toContainText(
		/Sent\. Your ticket number is \d+\. The helpdesk will reply by email\./,
	);
	for (const control of fallbacks(page)) await expect(control).toBeHidden();
	const id = /ticket number is (\d+)/.exec((await outcome(page).textContent()) ?? '')![1]!;

	const ticket = await rt.readTicket(id);
	expect(ticket.subject).toMatch(/^VPN drops every few minutes on my MacBook \[REQ-[0-9A-Z]{8}\]$/);
	expect(ticket.priority).toBe('100');
	expect(ticket.requestors).toEqual(['priya.shah@example.com']);
	for (const text of [
		'It drops every few minutes when I work from home.\nTeams calls freeze.',
		'GlobalProtect: Gateway London: The network connection is unreachable',
		'Chose the London gateway as KE-0040 says.',
		'Company device, macOS',
		'I cannot work (blocked)',
		'Priya Shah <priya.shah@example.com>',
		`Searched for: "vpn keeps dropping" ${portal}/search/?q=vpn%20keeps%20dropping`,
		`  KE-0040 ${portal}/KE-0040`,
		`Page: ${portal}/help/?q=vpn%20keeps%20dropping`,
		'Browser: Mozilla/5.0',
	])
		expect(ticket.body).toContain(text);
	// The draft is gone once the ticket exists.
	await page.reload();
	await expect(page.getByLabel('Your work email address')).toHaveValue('');
});

test('a troubleshooter that ended with the helpdesk: the ticket in RT lists the path walked', async ({
	page,
}) => {
	await page.goto(`${portal}/articles/print-with-follow-me-printing/`);
	const steps = page.locator('kb-troubleshooter .kb-ts__step:not([hidden])');
	await steps.getByRole('link', { name: 'The screen shows my name' }).click();
	await steps.getByRole('link', { name: 'Yes, but nothing comes out when I release it' }).click();
	await steps.getByRole('button', { name: 'Ask the helpdesk' }).click();
	await expect(page.getByLabel('What is wrong?')).toBeFocused();
	await page
		.getByLabel('What is wrong?')
		.fill('Printer on floor 2 takes my job but prints nothing');
	await page.getByLabel('I can work, but slowly or with a workaround').check();
	await page.getByLabel('A company device').check();
	await page.getByLabel('Your work email address').fill('priya.shah@example.com');
	await send(page);
	await expect(outcome(page)).toContainText(/Sent\. Your ticket number is \d+\./);
	const id = /ticket number is (\d+)/.exec((await outcome(page).textContent()) ?? '')![1]!;
	const ticket = await rt.readTicket(id);
	for (const text of [
		'I went through “Nothing comes out of the printer?” on KB-1010:',
		'Troubleshooter path',
		'no-printout in KB-1010',
		'1. What happens when you tap your badge on the reader? Answer: The screen shows my name',
		"2. Is your job in the list on the printer's screen? Answer: Yes, but nothing comes out when I release it",
		'Ended at: technician',
	])
		expect(ticket.body).toContain(text);
});

test('202: RT unreachable, the form shows the reference, and the ticket follows once RT is back', async ({
	page,
}) => {
	proxy.down = true;
	try {
		await fillForm(page, 'Cannot reach the intranet over VPN');
		await send(page);
		await expect(outcome(page)).toContainText(
			/Received\. Your reference is REQ-[0-9A-Z]{8}\. The ticket system is busy, so your ticket will be created shortly: its number follows by email\./,
		);
		for (const control of fallbacks(page)) await expect(control).toBeHidden();
		const reference = /REQ-[0-9A-Z]{8}/.exec((await outcome(page).textContent()) ?? '')![0];
		expect(await rt.ticketsFor(reference)).toEqual([]);
		proxy.down = false;
		const ids = await eventually(async () => {
			const found = await rt.ticketsFor(reference);
			return found.length > 0 ? found : undefined;
		});
		expect(ids).toHaveLength(1);
	} finally {
		proxy.down = false;
	}
});

test.describe('with the relay down', () => {
	// The page logs the failed request; that is the case under test.
	test.use({ allowProblems: true });

	test('the relay down: the form keeps everything, and "Try again" makes one ticket once it is back', async ({
		page,
	}) => {
		test.setTimeout(60_000);
		await relay.stop();
		try {
			await fillForm(page, 'Laptop will not connect to the VPN at all');
			await send(page);
			await expect(outcome(page)).toContainText('Could not reach the helpdesk');
			for (const control of fallbacks(page)) await expect(control).toBeVisible();
			await expect(page.getByLabel('What is wrong?')).toHaveValue(
				'Laptop will not connect to the VPN at all',
			);
		} finally {
			await relay.start();
		}
		await page.getByRole('button', { name: 'Try again' }).click();
		await expect(outcome(page)).toContainText(/Sent\. Your ticket number is \d+\./);
		const id = /ticket number is (\d+)/.exec((await outcome(page).textContent()) ?? '')![1]!;
		const ticket = await rt.readTicket(id);
		const reference = /\[(REQ-[0-9A-Z]{8})\]/.exec(ticket.subject)![1]!;
		expect(await rt.ticketsFor(reference)).toEqual([id]);
	});
});
