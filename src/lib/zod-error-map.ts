import type { z } from 'astro/zod';

type RawIssue = z.core.$ZodRawIssue;

/** Nouns for enum fields, so a message reads "is not a status" rather than "is not allowed". */
const ENUM_NOUNS: Record<string, string> = {
	status: 'a status',
	severity: 'a severity',
	platforms: 'a platform',
	devices: 'a device type',
	who: 'a support route',
	mode: 'a handoff mode',
};

/** Describes a YAML value the way an author wrote it. */
function describeValue(value: unknown): string {
	if (value === null) return 'an empty value';
	if (value instanceof Date) return 'a date';
	if (Array.isArray(value)) return 'a list';
	switch (typeof value) {
		case 'string':
			return `the text ${JSON.stringify(value)}`;
		case 'number':
			return `the number ${value}`;
		case 'boolean':
			return `${value}`;
		case 'object':
			return 'a group of fields';
		default:
			return 'nothing';
	}
}

function lastKey(path: readonly PropertyKey[] | undefined): string {
	const keys = (path ?? []).filter((key) => typeof key === 'string');
	return String(keys.at(-1) ?? '');
}

/**
 * Zod error map for content: plain-language messages for the issues authors make. Passed to
 * `safeParse(data, { error })`, so messages written on a schema field still take precedence.
 */
export function contentErrorMap(issue: RawIssue): string | undefined {
	const input = issue.input;
	switch (issue.code) {
		case 'invalid_type': {
			if (input === undefined) return 'is required';
			const found = describeValue(input);
			switch (issue.expected) {
				case 'string':
					if (typeof input === 'number')
						return `expected text but found ${found}; put the value in quotes`;
					if (typeof input === 'boolean')
						return `expected text but found ${found} (YAML reads yes, no, true and false as true or false); put the value in quotes`;
					return `expected text but found ${found}`;
				case 'array':
					return `expected a list, written [first, second] or one "- item" per line, but found ${found}`;
				case 'object':
					return `expected a group of fields but found ${found}`;
				case 'boolean':
					return `expected true or false but found ${found}`;
				case 'number':
					return `expected a number but found ${found}`;
				default:
					return `expected ${issue.expected} but found ${found}`;
			}
		}
		case 'invalid_value': {
			const noun = ENUM_NOUNS[lastKey(issue.path)] ?? 'allowed here';
			const shown = typeof input === 'string' ? JSON.stringify(input) : describeValue(input);
			return `${shown} is not ${noun}; use one of ${issue.values.join(', ')}`;
		}
		case 'too_big':
			if (issue.origin === 'string' && typeof input === 'string')
				return `is ${input.length} characters long; at most ${issue.maximum} are allowed`;
			if (issue.origin === 'array')
				return `has too many items; at most ${issue.maximum} are allowed`;
			return `is too large; at most ${issue.maximum} is allowed`;
		case 'too_small':
			if (issue.origin === 'string')
				return Number(issue.minimum) <= 1
					? 'is empty; write some text or remove the field'
					: `is too short; at least ${issue.minimum} characters are needed`;
			if (issue.origin === 'array')
				return `needs at least ${issue.minimum} item${Number(issue.minimum) === 1 ? '' : 's'}`;
			return `is too small; at least ${issue.minimum} is needed`;
		case 'unrecognized_keys':
			return `has unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.join(', ')}`;
		case 'invalid_key':
			return issue.issues[0]?.message ?? 'is not an allowed key';
		case 'invalid_union':
			return `has the wrong kind of value (${describeValue(input)})`;
		default:
			return undefined;
	}
}

/** Formats a field path: `updates[2].note`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
	let out = '';
	for (const key of path) {
		if (typeof key === 'number') out += `[${key}]`;
		else out += out ? `.${String(key)}` : String(key);
	}
	return out;
}
