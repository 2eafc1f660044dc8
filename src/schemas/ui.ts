import { z } from 'astro/zod';

/** A count's forms in `content/ui/<lang>.yaml`: `{ one: ..., few: ..., many: ..., other: ... }`. */
const PluralSchema = z.strictObject({
	zero: z.string().optional(),
	one: z.string().optional(),
	two: z.string().optional(),
	few: z.string().optional(),
	many: z.string().optional(),
	other: z.string({ error: 'a count needs its other form' }),
});

/**
 * `content/ui/<lang>.yaml`: the portal's own text in one language, key by key (the keys of
 * src/i18n/en.ts), over the text the portal ships. A language the portal does not ship gives every key.
 */
export const UiTextSchema = z.record(z.string(), z.union([z.string(), PluralSchema]));

export type UiText = z.output<typeof UiTextSchema>;
