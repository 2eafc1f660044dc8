import { matchesGlob } from 'node:path';
import { describe, expect, test } from 'vitest';
import { getTranslate } from '../../src/i18n/index.ts';
import { toEntryCard } from '../../src/lib/entries.ts';
import {
	buildEntryJsonLd,
	getEntryIndexing,
	getEntryWorkaround,
	getIndexedPagesGlob,
} from '../../src/lib/entry-page.ts';

const knownError = toEntryCard('known-error', 'vpn-drops', {
	id: 'KE-0042',
	title: 'VPN drops every few minutes',
	summary: 'The VPN disconnects after the November update.',
	category: 'vpn',
	updated: new Date('2026-11-20T00:00:00Z'),
	platforms: ['windows'],
	devices: ['corporate'],
	aliases: ['globalprotect'],
	tags: ['remote'],
	status: 'workaround',
	severity: 'major',
	services: ['VPN'],
	firstSeen: new Date('2026-11-18T08:00:00Z'),
});
const article = toEntryCard('article', 'reset', {
	id: 'KB-1001',
	title: 'Reset your password',
	summary: 'Set a new password yourself.',
	category: 'accounts',
	updated: new Date('2026-11-01T00:00:00Z'),
});

const BODY_EN =
	'## Symptoms\n\nIt drops.\n\n## Workaround\n\nRestart GlobalProtect. Then sign in.\n';
const BODY_PL =
	'## Objawy\n\nRozłącza się.\n\n## Obejście\n\nUruchom ponownie GlobalProtect. Potem się zaloguj.\n';

describe('getEntryWorkaround: the first step under the body language\'s "Workaround" heading', () => {
	const english = { site: { defaultLanguage: 'en', languages: ['en', 'pl'] } };
	const polish = { site: { defaultLanguage: 'pl', languages: ['pl', 'en'] } };

	test('an English body is read under "## Workaround"', () => {
		expect(getEntryWorkaround(knownError, BODY_EN, 'en', english)).toBe('Restart GlobalProtect.');
	});

	test('a Polish body, shown untranslated on any page, is read under its own heading "## Obejście"', () => {
		expect(getEntryWorkaround(knownError, BODY_PL, 'pl', polish)).toBe(
			'Uruchom ponownie GlobalProtect.',
		);
		expect(getEntryWorkaround(knownError, BODY_PL, 'en', polish)).toBeUndefined();
	});

	test("the portal's own heading text (content/ui/<lang>.yaml) is the one looked for", () => {
		const body = '## Quick fix\n\nToggle Wi-Fi.\n';
		// A portal of its own (English only): the text of a language is made once per portal and build.
		const renamed = {
			site: { defaultLanguage: 'en' },
			uiText: { en: { 'section.workaround': 'Quick fix' } },
		};
		expect(getEntryWorkaround(knownError, body, 'en', renamed)).toBe('Toggle Wi-Fi.');
	});

	test('articles and policies have no workaround line', () => {
		expect(getEntryWorkaround(article, BODY_EN, 'en', english)).toBeUndefined();
	});
});

