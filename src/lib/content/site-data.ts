import { join } from 'node:path';
import type { z } from 'astro/zod';
import { CategoriesSchema } from '../../schemas/categories.ts';
import { SiteSchema } from '../../schemas/site.ts';
import { SynonymsSchema } from '../../schemas/synonyms.ts';
import type { Problem } from '../problems.ts';
import { FileProblems } from './file-problems.ts';
import { readText, withoutBom } from './files.ts';
import { validate } from './issues.ts';
import { parseYaml } from './yaml.ts';

/** The schema of each of the site's data files, by the file's name without `.yaml`. */
export const DATA_SCHEMAS = {
	site: SiteSchema,
	categories: CategoriesSchema,
	synonyms: SynonymsSchema,
} as const;

/** The data files a portal cannot be built without; the others (synonyms) may be left out. */
export const REQUIRED_DATA_FILES: ReadonlySet<keyof typeof DATA_SCHEMAS> = new Set([
	'site',
	'categories',
]);

/** The data in a data file's text, or undefined after reporting what is wrong with it. */
export function checkDataSource<S extends z.ZodType>(
	schema: S,
	source: string,
	file: FileProblems,
): z.output<S> | undefined {
	const parsed = parseYaml(withoutBom(source), 0, file);
	return parsed ? (validate(schema, parsed, file) ?? undefined) : undefined;
}

function readDataFile<S extends z.ZodType>(
	path: string,
	schema: S,
	required: boolean,
	show: (path: string) => string,
	problems: Problem[],
): z.output<S> | undefined {
	const file = new FileProblems(show(path), problems);
	let source: string;
	try {
		source = readText(path);
	} catch {
		if (required) file.error('is missing; the portal needs this file');
		return undefined;
	}
	return checkDataSource(schema, source, file);
}

/**
 * Reads the content folder's data files into `problems`; `show` is how a file's path appears in them.
 * Synonyms are optional, so a folder without them has none.
 */
export function readDataFiles(
	contentDir: string,
	show: (path: string) => string,
	problems: Problem[],
) {
	const read = <K extends keyof typeof DATA_SCHEMAS>(name: K) =>
		readDataFile(
			join(contentDir, `${name}.yaml`),
			DATA_SCHEMAS[name],
			REQUIRED_DATA_FILES.has(name),
			show,
			problems,
		);
	return { site: read('site'), categories: read('categories'), synonyms: read('synonyms') ?? [] };
}
