import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { TranslatedCategoriesSchema } from '../../schemas/categories.ts';
import { UiTextSchema } from '../../schemas/ui.ts';
import { getSiteLanguages } from '../../i18n/languages.ts';
import { TranslatedSiteSchema, type Site } from '../../schemas/site.ts';
import type { LanguageData } from './report.ts';
import type { z } from 'astro/zod';
import { CategoriesSchema, type Categories } from '../../schemas/categories.ts';
import { SiteSchema } from '../../schemas/site.ts';
import { SynonymsSchema, type Synonyms } from '../../schemas/synonyms.ts';
import type { Problem } from './problem.ts';
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

/**
 * What each language other than the default may add, by the file's name without `.<lang>.yaml`:
 * `site.de.yaml` (the portal's name and opening hours), `categories.de.yaml`, `synonyms.de.yaml`.
 */
export const LANGUAGE_DATA_SCHEMAS = {
	site: TranslatedSiteSchema,
	categories: TranslatedCategoriesSchema,
	synonyms: SynonymsSchema,
} as const;

/** The portal's own text in a language, over what ships: `ui/de.yaml`, for every language. */
/** A language's text over the portal's own, in the content folder. */
export const uiTextFile = (lang: string) => `ui/${lang}`;

/** The data files a portal cannot be built without; the others (synonyms) may be left out. */
export const REQUIRED_DATA_FILES: ReadonlySet<keyof typeof DATA_SCHEMAS> = new Set([
	'site',
	'categories',
]);

/** The site's data files, read and checked: what the build's `site` collection and the content check both get. */
export interface SiteData {
	site?: Site | undefined;
	categories?: Categories | undefined;
	/** Empty when the portal has no `synonyms.yaml`. */
	synonyms: Synonyms;
	/** Each language's own data files, by language; none while `site.yaml` is missing or invalid. */
	languages: Record<string, LanguageData>;
}

/**
 * Every data file of the content folder (`site.yaml`, `categories.yaml`, `synonyms.yaml`, and per
 * language `site.<lang>.yaml`, `categories.<lang>.yaml`, `synonyms.<lang>.yaml`, `ui/<lang>.yaml`), read
 * the one way for the build and `npm run check`: the languages and their defaults are the schema's.
 * What is wrong goes into `problems`, each file named by `show`.
 */
export function readSiteData(
	contentDir: string,
	show: (path: string) => string = (path) => path,
	problems: Problem[] = [],
): SiteData {
	const data = readDataFiles(contentDir, show, problems);
	const languages = data.site
		? readLanguageData(contentDir, data.site, Object.keys(data.categories ?? {}), show, problems)
		: {};
	return { ...data, languages };
}

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
function readDataFiles(
	contentDir: string,
	show: (path: string) => string,
	problems: Problem[],
): Omit<SiteData, 'languages'> {
	const read = <S extends z.ZodType>(name: keyof typeof DATA_SCHEMAS, schema: S) =>
		readDataFile(
			join(contentDir, `${name}.yaml`),
			schema,
			REQUIRED_DATA_FILES.has(name),
			show,
			problems,
		);
	return {
		site: read('site', DATA_SCHEMAS.site),
		categories: read('categories', DATA_SCHEMAS.categories),
		synonyms: read('synonyms', DATA_SCHEMAS.synonyms) ?? [],
	};
}

/**
 * Each language's own data files: `categories.<lang>.yaml`, `synonyms.<lang>.yaml` and
 * `ui/<lang>.yaml` (the portal's text over what ships; `checkLanguageText` says what a language lacks).
 * A data file for a language `site.yaml` does not list is a warning, not silently unused.
 */
function readLanguageData(
	contentDir: string,
	site: Site,
	categoryKeys: readonly string[],
	show: (path: string) => string,
	problems: Problem[],
): Record<string, LanguageData> {
	const languages = getSiteLanguages(site);
	const data: Record<string, LanguageData> = {};
	for (const lang of languages) {
		const own: LanguageData = {};
		if (lang !== site.defaultLanguage) {
			const path = (name: keyof typeof LANGUAGE_DATA_SCHEMAS) =>
				join(contentDir, `${name}.${lang}.yaml`);
			const siteText = readDataFile(
				path('site'),
				LANGUAGE_DATA_SCHEMAS.site,
				false,
				show,
				problems,
			);
			if (siteText) own.site = siteText;
			const categories = readDataFile(
				path('categories'),
				LANGUAGE_DATA_SCHEMAS.categories,
				false,
				show,
				problems,
			);
			if (categories) {
				own.categories = categories;
				const file = new FileProblems(show(path('categories')), problems);
				for (const key of Object.keys(categories))
					if (categoryKeys.length > 0 && !categoryKeys.includes(key))
						file.error(
							`is not a category of categories.yaml (${categoryKeys.join(', ')}); translate only those`,
							key,
						);
			}
			const synonyms = readDataFile(
				path('synonyms'),
				LANGUAGE_DATA_SCHEMAS.synonyms,
				false,
				show,
				problems,
			);
			if (synonyms) own.synonyms = synonyms;
		}
		const uiPath = join(contentDir, `${uiTextFile(lang)}.yaml`);
		const ui = readDataFile(uiPath, UiTextSchema, false, show, problems);
		if (ui) own.ui = ui;
		data[lang] = own;
	}
	const listed = new Set(languages.map((lang) => lang.toLowerCase()));
	const strays = [
		...safeList(contentDir)
			.map((name) =>
				new RegExp(`^(?:${Object.keys(LANGUAGE_DATA_SCHEMAS).join('|')})\\.([^.]+)\\.ya?ml$`).exec(name),
			)
			.filter((match): match is RegExpExecArray => Boolean(match))
			.map((match) => ({ path: join(contentDir, match[0]), lang: match[1]! })),
		...safeList(join(contentDir, 'ui'))
			.map((name) => /^([^.]+)\.ya?ml$/.exec(name))
			.filter((match): match is RegExpExecArray => Boolean(match))
			.map((match) => ({ path: join(contentDir, 'ui', match[0]), lang: match[1]! })),
	];
	for (const stray of strays) {
		if (listed.has(stray.lang.toLowerCase())) continue;
		new FileProblems(show(stray.path), problems).warn(
			`is ignored: ${stray.lang} is not a language of site.yaml (languages: ${languages.join(', ')})`,
		);
	}
	return data;
}

function safeList(dir: string): string[] {
	try {
		return readdirSync(dir);
	} catch {
		return [];
	}
}
