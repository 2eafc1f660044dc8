import { NoticeSchema } from '../../schemas/notice.ts';
import { parseEntryFileName } from '../ids.ts';
import type { FileProblems } from './file-problems.ts';
import { withoutBom } from './files.ts';
import { checkHiddenInFields } from './hidden-fields.ts';
import { validate } from './issues.ts';
import type { CheckedNotice } from './report.ts';
import { parseYaml, type ParsedYaml } from './yaml.ts';

/**
 * Checks one notice file on its own: its fields, and a file name that starts with its id. Returns the
 * notice and its parsed YAML (for the lines of later problems), or null when invalid.
 */
export function checkNoticeFile(
	file: FileProblems,
	source: string,
): { notice: CheckedNotice; parsed: ParsedYaml } | null {
	const parsed = parseYaml(withoutBom(source), 0, file);
	if (!parsed) return null;
	checkHiddenInFields(parsed, file);
	const data = validate(NoticeSchema, parsed, file);
	if (!data) return null;
	const named = parseEntryFileName(file.file);
	if (!named || named.id !== data.id) {
		file.error(
			`file name must start with the notice id ${data.id}, e.g. ${data.id}-vpn-maintenance.yaml`,
		);
		return null;
	}
	return { notice: { file: file.file, data }, parsed };
}
