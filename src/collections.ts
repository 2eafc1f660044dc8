import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { parseEntryFileName, type EntryType } from './lib/ids.ts';
import {
	resolveLink as resolveContentLink,
	toEntryCard,
	type EntryCard,
	type ResolvedLink,
} from './lib/entries.ts';
import { buildStatusJson, getPageStatus } from './lib/status-document.ts';
import { jsonForScript } from './lib/script-json.ts';
import { readClock } from './lib/clock.ts';
import { getBannerItems } from './lib/banner.ts';
import type { StatusJson } from './schemas/status-json.ts';
import type { Message } from './i18n/format.ts';
import { getLanguageFolder, localizePath, type LanguageSettings } from './i18n/languages.ts';
import { getLanguageSettings } from './i18n/page.ts';
import { getRedirectTemplatePath, type RedirectPage } from './lib/redirect-page.ts';
import {
	getPreviousSlugsInLanguage,
	getRedirects,
	isShortLink,
	type Redirect,
} from './lib/redirects.ts';

/**
 * The one place pages read content from: published entries (drafts left out) as cards plus their
 * collection entry for rendering, and the site's data files.
 */

export type ArticleEntry = CollectionEntry<'articles'>;
export type KnownErrorEntry = CollectionEntry<'knownErrors'>;
export type PolicyEntry = CollectionEntry<'policies'>;
type TranslationEntry =
	| CollectionEntry<'articleTranslations'>
	| CollectionEntry<'knownErrorTranslations'>
	| CollectionEntry<'policyTranslations'>;

/**
 * A published entry in one language: its card in that language, the source entry (every field a
 * translation leaves to it), and the translation when there is one. `data` is the source's data with
 * the translation's text over it; `content` is what the page renders (the translation, else the source).
 */
export type Published = (
	| { type: 'article'; card: EntryCard; entry: ArticleEntry; data: ArticleEntry['data'] }
	| { type: 'known-error'; card: EntryCard; entry: KnownErrorEntry; data: KnownErrorEntry['data'] }
	| { type: 'policy'; card: EntryCard; entry: PolicyEntry; data: PolicyEntry['data'] }
) & {
	translation?: TranslationEntry;
	content: ArticleEntry | KnownErrorEntry | PolicyEntry | TranslationEntry;
};

function slugOf(entry: { id: string; filePath?: string | undefined }): string {
	const parsed = parseEntryFileName(entry.filePath ?? '');
	if (!parsed)
		throw new Error(
			`Cannot read the slug of entry ${entry.id} from its file name ${entry.filePath}`,
		);
	return parsed.slug;
}

/** The portal's languages, for code that runs before any page (getStaticPaths, endpoints). */
export async function getLanguages(): Promise<LanguageSettings> {
	return getLanguageSettings((await getPortalData()).site);
}

/** `lang`, else the default language. */
async function languageOrDefault(lang?: string): Promise<string> {
	return lang ?? (await getPortalData()).site.defaultLanguage;
}

/**
 * `make` worked out once per language and build, whichever way a caller names the language: left
 * out and the default language's own tag are the same entry.
 */
function perLanguage<T>(make: (lang: string) => Promise<T>): (lang?: string) => Promise<T> {
	const cache = new Map<string, Promise<T>>();
	return async (lang) => {
		const wanted = await languageOrDefault(lang);
		let value = cache.get(wanted);
		if (!value) {
			value = make(wanted);
			cache.set(wanted, value);
		}
		return value;
	};
}

let translations: Promise<Map<string, TranslationEntry>> | undefined;

/** Every published translation, by `<lang>/<type>/<id>`. */
function getTranslations(): Promise<Map<string, TranslationEntry>> {
	translations ??= (async () => {
		const [articles, knownErrors, policies] = await Promise.all([
			getCollection('articleTranslations', ({ data }) => !data.draft),
			getCollection('knownErrorTranslations', ({ data }) => !data.draft),
			getCollection('policyTranslations', ({ data }) => !data.draft),
		]);
		const byKey = new Map<string, TranslationEntry>();
		const add = (type: EntryType, entry: TranslationEntry) =>
			byKey.set(`${entry.id.split('/')[0]}/${type}/${entry.data.id}`, entry);
		for (const entry of articles) add('article', entry);
		for (const entry of knownErrors) add('known-error', entry);
		for (const entry of policies) add('policy', entry);
		return byKey;
	})();
	return translations;
}

let sources: Promise<Published[]> | undefined;

/** Every published entry in the default language, by id. */
function getSources(): Promise<Published[]> {
	sources ??= (async () => {
		const [articles, knownErrors, policies] = await Promise.all([
			getCollection('articles', ({ data }) => !data.draft),
			getCollection('knownErrors', ({ data }) => !data.draft),
			getCollection('policies', ({ data }) => !data.draft),
		]);
		const all: Published[] = [
			...articles.map((entry) => ({
				type: 'article' as const,
				card: toEntryCard('article', slugOf(entry), entry.data),
				entry,
				data: entry.data,
				content: entry,
			})),
			...knownErrors.map((entry) => ({
				type: 'known-error' as const,
				card: toEntryCard('known-error', slugOf(entry), entry.data),
				entry,
				data: entry.data,
				content: entry,
			})),
			...policies.map((entry) => ({
				type: 'policy' as const,
				card: toEntryCard('policy', slugOf(entry), entry.data),
				entry,
				data: entry.data,
				content: entry,
			})),
		];
		return all.sort((a, b) => a.card.id.localeCompare(b.card.id));
	})();
	return sources;
}

