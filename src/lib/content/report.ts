import type { Article } from '../../schemas/article.ts';
import type { Categories } from '../../schemas/categories.ts';
import type { KnownError } from '../../schemas/known-error.ts';
import type { Notice } from '../../schemas/notice.ts';
import type { Policy } from '../../schemas/policy.ts';
import type { Site, TranslatedSite } from '../../schemas/site.ts';
import type { Synonyms } from '../../schemas/synonyms.ts';
import type { EntryTranslation, NoticeTranslation } from '../../schemas/translation.ts';
import type { TranslatedCategories } from '../../schemas/categories.ts';
import type { UiText } from '../../schemas/ui.ts';
import type { EntryType } from '../ids.ts';
import type { Problem } from './problem.ts';

export type EntryData<T extends EntryType = EntryType> = {
	article: Article;
	'known-error': KnownError;
	policy: Policy;
}[T];

/** A valid entry as read from its file. */
export interface CheckedEntry {
	type: EntryType;
	file: string;
	id: string;
	slug: string;
	data: EntryData;
	body: string;
	/** Line of the file on which the body starts. */
	bodyLine: number;
}

export interface CheckedNotice {
	file: string;
	data: Notice;
}

export type TranslationData = EntryTranslation;

/** A valid translation of an entry (`content/articles/de/KB-1001-kennwort.mdx`). */
export interface CheckedTranslation {
	type: EntryType;
	/** The language, as `site.yaml` lists it (the folder's name). */
	lang: string;
	file: string;
	id: string;
	slug: string;
	data: TranslationData;
	body: string;
	bodyLine: number;
}

export interface CheckedNoticeTranslation {
	lang: string;
	file: string;
	data: NoticeTranslation;
}

/** What a language adds besides translated entries: categories, synonyms and the portal's own text. */
export interface LanguageData {
	site?: TranslatedSite;
	categories?: TranslatedCategories;
	synonyms?: Synonyms;
	ui?: UiText;
}

/** What the content check read from a content folder, and everything wrong with it. */
export interface ContentReport {
	entries: CheckedEntry[];
	notices: CheckedNotice[];
	site?: Site;
	categories?: Categories;
	synonyms?: Synonyms;
	translations: CheckedTranslation[];
	noticeTranslations: CheckedNoticeTranslation[];
	/** Per language other than the default: its data files. */
	languageData: Record<string, LanguageData>;
	/** Per language other than the default: the ids of published entries without a translation. */
	untranslated: Record<string, string[]>;
	problems: Problem[];
}
