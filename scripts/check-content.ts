/**
 * `npm run check`: validates the content folder (KB_CONTENT_DIR, default ./content) with the same schemas
 * and rules as the build, without building. Errors and warnings are grouped by file; exit 1 on any error.
 * `--json` prints the problems for machines.
 */
import { readClock } from '../src/lib/clock.ts';
import { checkContent } from '../src/lib/content/check.ts';
import { resolveContentDir } from '../src/lib/content/files.ts';
import type { Problem } from '../src/lib/content/problem.ts';

const json = process.argv.includes('--json');
const dir = resolveContentDir();
const report = checkContent(dir, { now: readClock() });
const errors = report.problems.filter((p) => p.level === 'error');
const warnings = report.problems.filter((p) => p.level === 'warning');

if (json) {
	console.log(
		JSON.stringify(
			{
				contentDir: dir,
				entries: report.entries.length,
				notices: report.notices.length,
				translations: report.translations.length,
				untranslated: report.untranslated,
				problems: report.problems,
			},
			null,
			2,
		),
	);
} else {
	const byFile = new Map<string, Problem[]>();
	for (const problem of report.problems)
		byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
	for (const [file, problems] of byFile) {
		console.log(file);
		for (const p of problems) {
			const where = p.line ? `line ${p.line}`.padEnd(9) : ''.padEnd(9);
			console.log(
				`  ${p.level === 'error' ? 'error  ' : 'warning'} ${where} ${p.field ? `${p.field}: ` : ''}${p.message}`,
			);
		}
		console.log('');
	}
	const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
	// Information, not a problem: what each language still shows in the original.
	for (const [lang, ids] of Object.entries(report.untranslated)) {
		const done = report.translations.filter((t) => t.lang === lang && !t.data.draft).length;
		console.log(
			ids.length === 0
				? `${lang}: every entry is translated (${done})`
				: `${lang}: ${done} translated, ${ids.length} not yet translated: ${ids.join(', ')}`,
		);
	}
	if (Object.keys(report.untranslated).length > 0) console.log('');
	console.log(
		`${plural(report.entries.length, 'entry').replace('entrys', 'entries')} and ${plural(report.notices.length, 'notice')} checked in ${dir}: ${plural(errors.length, 'error')}, ${plural(warnings.length, 'warning')}`,
	);
}
process.exitCode = errors.length > 0 ? 1 : 0;