/** An entry in another language: its translation's text and page, or the source's text under /<lang>/. */
function inLanguage(
	item: Published,
	lang: string,
	settings: LanguageSettings,
	translation: TranslationEntry | undefined,
): Published {
	const source = item.card;
	const text = translation?.data;
	const slug = translation ? slugOf(translation) : source.slug;
	const card: EntryCard = {
		...source,
		slug,
		url: localizePath(source.url.replace(`/${source.slug}/`, `/${slug}/`), lang, settings),
		lang: translation ? lang : settings.defaultLanguage,
		title: text?.title ?? source.title,
		summary: text?.summary ?? source.summary,
		aliases: text?.aliases ?? source.aliases,
		tags: text?.tags ?? source.tags,
		// Old addresses in this language: the translation's own, and the source's slug once translated.
		previousSlugs: getPreviousSlugsInLanguage(source, text),
	};
	if (translation) {
		card.translatedFrom = translation.data.translatedFrom;
		card.sourceUrl = source.url;
	}
	if (!translation) return { ...item, card };
	const data = { ...item.data, ...translation.data, id: item.data.id } as typeof item.data;
	return { ...item, card, data, translation, content: translation } as Published;
}

/**
 * Every published entry of every type in a language (default: the default language), in a stable
 * order (by id). Every entry is there in every language: translated, or in the original.
 */
export const getPublished = perLanguage(async (lang): Promise<Published[]> => {
	const settings = await getLanguages();
	const all = await getSources();
	if (lang === settings.defaultLanguage) return all;
	const translated = await getTranslations();
	return all.map((item) =>
		inLanguage(item, lang, settings, translated.get(`${lang}/${item.type}/${item.card.id}`)),
	);
});

/** What search's vocabulary (lib/vocabulary.ts) is built from: each published entry in `lang`. */
export async function getVocabularySources(lang?: string) {
	return (await getPublished(lang)).map(({ data }) => ({
		id: data.id,
		title: data.title,
		aliases: data.aliases,
		tags: data.tags,
		services: 'services' in data ? data.services : undefined,
		errorMessages: 'errorMessages' in data ? data.errorMessages : undefined,
		supportTopics:
			'supportMatrix' in data ? data.supportMatrix?.map((row) => row.topic) : undefined,
	}));
}

export async function getPublishedOfType<T extends EntryType>(type: T, lang?: string) {
	return (await getPublished(lang)).filter(
		(item): item is Extract<Published, { type: T }> => item.type === type,
	);
}

/**
 * Every page is built once per language: the default language at the plain path (`lang` undefined,
 * the rest parameter of `src/pages/[...lang]/`), each other language under its folder (`/de/`).
 */
export async function getLanguagePaths(): Promise<{ lang: string; folder: string | undefined }[]> {
	const settings = await getLanguages();
	return settings.languages.map((lang) => ({ lang, folder: getLanguageFolder(lang, settings) }));
}

/** `getStaticPaths` of a page with nothing else to vary: one page per language. */
export async function languageStaticPaths() {
	return (await getLanguagePaths()).map(({ folder }) => ({ params: { lang: folder } }));
}

/** `getStaticPaths` of an entry page: each entry of `type` in each language, at its slug there. */
export async function entryStaticPaths<T extends EntryType>(type: T) {
	const paths = [];
	for (const { lang, folder } of await getLanguagePaths())
		for (const item of await getPublishedOfType(type, lang))
			paths.push({ params: { lang: folder, slug: item.card.slug }, props: item });
	return paths;
}

/** Every published entry's card, made once per build and shared by every page: copy it before sorting. */
export const getCards = perLanguage(async (lang) =>
	(await getPublished(lang)).map((item) => item.card),
);

const getCardIndex = perLanguage(
	async (lang): Promise<ReadonlyMap<string, EntryCard>> =>
		new Map((await getCards(lang)).map((card) => [card.id.toUpperCase(), card])),
);

/** A card by its id in any letter case, or undefined. */
export async function getCardById(id: string, lang?: string): Promise<EntryCard | undefined> {
	return (await getCardIndex(lang)).get(id.toUpperCase());
}

/** An entry's page in each of the portal's languages, the default language first (hreflang, the picker). */
export async function getAlternates(id: string): Promise<{ lang: string; url: string }[]> {
	const settings = await getLanguages();
	const alternates: { lang: string; url: string }[] = [];
	for (const lang of settings.languages) {
		const card = await getCardById(id, lang);
		if (card) alternates.push({ lang, url: card.url });
	}
	return alternates;
}

