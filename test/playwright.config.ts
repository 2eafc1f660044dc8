import { createServer, type AddressInfo, type Server } from 'node:net';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from './browser.ts';
import { TEST_NOW } from './clock.ts';

const root = new URL('..', import.meta.url).pathname;

/** Ports nothing on this machine listens on, as the system hands out for port 0; all different. */
async function freePorts(count: number): Promise<number[]> {
	// Every probe stays open until all have a port, so the system cannot hand out one twice.
	const probes = await Promise.all(
		Array.from(
			{ length: count },
			() =>
				new Promise<Server>((resolve, reject) => {
					const probe = createServer();
					probe.on('error', reject);
					probe.listen(0, '127.0.0.1', () => resolve(probe));
				}),
		),
	);
	const ports = probes.map((probe) => (probe.address() as AddressInfo).port);
	await Promise.all(probes.map((probe) => new Promise((done) => probe.close(done))));
	return ports;
}

// Chosen once, by the runner: its workers and the web server inherit the environment, so every process
// agrees, and a second run (or anything else on the machine) never collides with this one.
if (!process.env.KB_TEST_PORT || !process.env.KB_TEST_RECEIVER_PORT) {
	const [site, receiver] = await freePorts(2);
	process.env.KB_TEST_PORT ??= String(site);
	process.env.KB_TEST_RECEIVER_PORT ??= String(receiver);
}
const port = Number(process.env.KB_TEST_PORT);
/** The test ticket receiver (test/e2e/receiver.ts) listens here; the test build sends tickets to it. */
export const RECEIVER_PORT = Number(process.env.KB_TEST_RECEIVER_PORT);

export default defineConfig({
	testDir: '.',
	testMatch: ['e2e/**/*.spec.ts', 'a11y/**/*.spec.ts'],
	outputDir: '../test-results',
	fullyParallel: true,
	workers: 2,
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
	// One build of the sample portal per run, served as a static host would serve it: gzip, and the
	// security headers the build writes to _headers on top of each page's own policy.
	webServer: {
		command: `node node_modules/astro/bin/astro.mjs build && node scripts/serve.ts dist --host 127.0.0.1 --port ${port}`,
		cwd: root,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: false,
		timeout: 180_000,
		env: { KB_HANDOFF_URL: `http://127.0.0.1:${RECEIVER_PORT}/intake`, KB_NOW: TEST_NOW },
		stdout: 'ignore',
		stderr: 'pipe',
	},
});
