import { describe, expect, test } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { formatDateTime, formatDay } from '../../src/i18n/dates.ts';
import { createTranslate, formatMessage, joinList } from '../../src/i18n/format.ts';
import { SHIPPED_CATALOGS, checkCatalog, getCatalog } from '../../src/i18n/index.ts';
import {
	chooseLanguage,
	getLanguageName,
	localizePath,
	splitLanguagePath,
} from '../../src/i18n/languages.ts';
import { foldWord, getPlainSpellings, hasPlainSpellings } from '../../src/lib/folding.ts';

const settings = { defaultLanguage: 'en-GB', languages: ['en-GB', 'de', 'pl'] };
const files = {
	one: '{count} plik',
	few: '{count} pliki',
	many: '{count} plików',
	other: '{count} pliku',
};

describe("the portal's own text", () => {
	test.each(Object.keys(SHIPPED_CATALOGS))(
		'%s has every key, and every count form it needs',
		(lang) => {
			expect(checkCatalog(lang, SHIPPED_CATALOGS[lang]!)).toEqual([]);
		},
	);

	test('a missing key fails rather than showing English on a German page', () => {
		const { 'home.heading': _, ...rest } = en;
		expect(checkCatalog('de', rest)).toEqual(['de has no text for 1 key: home.heading']);
		expect(() => getCatalog('xx')).toThrow(/The portal's text in xx is incomplete/);
		const t = createTranslate('de', {} as Record<string, string>);
		expect(() => t('home.heading')).toThrow('No text "home.heading" for language de');
	});

	test('counts take the forms of the language (Polish one, few, many)', () => {
		expect([1, 2, 5, 12, 22, 25].map((count) => formatMessage('pl', files, { count }))).toEqual([
			'1 plik',
			'2 pliki',
			'5 plików',
			'12 plików',
			'22 pliki',
			'25 plików',
		]);
		const ru = {
			one: '{count} статья',
			few: '{count} статьи',
			many: '{count} статей',
			other: '{count} статьи',
		};
		expect([1, 3, 11, 21].map((count) => formatMessage('ru', ru, { count }))).toEqual([
			'1 статья',
			'3 статьи',
			'11 статей',
			'21 статья',
		]);
		const lv = { zero: '{count} rakstu', one: '{count} raksts', other: '{count} raksti' };
		expect([0, 1, 21, 5].map((count) => formatMessage('lv', lv, { count }))).toEqual([
			'0 rakstu',
			'1 raksts',
			'21 raksts',
			'5 raksti',
		]);
		// Numbers are written the language's way.
		expect(
			formatMessage('de', { one: '{count} Eintrag', other: '{count} Einträge' }, { count: 1234 }),
		).toBe('1.234 Einträge');
	});

	test('a count without a form the language needs is named', () => {
		expect(
			checkCatalog('pl', { ...SHIPPED_CATALOGS.pl, 'articles.lead': { one: 'a', other: 'b' } }),
		).toEqual(['articles.lead needs the pl count forms few, many']);
	});

	test('lists are joined in the language', () => {
		expect(joinList('de', ['Windows', 'macOS', 'iPhone'])).toBe('Windows, macOS und iPhone');
		expect(joinList('pl', ['Windows', 'macOS'])).toBe('Windows i macOS');
	});
});

describe('languages and their addresses', () => {
	test('the default language keeps the plain paths, the others have a folder', () => {
		expect(localizePath('/articles/x/', 'en-GB', settings)).toBe('/articles/x/');
		expect(localizePath('/articles/x/', 'de', settings)).toBe('/de/articles/x/');
		expect(localizePath('https://example.com/', 'de', settings)).toBe('https://example.com/');
		expect(splitLanguagePath('/pl/status/', settings)).toEqual({ lang: 'pl', path: '/status/' });
		expect(splitLanguagePath('/de', settings)).toEqual({ lang: 'de', path: '/' });
		expect(splitLanguagePath('/departments/', settings)).toEqual({
			lang: 'en-GB',
			path: '/departments/',
		});
	});

	test("a reader's language: their choice, else the browser's, else the default", () => {
		expect(chooseLanguage('pl', ['de-DE'], settings)).toBe('pl');
		expect(chooseLanguage(null, ['de-DE', 'en'], settings)).toBe('de');
		expect(chooseLanguage(null, ['fr-FR', 'pl-PL'], settings)).toBe('pl');
		expect(chooseLanguage(null, ['en-US'], settings)).toBe('en-GB');
		expect(chooseLanguage(null, ['fr', 'es'], settings)).toBe('en-GB');
		// A stored language the portal no longer has is ignored.
		expect(chooseLanguage('ru', ['de'], settings)).toBe('de');
	});

	test('the picker names each language in itself', () => {
		expect(['en-GB', 'de', 'pl', 'ru', 'lv', 'el'].map(getLanguageName)).toEqual([
			'English',
			'Deutsch',
			'Polski',
			'Русский',
			'Latviešu',
			'Ελληνικά',
		]);
	});
});

describe('special letters typed plainly', () => {
	test('letters that do not decompose are folded; umlauts get their ae spelling in German', () => {
		expect(foldWord('Hasło')).toBe('haslo');
		expect(foldWord('Straße')).toBe('strasse');
		expect(foldWord('Zażółć')).toBe('zazolc');
		expect(getPlainSpellings('Zmień hasło, hasłem', 'pl')).toEqual(['haslem', 'haslo']);
		expect(getPlainSpellings('Kennwort ändern, Größe', 'de')).toEqual([
			'aendern',
			'groesse',
			'grosse',
		]);
		// Nothing to add where Pagefind's own folding of marks is enough.
		expect(getPlainSpellings('Zmień ustawienia', 'pl')).toEqual([]);
		expect(getPlainSpellings('Reset your password', 'en')).toEqual([]);
		// The build reads a page word by word only when it has such a letter; quotes and dashes do not count.
		expect(hasPlainSpellings('Don’t – “reset” it', 'en')).toBe(false);
		expect(hasPlainSpellings('Zmień hasło', 'pl')).toBe(true);
		expect(hasPlainSpellings('Kennwort ändern', 'de')).toBe(true);
		expect(hasPlainSpellings('Zmień ustawienia', 'pl')).toBe(false);
	});
});

describe('dates', () => {
	test('pages print dates in UTC and say so', () => {
		expect(formatDay(new Date('2026-11-20T23:30:00Z'), 'en-GB')).toBe('20 November 2026');
		expect(formatDateTime(new Date('2026-11-20T09:05:00Z'), 'en-GB')).toBe(
			'20 November 2026, 09:05 UTC',
		);
	});

	test('an unknown locale falls back to English', () => {
		expect(formatDay(new Date('2026-11-20T00:00:00Z'), 'not a locale!')).toBe('November 20, 2026');
	});
});
