import type { Categories } from '../../../schemas/categories.ts';
import type { Site } from '../../../schemas/site.ts';
import { makeProblem, type Problem } from '../problem.ts';
import type {
	CheckedEntry,
	CheckedNotice,
	CheckedNoticeTranslation,
	CheckedTranslation,
	LanguageData,
} from '../report.ts';

/** What a rule that spans entries looks at: every valid entry and notice, and the site's data. */
export interface RuleContext {
	entries: readonly CheckedEntry[];
	notices: readonly CheckedNotice[];
	site?: Site | undefined;
	categories?: Categories | undefined;
	/** Translations of entries and notices, and each language's data files. */
	translations: readonly CheckedTranslation[];
	noticeTranslations: readonly CheckedNoticeTranslation[];
	languageData: Readonly<Record<string, LanguageData>>;
	/** The default language as messages name it ("English"). */
	sourceLanguage: string;
	/** `site.yaml` as problems name it. */
	siteFile: string;
	/** The moment "now" for time-based warnings; without it they are not given. */
	now?: Date | undefined;
	/** The line of a field in an entry or notice file, where it has one. */
	lineOf(file: string, path: readonly PropertyKey[]): number | undefined;
	/**
	 * The names of the files in a folder (given as files are shown), or undefined when it does not
	 * exist; without it, rules do not look for files beside the content (images).
	 */
	listFolder?(folder: string): readonly string[] | undefined;
}

/** A rule across entries: the problems it finds, in the order it finds them. */
export type CrossEntryRule = (context: RuleContext) => Problem[];

/** A problem with a field of an entry or notice file, at that field's line. */
export function fieldProblem(
	context: RuleContext,
	level: Problem['level'],
	file: string,
	field: string,
	path: readonly PropertyKey[],
	message: string,
): Problem {
	return makeProblem(level, file, message, field, context.lineOf(file, path));
}
