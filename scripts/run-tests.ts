/**
 * `npm test`: every suite (formatting, type check, unit and fixture builds, browser end-to-end and
 * accessibility), then one closing line `N passed, N failed` summed over all of them. Exits non-zero
 * when anything failed or a suite could not run.
 *
 * What the suites share is made once, first, side by side with the formatting and type checks: the one
 * build of the sample portal (test/sample-build.ts) and, where it is installed, Request Tracker for the
 * relay's tests (scripts/ci/start-rt.sh; this never installs anything: `.ci/run` does).
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { reserveTestPorts } from '../test/ports.ts';
import { rt } from '../test/relay/helpers.ts';

const root = new URL('..', import.meta.url).pathname;
const reports = join(root, 'test/.reports');
const bin = (pkg: string, file: string) => join(root, 'node_modules', pkg, file);

rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

// Every process of this run agrees on its ports and knows the shared build is this run's.
process.env.KB_TEST_RUN = randomUUID();
await reserveTestPorts();

interface Tally {
	suite: string;
	passed: number;
	failed: number;
	exitCode: number | null;
	seconds: number;
}

interface Finished {
	exitCode: number | null;
	output: string;
	seconds: number;
}

/** Runs `command`; its output is passed through as it comes, or kept to print as one block. */
function start(command: string, args: string[], quiet: boolean): Promise<Finished> {
	const began = performance.now();
	return new Promise((resolve) => {
		const child = spawn(command, args, {
			cwd: root,
			env: process.env,
			stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
		});
		let output = '';
		child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
		child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
		const finish = (exitCode: number | null) =>
			resolve({ exitCode, output, seconds: (performance.now() - began) / 1000 });
		child.on('error', (error) => {
			output += String(error);
			finish(null);
		});
		child.on('close', finish);
	});
}

function readJson<T>(path: string): T | undefined {
	return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : undefined;
}

const passedIfZero = (code: number | null) =>
	code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };

function tally(
	suite: string,
	finished: Finished,
	read: (exitCode: number | null) => { passed: number; failed: number },
): Tally {
	return {
		suite,
		...read(finished.exitCode),
		exitCode: finished.exitCode,
		seconds: finished.seconds,
	};
}

/** A suite whose output is shown under its own heading once it has finished. */
async function runQuietly(
	suite: string,
	args: string[],
	read: (exitCode: number | null) => { passed: number; failed: number },
): Promise<Tally> {
	const finished = await start(process.execPath, args, true);
	console.log(`\n=== ${suite} ===\n${finished.output.trimEnd()}`);
	return tally(suite, finished, read);
}

async function runInFront(
	suite: string,
	args: string[],
	read: (exitCode: number | null) => { passed: number; failed: number },
): Promise<Tally> {
	console.log(`\n=== ${suite} ===`);
	return tally(suite, await start(process.execPath, args, false), read);
}

const rtScript = join(root, 'scripts/ci/start-rt.sh');
const rtInstalled = existsSync('/usr/share/request-tracker5/libexec/rt-server');

/**
 * Request Tracker up for the relay's tests, which find it running and leave it so; true when this run
 * started it (one already running is left as it was found).
 */
async function startRequestTracker(): Promise<boolean> {
	if (await rt.isUp()) return false;
	if (!rtInstalled) {
		console.log(
			'\nRequest Tracker is not installed, so the relay tests against it will fail; install it with\n  sudo bash scripts/ci/start-rt.sh install',
		);
		return false;
	}
	const started = await start('bash', [rtScript, 'start', String(rt.port)], true);
	if (started.exitCode !== 0) console.log(`\nRequest Tracker did not start:\n${started.output}`);
	return started.exitCode === 0;
}

const buildSample = () =>
	runQuietly(
		'the sample portal, built once for every suite',
		[join(root, 'test/sample-build.ts')],
		passedIfZero,
	);

const [rtStarted, formatting, typeCheck, sampleBuild] = await Promise.all([
	startRequestTracker(),
	// The house style is part of the build: a file prettier would rewrite fails here, named.
	runQuietly(
		'formatting (prettier --check)',
		[bin('prettier', 'bin/prettier.cjs'), '--check', '.'],
		passedIfZero,
	),
	runQuietly('type check (astro check)', [bin('astro', 'bin/astro.mjs'), 'check'], passedIfZero),
	buildSample(),
]);

const tallies: Tally[] = [
	formatting,
	typeCheck,
	sampleBuild,
	await runInFront(
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
	await runInFront(
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

if (rtStarted) await start('bash', [rtScript, 'stop'], true);

console.log('\n=== summary ===');
for (const t of tallies) {
	const note = t.exitCode === 0 ? '' : ` (exit code ${t.exitCode})`;
	console.log(
		`${t.suite}: ${t.passed} passed, ${t.failed} failed${note}, ${t.seconds.toFixed(0)} s`,
	);
}
const passed = tallies.reduce((sum, t) => sum + t.passed, 0);
// A suite that exits non-zero without reporting a failed test (a crash, a build error) still counts.
const failed = tallies.reduce((sum, t) => sum + (t.failed || (t.exitCode === 0 ? 0 : 1)), 0);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
