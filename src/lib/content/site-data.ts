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
	const read = <S extends z.ZodType>(name: string, schema: S, required: boolean) =>
		readDataFile(join(contentDir, name), schema, required, show, problems);
	return {
		site: read('site.yaml', SiteSchema, true),
		categories: read('categories.yaml', CategoriesSchema, true),
		synonyms: read('synonyms.yaml', SynonymsSchema, false) ?? [],
	};
}
