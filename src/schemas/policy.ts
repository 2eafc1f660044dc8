import { z } from 'astro/zod';
import { entryFields } from './common.ts';
import { dateField, linkField, text } from './fields.ts';

/** Who handles a topic under a policy such as BYOD. */
export const SUPPORT_ROUTES = [
	'helpdesk',
	'vendor',
	'carrier',
	'self-service',
	'not-supported',
] as const;
export type SupportRoute = (typeof SUPPORT_ROUTES)[number];

/** One row of the "who supports what" table. */
const SupportMatrixRowSchema = z.strictObject({
	/** The topic as users would name it ("Cracked screen or broken keyboard"). Searchable. */
	topic: text(),
	/** Who handles it. */
	who: z.enum(SUPPORT_ROUTES),
	/** One plain sentence on what to do. */
	how: text(),
	/** An entry id (KB-1011) or a web address with more help. */
	link: linkField().optional(),
});

/** A policy page (`content/policies/POL-001-<slug>.mdx`). */
export const PolicySchema = z.strictObject({
	...entryFields('policy'),
	/** The policy's version, e.g. "2.1". Quote it so YAML keeps it as text. */
	version: text(),
	/** The date the policy takes effect. */
	effective: dateField(),
	/** Rendered as a "who supports what" table. */
	supportMatrix: z.array(SupportMatrixRowSchema).optional(),
});

export type Policy = z.output<typeof PolicySchema>;
export type SupportMatrixRow = z.output<typeof SupportMatrixRowSchema>;
