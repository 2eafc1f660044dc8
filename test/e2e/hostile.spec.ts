import type { Page, Route } from '@playwright/test';
import type { StatusJson, StatusNotice } from '../../src/schemas/status-json.ts';
import { NOW, expect, hasNoHorizontalOverflow, test } from './fixtures.ts';

/**
 * Hostile input, end to end: what people paste, what a broken status service answers, and what an
 * older version of the portal (or a locked-down browser) leaves in storage. Each case either works or
 * says clearly what happened; nothing runs, and nothing typed is lost. Every test asks for `problems`,
 * so an uncaught exception or a console error fails it, and the fixtures fail it on any
 * Content-Security-Policy violation (an injected inline handler would be one).
 */

/** The canary every payload tries to set. */
const CANARY = 'window.__pwned=1';

/** Records dialogs; `expectNothingRan` fails when a payload opened one or set the canary. */
function watchForExecution(page: Page) {
	const dialogs: string[] = [];
	page.on('dialog', async (dialog) => {
		dialogs.push(`${dialog.type()}: ${dialog.message()}`);
		await dialog.dismiss();
	});
	return {
		async expectNothingRan() {
			expect(dialogs, 'dialogs opened by a payload').toEqual([]);
			const pwned = await page.evaluate(() => (window as { __pwned?: unknown }).__pwned);
			expect(pwned, 'the canary a payload sets').toBeUndefined();
		},
	};
}

/** Console warnings the page logged. */
function collectWarnings(page: Page): string[] {
	const warnings: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'warning') warnings.push(message.text());
	});
	return warnings;
}

/**
 * Waits until the page has stopped loading (its favicon, status refresh and search index), before the
 * test navigates away: leaving earlier aborts those requests, which the fixtures count as failures.
 */
const settle = (page: Page) => page.waitForLoadState('networkidle');

// ---------------------------------------------------------------------------------------------------
// Search
// ---------------------------------------------------------------------------------------------------

const pageBox = (page: Page) => page.getByRole('searchbox', { name: 'Search for help' });
const headerBox = (page: Page) => page.getByRole('searchbox', { name: 'Search help articles' });
/** The results heading of /search/: "N results for “…”" or "No results for “…”". */
const resultsHeading = (page: Page) =>
	page
		.locator('[data-search-count]')
		.filter({ hasText: /results? for “|No results for “|No exact match for “/ });

