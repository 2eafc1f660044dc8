import { defineConfig } from 'vitest/config';

/**
 * Two projects, run side by side: pure unit tests, spread over every core, and the tests that build
 * portals or start services (fixture builds, the relay against RT, SMTP and stand-ins), one file at a time
 * since each build already uses the machine.
 */
export default defineConfig({
	test: {
		root: new URL('..', import.meta.url).pathname,
		projects: [
			{
				extends: true,
				test: { name: 'unit', include: ['test/unit/**/*.test.ts'], testTimeout: 30_000 },
			},
			{
				extends: true,
				test: {
					name: 'builds and services',
					include: ['test/build/**/*.test.ts', 'test/relay/**/*.test.ts'],
					// Fixture builds run Astro itself; give them room on a 2-core machine.
					testTimeout: 120_000,
					hookTimeout: 120_000,
					fileParallelism: false,
				},
			},
		],
	},
});
