import { formatDateTime, formatDay } from './dates.ts';
import { createTranslate, joinList, type Message, type Translate } from './format.ts';
import { getCatalog, pickMessages, type LanguageCatalog, type MessageKey } from './index.ts';
import {
	getLanguageName,
	getSiteLanguages,
	localizePath,
	splitLanguagePath,
	type LanguageSettings,
} from './languages.ts';

/** What a page knows of its language: `Astro.locals.i18n`, set for every page by src/middleware.ts. */
export interface PageI18n {
	/** The page's language, as `site.yaml` lists it (`de`, `en-GB`). */
	lang: string;
	/** The language's name in itself ("Deutsch"). */
	name: string;
	isDefault: boolean;
	settings: LanguageSettings;
	/** The page's path as the default language has it (`/articles/x/` for `/de/articles/x/`). */
	path: string;
	catalog: LanguageCatalog;
	t: Translate<MessageKey>;
	/** A portal path in this language: `/status/` is `/de/status/` on a German page. */
	href(path: string): string;
	/** `20. November 2026` */
	day(date: Date): string;
	/** `20. November 2026, 09:30 UTC` */
	dateTime(date: Date): string;
	/** `a, b und c` */
	list(words: readonly string[]): string;
	/** The texts a custom element needs, as JSON for its `data-messages` attribute. */
	messages(keys: readonly MessageKey[]): string;
	/**
	 * The `lang` attribute for a text in `textLang` (default: the default language's) on this page:
	 * the text's language where it is not the page's, else nothing.
	 */
	langOf(textLang?: string): string | undefined;
}

interface SiteLanguages {
	defaultLanguage: string;
	languages?: string[] | undefined;
}

const cache = new Map<string, PageI18n>();

export function getLanguageSettings(site: SiteLanguages): LanguageSettings {
	return { defaultLanguage: site.defaultLanguage, languages: getSiteLanguages(site) };
}

/** The language data of one language of the portal; made once per language and build. */
export function getLanguageI18n(
	lang: string,
	site: SiteLanguages,
	overrides: Readonly<Record<string, Readonly<Record<string, Message>>>> = {},
): Omit<PageI18n, 'path'> {
	const settings = getLanguageSettings(site);
	const key = `${lang}|${settings.languages.join(',')}`;
	let i18n = cache.get(key);
	if (!i18n) {
		const catalog = getCatalog(lang, overrides[lang]);
		// Components pass the same key lists on every page: each list's JSON is made once per language.
		const messagesByKeys = new WeakMap<readonly MessageKey[], string>();
		i18n = {
			lang,
			name: getLanguageName(lang),
			isDefault: lang === settings.defaultLanguage,
			settings,
			path: '/',
			catalog,
			t: createTranslate(lang, catalog),
			href: (path) => localizePath(path, lang, settings),
			day: (date) => formatDay(date, lang),
			dateTime: (date) => formatDateTime(date, lang),
			list: (words) => joinList(lang, words),
			messages: (keys) => {
				let json = messagesByKeys.get(keys);
				if (json === undefined) {
					json = JSON.stringify(pickMessages(catalog, keys));
					messagesByKeys.set(keys, json);
				}
				return json;
			},
			langOf: (textLang = settings.defaultLanguage) => (textLang === lang ? undefined : textLang),
		};
		cache.set(key, i18n);
	}
	return i18n;
}

/** The language of the page at `pathname`, read from its first folder. */
export function getPageI18n(
	pathname: string,
	site: SiteLanguages,
	overrides?: Readonly<Record<string, Readonly<Record<string, Message>>>>,
): PageI18n {
	const settings = getLanguageSettings(site);
	const { lang, path } = splitLanguagePath(pathname, settings);
	return { ...getLanguageI18n(lang, site, overrides), path };
}
