import { z } from 'astro/zod';
import { ID_RULES, idPattern, type EntryType } from '../lib/ids.ts';
import { DEVICES, PLATFORMS } from './enums.ts';
import { SLUG, dateField, text, textList } from './fields.ts';

function idField(type: EntryType) {
	const { prefix, digits } = ID_RULES[type];
	const example = `${prefix}-${'0'.repeat(digits - 2)}42`;
	return z
		.string({ error: `is required: write the entry's id, e.g. ${example}` })
		.regex(idPattern(type), {
			error: `must be ${prefix}- followed by at least ${digits} digits, e.g. ${example}`,
		});
}

/** Fields every article, known error and policy has, in the order authors usually write them. */
export function entryFields(type: EntryType) {
	return {
		/** Unique id across the whole site; also the short link (`/KB-1042`). Matches the file name's prefix. */
		id: idField(type),
		/** The page title, as users would phrase the problem or task. 1-120 characters. */
		title: text(120),
		/** One plain sentence (up to 280 characters): shown in search results, previews and copied replies. */
		summary: text(280),
		/** A key of `content/categories.yaml`, e.g. `email`. */
		category: text(),
		/** Free labels that group entries. */
		tags: textList().optional(),
		/** The words users actually type ("Mobiletron", "wifi keeps dropping"); searched with high weight. */
		aliases: textList().optional(),
		/** Platforms the entry applies to. */
		platforms: z.array(z.enum(PLATFORMS)).optional(),
		/** Device ownership the entry applies to: `corporate`, `personal` (BYOD). */
		devices: z.array(z.enum(DEVICES)).optional(),
		/** When the content last changed meaningfully. */
		updated: dateField(),
		/** After this date `npm run check` reports the entry as stale. */
		reviewBy: dateField().optional(),
		/** The team that maintains the entry. */
		owner: text().optional(),
		/** Ids of other published entries shown as "Related". */
		related: z.array(text()).optional(),
		/** Old URL slugs that must keep working; each redirects to the current page. */
		previousSlugs: z
			.array(
				z.string().regex(SLUG, {
					error: 'must be a slug: lowercase letters, digits and single hyphens, e.g. vpn-drops',
				}),
			)
			.optional(),
		/** Drafts are checked but not built. */
		draft: z.boolean().default(false),
	};
}