test.describe('hostile search queries', () => {
	// The heading shows the query as searched: pasted quotes around it and an "Error:" prefix are
	// dropped (normalizeQuery), so `"><svg…` is searched, and shown, as `><svg…`. The box keeps every
	// character as typed.
	const QUERIES = [
		{ typed: `"><svg/onload=${CANARY}>`, searched: `><svg/onload=${CANARY}>` },
		{
			typed: `&amp;<img src=x onerror=${CANARY}>`,
			searched: `&amp;<img src=x onerror=${CANARY}>`,
		},
	];

	for (const { typed, searched } of QUERIES) {
		test(`${typed} in the URL is shown as typed, as text, and runs nothing`, async ({
			page,
			problems,
		}) => {
			const guard = watchForExecution(page);
			await page.goto(`/search/?q=${encodeURIComponent(typed)}`);
			await expect(pageBox(page)).toHaveValue(typed);
			await expect(resultsHeading(page)).toContainText(`for “${searched}”`);
			// Text, not markup: the heading's only child is a text node, and no element came from the query.
			expect(
				await page
					.locator('[data-search-count]')
					.evaluate((node) => [...node.childNodes].map((child) => child.nodeName)),
			).toEqual(['#text']);
			expect(await page.locator('main svg[onload], main img[src="x"], img[onerror]').count()).toBe(
				0,
			);
			// The helpdesk link carries the query as data, not as markup.
			await expect(page.locator('[data-search-help-link]')).toHaveAttribute(
				'href',
				`/help/?q=${encodeURIComponent(searched)}`,
			);
			await guard.expectNothingRan();
			expect(problems.consoleErrors).toEqual([]);
		});

		test(`${typed} in the header box: results as text, Enter carries it intact to /search/`, async ({
			page,
			problems,
		}) => {
			const guard = watchForExecution(page);
			await page.goto('/articles/reset-your-password/');
			await headerBox(page).fill(typed);
			await expect(page.locator('[data-search-status]')).toHaveText(
				/^(No results for .+|\d+ results?.*)$/,
			);
			const status = await page.locator('[data-search-status]').textContent();
			if (status?.startsWith('No results')) expect(status).toBe(`No results for ${searched}`);
			expect(await page.locator('#kb-header-panel svg, #kb-header-panel img').count()).toBe(0);
			await settle(page);
			await headerBox(page).press('Enter');
			await expect(page).toHaveURL(/\/search\/\?q=/);
			await expect(pageBox(page)).toHaveValue(typed);
			await expect(resultsHeading(page)).toContainText(`for “${searched}”`);
			await guard.expectNothingRan();
			expect(problems.consoleErrors).toEqual([]);
		});
	}

	// A hand-edited or cut-off link. URLSearchParams decodes what it can and keeps the rest: invalid
	// UTF-8 becomes U+FFFD (�), a stray "%" stays a "%". The page must load and search for exactly that.
	for (const raw of ['%E0%A4%A', '%', '%ZZ%', '%ED%A0%80', '%C0%AF%00']) {
		test(`malformed percent-encoding ?q=${raw} loads and searches what it decodes to`, async ({
			page,
			problems,
		}) => {
			const decoded = new URLSearchParams(`q=${raw}`).get('q') ?? '';
			const response = await page.goto(`/search/?q=${raw}`);
			expect(response?.status()).toBe(200);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search help');
			await expect(pageBox(page)).toHaveValue(decoded);
			if (decoded.trim()) {
				await expect(resultsHeading(page)).toBeVisible();
			} else {
				// Nothing searchable: the A-to-Z index stays, and no result heading pretends otherwise.
				await expect(page.getByRole('heading', { name: 'All help, A to Z' })).toBeVisible();
				await expect(page.locator('[data-search-count]')).toHaveText('');
			}
			// /help/ reads the same parameter for its "You searched for" line and the summary.
			await settle(page);
			await page.goto(`/help/?q=${raw}`);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contact the helpdesk');
			await expect(page.getByLabel('What is wrong?')).toBeEnabled();
			expect(problems.consoleErrors).toEqual([]);
		});
	}

	/** A pasted log: 10,000 characters of timestamps, codes, paths and words, some repeated. */
	const LONG_QUERY = (() => {
		const lines: string[] = [];
		for (let i = 0; lines.join(' ').length < 10_000; i++) {
			lines.push(
				`2026-11-23T09:${String(i % 60).padStart(2, '0')}:02Z ERROR [Outlook] sync failed 0x8007016A ` +
					`id=${(i * 7919).toString(36)} at C:\\Users\\sam\\AppData\\Local\\Microsoft\\Outlook\\sam${i}.ost ` +
					`<script>${CANARY}</script> vpn printer wifi password`,
			);
		}
		// One line: a search box's value holds no line breaks (the browser strips them).
		return lines.join(' ').slice(0, 10_000);
	})();

	for (const [name, query] of [
		['a pasted log', LONG_QUERY],
		['one word repeated', 'vpn '.repeat(2_500)],
	] as const) {
		test(`a 10,000-character query (${name}) gives results or “no results” in time and keeps every character`, async ({
			page,
			problems,
		}) => {
			test.setTimeout(60_000);
			const guard = watchForExecution(page);
			expect(query).toHaveLength(10_000);
			await page.goto('/search/');
			await pageBox(page).fill(query);
			await expect(resultsHeading(page)).toBeVisible({ timeout: 20_000 });
			await expect(pageBox(page)).toHaveValue(query);
			// The URL carries it, so a reload (or a shared link) searches the same text again.
			expect(new URL(page.url()).searchParams.get('q')).toBe(query);
			await settle(page);
			await page.reload();
			await expect(pageBox(page)).toHaveValue(query);
			await expect(resultsHeading(page)).toBeVisible({ timeout: 20_000 });
			expect(await hasNoHorizontalOverflow(page)).toBe(true);
			await guard.expectNothingRan();
			expect(problems.consoleErrors).toEqual([]);
		});
	}

	test('a 10,000-character query in the header box answers in time and keeps the text', async ({
		page,
		problems,
	}) => {
		await page.goto('/articles/reset-your-password/');
		await headerBox(page).fill(LONG_QUERY);
		await expect(page.locator('[data-search-status]')).toHaveText(/results?/, {
			timeout: 20_000,
		});
		await expect(headerBox(page)).toHaveValue(LONG_QUERY);
		expect(problems.consoleErrors).toEqual([]);
	});

	test('?q= given twice: the first wins, in the box, the heading, the helpdesk link and /help/', async ({
		page,
		problems,
	}) => {
		// URLSearchParams.get is what every part of the portal reads, so they agree with each other.
		await page.goto('/search/?q=vpn&q=printer');
		await expect(pageBox(page)).toHaveValue('vpn');
		await expect(resultsHeading(page)).toContainText('for “vpn”');
		await expect(page.locator('[data-search-help-link]')).toHaveAttribute('href', '/help/?q=vpn');
		// Searching again from the box writes one clean q.
		await pageBox(page).press('Enter');
		await expect(page).toHaveURL(/\/search\/\?q=vpn$/);
		await settle(page);
		await page.goto('/help/?q=vpn&q=printer');
		await expect(page.getByText('You searched for')).toContainText('vpn');
		await expect(page.getByText('You searched for')).not.toContainText('printer');
		await expect(page.getByLabel('What is wrong?')).toHaveValue('vpn');
		expect(problems.consoleErrors).toEqual([]);
	});
});

