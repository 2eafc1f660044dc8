import type { z } from 'astro/zod';

/** One thing wrong (or worth a look) in the content, addressed to an author. */
export interface Problem {
	level: 'error' | 'warning';
	/** Path of the file, relative to where the command runs. */
	file: string;
	/** 1-based line in the file, where the source has one. */
	line?: number;
	/** Field path such as `status` or `updates[2].note`; absent for whole-file problems. */
	field?: string;
	message: string;
}

type RawIssue = z.core.$ZodRawIssue;

/** A problem, leaving out the field and line when there are none. */
export function makeProblem(
	level: Problem['level'],
	file: string,
	message: string,
	field?: string,
	line?: number,
): Problem {
	return { level, file, message, ...(field ? { field } : {}), ...(line ? { line } : {}) };
}

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

/** Edit distance, for "did you mean" suggestions on misspelt field names. */
export function getEditDistance(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		let previous = row[0]!;
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const current = row[j]!;
			row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
			previous = current;
		}
	}
	return row[b.length]!;
}

/** The closest of `candidates` to `word`, when it is close enough to be a likely typo. */
export function suggestClosest(word: string, candidates: Iterable<string>): string | undefined {
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const candidate of candidates) {
		const distance = getEditDistance(word.toLowerCase(), candidate.toLowerCase());
		if (distance < bestDistance) {
			best = candidate;
			bestDistance = distance;
		}
	}
	const allowed = Math.max(1, Math.floor(word.length / 3));
	return bestDistance <= allowed ? best : undefined;
}

/** Sorts problems by file, errors before warnings, then by line. */
export function sortProblems(problems: Problem[]): Problem[] {
	return [...problems].sort(
		(a, b) =>
			a.file.localeCompare(b.file) ||
			(a.level === b.level ? 0 : a.level === 'error' ? -1 : 1) ||
			(a.line ?? 0) - (b.line ?? 0),
	);
}

/** One line per problem: `file: field: message (line N)`. */
export function formatProblem(problem: Problem): string {
	const field = problem.field ? `${problem.field}: ` : '';
	const line = problem.line ? ` (line ${problem.line})` : '';
	return `${problem.file}: ${field}${problem.message}${line}`;
}
