import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createStaticServer } from '../../scripts/serve.ts';
import { CHROMIUM_LAUNCH_OPTIONS } from '../browser.ts';
import { buildPortal } from './build-portal.ts';

/**
 * Content written to attack the portal, built for real and opened in Chromium: markup in titles, aliases,
 * error messages, notices and timeline notes; a file with a byte-order mark and Windows line endings; a
 * 5 MB entry. It must build, show every hostile text as text, and run none of it.
 */
const root = new URL('../..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'kb-hostile-'));
const contentDir = join(work, 'content');
const outDir = join(work, 'dist');
let build: ReturnType<typeof buildPortal>;
let browser: Browser;
let base: string;
const server = createStaticServer({ root: outDir });

beforeAll(async () => {
	cpSync(join(root, 'test/fixtures/hostile'), contentDir, { recursive: true });
	const crlf = [
		'---',
		'id: KB-0002',
		'title: Windows line endings and a byte-order mark',
		'summary: Written in Notepad on Windows.',
		'category: vpn',
		'updated: 2026-11-01',
		'---',
		'',
		'Open the VPN client.',
		'',
		'Then sign in.',
		'',
	].join('\r\n');
	writeFileSync(join(contentDir, 'articles/KB-0002-windows-line-endings.mdx'), `\uFEFF${crlf}`);
	const paragraph =
		'If the VPN client shows "Gateway unreachable", check that Wi-Fi is connected, then pick the London gateway and sign in again. ';
	const body = Array.from(
		{ length: (5 * 1024 * 1024) / paragraph.length + 1 },
		(_, i) => `${i + 1}. ${paragraph}`,
	).join('\n\n');
	writeFileSync(
		join(contentDir, 'articles/KB-0003-a-very-long-entry.mdx'),
		`---\nid: KB-0003\ntitle: A very long entry\nsummary: Five megabytes of steps.\ncategory: vpn\nupdated: 2026-11-01\n---\n\n${body}\n`,
	);
	build = buildPortal(contentDir, outDir);
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	browser = await chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
}, 240_000);

afterAll(async () => {
	await browser?.close();
	server.close();
	server.closeAllConnections();
	rmSync(work, { recursive: true, force: true });
});

/** Opens `path` with a fixed clock and returns what ran: dialogs, the canary, errors, policy violations. */
async function visit(path: string, act?: (page: import('@playwright/test').Page) => Promise<void>) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.clock.setFixedTime(new Date('2026-11-23T12:00:00Z'));
	const ran: string[] = [];
	page.on('dialog', (dialog) => {
		ran.push(`dialog: ${dialog.message()}`);
		void dialog.dismiss();
	});
	page.on('pageerror', (error) => ran.push(`error: ${error.message}`));
	page.on('console', (message) => {
		if (message.type() === 'error') ran.push(`console: ${message.text()}`);
	});
	const response = await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
	await act?.(page);
	const pwned = await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned);
	const text = await page.locator('body').innerText();
	await context.close();
	return { status: response?.status(), ran, pwned, text };
}

describe('hostile content', () => {
	test('builds', () => {
		expect(build.status, build.output).toBe(0);
	});

	test('markup in titles, summaries and structured data is escaped in the HTML', () => {
		const article = build.read('articles/printer-says-offline/index.html');
		// Inside a quoted attribute `<` is only text; everywhere else no hostile tag may appear.
		const outsideAttributes = article.replace(/="[^"]*"/g, '=""');
		for (const tag of ['<img src=x', '<script>window', '<svg', '</script><script>']) {
			expect(outsideAttributes).not.toContain(tag);
		}
		expect(article).toContain('Printer says &lt;img src=x onerror=');
		// Structured data in a script element cannot be closed early by a summary holding </script>.
		const jsonLd =
			/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(article)?.[1] ?? '';
		expect(jsonLd).toContain('\\u003c/script\\u003e');
		expect(JSON.parse(jsonLd).description).toContain('</script><script>window.__pwned=2</script>');
		expect(build.read('index.html')).toContain('Hostile &lt;b&gt;Help&lt;/b&gt;');
	});

	test.each([
		[
			'an article',
			'/articles/printer-says-offline/',
			'Printer says <img src=x onerror="window.__pwned=1"> offline',
		],
		['a known error', '/known-errors/vpn-drops/', '<img src=x onerror=window.__pwned=8>'],
		[
			'home with the notice',
			'/',
			'</script><script>window.__pwned=11</script> The VPN is unavailable',
		],
		['the status page', '/status/', 'Maintenance <img src=x onerror=window.__pwned=10>'],
	])('%s shows the hostile text as text and runs none of it', async (_name, path, shown) => {
		const { status, ran, pwned, text } = await visit(path);
		expect(status).toBe(200);
		expect(ran).toEqual([]);
		expect(pwned).toBeUndefined();
		expect(text).toContain(shown);
	});

	test('searching finds hostile titles and aliases and shows them as text', async () => {
		const { ran, pwned, text } = await visit('/search/?q=printer', async (page) => {
			await page
				.getByRole('link', { name: /Printer says/ })
				.first()
				.waitFor();
		});
		expect(ran).toEqual([]);
		expect(pwned).toBeUndefined();
		expect(text).toContain('Printer says <img src=x onerror="window.__pwned=1"> offline');
	});

	test('a file with a byte-order mark and CRLF line endings builds like any other', async () => {
		const { status, text } = await visit('/articles/windows-line-endings/');
		expect(status).toBe(200);
		expect(text).toContain('Windows line endings and a byte-order mark');
		expect(text).toContain('Then sign in.');
	});

	test('a 5 MB entry builds, is served and is found by search', async () => {
		const html = build.read('articles/a-very-long-entry/index.html');
		expect(html.length).toBeGreaterThan(5 * 1024 * 1024);
		const { status, ran } = await visit('/search/?q=gateway%20unreachable', async (page) => {
			await page.getByRole('link', { name: 'A very long entry' }).first().waitFor();
		});
		expect(status).toBe(200);
		expect(ran).toEqual([]);
	});
});
