import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ArticleSchema } from './schemas/article.ts';
import { KnownErrorSchema } from './schemas/known-error.ts';
import { NoticeSchema } from './schemas/notice.ts';
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

export const collections = {
	articles: defineCollection({ loader: entryFiles('articles'), schema: ArticleSchema }),
	knownErrors: defineCollection({ loader: entryFiles('known-errors'), schema: KnownErrorSchema }),
	policies: defineCollection({ loader: entryFiles('policies'), schema: PolicySchema }),
	notices: defineCollection({
		loader: entryFiles('notices', '**/[!_.]*.{yaml,yml}'),
		schema: NoticeSchema,
	}),
};
