import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { formatProblem } from '../../src/lib/content/problem.ts';

const FIXTURE = new URL('../fixtures/languages', import.meta.url).pathname;
const NOW = new Date('2026-11-20T12:00:00Z');
const dirs: string[] = [];

afterAll(() => {
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/**
 * The content check's messages for the three-language fixture with `files` written over it (a null
 * removes a file), as `npm run check` prints them, paths relative to the copied folder.
 */
function check(files: Record<string, string | null> = {}) {
	const dir = mkdtempSync(join(tmpdir(), 'kb-languages-'));
	dirs.push(dir);
	cpSync(FIXTURE, dir, { recursive: true });
	for (const [path, text] of Object.entries(files)) {
		const file = join(dir, path);
		if (text === null) rmSync(file);
		else {
			mkdirSync(dirname(file), { recursive: true });
			writeFileSync(file, text);
		}
	}
	const report = checkContent(dir, { cwd: dir, now: NOW });
	return { report, messages: report.problems.map(formatProblem) };
}

const translation = (fields: string, body = 'Text.') => `---\n${fields.trim()}\n---\n\n${body}\n`;

describe('translations in the content check', () => {
	test('the fixture is valid: only the stale translation is a warning', () => {
		const { messages, report } = check();
		expect(messages.filter((m) => /\/(de|pl)\/|\.(de|pl)\.|ui\//.test(m))).toEqual([
			'known-errors/de/KE-0001-vpn-trennt-sich.mdx: translatedFrom: is 2026-10-20 but known-errors/KE-0001-vpn-drops.mdx was updated on 2026-11-01: this translation is stale; bring it up to date, then set translatedFrom: 2026-11-01 (line 3)',
		]);
		expect(report.translations.map((t) => `${t.lang}/${t.id}`).sort()).toEqual([
			'de/KB-0001',
			'de/KE-0001',
			'pl/KB-0001',
			'pl/POL-001',
		]);
		expect(report.noticeTranslations.map((t) => `${t.lang}/${t.data.id}`)).toEqual(['de/N-1']);
	});

	test('entries without a translation are listed per language, drafts left out', () => {
		expect(check().report.untranslated).toEqual({ de: ['POL-001'], pl: ['KE-0001'] });
	});

	test('a field that comes from the source says where it belongs', () => {
		const { messages } = check({
			'known-errors/de/KE-0001-vpn-trennt-sich.mdx': translation(`
id: KE-0001
translatedFrom: 2026-11-01
title: VPN trennt sich
summary: Das VPN trennt sich.
status: resolved
category: vpn`),
		});
		expect(messages).toContain(
			'known-errors/de/KE-0001-vpn-trennt-sich.mdx: status: comes from the English entry KE-0001; remove it here (a translation holds only id, translatedFrom, title, summary, tags, aliases, previousSlugs, draft, symptoms, errorMessages) (line 6)',
		);
		expect(messages).toContain(
			'known-errors/de/KE-0001-vpn-trennt-sich.mdx: category: comes from the English entry KE-0001; remove it here (a translation holds only id, translatedFrom, title, summary, tags, aliases, previousSlugs, draft, symptoms, errorMessages) (line 7)',
		);
	});

	test('a translatedFrom after the source was updated is a warning: it names a version that never was', () => {
		const { messages } = check({
			'articles/pl/KB-0001-polaczenie-z-vpn.mdx': translation(`
id: KB-0001
translatedFrom: 2026-12-01
title: Połączenie z VPN
summary: Jak połączyć się z VPN.`),
		});
		expect(messages).toContain(
			"articles/pl/KB-0001-polaczenie-z-vpn.mdx: translatedFrom: is 2026-12-01, after the source's updated date 2026-11-01: write the updated date of the English version you translated (line 3)",
		);
	});

	test('a translation without translatedFrom is an error naming the field', () => {
		const { messages } = check({
			'articles/pl/KB-0001-polaczenie-z-vpn.mdx': translation(`
id: KB-0001
title: Połączenie z VPN
summary: Jak połączyć się z VPN.`),
		});
		expect(messages).toContain(
			'articles/pl/KB-0001-polaczenie-z-vpn.mdx: translatedFrom: is required: the updated date of the English entry this translation was made from, e.g. translatedFrom: 2026-11-12',
		);
	});

	test('a translation of an unknown id is an error', () => {
		const { messages } = check({
			'articles/de/KB-0099-gibt-es-nicht.mdx': translation(`
id: KB-0099
translatedFrom: 2026-11-01
title: Gibt es nicht
summary: Diesen Artikel gibt es nicht.`),
		});
		expect(messages).toContain(
			'articles/de/KB-0099-gibt-es-nicht.mdx: id: translates KB-0099, which is not an entry of content/articles/: a translation needs its English entry, with the same id (line 2)',
		);
	});

	test('a folder that is not a language of site.yaml is an error', () => {
		const { messages } = check({
			'articles/fr/KB-0001-se-connecter-au-vpn.mdx': translation(`
id: KB-0001
translatedFrom: 2026-11-01
title: Se connecter au VPN
summary: Se connecter au VPN depuis chez soi.`),
		});
		expect(messages).toContain(
			'articles/fr/KB-0001-se-connecter-au-vpn.mdx: is in the folder fr, which is not a language of site.yaml (languages: en, de, pl); add it to languages, or move the file',
		);
	});

	test("a support matrix whose rows do not match the source's is an error on the row", () => {
		const { messages } = check({
			'policies/pl/POL-001-urzadzenia.mdx': translation(`
id: POL-001
translatedFrom: 2026-11-01
title: Urządzenia
summary: Kto pomaga przy jakim urządzeniu.
supportMatrix:
  - topic: Dostęp do VPN
    who: helpdesk
    how: Konfigurujemy go.
    link: KB-0001
  - topic: Pęknięty ekran
    who: vendor
    how: Zanieś telefon do sklepu.`),
		});
		expect(messages).toContain(
			'policies/pl/POL-001-urzadzenia.mdx: supportMatrix[0].who: is helpdesk but row 1 of POL-001 says vendor ("Cracked screen"): keep the rows in the source\'s order, with the same who (line 8)',
		);
		expect(messages).toContain(
			'policies/pl/POL-001-urzadzenia.mdx: supportMatrix[0].link: row 1 of POL-001 has no link; remove it here (line 10)',
		);
		const short = check({
			'policies/pl/POL-001-urzadzenia.mdx': translation(`
id: POL-001
translatedFrom: 2026-11-01
title: Urządzenia
summary: Kto pomaga.
supportMatrix:
  - topic: Pęknięty ekran
    who: vendor
    how: Do sklepu.`),
		}).messages;
		expect(short).toContain(
			'policies/pl/POL-001-urzadzenia.mdx: supportMatrix: has 1 row but the English policy POL-001 has 2: translate each of its rows, in the same order (line 7)',
		);
	});

	test('a language the portal does not ship needs every string in content/ui', () => {
		const { messages } = check({
			'site.yaml':
				'portalName: Fixture Help\norganisation: Fixture Ltd\nhelpdeskEmail: helpdesk@example.com\ndefaultLanguage: en\nlanguages: [en, de, pl, fr]\n',
		});
		expect(messages.some((m) => m.startsWith('site.yaml: languages: fr has no text for '))).toBe(
			true,
		);
		expect(messages.find((m) => m.startsWith('site.yaml: languages: fr'))).toContain(
			"The portal's own text does not ship in fr: write every string in content/ui/fr.yaml",
		);
	});

	test('an override of the portal text names an unknown key and a missing count form', () => {
		const { messages } = check({
			'ui/pl.yaml':
				'home.heding: Jak możemy pomóc?\narticles.lead:\n  one: Jeden artykuł\n  other: "{count} artykułów"\n',
		});
		expect(messages).toContain(
			'ui/pl.yaml: home.heding is not a text of the portal (check the spelling against src/i18n/en.ts)',
		);
		expect(messages).toContain('ui/pl.yaml: articles.lead needs the pl count forms few, many');
	});

	test('the default language must be one of the languages', () => {
		const { messages } = check({
			'site.yaml':
				'portalName: Fixture Help\norganisation: Fixture Ltd\nhelpdeskEmail: helpdesk@example.com\ndefaultLanguage: en\nlanguages: [de, pl]\n',
		});
		expect(messages).toContain(
			'site.yaml: languages: must include the default language en (line 5)',
		);
	});

	test('a notice translation of an unknown notice and a category the portal lacks are errors', () => {
		const { messages } = check({
			'notices/de/N-9-gibt-es-nicht.yaml': 'id: N-9\ntitle: Gibt es nicht\nmessage: Nein.\n',
			'categories.de.yaml':
				'vpn:\n  title: VPN\n  description: Fernzugriff.\ndrucken:\n  title: Drucken\n  description: Drucker.\n',
		});
		expect(messages).toContain(
			'notices/de/N-9-gibt-es-nicht.yaml: id: translates N-9, which is not a notice of content/notices/; use the id of the English notice (line 1)',
		);
		expect(messages).toContain(
			'categories.de.yaml: drucken: is not a category of categories.yaml (vpn); translate only those',
		);
	});

	test('two translations of one entry into one language are an error', () => {
		const { messages } = check({
			'articles/de/KB-0001-vpn-verbinden.mdx': translation(`
id: KB-0001
translatedFrom: 2026-11-01
title: VPN verbinden
summary: VPN von zu Hause.`),
		});
		expect(messages.some((m) => m.includes('already translates KB-0001 into de'))).toBe(true);
	});
});