describe('getEntryIndexing: what search indexes of an entry page', () => {
	const t = getTranslate('en');

	test('a translated page is indexed whole, with filters and result fields in the page language', () => {
		const indexing = getEntryIndexing({
			card: knownError,
			body: BODY_EN,
			textLang: 'en',
			translated: true,
			categoryTitle: 'VPN',
			workaround: 'Restart GlobalProtect.',
			t,
		});
		expect(indexing.article).toEqual({ 'data-pagefind-body': '' });
		expect(indexing.part).toEqual({});
		expect(indexing.filters).toEqual([
			{ name: 'type', value: t('type.known-error') },
			{ name: 'category', value: 'VPN' },
			{ name: 'platform', value: t('platform.windows') },
			{ name: 'device', value: t('device.corporate') },
			{ name: 'status', value: t('status.workaround') },
		]);
		expect(indexing.meta).toEqual([
			{ name: 'id', value: 'KE-0042' },
			{ name: 'type', value: t('type.known-error') },
			{ name: 'summary', value: 'The VPN disconnects after the November update.' },
			{ name: 'status', value: 'workaround' },
			{ name: 'severity', value: t('severity.major') },
			{ name: 'workaround', value: 'Restart GlobalProtect.' },
		]);
		expect(indexing.weighted).toEqual([{ weight: 9, text: 'globalprotect · remote' }]);
	});

	test('a page not translated yet indexes only its parts, and says the language of its text', () => {
		const indexing = getEntryIndexing({
			card: article,
			body: 'Open the portal.',
			textLang: 'en',
			translated: false,
			t: getTranslate('de'),
		});
		expect(indexing.article).toEqual({});
		expect(indexing.part).toEqual({ 'data-pagefind-body': '' });
		expect(indexing.filters.map((f) => f.name)).toEqual(['type']);
		expect(indexing.meta).toContainEqual({ name: 'lang', value: 'en' });
		expect(indexing.weighted).toEqual([]);
	});

	test('the synonyms of what it is about are indexed with it, not those of its text', () => {
		const input = {
			card: { ...article, title: 'Set up the VPN', aliases: [], tags: [] },
			body: 'If you work from home, connect first.',
			textLang: 'en',
			t,
			synonyms: [
				['vpn', 'remote access'],
				['work from home', 'wfh'],
			],
		};
		expect(getEntryIndexing({ ...input, translated: true }).weighted).toEqual([
			{ weight: 7, text: 'remote access' },
		]);
		expect(getEntryIndexing({ ...input, translated: false }).weighted).toEqual([
			{ weight: 7, text: 'remote access' },
		]);
	});

	test('words with special letters are also indexed typed plainly (haslo finds hasło)', () => {
		const indexing = getEntryIndexing({
			card: { ...article, title: 'Zmiana hasła', aliases: [], tags: [] },
			body: 'Otwórz portal.',
			textLang: 'pl',
			translated: true,
			t: getTranslate('pl'),
		});
		const plain = indexing.weighted.find((w) => w.weight === 3)?.text.split(' ');
		expect(plain).toContain('hasla');
	});
});

describe('buildEntryJsonLd: the entry as schema.org structured data', () => {
	test('a known error is a TechArticle with its id, language, address and publisher', () => {
		expect(
			buildEntryJsonLd({
				card: knownError,
				textLang: 'en',
				site: 'https://help.example.com',
				categoryTitle: 'VPN',
				organisation: 'Example Ltd',
			}),
		).toEqual({
			'@context': 'https://schema.org',
			'@type': 'TechArticle',
			headline: 'VPN drops every few minutes',
			description: 'The VPN disconnects after the November update.',
			identifier: 'KE-0042',
			inLanguage: 'en',
			url: 'https://help.example.com/known-errors/vpn-drops/',
			dateModified: '2026-11-20',
			articleSection: 'VPN',
			keywords: 'remote, globalprotect',
			publisher: { '@type': 'Organization', name: 'Example Ltd' },
		});
	});

	test('without tags or aliases there are no keywords', () => {
		const jsonLd = buildEntryJsonLd({
			card: article,
			textLang: 'de',
			site: 'https://help.example.com',
			organisation: 'Example Ltd',
		});
		expect(jsonLd.keywords).toBeUndefined();
		expect(jsonLd.inLanguage).toBe('de');
	});
});

describe('getIndexedPagesGlob', () => {
	// Pagefind reads only these files: every entry page, in every language folder given, and nothing else.
	const glob = getIndexedPagesGlob(['de', 'en-gb']);
	test.each([
		'articles/reset-your-password/index.html',
		'known-errors/vpn-drops/index.html',
		'policies/byod/index.html',
		'de/articles/reset-your-password/index.html',
		'en-gb/known-errors/vpn-drops/index.html',
	])('reads the entry page %s', (file) => expect(matchesGlob(file, glob)).toBe(true));
	test.each([
		'index.html',
		'KB-1001/index.html',
		'articles/index.html',
		'known-errors/index.html',
		'categories/vpn/index.html',
		'status/index.html',
		'search/index.html',
		'de/help/index.html',
		'404.html',
		'articles/reset-your-password/steps/index.html',
		'pl/articles/reset-your-password/index.html',
	])('skips %s', (file) => expect(matchesGlob(file, glob)).toBe(false));
	test('a portal in one language reads its entry folders only', () => {
		expect(getIndexedPagesGlob()).toBe('{articles,known-errors,policies}/*/index.html');
	});
});
