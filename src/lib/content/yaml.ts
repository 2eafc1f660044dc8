import { LineCounter, parseDocument, isScalar, type Document } from 'yaml';
import type { FileProblems } from './file-problems.ts';

/** YAML read with its positions kept, so a problem can name the line an author wrote. */
export interface ParsedYaml {
	value: unknown;
	doc: Document;
	lines: LineCounter;
	/** Lines before the YAML text in its file (1 for the opening `---` of frontmatter). */
	lineOffset: number;
}

/** The YAML's value and positions, or null after reporting each syntax error with its line. */
export function parseYaml(
	source: string,
	lineOffset: number,
	report: FileProblems,
): ParsedYaml | null {
	const lines = new LineCounter();
	const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
	if (doc.errors.length > 0) {
		for (const error of doc.errors) {
			const line = error.pos ? lines.linePos(error.pos[0]).line + lineOffset : undefined;
			const reason =
				error.code === 'DUPLICATE_KEY' ? 'a field is written twice' : error.message.split('\n')[0];
			report.error(
				`YAML syntax error: ${reason}. Check indentation, colons and quotes on this line`,
				undefined,
				line,
			);
		}
		return null;
	}
	return { value: doc.toJS(), doc, lines, lineOffset };
}

/**
 * The line of the value at `path` in the YAML. A missing value inside a list or group points at that
 * list item or group; a missing top-level field has no line.
 */
export function findLine(parsed: ParsedYaml, path: readonly PropertyKey[]): number | undefined {
	for (let depth = path.length; depth >= Math.min(1, path.length); depth--) {
		const node = parsed.doc.getIn(path.slice(0, depth) as unknown[], true) as
			{ range?: [number, number, number] } | undefined;
		if (node?.range) return parsed.lines.linePos(node.range[0]).line + parsed.lineOffset;
	}
	return undefined;
}

/** The text an author wrote for the value at `path`, e.g. `0x80070005` that YAML read as a number. */
export function findSourceText(
	parsed: ParsedYaml,
	path: readonly PropertyKey[],
): string | undefined {
	const node = parsed.doc.getIn(path as unknown[], true);
	if (isScalar(node) && node.source !== undefined) return String(node.source);
	if (isScalar(node) && node.range) {
		return parsed.doc.toString().slice(node.range[0], node.range[1]);
	}
	return undefined;
}
