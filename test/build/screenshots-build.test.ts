import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildPortal } from './build-portal.ts';

/**
 * test/fixtures/screenshots: an article with a screenshot stored beside it
 * (`articles/images/vpn-sign-in.png`, 640x400), and its German translation showing the same file
 * from its language folder (`../images/vpn-sign-in.png`).
 */
const root = new URL('../..', import.meta.url).pathname;
const dirs: string[] = [];
let build: ReturnType<typeof buildPortal>;

function temporaryDir(name: string) {
	const dir = mkdtempSync(join(tmpdir(), `kb-build-${name}-`));
	dirs.push(dir);
	return dir;
}

beforeAll(() => {
	build = buildPortal('test/fixtures/screenshots', temporaryDir('screenshots'));
}, 240_000);

afterAll(() => {
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** The attributes of every <img> in a page, by name. */
function readImages(html: string): Record<string, string>[] {
	return [...html.matchAll(/<img\b([^>]*)>/g)].map(([, attributes]) =>
		Object.fromEntries(
			[...attributes!.matchAll(/([a-z-]+)="([^"]*)"/g)].map(([, name, value]) => [name!, value!]),
		),
	);
}

describe('screenshots in content', () => {
	test('go through the image pipeline: converted, sized, lazy, with their alt text', () => {
		expect(build.status, build.output).toBe(0);
		const [image, ...others] = readImages(build.read('articles/connect-to-the-vpn/index.html'));
		expect(others).toEqual([]);
		expect(image).toMatchObject({
			alt: 'The VPN client’s sign-in window, with the Connect button outlined in red',
			loading: 'lazy',
			decoding: 'async',
			width: '640',
			height: '400',
		});
		expect(image!.src).toMatch(/^\/_astro\/vpn-sign-in\.[\w-]+\.webp$/);
		// The optimised file is published, and smaller than the screenshot it came from.
		const published = readFileSync(join(build.outDir, image!.src!));
		expect(published.subarray(8, 12).toString()).toBe('WEBP');
		expect(published.length).toBeLessThan(
			readFileSync(join(root, 'test/fixtures/screenshots/articles/images/vpn-sign-in.png')).length,
		);
	});

	test('a translation shows the same file from its language folder, with its own alt text', () => {
		const [english] = readImages(build.read('articles/connect-to-the-vpn/index.html'));
		const [german] = readImages(build.read('de/articles/mit-dem-vpn-verbinden/index.html'));
		expect(german).toMatchObject({
			src: english!.src,
			alt: 'Das Anmeldefenster des VPN-Clients, die Schaltfläche „Verbinden“ rot umrandet',
			width: '640',
			height: '400',
		});
	});

	test('an image without alt text, or a file that is not there, stops the build at its line', () => {
		const content = temporaryDir('screenshots-broken');
		cpSync(join(root, 'test/fixtures/screenshots'), content, { recursive: true });
		const article = join(content, 'articles/KB-0001-connect-to-the-vpn.mdx');
		writeFileSync(
			article,
			readFileSync(article, 'utf8')
				.replace(/!\[[^\]]*\]/, '![]')
				.replace('Select **Connect**.', '![The Connect button](./images/vpn-signin.png)'),
		);
		const broken = buildPortal(content, temporaryDir('screenshots-broken-out'));
		expect(broken.status).not.toBe(0);
		expect(broken.output).toContain(
			'articles/KB-0001-connect-to-the-vpn.mdx: body: the image ./images/vpn-sign-in.png has no alt text: say what it shows, as in ![The sign-in window with Connect outlined](./images/vpn-sign-in.png), for readers who cannot see it (line 11)',
		);
		expect(broken.output).toContain(
			'articles/KB-0001-connect-to-the-vpn.mdx: body: the image ./images/vpn-signin.png does not exist: there is no file ',
		);
		expect(broken.output).toContain(
			'articles/images/vpn-signin.png; did you mean vpn-sign-in.png? (line 13)',
		);
		expect(broken.output).toContain('has 2 errors; nothing was built');
	});
});
