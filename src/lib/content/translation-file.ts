import {
	NoticeTranslationSchema,
	SOURCE_FIELDS,
	TRANSLATED_FIELDS,
	TRANSLATION_SCHEMAS,
} from '../../schemas/translation.ts';
import { parseEntryFileName, type EntryType } from '../ids.ts';
import type { FileProblems } from './file-problems.ts';
import { readFrontmatter } from './entry-file.ts';
import { withoutBom } from './files.ts';
import { checkHiddenInFields } from './hidden-fields.ts';
import { validate } from './issues.ts';
import type { CheckedNoticeTranslation, CheckedTranslation, TranslationData } from './report.ts';
import { findLine, parseYaml, type ParsedYaml } from './yaml.ts';

/**
 * Fields of the source that a translation may not set ("status comes from the English entry KE-0042;
 * remove it here"), reported by name and taken out, so the rest of the file is still checked.
 */
function takeSourceFields(
	kind: EntryType | 'notice',
	parsed: ParsedYaml,
	file: FileProblems,
	sourceLanguage: string,
): ParsedYaml {
	const value = parsed.value as Record<string, unknown>;
	const id = typeof value.id === 'string' ? value.id : 'it translates';
	const noun = kind === 'notice' ? 'notice' : 'entry';
	const kept: Record<string, unknown> = {};
	for (const [key, field] of Object.entries(value)) {
		if (SOURCE_FIELDS[kind].includes(key) && !TRANSLATED_FIELDS[kind].includes(key)) {
			file.error(
				`comes from the ${sourceLanguage} ${noun} ${id}; remove it here (a translation holds only ${TRANSLATED_FIELDS[kind].join(', ')})`,
				key,
				findLine(parsed, [key]),
			);
		} else kept[key] = field;
	}
	return { ...parsed, value: kept };
}

function checkFileName(
	file: FileProblems,
	id: string,
	parsed: ParsedYaml,
	example: string,
): { slug: string } | null {
	const named = parseEntryFileName(file.file);
	if (!named) {
		file.error(
			`file name must be the id it translates, a hyphen and a slug in its own language, e.g. ${example}`,
		);
		return null;
	}
	if (named.id !== id) {
		file.error(
			`is ${id} but the file name starts with ${named.id}; make them the same`,
			'id',
			findLine(parsed, ['id']),
		);
		return null;
	}
	return { slug: named.slug };
}

/**
 * Checks one translation of an entry on its own (`content/articles/de/KB-1001-kennwort.mdx`): only the
 * fields a translation may hold, a `translatedFrom` date, and a file name that agrees with the id. Whether
 * the id exists, and whether a support matrix matches its source, are rules across files.
 */
export function checkTranslationFile(
	type: EntryType,
	lang: string,
	file: FileProblems,
	source: string,
	sourceLanguage: string,
): { translation: CheckedTranslation; parsed: ParsedYaml } | null {
	const read = readFrontmatter(file, source);
	if (!read) return null;
	const { split } = read;
	const parsed = takeSourceFields(type, read.parsed, file, sourceLanguage);
	if (!('translatedFrom' in (parsed.value as object))) {
		file.error(
			`is required: the updated date of the ${sourceLanguage} entry this translation was made from, e.g. translatedFrom: 2026-11-12`,
			'translatedFrom',
		);
	}
	const data = validate(TRANSLATION_SCHEMAS[type], parsed, file) as TranslationData | null;
	if (!data || !('translatedFrom' in (parsed.value as object))) return null;
	const named = checkFileName(file, data.id, parsed, `${data.id}-${lang}-title-words.mdx`);
	if (!named) return null;
	return {
		translation: {
			type,
			lang,
			file: file.file,
			id: data.id,
			slug: named.slug,
			data,
			body: split.body,
			bodyLine: split.bodyLine,
		},
		parsed,
	};
}

/** Checks one notice translation (`content/notices/de/N-8-vpn.yaml`): `id`, `title` and `message`. */
export function checkNoticeTranslationFile(
	lang: string,
	file: FileProblems,
	source: string,
	sourceLanguage: string,
): { translation: CheckedNoticeTranslation; parsed: ParsedYaml } | null {
	const raw = parseYaml(withoutBom(source), 0, file);
	if (!raw) return null;
	if (raw.value === null || typeof raw.value !== 'object' || Array.isArray(raw.value)) {
		file.error('must be a list of fields: id, title and message', undefined, 1);
		return null;
	}
	checkHiddenInFields(raw, file);
	const parsed = takeSourceFields('notice', raw, file, sourceLanguage);
	const data = validate(NoticeTranslationSchema, parsed, file);
	if (!data) return null;
	if (!checkFileName(file, data.id, parsed, `${data.id}-vpn-wartung.yaml`)) return null;
	return { translation: { lang, file: file.file, data }, parsed };
}
