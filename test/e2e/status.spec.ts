import { XMLParser } from 'fast-xml-parser';
import type { Page, Route } from '@playwright/test';
import { StatusJsonSchema, type StatusJson } from '../../src/schemas/status-json.ts';
import { NOW, expect, getSampleContent, test } from './fixtures.ts';

const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000).toISOString();

function payload(over: Partial<StatusJson> = {}): StatusJson {
	return {
		generated: minutes(-5),
		notices: [
			{
				id: 'N-100',
				title: 'Email outage',
				severity: 'outage',
				starts: minutes(-60),
				ends: minutes(60),
				services: ['Email'],
				message: 'Email is down.',
				url: '/status/',
			},
			{
				id: 'N-101',
				title: 'Old maintenance',
				severity: 'maintenance',
				starts: minutes(-300),
				ends: minutes(-240),
				services: ['VPN'],
				message: 'Done.',
				url: null,
			},
			{
				id: 'N-102',
				title: 'Future maintenance',
				severity: 'maintenance',
				starts: minutes(600),
				ends: minutes(660),
				services: ['Wi-Fi'],
				message: 'Later.',
				url: null,
			},
		],
		knownErrors: [],
		...over,
	};
}

/** Serves `/status.json` from the test: a payload, or a failure. */
async function serveStatus(page: Page, respond: (route: Route) => Promise<void>) {
	await page.route('**/status.json', respond);
}
const json =
	(body: unknown, status = 200) =>
	(route: Route) =>
		route.fulfill({
			status,
			contentType: 'application/json',
			body: typeof body === 'string' ? body : JSON.stringify(body),
		});

const banner = (page: Page) => page.getByRole('region', { name: 'Service status' });

/** Console warnings the page logged. */
function collectWarnings(page: Page): string[] {
	const warnings: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'warning') warnings.push(message.text());
	});
	return warnings;
}

