import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, matchesGlob } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { getIndexedPagesGlob } from '../../src/lib/entry-page.ts';
import { buildPortal } from './build-portal.ts';

/**
 * A portal in three languages (test/fixtures/languages: English by default, German and Polish), with a
 * stale German translation (KE-0001), an entry German readers get untranslated (POL-001), a translated
 * notice and category, and an override of the portal's own German text.
 */
let build: ReturnType<typeof buildPortal>;
const outDir = mkdtempSync(join(tmpdir(), 'kb-build-languages-'));

beforeAll(() => {
	build = buildPortal('test/fixtures/languages', outDir);
}, 240_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const htmlLang = (html: string) => /<html[^>]*\blang="([^"]+)"/.exec(html)?.[1];
const alternates = (html: string) =>
	[...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map(
		([, lang, href]) => `${lang} ${new URL(href!).pathname}`,
	);

describe('a portal in three languages', () => {
	test('builds, and warns about the stale translation by file', () => {
		expect(build.status, build.output).toBe(0);
		expect(build.output).toContain(
			'test/fixtures/languages/known-errors/de/KE-0001-vpn-trennt-sich.mdx: translatedFrom: is 2026-10-20 but test/fixtures/languages/known-errors/KE-0001-vpn-drops.mdx was updated on 2026-11-01: this translation is stale',
		);
	});

	test('every page type is built in every language, with its <html lang>', () => {
		const pages = [
			'index.html',
			'articles/index.html',
			'known-errors/index.html',
			'policies/index.html',
			'categories/index.html',
			'categories/vpn/index.html',
			'search/index.html',
			'help/index.html',
			'status/index.html',
			'ids/index.html',
		];
		for (const page of pages) {
			expect(htmlLang(build.read(page)), page).toBe('en');
			expect(htmlLang(build.read(`de/${page}`)), `de/${page}`).toBe('de');
			expect(htmlLang(build.read(`pl/${page}`)), `pl/${page}`).toBe('pl');
		}
		expect(htmlLang(build.read('404.html'))).toBe('en');
		expect(htmlLang(build.read('de/404/index.html'))).toBe('de');
		expect(build.read('de/404/index.html')).not.toContain('We could not find that page');
	});

	test('a translated entry has its own slug, and hreflang alternates with x-default', () => {
		const german = build.read('de/articles/mit-dem-vpn-verbinden/index.html');
		expect(german).toContain('Mit dem VPN verbinden');
		expect(alternates(german)).toEqual([
			'en /articles/connect-to-the-vpn/',
			'de /de/articles/mit-dem-vpn-verbinden/',
			'pl /pl/articles/polaczenie-z-vpn/',
			'x-default /articles/connect-to-the-vpn/',
		]);
		// Step anchors stay those of the original, so one link to a step works in every language.
		expect(german).toContain('id="step-open-the-client"');
		// The portal's own words are German, the reader's date is written the German way.
		expect(german).not.toContain('>Related help<');
		expect(german).toMatch(/1\. November 2026/);
	});

	test('an untranslated entry is there in German, says so, and marks its text English', () => {
		const page = build.read('de/policies/devices/index.html');
		expect(htmlLang(page)).toBe('de');
		expect(page).toContain('data-translation="missing"');
		expect(page).toMatch(/<h1[^>]*lang="en"[^>]*>Devices<\/h1>|<h1[^>]*lang="en"/);
		expect(page).toMatch(/class="kb-prose"[^>]*lang="en"|lang="en"[^>]*class="kb-prose"/);
		// So are the support matrix's words, which come with it from the original.
		expect(page).toContain('<span lang="en">Cracked screen</span>');
		// It is listed with the German pages.
		expect(build.read('de/policies/index.html')).toContain('/de/policies/devices/');
	});

	test('a stale translation says when the original changed, and links to it', () => {
		const page = build.read('de/known-errors/vpn-trennt-sich/index.html');
		expect(page).toContain('data-translation="stale"');
		expect(page).toMatch(/datetime="2026-11-01T00:00:00.000Z">1\. November 2026/);
		expect(page).toContain('href="/known-errors/vpn-drops/" hreflang="en"');
		// Its timeline is the original's: the notes are marked English; its own symptoms are German.
		expect(page).toContain('<p lang="en">Workaround found.</p>');
		expect(page).toMatch(/<ul>\s*<li>Die Verbindung bricht ab<\/li>/);
		// A current translation has no such notice.
		expect(build.read('de/articles/mit-dem-vpn-verbinden/index.html')).not.toContain(
			'data-translation=',
		);
	});

	test('notices, categories and overrides of the portal text are used in their language', () => {
		const status = JSON.parse(build.read('de/status.json')) as {
			notices: { id: string; title: string; url: string | null }[];
		};
		expect(status.notices.find((n) => n.id === 'N-1')).toMatchObject({
			title: 'VPN-Wartung',
			url: '/de/articles/mit-dem-vpn-verbinden/',
		});
		expect(JSON.parse(build.read('status.json')).notices[0].title).toBe('VPN maintenance');
		expect(build.read('de/categories/vpn/index.html')).toContain('VPN und Fernzugriff');
		expect(build.read('pl/categories/vpn/index.html')).toContain('<h1>VPN</h1>');
		expect(build.read('de/index.html')).toContain(
			'Wie können wir Ihnen helfen, liebe Kollegin, lieber Kollege?',
		);
	});

	test('a short link carries every language, and opens the default one without JavaScript', () => {
		const short = build.read('KB-0001/index.html');
		expect(short).toContain('url=/articles/connect-to-the-vpn/');
		expect(short).toContain('data-alternates=');
		expect(short).toContain('/de/articles/mit-dem-vpn-verbinden/');
		// Hosts do not answer short links with a 301 that would ignore the reader's language.
		expect(build.read('_redirects')).not.toMatch(/^\/KB-0001 /m);
		// Old addresses keep working in each language, including the original's slug under /de/.
		expect(build.read('_redirects')).toContain(
			'/de/articles/vpn-einrichten/ /de/articles/mit-dem-vpn-verbinden/ 301',
		);
		expect(build.read('de/articles/connect-to-the-vpn/index.html')).toContain(
			'url=/de/articles/mit-dem-vpn-verbinden/',
		);
	});

	test('the entries feed lists each translation, and whether it is stale', () => {
		const { entries } = JSON.parse(build.read('api/entries.json')) as {
			entries: { id: string; translations: { lang: string; url: string; stale: boolean }[] }[];
		};
		expect(entries.find((e) => e.id === 'KE-0001')!.translations).toEqual([
			{
				lang: 'de',
				url: '/de/known-errors/vpn-trennt-sich/',
				title: 'VPN trennt sich alle paar Minuten',
				stale: true,
			},
		]);
		expect(entries.find((e) => e.id === 'POL-001')!.translations.map((t) => t.lang)).toEqual([
			'pl',
		]);
	});

	test('search has an index per language, and the German index knows plain spellings', () => {
		const entry = JSON.parse(build.read('pagefind/pagefind-entry.json')) as {
			languages: Record<string, { page_count: number }>;
		};
		expect(Object.keys(entry.languages).sort()).toEqual(['de', 'en', 'pl']);
		// Every entry page of every language is in the index (an old address's redirect page, in the
		// same place, has nothing to index).
		const entryPages = readdirSync(build.outDir, { recursive: true, encoding: 'utf8' }).filter(
			(file) =>
				matchesGlob(file, getIndexedPagesGlob(['de', 'pl'])) &&
				build.read(file).includes(' data-pagefind-body'),
		);
		const byLanguage = Object.groupBy(entryPages, (file) => /^(de|pl)\//.exec(file)?.[1] ?? 'en');
		expect(
			Object.fromEntries(Object.entries(entry.languages).map(([l, i]) => [l, i.page_count])),
		).toEqual({
			de: byLanguage.de!.length,
			en: byLanguage.en!.length,
			pl: byLanguage.pl!.length,
		});
		const polish = build.read('pl/articles/polaczenie-z-vpn/index.html');
		expect(polish).toMatch(/<p hidden[^>]*>[^<]*haslo[^<]*<\/p>/);
	});
});
