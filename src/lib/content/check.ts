import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ENTRY_FOLDERS, type EntryType } from '../ids.ts';
import { sortProblems, type Problem } from './problem.ts';
import { checkEntryFile } from './entry-file.ts';
import { FileProblems } from './file-problems.ts';
import { listFiles, readText } from './files.ts';
import { checkNoticeFile } from './notice-file.ts';
import type { ContentReport } from './report.ts';
import { checkCrossEntryRules } from './rules/index.ts';
import { DATA_SCHEMAS, checkDataSource, readSiteData } from './site-data.ts';
import { checkLanguageText } from './ui-text.ts';
import { checkNoticeTranslationFile, checkTranslationFile } from './translation-file.ts';
import { getSiteLanguages } from '../../i18n/languages.ts';
import { DEFAULT_LANGUAGE } from '../../schemas/site.ts';
import { isImageFile } from './images.ts';
import { getUntranslated } from './untranslated.ts';
import { findLine, type ParsedYaml } from './yaml.ts';

interface CheckOptions {
	/** Folder paths in messages are shown relative to this (default: the working directory). */
	cwd?: string;
	/** The moment "now" for time-based warnings (stale entries, overdue updates). */
	now?: Date;
}

/**
 * Reads and validates the whole content folder: every entry, notice and data file, then the rules that
 * span entries (unique ids and slugs, related ids, categories, links). Nothing invalid is skipped
 * silently: each problem names the file, the field and what is allowed.
 */
export function checkContent(contentDir: string, options: CheckOptions = {}): ContentReport {
	const cwd = options.cwd ?? process.cwd();
	const problems: Problem[] = [];
	const show = (absolute: string) => relative(cwd, absolute) || absolute;
	const report: ContentReport = {
		entries: [],
		notices: [],
		translations: [],
		noticeTranslations: [],
		languageData: {},
		untranslated: {},
		problems,
	};
	// Each valid file's YAML, so the rules across entries can give the line of a field.
	const parsedByFile = new Map<string, ParsedYaml>();
	const folder = { show, problems, parsedByFile };

	const { languages: languageData, ...data } = readSiteData(contentDir, show, problems);
	checkLanguageText(contentDir, languageData, show, problems);
	Object.assign(report, data, { languageData });
	const languages = report.site
		? { default: report.site.defaultLanguage, all: getSiteLanguages(report.site) }
		: undefined;
	const sourceLanguage = languageNameInEnglish(languages?.default ?? DEFAULT_LANGUAGE);
	for (const [type, name] of Object.entries(ENTRY_FOLDERS) as [EntryType, string][]) {
		checkFolder(
			join(contentDir, name),
			folder,
			languages,
			// Screenshots sit beside the entries that show them (`articles/images/vpn.png`).
			{ pattern: /\.mdx?$/, expected: 'entries must be .mdx or .md files', isAsset: isImageFile },
			(file, source, lang) => {
				if (lang) {
					const checked = checkTranslationFile(type, lang, file, source, sourceLanguage);
					if (checked) report.translations.push(checked.translation);
					return checked?.parsed;
				}
				const checked = checkEntryFile(type, file, source);
				if (checked) report.entries.push(checked.entry);
				return checked?.parsed;
			},
		);
	}
	checkFolder(
		join(contentDir, 'notices'),
		folder,
		languages,
		{ pattern: /\.ya?ml$/, expected: 'notices must be .yaml files' },
		(file, source, lang) => {
			if (lang) {
				const checked = checkNoticeTranslationFile(lang, file, source, sourceLanguage);
				if (checked) report.noticeTranslations.push(checked.translation);
				return checked?.parsed;
			}
			const checked = checkNoticeFile(file, source);
			if (checked) report.notices.push(checked.notice);
			return checked?.parsed;
		},
	);

	const rules = checkCrossEntryRules({
		entries: report.entries,
		notices: report.notices,
		site: report.site,
		categories: report.categories,
		translations: report.translations,
		noticeTranslations: report.noticeTranslations,
		languageData: report.languageData,
		sourceLanguage,
		siteFile: show(join(contentDir, 'site.yaml')),
		now: options.now,
		lineOf: (file, path) => {
			const parsed = parsedByFile.get(file);
			return parsed ? findLine(parsed, path) : undefined;
		},
		listFolder: (shown) => {
			try {
				return readdirSync(resolve(cwd, shown));
			} catch {
				return undefined;
			}
		},
	});
	report.problems = sortProblems([...problems, ...rules]);
	if (languages) report.untranslated = getUntranslated(report.entries, report.translations, languages.all.slice(1));
	return report;
}

