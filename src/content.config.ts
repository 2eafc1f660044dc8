import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { ArticleSchema } from './schemas/article.ts';
import { KnownErrorSchema } from './schemas/known-error.ts';
import { NoticeSchema } from './schemas/notice.ts';
import { DATA_SCHEMAS } from './lib/content/site-data.ts';
import { PolicySchema } from './schemas/policy.ts';
import { resolveContentDir } from './lib/content/files.ts';

const contentDir = resolveContentDir();

/** Entries are stored under their own id (KB-1042), which the content check keeps unique. */
function entryFiles(folder: string, pattern = '**/[!_.]*.{md,mdx}') {
	return glob({
		pattern,
		base: join(contentDir, folder),
		generateId: ({ entry, data }) => (typeof data.id === 'string' ? data.id : entry),
	});
}

/**
 * The site's own data files (`site.yaml`, `categories.yaml`, `synonyms.yaml`) as the one entry `site`
 * of their own collection: read and validated by the content layer like every entry, after the
 * content check has already named any mistake by file and line.
 */
function siteDataFiles() {
	const read = (name: string): unknown => {
		const path = join(contentDir, `${name}.yaml`);
		return existsSync(path) ? parse(readFileSync(path, 'utf8')) : undefined;
	};
	return async () => ({
		site: Object.fromEntries(Object.keys(DATA_SCHEMAS).map((name) => [name, read(name)])),
	});
}

export const collections = {
	site: defineCollection({
		loader: siteDataFiles(),
		schema: z.strictObject({
			site: DATA_SCHEMAS.site,
			categories: DATA_SCHEMAS.categories,
			// Optional (REQUIRED_DATA_FILES): a portal without synonyms.yaml has none.
			synonyms: DATA_SCHEMAS.synonyms.nullish().transform((groups) => groups ?? []),
		}),
	}),
	articles: defineCollection({ loader: entryFiles('articles'), schema: ArticleSchema }),
	knownErrors: defineCollection({ loader: entryFiles('known-errors'), schema: KnownErrorSchema }),
	policies: defineCollection({ loader: entryFiles('policies'), schema: PolicySchema }),
	notices: defineCollection({
		loader: entryFiles('notices', '**/[!_.]*.{yaml,yml}'),
		schema: NoticeSchema,
	}),
};
