/**
 * `npm test`: every suite in turn (type check, unit and fixture builds, browser end-to-end and
 * accessibility), then one closing line `N passed, N failed` summed over all of them. Exits non-zero
 * when anything failed or a suite could not run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const reports = join(root, 'test/.reports');
const bin = (pkg: string, file: string) => join(root, 'node_modules', pkg, file);

rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

interface Tally {
	suite: string;
	passed: number;
	failed: number;
	exitCode: number | null;
}

function run(
	suite: string,
	args: string[],
	read: (exitCode: number | null) => { passed: number; failed: number },
): Tally {
	console.log(`\n=== ${suite} ===`);
	const result = spawnSync(process.execPath, args, {
		cwd: root,
		stdio: 'inherit',
		env: process.env,
	});
	const counts = read(result.status);
	return { suite, ...counts, exitCode: result.status };
}

function readJson<T>(path: string): T | undefined {
	return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : undefined;
}

const passedIfZero = (code: number | null) =>
	code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };

const tallies: Tally[] = [
	// The house style is part of the build: a file prettier would rewrite fails here, named.
	run(
		'formatting (prettier --check)',
		[bin('prettier', 'bin/prettier.cjs'), '--check', '.'],
		passedIfZero,
	),
	run('type check (astro check)', [bin('astro', 'bin/astro.mjs'), 'check'], passedIfZero),
	run(
		'unit and fixture builds (vitest)',
		[
			bin('vitest', 'vitest.mjs'),
			'run',
			'--config',
			'test/vitest.config.ts',
			'--reporter=default',
			'--reporter=json',
			`--outputFile.json=${join(reports, 'vitest.json')}`,
		],
		() => {
			const json = readJson<{ numPassedTests: number; numFailedTests: number }>(
				join(reports, 'vitest.json'),
			);
			return { passed: json?.numPassedTests ?? 0, failed: json?.numFailedTests ?? 0 };
		},
	),
	run(
		'end-to-end and accessibility (playwright)',
		[bin('@playwright/test', 'cli.js'), 'test', '--config', 'test/playwright.config.ts'],
		() => {
			const json = readJson<{ stats: { expected: number; unexpected: number; flaky: number } }>(
				join(root, 'test/.reports/playwright.json'),
			);
			return {
				passed: (json?.stats.expected ?? 0) + (json?.stats.flaky ?? 0),
				failed: json?.stats.unexpected ?? 0,
			};
		},
	),
];

console.log('\n=== summary ===');
for (const t of tallies) {
	const note = t.exitCode === 0 ? '' : ` (exit code ${t.exitCode})`;
	console.log(`${t.suite}: ${t.passed} passed, ${t.failed} failed${note}`);
}
const passed = tallies.reduce((sum, t) => sum + t.passed, 0);
// A suite that exits non-zero without reporting a failed test (a crash, a build error) still counts.
const failed = tallies.reduce((sum, t) => sum + (t.failed || (t.exitCode === 0 ? 0 : 1)), 0);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
