import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import type { StatusJson } from '../../src/schemas/status-json.ts';
import { de } from '../../src/i18n/de.ts';
import { en } from '../../src/i18n/en.ts';
import { pl } from '../../src/i18n/pl.ts';
import { NOW, PAGE_TYPES, expect, getAxeViolations, getSampleContent, test } from './fixtures.ts';
import { SAMPLE_DIST } from '../sample-build.ts';

/**
 * What a reader sees first: on a phone the status banner leaves the page's own heading on the first
 * screen and never hides what is happening now; search snippets hold content, not control labels;
 * articles can be browsed without searching; a search with only loose matches says so.
 */
const banner = (page: Page) => page.getByRole('region', { name: 'Service status' });
const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000).toISOString();
const PHONE = { width: 375, height: 812 };

test.describe('the banner on a 375 × 812 phone', () => {
	test.use({ viewport: PHONE });

	for (const pageType of PAGE_TYPES) {
		test(`${pageType.name}: the page's heading starts on the first screen with every banner item active`, async ({
			page,
		}) => {
			await page.goto(pageType.path);
			// The sample content at the tests' instant: the VPN notice, the phishing notice and four open
			// critical or major known errors (less the page's own).
			await expect(banner(page).locator('li.kb-status-item')).toHaveCount(3);
			await expect(page.locator('[data-status-toggle]')).toBeVisible();
			const heading = await page.getByRole('heading', { level: 1 }).boundingBox();
			expect(heading!.y).toBeLessThan(PHONE.height * 0.5);
			const region = await banner(page).boundingBox();
			expect(region!.height).toBeLessThanOrEqual(PHONE.height / 4);
		});
	}

	test('maintenance in its window is the line a phone shows, while a critical known issue is open', async ({
		page,
	}) => {
		const status: StatusJson = {
			generated: minutes(-2),
			notices: [
				{
					id: 'N-200',
					title: 'Wi-Fi controller upgrade',
					severity: 'maintenance',
					starts: minutes(-30),
					ends: minutes(90),
					services: ['Office Wi-Fi'],
					message: 'Wi-Fi drops for up to 10 minutes.',
					url: null,
				},
			],
			knownErrors: [
				{
					id: 'KE-0041',
					title: 'Outlook for iOS keeps asking you to sign in',
					status: 'investigating',
					severity: 'critical',
					services: ['Outlook on iOS'],
					url: '/known-errors/outlook-for-ios-keeps-asking-you-to-sign-in/',
					nextUpdate: null,
				},
			],
		};
		await page.route('**/status.json', (route) =>
			route.fulfill({ contentType: 'application/json', body: JSON.stringify(status) }),
		);
		await page.goto('/articles/reset-your-password/');
		const items = banner(page).locator('li.kb-status-item');
		await expect(items).toHaveCount(2);
		await expect(items.first()).toContainText('Planned maintenance: Wi-Fi controller upgrade');
		await expect(items.first()).toBeVisible();
		await expect(items.nth(1)).toBeHidden();
		await expect(page.locator('[data-status-toggle]')).toHaveText('Show 1 more');
	});

	test('a known error’s own page does not repeat it; the notice that links to it stays, unlinked', async ({
		page,
	}) => {
		await page.goto('/known-errors/vpn-disconnects-after-globalprotect-6-3-update/');
		await expect(banner(page).locator('li.kb-status-item').first()).toBeVisible();
		const keys = await banner(page)
			.locator('li.kb-status-item')
			.evaluateAll((items) => items.map((item) => item.getAttribute('data-key')));
		expect(keys).not.toContain('known-error:KE-0040');
		expect(keys).toContain('notice:N-8');
		const notice = banner(page).locator('li[data-key="notice:N-8"]');
		await expect(notice).toContainText('VPN');
		await expect(notice.locator('a')).toHaveCount(0);
		await page.goto('/');
		await expect(banner(page).locator('li.kb-status-item').first()).toHaveAttribute(
			'data-key',
			'notice:N-8',
		);
	});

	test('the expand control works by keyboard, keeps focus and passes axe', async ({ page }) => {
		await page.goto('/');
		const toggle = page.locator('[data-status-toggle]');
		const items = banner(page).locator('li.kb-status-item');
		await expect(toggle).toHaveAttribute('aria-expanded', 'false');
		await expect(toggle).toHaveAttribute('aria-controls', 'kb-status-list');
		await expect(items.nth(1)).toBeHidden();
		await toggle.focus();
		await page.keyboard.press('Enter');
		await expect(toggle).toHaveAttribute('aria-expanded', 'true');
		await expect(toggle).toHaveText('Show less');
		await expect(toggle).toBeFocused();
		for (const item of await items.all()) await expect(item).toBeVisible();
		await expect(
			banner(page).getByRole('link', { name: /more issues? on the service status page/ }),
		).toBeVisible();
		expect(await getAxeViolations(page)).toEqual([]);
		await page.keyboard.press('Space');
		await expect(toggle).toHaveAttribute('aria-expanded', 'false');
		await expect(toggle).toBeFocused();
		await expect(items.nth(1)).toBeHidden();
	});
});

test.describe('the banner on a desktop', () => {
	test('shows up to three items with their messages and no toggle', async ({ page }) => {
		await page.goto('/');
		const items = banner(page).locator('li.kb-status-item');
		await expect(items).toHaveCount(3);
		for (const item of await items.all()) await expect(item).toBeVisible();
		await expect(items.first()).toContainText('Choose the London gateway');
		await expect(page.locator('[data-status-toggle]')).toBeHidden();
	});
});

