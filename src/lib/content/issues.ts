import type { z } from 'astro/zod';
import { contentErrorMap, formatFieldPath } from '../zod-error-map.ts';
import { suggestClosest } from '../edit-distance.ts';
import type { FileProblems } from './file-problems.ts';
import { findLine, findSourceText, type ParsedYaml } from './yaml.ts';

type Issue = z.core.$ZodIssue;
type SchemaDef = { _zod?: { def?: Record<string, unknown> } };

/**
 * Validates the YAML's value against `schema`, reporting each issue in the author's words with its
 * line; null when anything is wrong.
 */
export function validate<S extends z.ZodType>(
	schema: S,
	parsed: ParsedYaml,
	report: FileProblems,
): z.output<S> | null {
	const result = schema.safeParse(parsed.value, { error: contentErrorMap, reportInput: true });
	if (result.success) return result.data;
	for (const issue of result.error.issues) {
		if (issue.code === 'unrecognized_keys') reportUnknownFields(issue, schema, parsed, report);
		else {
			const field = formatFieldPath(issue.path);
			report.error(messageOf(issue, parsed), field || undefined, findLine(parsed, issue.path));
		}
	}
	return null;
}

/** One problem per unknown field, each with the likely intended field or else the allowed ones. */
function reportUnknownFields(
	issue: Extract<Issue, { code: 'unrecognized_keys' }>,
	schema: z.ZodType,
	parsed: ParsedYaml,
	report: FileProblems,
) {
	const allowed = allowedKeys(issue, schema);
	for (const key of issue.keys) {
		const path = [...issue.path, key];
		const suggestion = suggestClosest(key, allowed);
		const hint = suggestion
			? `; did you mean ${suggestion}?`
			: allowed.length
				? `; the fields allowed here are ${allowed.join(', ')}`
				: '';
		report.error(`is not a known field${hint}`, formatFieldPath(path), findLine(parsed, path));
	}
}

/**
 * The issue's message, except for a number where text belongs: YAML reads an unquoted error code such
 * as 0x80070005 as a number, so the message quotes back what the author wrote.
 */
function messageOf(issue: Issue, parsed: ParsedYaml): string {
	if (
		issue.code !== 'invalid_type' ||
		issue.expected !== 'string' ||
		typeof issue.input !== 'number'
	)
		return issue.message;
	const written = findSourceText(parsed, issue.path) ?? String(issue.input);
	return /^0x[0-9a-f]+$/i.test(written)
		? `YAML read ${written} as a number (${issue.input}); put error codes in quotes: "${written}"`
		: `expected text but found the number ${written}; put it in quotes: "${written}"`;
}

/** Keys a strict object schema allows, for "did you mean" on unknown fields. */
function allowedKeys(issue: Issue, schema: z.ZodType): string[] {
	let current: unknown = schema;
	for (const key of issue.path) {
		current = unwrap(current);
		const def = (current as SchemaDef)._zod?.def;
		if (!def) return [];
		if (typeof key === 'number') current = def.element;
		else current = (def.shape as Record<string, unknown> | undefined)?.[String(key)];
	}
	const shape = (unwrap(current) as { _zod?: { def?: { shape?: Record<string, unknown> } } })._zod
		?.def?.shape;
	return shape ? Object.keys(shape) : [];
}

/** The object schema inside optional, default, pipe and similar wrappers. */
function unwrap(schema: unknown): unknown {
	let current = schema as SchemaDef | undefined;
	for (let i = 0; i < 10 && current?._zod?.def; i++) {
		const def = current._zod.def;
		const next =
			def.innerType ?? def.in ?? (def.type === 'pipe' ? def.in : undefined) ?? def.schema;
		if (!next || def.shape) break;
		current = next as typeof current;
	}
	return current;
}
