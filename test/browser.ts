import { existsSync } from 'node:fs';

/**
 * The browser every test and the benchmark drive, resolved here and nowhere else: KB_CHROMIUM_PATH, else
 * Debian's Chromium when it is installed, else Playwright's own download (undefined).
 */
export const chromiumPath: string | undefined =
	process.env.KB_CHROMIUM_PATH ??
	(existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** Flags Chromium needs in a container without a GPU, a sandbox or network access beyond localhost. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

/** How Playwright launches it, for the test runner, fixture tests and the benchmark. */
export const CHROMIUM_LAUNCH_OPTIONS = {
	...(chromiumPath ? { executablePath: chromiumPath } : {}),
	args: CHROMIUM_ARGS,
};
