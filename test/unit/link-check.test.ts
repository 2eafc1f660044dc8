import { describe, expect, test } from 'vitest';
import { checkLinks, collectLinks, resolvePath } from '../../src/lib/link-check.ts';

const page = (body: string, attrs = '') =>
	`<!doctype html><html${attrs}><head><link rel="stylesheet" href="/_astro/site.css"></head><body>${body}</body></html>`;

const SITE = new Map<string, string>([
	['_astro/site.css', 'body{}'],
	[
		'index.html',
		page(
			'<a href="/articles/reset/">Reset</a> <a href="/KB-1001#step-open">Step</a> <a href="https://example.com/x">Out</a> <a href="mailto:a@example.com">Mail</a>',
		),
	],
	[
		'articles/reset/index.html',
		page(
			'<h2 id="why">Why</h2><li id="step-open">Open</li><a href="#why">Why</a><a href="../unlock/">Unlock</a>',
		),
	],
	[
		'articles/unlock/index.html',
		page(
			'<img src="/images/missing.png" alt=""><a href="/articles/reset/#nowhere">Bad anchor</a><a href="/articles/gone/">Gone</a>',
		),
	],
	[
		'KB-1001/index.html',
		page('<a href="/articles/reset/">Moved</a>', ' data-redirect-to="/articles/reset/"'),
	],
	[
		'KB-1002/index.html',
		page('<a href="/articles/renamed/">Moved</a>', ' data-redirect-to="/articles/renamed/"'),
	],
	['help/index.html', page('<a href="/KB-1002">Old</a><a href="javascript:alert(1)">Bad</a>')],
]);

describe('link checker', () => {
	test('finds broken pages, assets, anchors, redirects and javascript: links, naming page and link', () => {
		expect(checkLinks(SITE).map((p) => `${p.page}: ${p.link}: ${p.reason}`)).toEqual([
			'articles/unlock/index.html: /articles/gone/: no such page or file',
			'articles/unlock/index.html: /articles/reset/#nowhere: articles/reset/index.html has no anchor #nowhere',
			'articles/unlock/index.html: /images/missing.png: no such page or file',
			'help/index.html: /KB-1002: redirects to /articles/renamed/, which does not exist',
			'help/index.html: javascript:alert(1): javascript: links are not allowed',
			'KB-1002/index.html: /articles/renamed/: no such page or file',
		]);
	});

	test('a site whose links all resolve passes', () => {
		const good = new Map(
			[...SITE].filter(([path]) =>
				[
					'_astro/site.css',
					'index.html',
					'articles/reset/index.html',
					'KB-1001/index.html',
				].includes(path),
			),
		);
		good.set('articles/unlock/index.html', page('<p>Fine</p>'));
		expect(checkLinks(good)).toEqual([]);
	});

	test('links are read from attributes, entities decoded, JSON data ignored', () => {
		expect(
			collectLinks(
				'<a class="x" href="/a?b=1&amp;c=2">x</a><script type="application/json">{"href":"/nope"}</script><img alt="" src=\'/i.png\'>',
			),
		).toEqual(['/a?b=1&c=2', '/i.png']);
	});

	test('paths resolve to files or folder index pages', () => {
		const files = new Set(['index.html', 'a/index.html', 'feed.xml']);
		expect(resolvePath(files, '/')).toBe('index.html');
		expect(resolvePath(files, '/a')).toBe('a/index.html');
		expect(resolvePath(files, '/feed.xml')).toBe('feed.xml');
		expect(resolvePath(files, '/b/')).toBeNull();
		expect(resolvePath(files, '/%E0%A4%A')).toBeNull();
	});
});

describe('npm run check:links', () => {
	test('fails on a built site with broken links, naming each page and link', async () => {
		const { spawnSync } = await import('node:child_process');
		const root = new URL('../..', import.meta.url).pathname;
		const run = spawnSync(
			process.execPath,
			['scripts/check-links.ts', 'test/fixtures/broken-site'],
			{ cwd: root, encoding: 'utf8' },
		);
		expect(run.status).toBe(1);
		expect(run.stdout.split('\n').filter(Boolean)).toEqual([
			'articles/reset/index.html: /_astro/missing.css: no such page or file',
			'articles/reset/index.html: #step-prove: articles/reset/index.html has no anchor #step-prove',
			'index.html: /articles/renamed/: no such page or file',
			`3 pages checked in ${root}test/fixtures/broken-site: 3 broken links`,
		]);
	});
});
