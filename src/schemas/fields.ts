import { z } from 'astro/zod';
import { ENTRY_ID } from '../lib/ids.ts';

/**
 * Field helpers shared by every schema. Frontmatter reaches the schemas from two YAML parsers (Astro's,
 * which turns dates into `Date`, and the authoring scripts', which keeps them as text), so date fields
 * accept both and always produce a `Date`.
 */

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

function toDate(value: unknown, pattern: RegExp): unknown {
	if (typeof value === 'string' && pattern.test(value.trim())) return new Date(value.trim());
	return value;
}

/**
 * Which schemas are calendar dates and which are moments in time. Both parse to a `Date`, so nothing
 * in the parsed schema tells them apart; the browser editor's generated configuration reads this to
 * give a date a date picker and a moment a date-and-time picker written in UTC. Tagging does not
 * change what a schema accepts.
 */
export const dateKinds = z.registry<{ kind: 'date' | 'datetime' }>();

/** A calendar date written `2026-11-20`. */
export const dateField = () => {
	const schema = z.preprocess(
		(value) => toDate(value, DATE_ONLY),
		z.date({ error: 'expected a date written like 2026-11-20' }),
	);
	dateKinds.add(schema, { kind: 'date' });
	return schema;
};

/** A moment in time written `2026-11-20T09:30:00Z` (a date alone means midnight UTC). */
export const dateTimeField = () => {
	const schema = z.preprocess(
		(value) => toDate(toDate(value, DATE_TIME), DATE_ONLY),
		z.date({ error: 'expected a date and time written like 2026-11-20T09:30:00Z' }),
	);
	dateKinds.add(schema, { kind: 'datetime' });
	return schema;
};

/** Text that must not be empty once trimmed. */
export const text = (max?: number) => {
	const base = z.string().trim().min(1);
	return max ? base.max(max) : base;
};

/** A list of short texts. */
export const textList = () => z.array(text());

/** An absolute http(s) URL. */
export const urlField = () =>
	z.url({
		protocol: /^https?$/,
		error: 'expected a web address starting with https:// or http://',
	});

/** A link to an entry (by id, e.g. KB-1042) or to a web address. */
export const linkField = () =>
	z
		.string()
		.trim()
		.refine((value) => ENTRY_ID.test(value) || /^https?:\/\/[^\s]+$/.test(value), {
			error: 'expected an entry id such as KB-1042 or a web address starting with https://',
		});

/** A URL slug: lowercase words joined by hyphens. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
