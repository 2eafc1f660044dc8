import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from './browser.ts';
import { reserveTestPorts } from './ports.ts';

const root = new URL('..', import.meta.url).pathname;

// Chosen once, by the runner: its workers and the web server inherit the environment, so every process
// agrees, and a second run (or anything else on the machine) never collides with this one.
const ports = await reserveTestPorts();
const port = ports.site;
/** The test ticket receiver (test/e2e/receiver.ts) listens here; the test build sends tickets to it. */
export const RECEIVER_PORT = ports.receiver;

export default defineConfig({
	testDir: '.',
	testMatch: ['e2e/**/*.spec.ts', 'a11y/**/*.spec.ts'],
	outputDir: '../test-results',
	fullyParallel: true,
	workers: Number(process.env.KB_TEST_WORKERS ?? 2),
	retries: 0,
	forbidOnly: Boolean(process.env.CI),
	timeout: 30_000,
	reporter: [['list'], ['json', { outputFile: '.reports/playwright.json' }]],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		browserName: 'chromium',
		// Times are printed in the reader's zone: pin it, so the suite reads the same anywhere.
		timezoneId: 'UTC',
		locale: 'en-GB',
		launchOptions: CHROMIUM_LAUNCH_OPTIONS,
	},
	// The run's one build of the sample portal (test/sample-build.ts), served as a static host would.
	webServer: {
		command: 'node test/serve-sample.ts',
		cwd: root,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: false,
		timeout: 180_000,
		stdout: 'ignore',
		stderr: 'pipe',
	},
});
