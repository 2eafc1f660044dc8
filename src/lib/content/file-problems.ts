import { makeProblem, type Problem } from './problem.ts';

/** Collects the problems of one file, so each check names only the message, field and line. */
export class FileProblems {
	readonly file: string;
	readonly into: Problem[];
	constructor(file: string, into: Problem[]) {
		this.file = file;
		this.into = into;
	}
	error(message: string, field?: string, line?: number) {
		this.into.push(makeProblem('error', this.file, message, field, line));
	}
	warn(message: string, field?: string, line?: number) {
		this.into.push(makeProblem('warning', this.file, message, field, line));
	}
}
