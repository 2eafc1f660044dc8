import type { Article } from '../../schemas/article.ts';
import type { Categories } from '../../schemas/categories.ts';
import type { KnownError } from '../../schemas/known-error.ts';
import type { Notice } from '../../schemas/notice.ts';
import type { Policy } from '../../schemas/policy.ts';
import type { Site } from '../../schemas/site.ts';
import type { Synonyms } from '../../schemas/synonyms.ts';
import type { EntryType } from '../ids.ts';
import type { Problem } from '../problems.ts';

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

/** What the content check read from a content folder, and everything wrong with it. */
export interface ContentReport {
	entries: CheckedEntry[];
	notices: CheckedNotice[];
	site?: Site;
	categories?: Categories;
	synonyms?: Synonyms;
	problems: Problem[];
}
