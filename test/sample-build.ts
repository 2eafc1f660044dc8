import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildPortal } from './build/build-portal.ts';
import { TEST_NOW } from './clock.ts';

/**
 * The one build of the sample portal a test run shares: made once, at the tests' instant, with its tickets
 * going to the test receiver, then served by Playwright's web server and read by the fixture tests.
 * `npm test` builds it before the suites (beside the type check); a suite run on its own builds it when
 * the run has none.
 */
const root = new URL('..', import.meta.url).pathname;
export const SAMPLE_DIST = join(root, 'test/.build/sample');
const STAMP = join(root, 'test/.build/sample.json');

/** What the build depends on: a build made with other settings is not this run's. */
function getSampleSettings(receiverPort: number) {
	return {
		KB_NOW: TEST_NOW,
		KB_HANDOFF_URL: `http://127.0.0.1:${receiverPort}/intake`,
		run: process.env.KB_TEST_RUN ?? '',
	};
}

/** The sample portal in `SAMPLE_DIST`, built unless this run already built it with the same settings. */
export function ensureSampleBuild(receiverPort: number): { built: boolean; output: string } {
	const settings = getSampleSettings(receiverPort);
	const stamp = JSON.stringify(settings);
	if (settings.run && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === stamp)
		return { built: false, output: '' };
	rmSync(SAMPLE_DIST, { recursive: true, force: true });
	const { KB_NOW, KB_HANDOFF_URL } = settings;
	const result = buildPortal(join(root, 'content'), SAMPLE_DIST, KB_NOW, { KB_HANDOFF_URL });
	if (result.status !== 0) throw new Error(`The sample portal did not build:\n${result.output}`);
	writeFileSync(STAMP, stamp);
	return { built: true, output: result.output };
}

// `node test/sample-build.ts`: what `npm test` runs before the suites.
if (import.meta.filename === resolve(process.argv[1] ?? '')) {
	const { built } = ensureSampleBuild(Number(process.env.KB_TEST_RECEIVER_PORT));
	console.log(built ? `Built into ${SAMPLE_DIST}` : `${SAMPLE_DIST} is this run's already`);
}
