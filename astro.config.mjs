// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentGuard } from './src/integrations/content-guard.ts';

// The public address of the portal, used for canonical links and absolute short links.
const site = process.env.KB_SITE_URL || 'https://help.example.com';

export default defineConfig({
	site,
	trailingSlash: 'ignore',
	// Validate the content folder first, so authors see plain-language errors before anything else runs.
	integrations: [contentGuard(), mdx()],
	server: { host: '127.0.0.1', port: 4321 },
	preview: { host: '127.0.0.1', port: 4321 },
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