// ---------------------------------------------------------------------------------------------------
// Status JSON
// ---------------------------------------------------------------------------------------------------

const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000).toISOString();

function notice(over: Partial<StatusNotice> = {}): StatusNotice {
	return {
		id: 'N-500',
		title: 'Teams calls drop',
		severity: 'outage',
		starts: minutes(-30),
		ends: null,
		services: ['Teams'],
		message: 'Calls drop after a minute.',
		url: null,
		...over,
	};
}

function statusJson(notices: StatusNotice[]): StatusJson {
	return { generated: minutes(-1), notices, knownErrors: [] };
}

const fulfilJson = (route: Route, body: string, contentType = 'application/json') =>
	route.fulfill({ status: 200, contentType, body });

const banner = (page: Page) => page.getByRole('region', { name: 'Service status' });
const bannerItems = (page: Page) => page.locator('[data-status-list] > li');

test.describe('hostile status JSON', () => {
	test('a captive portal’s HTML page with status 200: nothing in it runs or shows, one warning', async ({
		page,
		problems,
	}) => {
		const guard = watchForExecution(page);
		const warnings = collectWarnings(page);
		await page.route('**/status.json', (route) =>
			fulfilJson(
				route,
				`<!doctype html><html><body><h1>Sign in to Guest Wi-Fi</h1><script>${CANARY};alert(1)</script><img src=x onerror="${CANARY}"></body></html>`,
				'text/html',
			),
		);
		await page.goto('/articles/reset-your-password/');
		const before = await bannerItems(page).allTextContents();
		expect(before.length).toBeGreaterThan(0);
		await expect.poll(() => warnings.length).toBe(1);
		expect(warnings[0]).toContain('the response is not JSON');
		expect(warnings[0]).toContain('showing the last known status');
		expect(await bannerItems(page).allTextContents()).toEqual(before);
		await expect(page.locator('body')).not.toContainText('Sign in to Guest Wi-Fi');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reset your password');
		await guard.expectNothingRan();
		expect(problems.consoleErrors).toEqual([]);
	});

	test('JSON cut off mid-way on a later refresh keeps the last good status, with one warning', async ({
		page,
		problems,
	}) => {
		await page.clock.install({ time: NOW });
		const warnings = collectWarnings(page);
		const good = JSON.stringify(statusJson([notice()]));
		let body = good;
		await page.route('**/status.json', (route) => fulfilJson(route, body));
		await page.goto('/');
		await expect(banner(page)).toContainText('Teams calls drop');
		// The status service dies while writing: the next refresh gets the first half of the document.
		body = good.slice(0, Math.floor(good.length / 2));
		await page.clock.fastForward('05:00');
		await expect.poll(() => warnings.length).toBe(1);
		expect(warnings[0]).toContain('the response is not JSON');
		await expect(banner(page)).toContainText('Teams calls drop');
		expect(problems.consoleErrors).toEqual([]);
	});

	for (const viewport of [
		{ width: 375, height: 800 },
		{ width: 1280, height: 900 },
	]) {
		test(`a notice with a 50,000-character message keeps the layout at ${viewport.width} px`, async ({
			page,
			problems,
		}) => {
			await page.setViewportSize(viewport);
			const guard = watchForExecution(page);
			const start = `<img src=x onerror="${CANARY}"> Teams is down. `;
			// Words, and one unbroken run (a pasted URL or token), as an incident tool might send.
			const message = (
				start +
				`https://status.example.com/incident/${'a'.repeat(2_000)} ` +
				'All calls drop after a minute while we investigate. '.repeat(1_000)
			).slice(0, 50_000);
			// And a title that is one unbroken run, which a phone shows (it hides messages).
			const longTitle = `Outage-report-${'x'.repeat(400)}`;
			await page.route('**/status.json', (route) =>
				fulfilJson(
					route,
					JSON.stringify(
						statusJson([
							notice({ message }),
							notice({ id: 'N-501', title: longTitle, severity: 'degraded', message: 'Slow.' }),
						]),
					),
				),
			);
			await page.goto('/');
			await expect(banner(page)).toContainText('Teams calls drop');
			await expect(banner(page)).toContainText(longTitle);
			expect(await hasNoHorizontalOverflow(page)).toBe(true);
			const text = page.locator('[data-status-list] .kb-status-item__text').first();
			// Set as text: the markup at its start is characters, not an element. Clamped to a line or
			// two, ending in "…": the banner sits on every page.
			const shown = (await text.textContent()) ?? '';
			expect(shown.startsWith(` ${start}`)).toBe(true);
			expect(shown.endsWith('…')).toBe(true);
			expect(shown.length).toBeLessThan(400);
			expect(await banner(page).locator('img').count()).toBe(0);
			// The page under the banner is still within reach: the heading starts on the first screen.
			const heading = await page.getByRole('heading', { level: 1 }).boundingBox();
			expect(heading?.y).toBeLessThan(viewport.height);
			await guard.expectNothingRan();
			expect(problems.consoleErrors).toEqual([]);
		});
	}

	test('script-like links in any disguise are never rendered as links that run code', async ({
		page,
		problems,
	}) => {
		const guard = watchForExecution(page);
		const urls = [
			` JaVaScRiPt:${CANARY}`,
			`\tjava\nscript:${CANARY}`,
			`\u0001javascript:${CANARY}`,
			`javascript://%0A${CANARY}`,
			`data:text/html,<script>${CANARY}</script>`,
			'vbscript:msgbox(1)',
			'//evil.example/phish',
		];
		let current = '';
		await page.route('**/status.json', (route) => fulfilJson(route, current));
		for (const [i, url] of urls.entries()) {
			const title = `Link test ${i}`;
			current = JSON.stringify(statusJson([notice({ id: `N-6${i}`, title, url })]));
			await page.goto('/');
			await expect(banner(page)).toContainText(title);
			// Shown as plain text (no link) when its address is not a path here or http(s).
			await expect(banner(page).locator('strong', { hasText: title })).toBeVisible();
			const hrefs = await banner(page)
				.locator('a')
				.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).protocol));
			for (const protocol of hrefs) expect(['http:', 'https:']).toContain(protocol);
			await banner(page).locator('strong', { hasText: title }).click();
			await expect(page).toHaveURL('/');
			await settle(page);
		}
		await guard.expectNothingRan();
		expect(problems.consoleErrors).toEqual([]);
	});
});

