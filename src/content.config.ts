import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { ArticleSchema } from './schemas/article.ts';
import { KnownErrorSchema } from './schemas/known-error.ts';
import { NoticeSchema } from './schemas/notice.ts';
import { DATA_SCHEMAS, LANGUAGE_DATA_SCHEMAS, readSiteData } from './lib/content/site-data.ts';
import { PolicySchema } from './schemas/policy.ts';
import { resolveContentDir } from './lib/content/files.ts';
import { UiTextSchema } from './schemas/ui.ts';
import {
	ArticleTranslationSchema,
	KnownErrorTranslationSchema,
	NoticeTranslationSchema,
	PolicyTranslationSchema,
} from './schemas/translation.ts';

const contentDir = resolveContentDir();

/** Entries are stored under their own id (KB-1042), which the content check keeps unique. */
function entryFiles(folder: string, pattern = '[!_.]*.{md,mdx}') {
	return glob({
		pattern,
		base: join(contentDir, folder),
		generateId: ({ entry, data }) => (typeof data.id === 'string' ? data.id : entry),
	});
}

/**
 * Translations live in a folder per language (`content/articles/de/`) and are stored as `de/KB-1001`:
 * the language, then the id of the entry they translate.
 */
function translationFiles(folder: string, pattern = '*/[!_.]*.{md,mdx}') {
	return glob({
		pattern,
		base: join(contentDir, folder),
		generateId: ({ entry, data }) =>
			typeof data.id === 'string' ? `${entry.split('/')[0]}/${data.id}` : entry,
	});
}

/**
 * The site's data files as the one entry `site` of their own collection, read as the content check
 * reads them (which has already named any mistake by file and line before the build gets here).
 */
const siteDataFiles = () => async () => ({ site: readSiteData(contentDir) });

export const collections = {
	site: defineCollection({
		loader: siteDataFiles(),
		schema: z.strictObject({
			site: DATA_SCHEMAS.site,
			categories: DATA_SCHEMAS.categories,
			// Optional (REQUIRED_DATA_FILES): a portal without synonyms.yaml has none.
			synonyms: DATA_SCHEMAS.synonyms.nullish().transform((groups) => groups ?? []),
			languages: z.record(
				z.string(),
				z.strictObject({
					site: LANGUAGE_DATA_SCHEMAS.site.optional(),
					categories: LANGUAGE_DATA_SCHEMAS.categories.optional(),
					synonyms: LANGUAGE_DATA_SCHEMAS.synonyms.optional(),
					ui: UiTextSchema.optional(),
				}),
			),
		}),
	}),
	articles: defineCollection({ loader: entryFiles('articles'), schema: ArticleSchema }),
	knownErrors: defineCollection({ loader: entryFiles('known-errors'), schema: KnownErrorSchema }),
	policies: defineCollection({ loader: entryFiles('policies'), schema: PolicySchema }),
	notices: defineCollection({
		loader: entryFiles('notices', '[!_.]*.{yaml,yml}'),
		schema: NoticeSchema,
	}),
	articleTranslations: defineCollection({
		loader: translationFiles('articles'),
		schema: ArticleTranslationSchema,
	}),
	knownErrorTranslations: defineCollection({
		loader: translationFiles('known-errors'),
		schema: KnownErrorTranslationSchema,
	}),
	policyTranslations: defineCollection({
		loader: translationFiles('policies'),
		schema: PolicyTranslationSchema,
	}),
	noticeTranslations: defineCollection({
		loader: translationFiles('notices', '*/[!_.]*.{yaml,yml}'),
		schema: NoticeTranslationSchema,
	}),
};
