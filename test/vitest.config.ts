import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		root: new URL('..', import.meta.url).pathname,
		include: ['test/unit/**/*.test.ts', 'test/build/**/*.test.ts', 'test/relay/**/*.test.ts'],
		// Fixture builds run Astro itself; give them room on a 2-core machine.
		testTimeout: 120_000,
		hookTimeout: 120_000,
		fileParallelism: false,
	},
});
