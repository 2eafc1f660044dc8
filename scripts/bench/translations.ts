/**
 * Turns a generated benchmark corpus into a portal of several languages: `languages` in `site.yaml`,
 * and for a share of the entries a translation per language (`articles/de/KB-1042-<slug>.md`). The
 * translations swap the corpus's common helpdesk words for the language's own (a glossary, not a
 * translator), so each language's search index gets words of its own; what the bench measures is
 * what a language costs: its pages, their rendering and its index.
 *
 * Deterministic: the same corpus and share always pick the same entries.
 */
import { appendFileSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ENTRY_FOLDERS, parseEntryFileName, slugify } from '../../src/lib/ids.ts';
import { splitFrontmatter } from '../../src/lib/content/files.ts';
import { parse, stringify } from 'yaml';

/** Everyday helpdesk words of the corpus and their German and Polish equivalents. */
const GLOSSARY: Record<string, Record<string, string>> = {
	de: {
		password: 'Kennwort',
		account: 'Konto',
		phone: 'Handy',
		laptop: 'Laptop',
		printer: 'Drucker',
		email: 'E-Mail',
		sign: 'anmelden',
		'sign in': 'anmelden',
		open: 'öffnen',
		select: 'wählen',
		settings: 'Einstellungen',
		update: 'Aktualisierung',
		error: 'Fehler',
		connect: 'verbinden',
		connection: 'Verbindung',
		device: 'Gerät',
		install: 'installieren',
		restart: 'neu starten',
		network: 'Netzwerk',
		your: 'Ihr',
		the: 'die',
		and: 'und',
		with: 'mit',
		not: 'nicht',
		when: 'wenn',
		work: 'Arbeit',
		home: 'Zuhause',
		new: 'neu',
		app: 'App',
		files: 'Dateien',
		meeting: 'Besprechung',
		screen: 'Bildschirm',
	},
	pl: {
		password: 'hasło',
		account: 'konto',
		phone: 'telefon',
		laptop: 'laptop',
		printer: 'drukarka',
		email: 'poczta',
		sign: 'zaloguj',
		'sign in': 'zaloguj się',
		open: 'otwórz',
		select: 'wybierz',
		settings: 'ustawienia',
		update: 'aktualizacja',
		error: 'błąd',
		connect: 'połącz',
		connection: 'połączenie',
		device: 'urządzenie',
		install: 'zainstaluj',
		restart: 'uruchom ponownie',
		network: 'sieć',
		your: 'twój',
		the: '',
		and: 'i',
		with: 'z',
		not: 'nie',
		when: 'gdy',
		work: 'praca',
		home: 'dom',
		new: 'nowy',
		app: 'aplikacja',
		files: 'pliki',
		meeting: 'spotkanie',
		screen: 'ekran',
	},
};

function translateText(text: string, lang: string): string {
	const words = GLOSSARY[lang] ?? {};
	const keys = Object.keys(words).sort((a, b) => b.length - a.length);
	const pattern = new RegExp(`\\b(${keys.map((k) => k.replace(/ /g, '\\s+')).join('|')})\\b`, 'gi');
	return text.replace(pattern, (match) => words[match.toLowerCase().replace(/\s+/g, ' ')] ?? match);
}

export interface TranslatedCorpus {
	languages: string[];
	/** Translations written per language. */
	translated: Record<string, number>;
}

/** Adds `languages` and translations of every `1 / every`-th entry (by id order) to a corpus. */
export function addTranslations(
	corpusDir: string,
	options: { languages?: string[]; share?: number } = {},
): TranslatedCorpus {
	const { languages = ['de', 'pl'], share = 0.3 } = options;
	appendFileSync(join(corpusDir, 'site.yaml'), `languages: [en-GB, ${languages.join(', ')}]\n`);
	const translated: Record<string, number> = Object.fromEntries(languages.map((l) => [l, 0]));
	for (const folder of Object.values(ENTRY_FOLDERS)) {
		const names = readdirSync(join(corpusDir, folder))
			.filter((name) => /\.mdx?$/.test(name))
			.sort();
		// A translation's slug must not be the address of another entry shown untranslated.
		const taken = new Set(names.map((name) => parseEntryFileName(name)!.slug));
		names.forEach((name, index) => {
			// An even spread: entry i is translated when the running share passes a whole number.
			if (Math.floor((index + 1) * share) === Math.floor(index * share)) return;
			const named = parseEntryFileName(name)!;
			const split = splitFrontmatter(readFileSync(join(corpusDir, folder, name), 'utf8'))!;
			const source = parse(split.frontmatter) as Record<string, unknown>;
			for (const lang of languages) {
				const title = translateText(String(source.title), lang).slice(0, 120);
				const data: Record<string, unknown> = {
					id: named.id,
					translatedFrom: source.updated,
					title,
					summary: translateText(String(source.summary), lang).slice(0, 280),
				};
				if (Array.isArray(source.aliases)) data.aliases = source.aliases;
				let slug = slugify(title) || named.slug;
				if (taken.has(slug) && slug !== named.slug) slug = `${slug}-${lang}`;
				mkdirSync(join(corpusDir, folder, lang), { recursive: true });
				writeFileSync(
					join(corpusDir, folder, lang, `${named.id}-${slug}.md`),
					`---\n${stringify(data)}---\n${translateText(split.body, lang)}`,
				);
				translated[lang]!++;
			}
		});
	}
	return { languages, translated };
}