test.describe('status banner', () => {
	test.beforeEach(async ({ page }) => {
		await page.clock.install({ time: NOW });
	});

	test('shows an active notice by the reader’s clock, not an expired or future one', async ({
		page,
	}) => {
		await serveStatus(page, json(payload()));
		await page.goto('/articles/reset-your-password/');
		await expect(banner(page)).toContainText('Email outage');
		await expect(banner(page)).not.toContainText('Old maintenance');
		await expect(banner(page)).not.toContainText('Future maintenance');
		await expect(banner(page).getByRole('link', { name: 'Email outage' })).toHaveAttribute(
			'href',
			'/status/',
		);
		await expect(banner(page)).toContainText('Status as of 11:55');
	});

	test('a new notice appears after status.json changes, without a rebuild, and is announced once', async ({
		page,
	}) => {
		let current = payload();
		await serveStatus(page, (route) => json(current)(route));
		await page.goto('/');
		await expect(banner(page)).toContainText('Email outage');
		current = payload({
			generated: minutes(4),
			notices: [
				...payload().notices,
				{
					id: 'N-103',
					title: 'Teams degraded',
					severity: 'degraded',
					starts: minutes(1),
					ends: null,
					services: ['Teams'],
					message: 'Calls drop.',
					url: null,
				},
			],
		});
		await page.clock.fastForward('05:00');
		await expect(banner(page)).toContainText('Teams degraded');
		const announce = page.locator('[data-status-announce]');
		await expect(announce).toHaveText('Degraded service: Teams degraded');
		await page.clock.fastForward('05:00');
		await expect(announce).toHaveText('Degraded service: Teams degraded');
		await page.reload();
		await expect(banner(page)).toContainText('Teams degraded');
		await expect(announce).toHaveText('');
	});

	for (const [name, respond, reason] of [
		['a 500', json({ error: 'boom' }, 500), 'the server answered 500'],
		['malformed JSON', json('{"generated": "2026-11-23T'), 'the response is not JSON'],
		[
			'an HTML error page',
			(route: Route) =>
				route.fulfill({
					status: 200,
					contentType: 'text/html',
					body: '<html><body>Down for maintenance</body></html>',
				}),
			'the response is not JSON',
		],
		[
			'the wrong shape',
			json({ generated: minutes(0), notices: 'none' }),
			'the response has the wrong shape',
		],
	] as const) {
		test(`${name} keeps what is shown and logs one warning`, async ({ page }) => {
			const warnings = collectWarnings(page);
			await serveStatus(page, respond);
			await page.goto('/');
			const before = await banner(page).locator('li').allTextContents();
			expect(before.length).toBeGreaterThan(0);
			await expect.poll(() => warnings.length).toBe(1);
			expect(warnings[0]).toContain(reason);
			expect(await banner(page).locator('li').allTextContents()).toEqual(before);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		});
	}

	test('a fetch that hangs is given up after 5 seconds, keeping what is shown', async ({
		page,
	}) => {
		const warnings = collectWarnings(page);
		await serveStatus(page, () => new Promise(() => {}));
		await page.goto('/');
		const before = await banner(page).locator('li').allTextContents();
		await page.clock.fastForward('00:04');
		expect(warnings).toEqual([]);
		await page.clock.fastForward('00:02');
		await expect.poll(() => warnings.length).toBe(1);
		expect(warnings[0]).toContain('no answer within 5 s');
		expect(await banner(page).locator('li').allTextContents()).toEqual(before);
	});

	test('a script or a javascript: link in the status is shown as text and runs nothing', async ({
		page,
	}) => {
		let dialogs = 0;
		page.on('dialog', async (dialog) => {
			dialogs++;
			await dialog.dismiss();
		});
		const title = '<script>alert(1)</script><img src=x onerror=alert(2)>';
		await serveStatus(
			page,
			json(
				payload({
					notices: [
						{
							id: 'N-9',
							title,
							severity: 'outage',
							starts: minutes(-1),
							ends: null,
							services: ['x'],
							message: '<b>bold</b>',
							url: 'javascript:alert(3)',
						},
					],
				}),
			),
		);
		await page.goto('/');
		await expect(banner(page)).toContainText(title);
		await expect(banner(page)).toContainText('<b>bold</b>');
		expect(await banner(page).locator('script, img, b').count()).toBe(0);
		expect(await banner(page).locator('a[href^="javascript"]').count()).toBe(0);
		expect(dialogs).toBe(0);
	});

	test('a notice linking to a known error shows on that known error’s page, unlinked, before and after the refresh', async ({
		page,
	}) => {
		// N-8 (degraded, active at NOW) links to KE-0040: one item, the notice, which stays on KE-0040's page.
		const title = 'VPN disconnects every few minutes for some laptops';
		const path = '/known-errors/vpn-disconnects-after-globalprotect-6-3-update/';
		// The page's own status.json, marked one minute older, so the refreshed render can be told apart.
		await serveStatus(page, async (route) => {
			const response = await route.fetch();
			const body = { ...(await response.json()), generated: minutes(-1) };
			await route.fulfill({ response, json: body });
		});
		await page.route(`**${path}`, async (route) => {
			// What the build rendered, seen before the script runs.
			const response = await route.fetch();
			const html = await response.text();
			const item = html.match(/data-key="notice:N-8"[^>]*>.*?<\/li>/s)?.[0];
			expect(item).toContain(title);
			expect(item).not.toContain('<a ');
			expect(html).not.toContain('data-key="known-error:KE-0040"');
			await route.fulfill({ response, body: html });
		});
		await page.goto(path);
		await expect(banner(page)).toContainText('Status as of 11:59');
		const item = banner(page).locator('[data-key="notice:N-8"]');
		await expect(item).toContainText(title);
		await expect(item).toContainText('Choose the London gateway');
		await expect(item.getByRole('link')).toHaveCount(0);
		await expect(banner(page).getByRole('link', { name: title })).toHaveCount(0);
		// The known error's own item stays off its page, which says the same.
		await expect(banner(page).locator('[data-key="known-error:KE-0040"]')).toHaveCount(0);
		// Elsewhere the same notice links to the known error.
		await page.goto('/');
		await expect(banner(page).getByRole('link', { name: title })).toHaveAttribute('href', path);
		// The home page's own refresh may still be on its way when the test ends: it goes with the page.
		await page.unrouteAll({ behavior: 'ignoreErrors' });
	});

	test('an outage linking to the page the reader is on shows there, unlinked, after the refresh', async ({
		page,
	}) => {
		const outage = { ...payload().notices[0]!, url: '/' };
		await serveStatus(page, json(payload({ notices: [outage] })));
		await page.goto('/');
		await expect(banner(page)).toContainText('Status as of 11:55');
		const item = banner(page).locator('[data-key="notice:N-100"]');
		await expect(item).toContainText('Email outage');
		await expect(item).toContainText('Email is down.');
		await expect(item.getByRole('link')).toHaveCount(0);
		await page.goto('/status/');
		await expect(banner(page).getByRole('link', { name: 'Email outage' })).toHaveAttribute(
			'href',
			'/',
		);
	});

	test('a dismissed item stays dismissed until it changes', async ({ page }) => {
		let current = payload();
		await serveStatus(page, (route) => json(current)(route));
		await page.goto('/');
		await banner(page).getByRole('button', { name: 'Dismiss: Email outage' }).click();
		await expect(page.locator('[data-status-list]')).not.toContainText('Email outage');
		await page.reload();
		await expect(page.locator('[data-status-freshness]')).toContainText('Status as of 11:55');
		await expect(page.locator('[data-status-list]')).not.toContainText('Email outage');
		current = payload({
			notices: [{ ...payload().notices[0]!, message: 'Email is down. Fix expected at 14:00.' }],
		});
		await page.reload();
		await expect(banner(page)).toContainText('Fix expected at 14:00');
	});

	test('old data is marked as possibly out of date', async ({ page }) => {
		await serveStatus(
			page,
			json(payload({ generated: new Date(NOW.getTime() - 8 * 24 * 3600_000).toISOString() })),
		);
		await page.goto('/');
		await expect(banner(page)).toContainText('This may be out of date');
	});

	test('the next update turns overdue when the reader’s clock passes it', async ({ page }) => {
		await page.goto('/known-errors/outlook-for-ios-keeps-asking-you-to-sign-in/');
		const facts = page.getByRole('region', { name: 'Status of this issue' });
		await expect(facts).toContainText('Next update by');
		await page.clock.fastForward('04:00:00');
		await expect(facts).toContainText('Update overdue since');
		await expect(facts).toContainText('23 November 2026, 15:00 UTC');
	});

	test('a page built after the promised time says "next update by" to a reader whose clock is before it', async ({
		page,
	}) => {
		const path = '/known-errors/outlook-for-ios-keeps-asking-you-to-sign-in/';
		// The same page as a build made at 16:00 renders it (npm run build with KB_NOW after the promise).
		await page.route(`**${path}`, async (route) => {
			const response = await route.fetch();
			const html = (await response.text())
				.replace('<dt>Next update by</dt>', '<dt>Update overdue since</dt>')
				.replace(
					'class="kb-facts__next-update"',
					'class="kb-facts__next-update kb-facts__next-update--overdue"',
				);
			expect(html).toContain('Update overdue since');
			await route.fulfill({ response, body: html });
		});
		await page.goto(path);
		const facts = page.getByRole('region', { name: 'Status of this issue' });
		await expect(facts).toContainText('Next update by');
		await expect(facts).not.toContainText('overdue');
		await expect(page.locator('.kb-facts__next-update--overdue')).toHaveCount(0);
	});

	test('the status page sorts notices into now and coming up', async ({ page }) => {
		await page.goto('/status/');
		const now = page.getByRole('region', { name: 'Happening now' });
		const upcoming = page.getByRole('region', { name: 'Coming up' });
		await expect(now).toContainText('VPN disconnects every few minutes for some laptops');
		await expect(now).toContainText('Phishing emails posing as IT Support');
		await expect(upcoming).toContainText('Wi-Fi controller upgrade');
		await expect(page.getByText('Exchange Online mailbox migration')).toBeHidden();
		await expect(page.getByRole('region', { name: 'Recently resolved' })).toContainText(
			'Laptops drop off Northwind-Staff Wi-Fi',
		);
	});
});

