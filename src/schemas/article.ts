import { z } from 'astro/zod';
import { entryFields } from './common.ts';

/** A how-to or self-help article (`content/articles/KB-1042-<slug>.mdx`). */
export const ArticleSchema = z.strictObject({
	...entryFields('article'),
});

export type Article = z.output<typeof ArticleSchema>;
