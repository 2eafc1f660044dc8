import { describeHiddenCharacter, findHiddenCharacters } from '../unsafe-content.ts';
import type { FileProblems } from './file-problems.ts';
import { findLine, type ParsedYaml } from './yaml.ts';

/** Invisible characters in any text field: a title, alias or error message must read as it displays. */
export function checkHiddenInFields(parsed: ParsedYaml, file: FileProblems) {
	const visit = (value: unknown, path: PropertyKey[]) => {
		if (typeof value === 'string') {
			for (const hidden of findHiddenCharacters(value)) {
				file.error(describeHiddenCharacter(hidden), path.join('.'), findLine(parsed, path));
			}
		} else if (Array.isArray(value)) {
			value.forEach((item, index) => visit(item, [...path, index]));
		} else if (value && typeof value === 'object' && !(value instanceof Date)) {
			for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
		}
	};
	visit(parsed.value, []);
}
