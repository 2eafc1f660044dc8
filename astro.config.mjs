// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { createHash } from 'node:crypto';
import { contentGuard } from './src/integrations/content-guard.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { resolveContentDir } from './src/lib/content-check.ts';

// The public address of the portal, used for canonical links and absolute short links.
const site = process.env.KB_SITE_URL || 'https://help.example.com';

export default defineConfig({
	site,
	// Tests and the benchmark build fixtures side by side, each into its own folder.
	outDir: process.env.KB_OUT_DIR || './dist',
	// One cache per content folder, so building a fixture never mixes its entries into another build.
	cacheDir: `./node_modules/.astro/${createHash('sha1').update(resolveContentDir()).digest('hex').slice(0, 10)}`,
	trailingSlash: 'ignore',
	// Validate the content folder first, so authors see plain-language errors before anything else runs.
	integrations: [contentGuard(), mdx(), pagefindIndex()],
	server: { host: '127.0.0.1', port: 4321 },
	devToolbar: { enabled: false },
	vite: {
		build: {
			rollupOptions: {
				// MDX modules carry Astro's own "use astro:head-inject" marker; the bundler's note about it
				// is noise that would bury real warnings in the build log.
				onwarn(warning, warn) {
					if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
				},
			},
		},
	},
});