// ---------------------------------------------------------------------------------------------------
// Handoff form
// ---------------------------------------------------------------------------------------------------

const ARTICLE = '/articles/reset-your-password/';
const DRAFT_KEY = 'kb-handoff-draft';

/**
 * Answers the webhook from the test instead of a receiver: handoff.spec.ts runs its own receiver on
 * RECEIVER_PORT in the other worker, so nothing here may bind that port. Returns the bodies sent.
 */
async function fulfilWebhook(page: Page, status = 201, reply: unknown = { ticketId: 'INC-4242' }) {
	const sent: Record<string, unknown>[] = [];
	const cors = {
		'Access-Control-Allow-Origin': '*',
		'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key',
		'Access-Control-Allow-Methods': 'POST, OPTIONS',
	};
	await page.route('**/intake', async (route) => {
		if (route.request().method() === 'OPTIONS') {
			await route.fulfill({ status: 204, headers: cors });
			return;
		}
		sent.push(route.request().postDataJSON() as Record<string, unknown>);
		await route.fulfill({
			status,
			headers: { ...cors, 'Content-Type': 'application/json' },
			body: JSON.stringify(reply),
		});
	});
	return sent;
}

async function openForm(page: Page, path: string) {
	await page.goto(path);
	if (!path.startsWith('/help/'))
		await page.locator('summary', { hasText: 'Still stuck?' }).click();
	await expect(page.getByLabel('What is wrong?')).toBeEnabled();
}

