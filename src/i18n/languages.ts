/**
 * Which language a page is in and where its pages live: the default language keeps the plain URLs
 * (`/articles/<slug>/`), every other language has its own folder (`/de/articles/<slug>/`). Free of
 * Astro and zod: the short-link redirect and the language picker use it in the browser.
 */

/** Where the reader's choice of language is kept (the picker writes it; short links read it). */
export const LANGUAGE_STORAGE_KEY = 'kb-language';

export interface LanguageSettings {
	defaultLanguage: string;
	languages: readonly string[];
}

/** The portal's languages as `site.yaml` lists them, the default one first. */
export function getSiteLanguages(site: {
	defaultLanguage: string;
	languages?: string[] | undefined;
}) {
	const others = (site.languages ?? []).filter(
		(lang) => lang.toLowerCase() !== site.defaultLanguage.toLowerCase(),
	);
	return [site.defaultLanguage, ...others];
}

/** The URL folder of a language: `de` for `de`, `pt-br` for `pt-BR`; none for the default language. */
export function getLanguageFolder(lang: string, settings: LanguageSettings): string | undefined {
	return sameLanguage(lang, settings.defaultLanguage) ? undefined : lang.toLowerCase();
}

/** A portal path in a language: `/articles/x/` becomes `/de/articles/x/`. */
export function localizePath(path: string, lang: string, settings: LanguageSettings): string {
	const folder = getLanguageFolder(lang, settings);
	if (!folder || !path.startsWith('/') || path.startsWith('//')) return path;
	return `/${folder}${path}`;
}

/** The language a portal path is in, and the path as the default language has it. */
export function splitLanguagePath(
	pathname: string,
	settings: LanguageSettings,
): { lang: string; path: string } {
	const first = /^\/([^/]+)(\/.*)?$/.exec(pathname);
	if (first) {
		const lang = settings.languages.find(
			(candidate) => getLanguageFolder(candidate, settings) === first[1]!.toLowerCase(),
		);
		if (lang) return { lang, path: first[2] ?? '/' };
	}
	return { lang: settings.defaultLanguage, path: pathname };
}

export function sameLanguage(a: string, b: string): boolean {
	return a.toLowerCase() === b.toLowerCase();
}

function baseOf(tag: string): string {
	return tag.toLowerCase().split('-')[0]!;
}

/**
 * The portal language that serves a reader best: their stored choice, else the first of the browser's
 * languages the portal has (exactly, `de-AT` for `de-AT`, or by its base language, `de` for `de-AT` and
 * `en-GB` for `en-US`), else the default language.
 */
export function chooseLanguage(
	stored: string | null | undefined,
	browserLanguages: readonly string[],
	settings: LanguageSettings,
): string {
	const find = (wanted: string) =>
		settings.languages.find((lang) => sameLanguage(lang, wanted)) ??
		settings.languages.find((lang) => baseOf(lang) === baseOf(wanted));
	if (stored) {
		const exact = settings.languages.find((lang) => sameLanguage(lang, stored));
		if (exact) return exact;
	}
	for (const wanted of browserLanguages) {
		const found = find(wanted);
		if (found) return found;
	}
	return settings.defaultLanguage;
}

const names = new Map<string, string>();

/** A language's name as its own readers write it ("Deutsch", "Polski", "English"), for the picker. */
export function getLanguageName(lang: string): string {
	let name = names.get(lang);
	if (!name) {
		const base = baseOf(lang);
		const own = new Intl.DisplayNames([base], { type: 'language' }).of(base) ?? lang;
		name = own.charAt(0).toLocaleUpperCase(base) + own.slice(1);
		names.set(lang, name);
	}
	return name;
}