test.describe('the search index holds content, not controls', () => {
	test('no indexed text or snippet contains a control’s label', () => {
		const dir = join(SAMPLE_DIST, 'pagefind/fragment');
		const fragments = readdirSync(dir).map((file) => {
			const text = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
			return JSON.parse(text.replace(/^pagefind_dcd/, '')) as { url: string; content: string };
		});
		// Every entry in each of the sample's three languages (an untranslated one by its title and summary).
		expect(fragments.length).toBe(getSampleContent().length * 3);
		const labels = [en, de, pl].flatMap((catalog) =>
			(
				[
					'entry.copyLink',
					'entry.copyReply',
					'mdx.step.done',
					'feedback.heading',
					'entry.shortLink',
					'facts.heading',
					'mdx.step.link',
				] as const
			).map((key) => (catalog[key] as string).replace(/:?\s*\{\w+\}.*$/, '')),
		);
		const found = fragments.flatMap((fragment) =>
			labels
				.filter((label) => fragment.content.includes(label))
				.map((label) => `${fragment.url}: ${label}`),
		);
		expect(found).toEqual([]);
		// The content itself is still there: step titles, error texts and body text.
		const vpn = fragments.find(
			(f) => f.url === '/known-errors/vpn-disconnects-after-globalprotect-6-3-update/',
		)!;
		expect(vpn.content).toContain('Choose the London gateway');
		expect(vpn.content).toContain(
			'The network connection is unreachable or the gateway is unresponsive',
		);
	});

	test('a search snippet shows the step, not the button beside it', async ({ page }) => {
		await page.goto('/search/?q=london%20gateway');
		const first = page.locator('[data-search-results] > li').first();
		await expect(first).toContainText('VPN disconnects every few minutes');
		await expect(first).not.toContainText('Link to step');
		await expect(first).not.toContainText('I did this step');
	});
});

test.describe('a way into articles without searching', () => {
	test('/articles/ lists every article by topic and narrows as you type', async ({ page }) => {
		const articles = getSampleContent().filter((entry) => entry.type === 'article');
		await page.goto('/articles/');
		const rows = page.locator('[data-filter-row]');
		await expect(rows).toHaveCount(articles.length);
		await expect(page.getByRole('heading', { level: 2, name: 'Printing' })).toBeVisible();
		await page.getByLabel('Filter articles by title or topic').fill('authenticator');
		await expect(page.locator('[data-filter-row]:visible')).toHaveCount(2);
		await expect(page.locator('[data-filter-count]')).toHaveText(
			`2 of ${articles.length} articles`,
		);
		await expect(page.getByRole('heading', { level: 2, name: 'Printing' })).toBeHidden();
		// A topic's name finds everything under it.
		await page.getByLabel('Filter articles by title or topic').fill('printing');
		await expect(page.locator('[data-filter-row]:visible').first()).toContainText(
			'Print with follow-me printing',
		);
	});

	test('the home page starts with what support staff chose, in their order', async ({ page }) => {
		await page.goto('/');
		const start = page.getByRole('region', { name: 'Start here' });
		await expect(start.getByRole('heading', { level: 3 })).toHaveText([
			'Reset your password',
			'Connect to the VPN from home',
			'Set up Microsoft Authenticator for sign-in (MFA)',
			'Set up work email on your phone',
			'Print with follow-me printing',
			'Personal devices (BYOD) policy',
		]);
		await start.getByRole('link', { name: 'All articles, by topic' }).click();
		await expect(page).toHaveURL('/articles/');
	});

	test('the header reaches articles and policies on every page', async ({ page }) => {
		await page.goto('/status/');
		const nav = page.getByRole('navigation', { name: 'Main' });
		await nav.getByRole('link', { name: 'Policies' }).click();
		await page.getByRole('link', { name: 'Personal devices (BYOD) policy' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Personal devices (BYOD) policy',
		);
		await expect(nav.getByRole('link', { name: 'Articles' })).toHaveAttribute('href', '/articles/');
	});
});

test.describe('a search with only loose matches', () => {
	test('says there is no exact match, shows a few, and the helpdesk right under them', async ({
		page,
	}) => {
		await page.goto('/search/?q=monitor%20flickering');
		await expect(page.locator('[data-search-count]')).toHaveText(
			'No exact match for “monitor flickering”; these may help:',
		);
		const results = page.locator('[data-search-results] > li');
		expect(await results.count()).toBeGreaterThan(0);
		expect(await results.count()).toBeLessThanOrEqual(3);
		await expect(page.locator('[data-search-more-row]')).toBeHidden();
		const help = page.getByRole('region', { name: 'Still stuck?' });
		await expect(help).toBeVisible();
		await expect(help.getByRole('link', { name: 'ask the helpdesk about this' })).toHaveAttribute(
			'href',
			'/help/?q=monitor%20flickering',
		);
	});

	test('an exact match still lists every result', async ({ page }) => {
		await page.goto('/search/?q=vpn%20keeps%20dropping');
		await expect(page.locator('[data-search-count]')).toHaveText(
			/^\d+ results? for “vpn keeps dropping”$/,
		);
		await expect(page.locator('[data-search-results] > li').first()).toContainText(
			'VPN disconnects every few minutes',
		);
	});
});