/** "English" for `en-GB`: how the content check names the language translations come from. */
function languageNameInEnglish(tag: string): string {
	const base = tag.split('-')[0]!;
	return new Intl.DisplayNames(['en'], { type: 'language' }).of(base) ?? tag;
}

interface FolderLanguages {
	default: string;
	all: readonly string[];
}

interface FolderCheck {
	show: (path: string) => string;
	problems: Problem[];
	parsedByFile: Map<string, ParsedYaml>;
}

interface FolderFiles {
	/** The names of the folder's own files. */
	pattern: RegExp;
	/** What a file that does not match is told. */
	expected: string;
	/** Files that belong in the folder without being checked here (images, checked where used). */
	isAsset?: (name: string) => boolean;
}

/**
 * Checks each file of `dir` with `check`, which returns the parsed YAML of a valid file. A file
 * without the folder's extension is a warning rather than silently left out.
 */
function checkFolder(
	dir: string,
	folder: FolderCheck,
	languages: FolderLanguages | undefined,
	files: FolderFiles,
	check: (file: FileProblems, source: string, lang?: string) => ParsedYaml | undefined,
) {
	for (const name of listFiles(dir)) {
		const path = join(dir, name);
		const file = new FileProblems(folder.show(path), folder.problems);
		if (files.isAsset?.(name)) continue;
		if (!files.pattern.test(name)) {
			file.warn(`is ignored: ${files.expected}`);
			continue;
		}
		const parts = name.split(/[\\/]/);
		let lang: string | undefined;
		if (parts.length > 1) {
			// Only translations live in a folder, and only in a folder named after one of the languages.
			if (!languages) continue;
			const others = languages.all.slice(1);
			lang = others.find((candidate) => candidate.toLowerCase() === parts[0]!.toLowerCase());
			if (!lang) {
				file.error(
					parts[0]!.toLowerCase() === languages.default.toLowerCase()
						? `is in a folder of the default language ${languages.default}: entries in the default language go directly in the collection's folder`
						: `is in the folder ${parts[0]}, which is not a language of site.yaml (languages: ${languages.all.join(', ')}); add it to languages, or move the file`,
				);
				continue;
			}
			if (parts.length > 2) {
				file.error(`is in a subfolder: translations go directly in the ${parts[0]} folder`);
				continue;
			}
		}
		const parsed = check(file, readText(path), lang);
		if (parsed) folder.parsedByFile.set(file.file, parsed);
	}
}

/**
 * Checks one file's text on its own, as if it were at `file` in the content folder: what `npm run check`
 * says about it before the rules that span entries. For editors, scaffolding and tests.
 */
export function checkSource(
	kind: EntryType | 'notice' | keyof typeof DATA_SCHEMAS,
	file: string,
	source: string,
): { data?: unknown; problems: Problem[] } {
	const problems: Problem[] = [];
	const report = new FileProblems(file, problems);
	let data: unknown;
	if (kind === 'notice') data = checkNoticeFile(report, source)?.notice.data;
	else if (kind === 'site' || kind === 'categories' || kind === 'synonyms')
		data = checkDataSource(DATA_SCHEMAS[kind], source, report);
	else data = checkEntryFile(kind, report, source)?.entry.data;
	return { ...(data ? { data } : {}), problems };
}
