import { ArticleSchema } from '../../schemas/article.ts';
import { KnownErrorSchema } from '../../schemas/known-error.ts';
import { PolicySchema } from '../../schemas/policy.ts';
import { parseEntryFileName, type EntryType } from '../ids.ts';
import type { FileProblems } from './file-problems.ts';
import { splitFrontmatter } from './files.ts';
import { checkHiddenInFields } from './hidden-fields.ts';
import { validate } from './issues.ts';
import type { CheckedEntry, EntryData } from './report.ts';
import { findLine, parseYaml, type ParsedYaml } from './yaml.ts';

/** The schema of each entry type; `src/content.config.ts` gives Astro the same ones. */
const ENTRY_SCHEMAS = {
	article: ArticleSchema,
	'known-error': KnownErrorSchema,
	policy: PolicySchema,
} as const;

const ENTRY_ID_EXAMPLES: Record<EntryType, string> = {
	article: 'KB-1042',
	'known-error': 'KE-0042',
	policy: 'POL-001',
};

/**
 * An entry file's frontmatter as YAML fields, and its body: the part every entry and translation file
 * shares. Reports a missing frontmatter, YAML errors, a frontmatter that is not fields, and hidden
 * characters; null when there is nothing to check further.
 */
export function readFrontmatter(
	file: FileProblems,
	source: string,
): { split: NonNullable<ReturnType<typeof splitFrontmatter>>; parsed: ParsedYaml } | null {
	const split = splitFrontmatter(source);
	if (!split) {
		file.error(
			'has no frontmatter: the file must start with a line --- then the fields, then another ---',
			undefined,
			1,
		);
		return null;
	}
	const parsed = parseYaml(split.frontmatter, 1, file);
	if (!parsed) return null;
	if (parsed.value === null || typeof parsed.value !== 'object' || Array.isArray(parsed.value)) {
		file.error('frontmatter must be a list of fields such as "title: ..."', undefined, 2);
		return null;
	}
	checkHiddenInFields(parsed, file);
	return { split, parsed };
}

/**
 * Checks one entry file on its own: frontmatter, fields, and a file name that agrees with the id.
 * Returns the entry and its parsed frontmatter (for the lines of later problems), or null when invalid.
 */
export function checkEntryFile(
	type: EntryType,
	file: FileProblems,
	source: string,
): { entry: CheckedEntry; parsed: ParsedYaml } | null {
	const read = readFrontmatter(file, source);
	if (!read) return null;
	const { split, parsed } = read;
	const data = validate(ENTRY_SCHEMAS[type], parsed, file) as EntryData | null;
	const named = parseEntryFileName(file.file);
	if (!named) {
		file.error(
			`file name must be the entry's id, a hyphen and a slug of lowercase words, e.g. ${ENTRY_ID_EXAMPLES[type]}-reset-your-password.mdx`,
		);
		return null;
	}
	if (!data) return null;
	if (named.id !== data.id) {
		file.error(
			`is ${data.id} but the file name starts with ${named.id}; make them the same`,
			'id',
			findLine(parsed, ['id']),
		);
		return null;
	}
	const { body, bodyLine } = split;
	return {
		entry: { type, file: file.file, id: data.id, slug: named.slug, data, body, bodyLine },
		parsed,
	};
}
