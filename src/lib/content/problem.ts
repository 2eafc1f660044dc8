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
