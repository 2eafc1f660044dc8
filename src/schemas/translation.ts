import { z } from 'astro/zod';
import type { EntryType } from '../lib/ids.ts';
import { entryFields } from './common.ts';
import { dateField, text, textList } from './fields.ts';
import { SUPPORT_ROUTES } from './policy.ts';
import { linkField } from './fields.ts';

/**
 * A translation (`content/<collection>/<lang>/<id>-<slug>.mdx`) holds only the text a reader sees; every
 * other field (category, platforms, status, dates, the timeline) comes from the entry in the default
 * language it translates, named by `id`.
 */
function translationFields(type: EntryType) {
	const { id, title, summary, tags, aliases, previousSlugs, draft } = entryFields(type);
	return {
		id,
		/** The `updated` date of the source this translation was made from; an older one marks it stale. */
		translatedFrom: dateField(),
		title,
		summary,
		tags,
		aliases,
		previousSlugs,
		draft,
	};
}

export const ArticleTranslationSchema = z.strictObject(translationFields('article'));

export const KnownErrorTranslationSchema = z.strictObject({
	...translationFields('known-error'),
	/** What the user sees, in this language. */
	symptoms: textList().optional(),
	/** The error texts a system in this language shows (codes stay as they are). */
	errorMessages: textList().optional(),
});

/** A policy's support matrix in this language: the same rows, in the same order, with the same `who`. */
const TranslatedRowSchema = z.strictObject({
	topic: text(),
	who: z.enum(SUPPORT_ROUTES),
	how: text(),
	link: linkField().optional(),
});

export const PolicyTranslationSchema = z.strictObject({
	...translationFields('policy'),
	supportMatrix: z.array(TranslatedRowSchema).optional(),
});

export const NoticeTranslationSchema = z.strictObject({
	id: z
		.string({ error: 'is required: write the id of the notice this translates, e.g. N-12' })
		.regex(/^N-\d+$/, { error: 'must be N- followed by digits, e.g. N-12' }),
	title: text(120),
	message: text(),
});

export const TRANSLATION_SCHEMAS = {
	article: ArticleTranslationSchema,
	'known-error': KnownErrorTranslationSchema,
	policy: PolicyTranslationSchema,
} as const;

/** The fields of each source schema, to tell "comes from the source" apart from a typo. */
const COMMON_FIELDS = Object.keys(entryFields('article'));
export const SOURCE_FIELDS: Record<EntryType | 'notice', readonly string[]> = {
	article: COMMON_FIELDS,
	'known-error': [
		...COMMON_FIELDS,
		'status',
		'severity',
		'services',
		'symptoms',
		'errorMessages',
		'firstSeen',
		'resolvedAt',
		'fixEta',
		'nextUpdate',
		'problemRef',
		'updates',
	],
	policy: [...COMMON_FIELDS, 'version', 'effective', 'supportMatrix'],
	notice: ['id', 'title', 'severity', 'starts', 'ends', 'services', 'message', 'link'],
};

export const TRANSLATED_FIELDS: Record<EntryType | 'notice', readonly string[]> = {
	article: Object.keys(ArticleTranslationSchema.shape),
	'known-error': Object.keys(KnownErrorTranslationSchema.shape),
	policy: Object.keys(PolicyTranslationSchema.shape),
	notice: Object.keys(NoticeTranslationSchema.shape),
};

export type ArticleTranslation = z.output<typeof ArticleTranslationSchema>;
export type KnownErrorTranslation = z.output<typeof KnownErrorTranslationSchema>;
export type PolicyTranslation = z.output<typeof PolicyTranslationSchema>;
export type NoticeTranslation = z.output<typeof NoticeTranslationSchema>;
export type EntryTranslation = ArticleTranslation | KnownErrorTranslation | PolicyTranslation;
