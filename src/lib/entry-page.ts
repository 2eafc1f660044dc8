import type { Message, Translate } from '../i18n/format.ts';
import type { MessageKey } from '../i18n/index.ts';
import { getLanguageI18n } from '../i18n/page.ts';
import type { EntryCard } from './entries.ts';
import { ENTRY_FOLDERS } from './ids.ts';
import { getPlainSpellings, hasPlainSpellings } from './folding.ts';
import { getWorkaroundFirstLine, toPlainText } from './reply.ts';
import { getSynonymText } from './synonym-index.ts';

/**
 * What an entry's page says besides its body, worked out before the layout renders it: the first
 * workaround step, what search indexes and how, and the structured data for search engines.
 */

/** What picks the portal's text in a language: the site's languages and its overrides by language. */
export interface PortalText {
	site: { defaultLanguage: string; languages?: string[] | undefined };
	uiText?: Readonly<Record<string, Readonly<Record<string, Message>>>> | undefined;
}

/**
 * A known error's first workaround step, from the section under its "Workaround" heading. The body
 * is in the entry's own language (`textLang`: the original's, on a page not translated yet), so the
 * heading looked for is that language's `section.workaround`, with the portal's overrides.
 */
export function getEntryWorkaround(
	card: Pick<EntryCard, 'type'>,
	body: string,
	textLang: string,
	portal: PortalText,
): string | undefined {
	if (card.type !== 'known-error') return undefined;
	const heading = getLanguageI18n(textLang, portal.site, portal.uiText).t('section.workaround');
	return getWorkaroundFirstLine(body, heading);
}

/** One `data-pagefind-filter` or `data-pagefind-meta` value. */
export interface IndexField {
	name: string;
	value: string;
}

/** Hidden text search weighs more (or less) than the page's own words. */
export interface WeightedText {
	weight: number;
	text: string;
}

/** What Pagefind takes from an entry's page, and where. */
export interface EntryIndexing {
	/** Attributes of the whole article: a translated page is indexed whole. */
	article: Record<string, string>;
	/**
	 * Attributes of each part indexed on its own (the hidden fields, the header): on a page not
	 * translated yet, only these parts, never the body in the original's language.
	 */
	part: Record<string, string>;
	/** What search results can be filtered by, in the page's language. */
	filters: IndexField[];
	/** What a search result shows of the entry. */
	meta: IndexField[];
	/**
	 * Aliases and tags (weighted high), the synonyms of the words the entry uses, and the page's words
	 * typed without special letters.
	 */
	weighted: WeightedText[];
}

export interface EntryIndexingInput {
	card: EntryCard;
	/** The entry's body as written (Markdown or MDX). */
	body: string;
	/** The language of the entry's text: the translation's, or the original's. */
	textLang: string;
	/** Whether the entry's text is in the page's language. */
	translated: boolean;
	/** The category's title in the page's language, when the category exists. */
	categoryTitle?: string | undefined;
	workaround?: string | undefined;
	/** The portal's text in the page's language. */
	t: Translate<MessageKey>;
	/** The synonym groups of the page's language (`synonyms.yaml`), indexed with the entry. */
	synonyms?: readonly (readonly string[])[] | undefined;
}

/**
 * What search indexes of an entry's page. An entry not yet translated is found in a language's search
 * by its title, summary and aliases only; its text in the original language stays out of that
 * language's index (see the README), and its results say which language the text is in.
 */
export function getEntryIndexing(input: EntryIndexingInput): EntryIndexing {
	const { card, body, textLang, translated, categoryTitle, workaround, t, synonyms = [] } = input;
	const typeLabel = t(`type.${card.type}` as MessageKey);
	const filters: IndexField[] = [
		{ name: 'type', value: typeLabel },
		...(categoryTitle ? [{ name: 'category', value: categoryTitle }] : []),
		...card.platforms.map((p) => ({ name: 'platform', value: t(`platform.${p}` as MessageKey) })),
		...card.devices.map((d) => ({ name: 'device', value: t(`device.${d}` as MessageKey) })),
		...(card.status ? [{ name: 'status', value: t(`status.${card.status}` as MessageKey) }] : []),
	];
	const meta: IndexField[] = [
		{ name: 'id', value: card.id },
		{ name: 'type', value: typeLabel },
		{ name: 'summary', value: card.summary },
		...(translated ? [] : [{ name: 'lang', value: textLang }]),
		...(card.status ? [{ name: 'status', value: card.status }] : []),
		...(card.severity
			? [{ name: 'severity', value: t(`severity.${card.severity}` as MessageKey) }]
			: []),
		...(workaround ? [{ name: 'workaround', value: workaround }] : []),
	];
	const weighted: WeightedText[] = [];
	const aliases = [...card.aliases, ...card.tags];
	if (aliases.length > 0) weighted.push({ weight: 9, text: aliases.join(' · ') });
	// Synonyms of what the entry is about: its title, aliases, tags and summary, weighted as the page
	// weighs them. Not its text: every hidden word makes the page longer, which lowers the rank of its
	// own words, and a synonym of a word it mentions in passing found more wrong pages than right ones
	// (measured with the search-quality suites).
	const sources = [
		{ weight: 10, text: card.title },
		{ weight: 9, text: aliases.join(' ') },
		{ weight: 7, text: card.summary },
	];
	if (synonyms.length > 0) weighted.push(...getSynonymText(sources, synonyms));
	// `haslo` finds `hasło`: the page's words with letters search keeps apart, typed plainly. Most pages
	// of an English portal have none, and are not read word by word.
	const searched = [card.title, card.summary, ...card.aliases, ...card.tags, body].join(' ');
	const plain = hasPlainSpellings(searched, textLang)
		? getPlainSpellings(toPlainText(searched), textLang)
		: [];
	if (plain.length > 0) weighted.push({ weight: 3, text: plain.join(' ') });
	const indexed = { 'data-pagefind-body': '' };
	return {
		article: translated ? indexed : {},
		part: translated ? {} : indexed,
		filters,
		meta,
		weighted,
	};
}

export interface EntryJsonLdInput {
	card: EntryCard;
	/** The language of the entry's text. */
	textLang: string;
	/** The portal's public address (`Astro.site`). */
	site: URL | string | undefined;
	categoryTitle?: string | undefined;
	organisation: string;
}

/** The entry as schema.org's `TechArticle`, for search engines and link previews. */
export function buildEntryJsonLd(input: EntryJsonLdInput): Record<string, unknown> {
	const { card, textLang, site, categoryTitle, organisation } = input;
	return {
		'@context': 'https://schema.org',
		'@type': 'TechArticle',
		headline: card.title,
		description: card.summary,
		identifier: card.id,
		inLanguage: textLang,
		url: new URL(card.url, site).href,
		dateModified: card.updated.toISOString().slice(0, 10),
		articleSection: categoryTitle,
		keywords: [...card.tags, ...card.aliases].join(', ') || undefined,
		publisher: { '@type': 'Organization', name: organisation },
	};
}

/**
 * The built files that can carry `data-pagefind-body`: every entry page, in the default language and
 * in each language folder given (`de/` and the like in front). Pagefind reads only these, not the
 * short-link redirects, lists and status pages that make up two thirds of the files and are never
 * indexed, and walks only these folders. Pagefind's glob, relative to the build folder.
 */
export function getIndexedPagesGlob(languageFolders: readonly string[] = []): string {
	const folders = ['', ...languageFolders.map((folder) => `${folder}/`)].flatMap((prefix) =>
		Object.values(ENTRY_FOLDERS).map((entries) => `${prefix}${entries}`),
	);
	return `{${folders.join(',')}}/*/index.html`;
}