test.describe('known issues list', () => {
	test('filters by status and service, in the URL', async ({ page }) => {
		await page.goto('/known-errors/');
		await page.getByLabel('Show').selectOption('open');
		await page.getByLabel('Service', { exact: true }).selectOption('VPN');
		await expect(page).toHaveURL('/known-errors/?status=open&service=VPN');
		const visible = page.locator('li[data-entry-id]:visible');
		await expect(visible).toHaveCount(1);
		await expect(visible).toHaveAttribute('data-entry-id', 'KE-0040');
		await expect(page.getByRole('region', { name: /Resolved/ })).toBeHidden();
		await page.goto('/known-errors/?status=resolved');
		await expect(page.locator('li[data-entry-id]:visible')).toHaveCount(1);
		await expect(page.getByLabel('Show')).toHaveValue('resolved');
	});

	test('open issues come most severe first', async ({ page }) => {
		await page.goto('/known-errors/');
		const ids = await page
			.getByRole('region', { name: /Open/ })
			.locator('li[data-entry-id]')
			.evaluateAll((items) => items.map((i) => i.getAttribute('data-entry-id')));
		expect(ids[0]).toBe('KE-0041');
		expect(ids.at(-1)).toBe('KE-0042');
	});
});

test.describe('feeds', () => {
	test('status.json matches the documented schema', async ({ request }) => {
		const body = await (await request.get('/status.json')).json();
		const parsed = StatusJsonSchema.safeParse(body);
		expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
		expect(parsed.data?.knownErrors.map((k) => k.id).sort()).toEqual([
			'KE-0040',
			'KE-0041',
			'KE-0042',
			'KE-0043',
			'KE-0044',
		]);
		expect(parsed.data?.notices.map((n) => n.id)).toEqual(['N-7', 'N-8', 'N-10', 'N-9']);
	});

	test('known-errors.xml is RSS 2.0 with one item per known error', async ({ request }) => {
		const response = await request.get('/known-errors.xml');
		const xml = await response.text();
		const feed = new XMLParser({ ignoreAttributes: false }).parse(xml);
		expect(feed.rss['@_version']).toBe('2.0');
		const items = feed.rss.channel.item as {
			title: string;
			link: string;
			guid: { '#text': string };
			pubDate: string;
		}[];
		expect(items).toHaveLength(6);
		for (const item of items) {
			expect(item.link).toMatch(/^https?:\/\/.+\/known-errors\/.+\/$/);
			expect(item.guid['#text']).toMatch(/^KE-\d{4}@\d{4}-\d{2}-\d{2}T/);
			expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
		}
	});

	test('api/entries.json lists every entry with its page', async ({ request }) => {
		const { entries } = await (await request.get('/api/entries.json')).json();
		const sample = getSampleContent();
		expect(entries.map((e: { id: string }) => e.id).sort()).toEqual(sample.map((e) => e.id).sort());
		const ke = entries.find((e: { id: string }) => e.id === 'KE-0040');
		expect(ke).toMatchObject({
			type: 'known-error',
			status: 'workaround',
			severity: 'major',
			services: ['VPN'],
			url: '/known-errors/vpn-disconnects-after-globalprotect-6-3-update/',
		});
	});
});
