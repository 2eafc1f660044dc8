import { z } from 'astro/zod';
import { SLUG } from './fields.ts';
import { text } from './fields.ts';

/** One category: entries name it by its key in `content/categories.yaml`. */
export const CategorySchema = z.strictObject({
	/** Shown as the category's heading. */
	title: text(80),
	/** One sentence under the heading. */
	description: text(280),
	/** Name of an icon from the portal's icon set (key, shield, mail, globe, wifi, printer, phone, chat, lifebuoy). */
	icon: text().optional(),
});

/** `content/categories.yaml`: a map of key to category. Keys are used in URLs (`/categories/<key>/`). */
export const CategoriesSchema = z
	.record(
		z.string().regex(SLUG, {
			error: 'category keys must be lowercase letters, digits and hyphens, e.g. email',
		}),
		CategorySchema,
	)
	.refine((map) => Object.keys(map).length > 0, { error: 'needs at least one category' });

export type Categories = z.output<typeof CategoriesSchema>;

/** `content/categories.<lang>.yaml`: the categories' titles and descriptions in one language. */
export const TranslatedCategoriesSchema = z.record(
	z.string(),
	z.strictObject({ title: text(80), description: text(280) }),
);

export type TranslatedCategories = z.output<typeof TranslatedCategoriesSchema>;
