// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { createHash } from 'node:crypto';
import { contentGuard } from './src/integrations/content-guard.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { redirectRules } from './src/integrations/redirect-rules.ts';
import sitemap from '@astrojs/sitemap';
import { checkContent } from './src/lib/content-check.ts';
import { toEntryCard } from './src/lib/entries.ts';
import { getRedirects } from './src/lib/redirects.ts';
import { resolveContentDir } from './src/lib/content-check.ts';

// The public address of the portal, used for canonical links and absolute short links.
const site = process.env.KB_SITE_URL || 'https://help.example.com';

// Redirect pages (short links, old slugs) and the 404 page stay out of the sitemap.
const redirectPaths = new Set(
	getRedirects(
		checkContent(resolveContentDir())
			.entries.filter((entry) => !entry.data.draft)
			.map((entry) => toEntryCard(entry.type, entry.slug, entry.data)),
	).map((redirect) => redirect.from.replace(/\/?$/, '/')),
);

export default defineConfig({
	site,
	// Tests and the benchmark build fixtures side by side, each into its own folder.
	outDir: process.env.KB_OUT_DIR || './dist',
	// One cache per content folder, so building a fixture never mixes its entries into another build.
	cacheDir: `./node_modules/.astro/${createHash('sha1').update(resolveContentDir()).digest('hex').slice(0, 10)}`,
	trailingSlash: 'ignore',
	// Validate the content folder first, so authors see plain-language errors before anything else runs.
	integrations: [
		contentGuard(),
		mdx(),
		sitemap({
			filter: (page) => {
				const path = new URL(page).pathname.replace(/\/?$/, '/');
				return !redirectPaths.has(path) && path !== '/404/';
			},
		}),
		pagefindIndex(),
		redirectRules(),
	],
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