/**
 * What every page of a build shares: `site.yaml`, `categories.yaml`, `synonyms.yaml`, each language's
 * own data files, and the overrides of the portal's text by language (`uiText`).
 */
export type PortalData = CollectionEntry<'site'>['data'] & {
	uiText: Record<string, Record<string, Message>>;
};

let portal: Promise<PortalData> | undefined;

/**
 * The site's data, read once per build. The middleware hands it to every page and endpoint as
 * `Astro.locals.portal`; `getStaticPaths`, which runs before any request, calls this itself.
 */
export function getPortalData(): Promise<PortalData> {
	portal ??= (async () => {
		const entry = await getEntry('site', 'site');
		if (!entry) throw new Error('The content folder has no site.yaml: the portal cannot be built');
		const uiText = Object.fromEntries(
			Object.entries(entry.data.languages).map(([lang, data]) => [lang, data.ui ?? {}]),
		);
		return { ...entry.data, uiText };
	})();
	// A failed read is not kept: the dev server tries again on the next request.
	portal.catch(() => {
		portal = undefined;
	});
	return portal;
}

let noticeTranslations: Promise<Map<string, { title: string; message: string }>> | undefined;

/** Every notice, with its title and message in `lang` where it is translated. */
export async function getNotices(lang?: string) {
	const notices = (await getCollection('notices')).map((entry) => entry.data);
	const wanted = await languageOrDefault(lang);
	noticeTranslations ??= getCollection('noticeTranslations').then(
		(all) =>
			new Map(all.map((entry) => [entry.id.split('/')[0] + '/' + entry.data.id, entry.data])),
	);
	const translated = await noticeTranslations;
	return notices.map((notice) => {
		const text = translated.get(`${wanted}/${notice.id}`);
		return text ? { ...notice, title: text.title, message: text.message } : notice;
	});
}

/**
 * The build's "now" (`KB_NOW`, else the real time): the `generated` time of the status it publishes and the
 * moment every time rule of the build is decided at. Read once, so every page agrees.
 */
export const BUILT_AT = readClock();

/** Where an entry id or a web address in content (`link`, `supportMatrix`) points. */
export async function resolveLink(link: string, lang?: string): Promise<ResolvedLink | null> {
	const index = await getCardIndex(lang);
	return resolveContentLink(link, (id) => index.get(id.toUpperCase()));
}

/**
 * The status document of this build in a language: every notice and every open known error
 * (`/status.json`, and `/de/status.json` with German titles and links for German pages).
 */
export const getStatus = perLanguage(async (lang): Promise<StatusJson> => {
	const knownErrors = (await getPublishedOfType('known-error', lang)).map(({ data, card }) => ({
		...data,
		url: card.url,
	}));
	const index = await getCardIndex(lang);
	return buildStatusJson(
		await getNotices(lang),
		knownErrors,
		BUILT_AT,
		(link) => resolveContentLink(link, (id) => index.get(id.toUpperCase()))?.href ?? null,
	);
});

/**
 * The status a page's banner is built from: the same on every page of a language, so worked out once
 * per language and build (a portal with thousands of pages would otherwise redo it for each page).
 */
export const getBannerState = perLanguage(async (lang) => {
	const page = getPageStatus(await getStatus(lang), BUILT_AT);
	return {
		status: page.status,
		omitted: page.omitted,
		initial: jsonForScript(page.status),
		// Every page's items, before each page leaves out its own (fitBannerItemsToPage).
		items: getBannerItems(page.status, BUILT_AT),
	};
});

/**
 * Every redirect of the portal: the default language's short links and old slugs, and each other
 * language's old slugs under its folder. A short link carries the entry's page in every language, so
 * the reader's own language can be chosen.
 */
export async function getAllRedirects(): Promise<LanguageRedirect[]> {
	const settings = await getLanguages();
	const all: LanguageRedirect[] = [];
	for (const lang of settings.languages) {
		const isDefault = lang === settings.defaultLanguage;
		const redirects = getRedirects(await getCards(lang), {
			shortLinks: isDefault,
			localize: (path) => localizePath(path, lang, settings),
		});
		for (const redirect of redirects) {
			if (isDefault && isShortLink(redirect) && settings.languages.length > 1) {
				const id = redirect.from.slice(1);
				all.push({ ...redirect, lang, alternates: await getAlternates(id) });
			} else all.push({ ...redirect, lang });
		}
	}
	return all;
}

type Alternate = { lang: string; url: string };

/** A redirect and the language of its page (the page's text and `lang`). */
type LanguageRedirect = Redirect & { lang: string; alternates?: Alternate[] };

/**
 * Every redirect as the page it becomes: its language's template page (see src/lib/redirect-page.ts)
 * and the values that page is written with.
 */
export async function getRedirectPages(site: string | URL | undefined): Promise<RedirectPage[]> {
	const settings = await getLanguages();
	return (await getAllRedirects()).map(({ from, to, title, lang, alternates }) => ({
		from,
		to,
		target: new URL(to, site).href,
		title,
		...(alternates ? { alternates: JSON.stringify(alternates) } : {}),
		template: getRedirectTemplatePath(getLanguageFolder(lang, settings)),
	}));
}