async function fillRequired(page: Page) {
	await page.getByLabel('What is wrong?').fill(`"><svg/onload=${CANARY}>`);
	await page.getByLabel('I cannot work').check();
	await page.getByLabel('A company device').check();
	await page.getByLabel('Your work email address').fill('sam.jones@example.com');
}

const send = (page: Page) => page.getByRole('button', { name: 'Send to the helpdesk' }).click();

/** 20,000 characters (code points) of emoji, combining marks, markup and CRLF line breaks. */
const HUGE_DETAILS = (() => {
	const line =
		`  Printer 🖨️ on floor 3 says “Paper jam” 👩🏽‍💻🇬🇧 café cafe\u0301 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ` +
		`<img src=x onerror="${CANARY}"> </textarea><script>${CANARY}</script>\t`;
	const code = Array.from(Array.from({ length: 300 }, () => line).join('\r\n'));
	return `${code.slice(0, 19_998).join('')}\r\n`;
})();

test.describe('hostile handoff input', () => {
	for (const where of ['/help/', ARTICLE]) {
		test(`20,000 characters with emoji and CRLF survive a reload and arrive unchanged (${where})`, async ({
			page,
			problems,
		}) => {
			const guard = watchForExecution(page);
			const sent = await fulfilWebhook(page);
			// A textarea's value has LF line breaks only: the browser turns the CRLF it is given into LF the
			// moment it is pasted or set (HTML's "normalize newlines"). So what the reader sees, and what is
			// saved and sent, is the text with LF; every other character arrives as it was.
			const shown = HUGE_DETAILS.replace(/\r\n?/g, '\n');
			expect(Array.from(HUGE_DETAILS)).toHaveLength(20_000);
			await openForm(page, where);
			await page.getByLabel('More detail').fill(HUGE_DETAILS);
			await expect(page.getByLabel('More detail')).toHaveValue(shown);
			// Saved as it is typed: the draft is in storage before anything is sent.
			await expect
				.poll(() =>
					page.evaluate(
						(key) =>
							(JSON.parse(localStorage.getItem(key) ?? '{}') as { fields?: { details?: string } })
								.fields?.details?.length,
						DRAFT_KEY,
					),
				)
				.toBe(shown.length);
			await settle(page);
			await page.reload();
			if (where !== '/help/') await page.locator('summary', { hasText: 'Still stuck?' }).click();
			await expect(page.getByLabel('More detail')).toHaveValue(shown);
			await fillRequired(page);
			await send(page);
			await expect(page.locator('[data-outcome]')).toContainText('Your ticket number is INC-4242');
			expect(sent).toHaveLength(1);
			expect(sent[0]!.details).toBe(shown);
			expect(sent[0]!.summary).toBe(`"><svg/onload=${CANARY}>`);
			expect(await page.locator('kb-handoff img, kb-handoff svg, kb-handoff script').count()).toBe(
				0,
			);
			await guard.expectNothingRan();
			expect(problems.consoleErrors).toEqual([]);
		});
	}

	test.describe('when the helpdesk refuses', () => {
		// The 503 itself is logged by the browser; nothing else may be.
		test.use({ allowProblems: true });
		test('a refused send with an emoji cut at the subject’s limit keeps everything, with the email route', async ({
			page,
			problems,
		}) => {
			await fulfilWebhook(page, 503, { error: 'maintenance' });
			await openForm(page, '/help/');
			await fillRequired(page);
			// The mail subject takes the first 80 characters of the summary: the 80th is half of an emoji.
			const summary = `${'x'.repeat(79)}😀 printer`;
			await page.getByLabel('What is wrong?').fill(summary);
			await page.getByLabel('More detail').fill(HUGE_DETAILS);
			await send(page);
			await expect(page.getByRole('alert')).toContainText('error 503');
			await expect(page.getByRole('alert')).toContainText('Nothing you typed is lost');
			const mailto = await page
				.getByRole('link', { name: 'Email it instead' })
				.getAttribute('href');
			expect(mailto).toMatch(/^mailto:/);
			expect(decodeURIComponent(mailto!)).toContain(`Summary: ${summary}`);
			await expect(page.getByLabel('What is wrong?')).toHaveValue(summary);
			await expect(page.getByLabel('More detail')).toHaveValue(
				HUGE_DETAILS.replace(/\r\n?/g, '\n'),
			);
			expect(problems.consoleErrors).toEqual([
				'Failed to load resource: the server responded with a status of 503 (Service Unavailable)',
			]);
			expect(problems.failedRequests).toEqual([expect.stringMatching(/\/intake 503$/)]);
		});
	});

	const BLOCKED_STORAGE = [
		{
			name: 'every storage call throws (quota full, or storage denied)',
			init: () => {
				const quota = () => {
					throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
				};
				const denied = () => {
					throw new DOMException('Access is denied for this document.', 'SecurityError');
				};
				Storage.prototype.setItem = quota;
				Storage.prototype.getItem = denied;
				Storage.prototype.removeItem = denied;
				Storage.prototype.clear = denied;
			},
		},
		{
			name: 'reading window.localStorage or sessionStorage itself throws (cookies blocked)',
			init: () => {
				for (const name of ['localStorage', 'sessionStorage']) {
					Object.defineProperty(window, name, {
						configurable: true,
						get() {
							throw new DOMException(
								`Failed to read the '${name}' property from 'Window': Access is denied for this document.`,
								'SecurityError',
							);
						},
					});
				}
			},
		},
	];

	for (const { name, init } of BLOCKED_STORAGE) {
		for (const where of ['/help/', ARTICLE]) {
			test(`${name}: the form still works and sends (${where})`, async ({ page, problems }) => {
				await page.addInitScript(init);
				const sent = await fulfilWebhook(page);
				await openForm(page, where);
				await page.getByLabel('More detail').fill('Third floor, since this morning.');
				// The form stops promising to keep the draft once it finds it cannot.
				await expect(page.locator('[data-draft-note]')).toHaveText(
					'This browser does not let the portal keep a draft: send it before you leave this page.',
				);
				await fillRequired(page);
				await send(page);
				await expect(page.locator('[data-outcome]')).toContainText(
					'Your ticket number is INC-4242',
				);
				expect(sent).toHaveLength(1);
				expect(sent[0]).toMatchObject({
					summary: `"><svg/onload=${CANARY}>`,
					details: 'Third floor, since this morning.',
					urgency: 'blocked',
					device: 'corporate',
					contact: { email: 'sam.jones@example.com' },
				});
				// The status banner on the same page keeps working: a dismissal lasts for this page.
				const dismiss = page.locator('.kb-status-item__dismiss').first();
				if (await dismiss.count()) {
					const label = await dismiss.getAttribute('aria-label');
					await dismiss.click();
					await expect(page.getByRole('button', { name: label! })).toHaveCount(0);
				}
				expect(problems.consoleErrors).toEqual([]);
			});
		}
	}

	test('a draft from an older form layout loads: usable values kept, the rest dropped, no error', async ({
		page,
		problems,
	}) => {
		const sent = await fulfilWebhook(page);
		await page.addInitScript((key) => {
			// An older layout: flat (no `fields`), a number where text is now, values and fields this form no
			// longer has, and a bad idempotency key. Other storage the portal reads is garbage too.
			localStorage.setItem(
				key,
				JSON.stringify({
					version: 0,
					summary: 42,
					details: 'Printer on floor 3 jams on every job.',
					urgency: 'high',
					device: 'corporate',
					platform: 'windows-xp',
					phone: '+44 20 7946 0000',
					attachments: [{ name: 'jam.png' }],
					email: 'sam.jones@example.com',
					idempotencyKey: 12345,
				}),
			);
			localStorage.setItem('kb-status-dismissed', '{"not":"a list"');
			sessionStorage.setItem('kb-status-announced', 'null');
			sessionStorage.setItem('kb-viewed-known-errors', '[1, {"id": "KE-0040"}, "KE-0041"]');
		}, DRAFT_KEY);
		await page.goto('/help/');
		await expect(page.getByLabel('What is wrong?')).toHaveValue('');
		await expect(page.getByLabel('More detail')).toHaveValue(
			'Printer on floor 3 jams on every job.',
		);
		await expect(page.getByLabel('A company device')).toBeChecked();
		await expect(page.getByLabel('Your work email address')).toHaveValue('sam.jones@example.com');
		for (const urgency of ['I cannot work', 'It is a question'])
			await expect(page.getByLabel(urgency)).not.toBeChecked();
		await expect(page.getByLabel('System')).toHaveValue('');
		// What is missing is asked for, as for any incomplete form.
		await send(page);
		await expect(page.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
		await page.getByLabel('What is wrong?').fill('Printer jams');
		await page.getByLabel('I cannot work').check();
		await send(page);
		await expect(page.locator('[data-outcome]')).toContainText('Your ticket number is');
		expect(sent).toHaveLength(1);
		expect(sent[0]).toMatchObject({
			idempotencyKey: expect.stringMatching(/^[0-9a-f-]{36}$/),
			summary: 'Printer jams',
			details: 'Printer on floor 3 jams on every job.',
			urgency: 'blocked',
			device: 'corporate',
			platform: '',
			contact: { email: 'sam.jones@example.com' },
		});
		expect(sent[0]).not.toHaveProperty('phone');
		expect((sent[0]!.context as { viewedKnownErrors: unknown }).viewedKnownErrors).toEqual([
			'KE-0041',
		]);
		expect(problems.consoleErrors).toEqual([]);
	});

	// Nothing usable: the form starts afresh, from the page's ?q= as always. A usable draft with a key
	// that could never be sent as a header keeps the draft and gets a new key.
	for (const [label, stored, summary] of [
		['not JSON', '{"version":1,"fields":{"summary":"Print', 'printer'],
		['JSON null', 'null', 'printer'],
		['a list', '["Printer jams"]', 'printer'],
		['text', '"Printer jams"', 'printer'],
		['fields that are text', '{"version":1,"fields":"Printer jams"}', 'printer'],
		[
			'fields with objects',
			'{"version":1,"fields":{"summary":{"text":"Printer jams"}}}',
			'printer',
		],
		[
			'a key that is no header value',
			'{"version":1,"fields":{"summary":"Printer jams"},"idempotencyKey":"ключ\\r\\nX: 1"}',
			'Printer jams',
		],
	] as const) {
		test(`a stored draft that is ${label} does not break the form`, async ({ page, problems }) => {
			const sent = await fulfilWebhook(page);
			await page.addInitScript(({ key, value }) => localStorage.setItem(key, value), {
				key: DRAFT_KEY,
				value: stored,
			});
			await page.goto('/help/?q=printer');
			await expect(page.getByLabel('What is wrong?')).toBeEnabled();
			await expect(page.getByLabel('What is wrong?')).toHaveValue(summary);
			await page.getByLabel('I cannot work').check();
			await page.getByLabel('A company device').check();
			await page.getByLabel('Your work email address').fill('sam.jones@example.com');
			await send(page);
			await expect(page.locator('[data-outcome]')).toContainText('Your ticket number is');
			expect(sent).toHaveLength(1);
			expect(sent[0]!.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
			expect(problems.consoleErrors).toEqual([]);
		});
	}
});
