import { CORE_SCHEMA, load } from 'js-yaml';
import { LineCounter, parseDocument, isScalar, type Document } from 'yaml';
import type { FileProblems } from './file-problems.ts';

/**
 * YAML read for its value, with the text kept so a problem can name the line an author wrote. Most
 * files have no problem: they are read with js-yaml (the reader Astro itself uses for frontmatter, here
 * with YAML 1.2's core schema, as `yaml` reads it), several times faster than a document that keeps
 * every position. The positions are worked out from the text only when a problem needs a line.
 */
export interface ParsedYaml {
	value: unknown;
	/** The YAML text. */
	source: string;
	/** Lines before the YAML text in its file (1 for the opening `---` of frontmatter). */
	lineOffset: number;
}

/** The YAML read again as a document that knows where each value was written; once per text. */
const documents = new WeakMap<ParsedYaml, { doc: Document; lines: LineCounter }>();

function readDocument(source: string) {
	const lines = new LineCounter();
	const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
	return { doc, lines };
}

function positioned(parsed: ParsedYaml): { doc: Document; lines: LineCounter } {
	let read = documents.get(parsed);
	if (!read) {
		read = readDocument(parsed.source);
		documents.set(parsed, read);
	}
	return read;
}

/** The YAML's value, or null after reporting each syntax error with its line. */
export function parseYaml(
	source: string,
	lineOffset: number,
	report: FileProblems,
): ParsedYaml | null {
	try {
		// js-yaml refuses a field written twice, as `yaml` does with uniqueKeys.
		return { value: load(source, { schema: CORE_SCHEMA }) ?? null, source, lineOffset };
	} catch {
		// Read again, for `yaml`'s messages and the line of each error.
	}
	const { doc, lines } = readDocument(source);
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
	const parsed = { value: doc.toJS(), source, lineOffset };
	documents.set(parsed, { doc, lines });
	return parsed;
}

/**
 * The line of the value at `path` in the YAML. A missing value inside a list or group points at that
 * list item or group; a missing top-level field has no line.
 */
export function findLine(parsed: ParsedYaml, path: readonly PropertyKey[]): number | undefined {
	const { doc, lines } = positioned(parsed);
	for (let depth = path.length; depth >= Math.min(1, path.length); depth--) {
		const node = doc.getIn(path.slice(0, depth) as unknown[], true) as
			{ range?: [number, number, number] } | undefined;
		if (node?.range) return lines.linePos(node.range[0]).line + parsed.lineOffset;
	}
	return undefined;
}

/** The text an author wrote for the value at `path`, e.g. `0x80070005` that YAML read as a number. */
export function findSourceText(
	parsed: ParsedYaml,
	path: readonly PropertyKey[],
): string | undefined {
	const { doc } = positioned(parsed);
	const node = doc.getIn(path as unknown[], true);
	if (isScalar(node) && node.source !== undefined) return String(node.source);
	if (isScalar(node) && node.range) {
		return doc.toString().slice(node.range[0], node.range[1]);
	}
	return undefined;
}
