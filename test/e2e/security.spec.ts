import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { htmlFiles } from '../../src/integrations/security-headers.ts';
import { pagePolicy } from '../../src/lib/content-security-policy.ts';
import { RECEIVER_PORT } from '../playwright.config.ts';
import { SAMPLE_DIST } from '../sample-build.ts';
import { PAGE_TYPES, expect, test } from './fixtures.ts';
import { Receiver } from './receiver.ts';

const dist = `${SAMPLE_DIST}/`;

/** The `script-src` of a built page's `<meta>` policy, as written. */
function metaScriptSrc(html: string): string {
	const sources = pagePolicy(html)?.get('script-src');
	return sources === undefined ? '' : ` script-src ${sources}`;
}

test.describe('the built site runs nothing it has not declared', () => {
	test('every inline script on every page is hashed in that page’s policy, and none is allowed blindly', () => {
		let pages = 0;
		let scripts = 0;
		for (const file of htmlFiles(dist)) {
			const html = readFileSync(file, 'utf8');
			const scriptSrc = metaScriptSrc(html);
			const where = file.slice(dist.length);
			expect(scriptSrc, `${where} has a script-src policy`).toMatch(/^\s*script-src 'self'/);
			expect(scriptSrc, where).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|data:|https?:/);
			for (const [, attributes = '', body = ''] of html.matchAll(
				/<script\b([^>]*)>([\s\S]*?)<\/script>/g,
			)) {
				const type = /\btype="([^"]*)"/.exec(attributes)?.[1];
				// Data blocks (status JSON, structured data) never run; the browser ignores their hash.
				if (type === 'application/json' || type === 'application/ld+json') continue;
				scripts++;
				// A script file is the portal's own: nothing from another origin.
				const src = /\bsrc="([^"]*)"/.exec(attributes)?.[1];
				if (src !== undefined) {
					expect(src, where).toMatch(/^\/_astro\//);
					continue;
				}
				const hash = createHash('sha256').update(body).digest('base64');
				expect(scriptSrc, `${where}: inline script ${body.slice(0, 60)}`).toContain(
					`'sha256-${hash}'`,
				);
			}
			// No event-handler attributes or script URLs: they could not run under the policy anyway.
			expect(html, where).not.toMatch(/<[^>]+\son[a-z]+=/i);
			expect(html, where).not.toMatch(/(href|src|action)="\s*javascript:/i);
			pages++;
		}
		expect(pages).toBeGreaterThan(50);
		expect(scripts).toBeGreaterThan(0);
	});

	test('the host sends the policy with frame-ancestors and the other security headers', async ({
		request,
	}) => {
		for (const path of [
			'/',
			'/articles/reset-your-password/',
			'/pagefind/pagefind-worker.js',
			'/nope',
		]) {
			const response = await request.get(path);
			const headers = response.headers();
			expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
			expect(headers['content-security-policy'], path).toContain("'wasm-unsafe-eval'");
			expect(headers['content-security-policy'], path).not.toContain('unsafe-inline');
			expect(headers['x-content-type-options'], path).toBe('nosniff');
			expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
			expect(headers['permissions-policy'], path).toContain('camera=()');
		}
		const asset = (await (await request.get('/')).text()).match(/\/_astro\/[^"]+\.js/)?.[0];
		expect(asset).toBeTruthy();
		const cached = await request.get(asset!);
		expect(cached.headers()['cache-control']).toContain('immutable');
	});
});

test.describe('every page type runs under the policy', () => {
	for (const { name, path, heading } of PAGE_TYPES) {
		test(`${name} (${path}): no policy violations, no console errors`, async ({
			page,
			problems,
		}) => {
			const response = await page.goto(path);
			expect(response?.status()).toBe(200);
			await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
			// Let deferred work (status refresh, search on /search/) finish before the fixture checks.
			await page.waitForLoadState('networkidle');
			expect(problems.consoleErrors).toEqual([]);
		});
	}

	test('a page shown inside another site’s frame is refused', async ({ page }) => {
		const base = test.info().project.use.baseURL!;
		const framed = page.waitForEvent('response', (response) => response.url().startsWith(base));
		await page.setContent(`<iframe src="${base}/"></iframe>`);
		// The portal answers, with frame-ancestors 'none'...
		const response = await framed;
		expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
		// ...so the frame holds Chromium's error page, not the portal.
		const frame = await (await page.waitForSelector('iframe')).contentFrame();
		await expect.poll(() => frame!.url()).toBe('chrome-error://chromewebdata/');
	});
});

test.describe('the islands work under the policy', () => {
	test('header search loads Pagefind (WebAssembly, worker) and shows results', async ({ page }) => {
		await page.goto('/articles/reset-your-password/');
		await page.getByRole('searchbox', { name: 'Search help articles' }).fill('wifi keeps dropping');
		await expect(
			page.locator('#kb-header-panel a', { hasText: 'Wi-Fi keeps dropping' }).first(),
		).toBeVisible();
	});

	test('the handoff form sends a ticket to the webhook', async ({ page }) => {
		const receiver = new Receiver(0);
		await receiver.start();
		try {
			await page.route(`http://127.0.0.1:${RECEIVER_PORT}/intake`, (route) =>
				route.continue({ url: receiver.url }),
			);
			await page.goto('/help/');
			await page.getByLabel('What is wrong?').fill('Printer on floor 3 shows offline');
			await page.getByLabel('It is a question').check();
			await page.getByLabel('A company device').check();
			await page.getByLabel('Your name').fill('Sam Jones');
			await page.getByLabel('Your work email address').fill('sam.jones@example.com');
			await page.getByRole('button', { name: 'Send to the helpdesk' }).click();
			await expect(page.locator('[data-outcome]')).toContainText('Your ticket number is');
			expect(receiver.requests).toHaveLength(1);
		} finally {
			await receiver.stop();
		}
	});
});
