import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkLinks } from '../../src/lib/link-check.ts';
import { expect, getSampleContent, test } from './fixtures.ts';
import { SAMPLE_DIST } from '../sample-build.ts';

const SITE = 'https://help.example.com';

test.describe('copy-ready links and replies', () => {
	test.beforeEach(async ({ context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	});

	const clipboard = (page: import('@playwright/test').Page) =>
		page.evaluate(() => navigator.clipboard.readText());

	test('“Copy link” copies the absolute short link', async ({ page }) => {
		await page.goto('/articles/reset-your-password/');
		await page.getByRole('button', { name: 'Copy link', exact: true }).click();
		await expect(page.getByRole('button', { name: 'Copied' })).toBeVisible();
		expect(await clipboard(page)).toBe(`${SITE}/KB-1001`);
	});

	test('“Copy reply” on an article: title, summary and short link', async ({ page }) => {
		await page.goto('/articles/reset-your-password/');
		await page.getByRole('button', { name: 'Copy reply' }).click();
		expect(await clipboard(page)).toBe(
			[
				'Reset your password',
				'Reset a forgotten or expired Northwind password yourself on the Microsoft self-service page, then update it on your phone and other devices.',
				`${SITE}/KB-1001`,
			].join('\n'),
		);
	});

	test('“Copy reply” on a known error adds its status and the workaround’s first line', async ({
		page,
	}) => {
		await page.goto('/known-errors/vpn-disconnects-after-globalprotect-6-3-update/');
		await page.getByRole('button', { name: 'Copy reply' }).click();
		expect(await clipboard(page)).toBe(
			[
				'VPN disconnects every few minutes after the GlobalProtect 6.3 update',
				'If the VPN drops every few minutes since your laptop updated to GlobalProtect 6.3, connect to the London gateway yourself to stay connected until the fixed version arrives.',
				'Status: Workaround available',
				'Workaround: Open GlobalProtect: On Windows, select the GlobalProtect icon (a globe) in the notification area at the bottom right of the screen.',
				`${SITE}/KE-0040`,
			].join('\n'),
		);
	});

	test('headings and steps copy a short link to themselves, which opens at the right place', async ({
		page,
	}) => {
		await page.goto('/articles/reset-your-password/');
		const step = page.locator('.kb-step').first();
		const id = await step.getAttribute('id');
		const title = (await step.locator('.kb-step__title strong').textContent())!;
		await step.getByRole('button', { name: `Copy link to: ${title}` }).click();
		expect(await clipboard(page)).toBe(`${SITE}/KB-1001#${id}`);
		const heading = page.locator('.kb-prose h2[id]').first();
		const headingId = await heading.getAttribute('id');
		await expect(heading).toHaveText((await heading.textContent())!.trim());
		await page
			.getByRole('button', { name: `Copy link to: ${await heading.textContent()}` })
			.click();
		expect(await clipboard(page)).toBe(`${SITE}/KB-1001#${headingId}`);
		await page.goto(`/KB-1001#${id}`);
		await expect(page).toHaveURL(`/articles/reset-your-password/#${id}`);
		await expect(page.locator(`#${id}`)).toBeInViewport();
	});
});

test.describe('agents’ lookup table', () => {
	test('/ids/ lists every id and filters as you type', async ({ page }) => {
		await page.goto('/ids/');
		const rows = page.locator('tr[data-filter-row]');
		await expect(rows).toHaveCount(getSampleContent().length);
		await page.getByLabel('Filter by id, title or status').fill('ke-004 workaround');
		await expect(page.locator('tr[data-filter-row]:visible')).toHaveCount(1);
		await expect(page.locator('tr[data-filter-row]:visible')).toContainText('KE-0040');
		await expect(page.locator('[data-filter-count]')).toHaveText(
			`1 of ${getSampleContent().length} entries`,
		);
	});
});

test.describe('link previews', () => {
	for (const entry of getSampleContent()) {
		test(`${entry.id} has preview meta, a canonical URL and JSON-LD`, async ({ page }) => {
			await page.goto(entry.url);
			const meta = (selector: string) => page.locator(selector).getAttribute('content');
			expect(await meta('meta[property="og:title"]')).toBe(entry.title);
			expect(await meta('meta[property="og:type"]')).toBe('article');
			expect(await meta('meta[property="og:url"]')).toBe(`${SITE}${entry.url}`);
			expect(await meta('meta[name="twitter:card"]')).toBe('summary');
			expect(await meta('meta[name="twitter:title"]')).toBe(entry.title);
			const description = await meta('meta[property="og:description"]');
			expect(description).toContain(entry.summary);
			if (entry.status) expect(description?.startsWith(`${entry.status}. `)).toBe(true);
			expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(
				`${SITE}${entry.url}`,
			);
			const ld = JSON.parse(
				(await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
			);
			expect(ld).toMatchObject({
				'@type': 'TechArticle',
				headline: entry.title,
				identifier: entry.id,
				url: `${SITE}${entry.url}`,
			});
		});
	}
});

test.describe('the built site', () => {
	test('has no broken internal link, asset or anchor', () => {
		const dist = SAMPLE_DIST;
		const files = new Map<string, string>();
		for (const name of readdirSync(dist, { recursive: true }) as string[]) {
			try {
				files.set(name, /\.(html)$/.test(name) ? readFileSync(join(dist, name), 'utf8') : '');
			} catch {
				// A folder.
			}
		}
		expect([...files.keys()].filter((name) => name.endsWith('.html')).length).toBeGreaterThan(40);
		expect(checkLinks(files)).toEqual([]);
	});

	test('lists in its sitemap no address that only redirects (old slugs, short links)', () => {
		const redirects = readFileSync(join(SAMPLE_DIST, '_redirects'), 'utf8')
			.split('\n')
			.filter((line) => line.startsWith('/'))
			.map((line) => line.split(' ')[0]!.replace(/\/?$/, '/'));
		const sitemap = [
			...readFileSync(join(SAMPLE_DIST, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g),
		].map((match) => new URL(match[1]!).pathname);
		expect(redirects.length).toBeGreaterThan(5);
		expect(sitemap.length).toBeGreaterThan(40);
		expect(sitemap.filter((path) => redirects.includes(path))).toEqual([]);
		expect(sitemap.filter((path) => /^\/(?:[a-z]{2}\/)?(?:KB|KE|POL)-\d+\/?$/i.test(path))).toEqual(
			[],
		);
	});

	test('ships redirect rules for real hosts', () => {
		const dist = SAMPLE_DIST;
		const netlify = readFileSync(join(dist, '_redirects'), 'utf8');
		const nginx = readFileSync(join(dist, 'nginx-redirects.conf'), 'utf8');
		// The sample portal is in three languages: a short link is its page, which picks the reader's
		// language, so hosts must not answer it with a fixed 301 to the English page.
		for (const entry of getSampleContent()) {
			expect(netlify).not.toMatch(new RegExp(`^/${entry.id} `, 'im'));
			expect(nginx).not.toContain(`location ~* ^/${entry.id}/?$`);
			expect(readFileSync(join(dist, entry.id, 'index.html'), 'utf8')).toContain(
				`url=${entry.url}`,
			);
		}
		// Old slugs keep their 301, in every language, and a missing German page is German.
		expect(netlify).toContain(
			'/known-errors/vpn-drops/ /known-errors/vpn-disconnects-after-globalprotect-6-3-update/ 301',
		);
		expect(nginx).toContain(
			'location ~* ^/known-errors/vpn-drops/?$ { return 301 /known-errors/vpn-disconnects-after-globalprotect-6-3-update/; }',
		);
		expect(netlify).toContain(
			'/de/known-errors/vpn-drops/ /de/known-errors/vpn-trennt-sich-nach-globalprotect-6-3-update/ 301',
		);
		expect(netlify).toContain('/de/* /de/404/ 404');
	});
});
