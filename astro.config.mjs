// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentGuard } from './src/integrations/content-guard.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import sitemap from '@astrojs/sitemap';
import { readFileSync } from 'node:fs';
import { readRedirectSources } from './src/lib/redirects.ts';
import { checkContent } from './src/lib/content/check.ts';
import { astroCacheDir, resolveContentDir } from './src/lib/content/files.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { buildPhases } from './src/integrations/build-phases.ts';
import { SCRIPT_SOURCES, policyDirectives } from './src/lib/content-security-policy.ts';
import { originsOf, outboundUrls } from './src/lib/service-urls.ts';

// The public address of the portal, used for canonical links and absolute short links.
const site = process.env.KB_SITE_URL || 'https://help.example.com';

// The content folder is read and checked once; the integrations below share the report.
const contentDir = resolveContentDir();
const report = checkContent(contentDir);
const outDir = process.env.KB_OUT_DIR || './dist';
/** @type {Set<string> | undefined} */
let redirectPaths;

// Origins the browser may reach besides the portal: the handoff webhook, an external status feed, feedback.
const connectOrigins = report.site ? originsOf(outboundUrls(report.site)) : [];

// `npm run bench` asks where the build spends its time.
const phases = process.env.KB_BENCH_PHASES ? buildPhases(process.env.KB_BENCH_PHASES) : undefined;

export default defineConfig({
	site,
	// Tests and the benchmark build fixtures side by side, each into its own folder.
	outDir,
	cacheDir: astroCacheDir(contentDir, new URL('.', import.meta.url).pathname),
	trailingSlash: 'ignore',
	// Rendering a page takes a few milliseconds and writing it waits on the disk: with one page at a
	// time the build sat idle half the time (measured with npm run bench). Four overlap the two.
	// Component styles are bundled per page; small bundles stay stylesheets too rather than being
	// inlined, so pages carry no inline <style> and browsers cache them across pages.
	build: { concurrency: 4, inlineStylesheets: 'never' },
	// Validate the content folder first, so authors see plain-language errors before anything else runs.
	integrations: [
		...(phases ? [phases.first] : []),
		contentGuard(contentDir, report),
		mdx(),
		// Redirect pages (short links, old slugs) and the 404 page stay out of the sitemap. The sitemap
		// is written after every page, so the build's own `_redirects` names them.
		sitemap({
			filter: (page) => {
				redirectPaths ??= readRedirectSources(
					readFileSync(new URL('_redirects', new URL(`${outDir}/`, import.meta.url)), 'utf8'),
				);
				const path = new URL(page).pathname.replace(/\/?$/, '/');
				// Short links that choose the reader's language are pages, not host rules; each language has a 404.
				const shortLink = /^\/[a-z]+-\d+\/$/i.test(path);
				return !redirectPaths.has(path) && !shortLink && !/^\/([a-z-]+\/)?404\/$/i.test(path);
			},
		}),
		...(phases ? [phases.beforeIndex] : []),
		pagefindIndex(),
		...(phases ? [phases.afterIndex] : []),
		securityHeaders(connectOrigins),
		...(phases ? [phases.last] : []),
	],
	// A strict policy in every page's <meta>: Astro hashes each script and style it emits; nothing inline
	// runs unless hashed. Real hosts also send it as a header (see the security-headers integration).
	security: {
		csp: {
			directives: /** @type {any} */ (policyDirectives(connectOrigins)),
			scriptDirective: { resources: [...SCRIPT_SOURCES] },
		},
	},
	// Code blocks in help content are commands to copy, shown plainly. Shiki's colours would be inline
	// style attributes, which the policy forbids.
	markdown: { syntaxHighlight: false },
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
