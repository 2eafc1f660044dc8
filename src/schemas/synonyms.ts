import { z } from 'astro/zod';

/**
 * `content/synonyms.yaml`: a list of groups; every word or phrase in a group means the same to users,
 * e.g. `- [mobileiron, mobiletron, mobile iron, mdm]`. Case does not matter.
 */
export const SynonymsSchema = z.array(
	z
		.array(z.union([z.string().trim().min(1), z.number().transform(String)]))
		.min(2, { error: 'a synonym group needs at least two words' }),
);

export type Synonyms = z.output<typeof SynonymsSchema>;
