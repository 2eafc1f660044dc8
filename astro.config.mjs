// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentGuard } from './src/integrations/content-guard.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import sitemap from '@astrojs/sitemap';
import { getOldPagePaths, isSitemapPage } from './src/lib/redirects.ts';
import { getLanguageSettings } from './src/i18n/page.ts';
import { getLanguageFolder } from './src/i18n/languages.ts';
import { checkContent } from './src/lib/content/check.ts';
import { astroCacheDir, resolveContentDir } from './src/lib/content/files.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { buildPhases } from './src/integrations/build-phases.ts';
import { redirectPages } from './src/integrations/redirect-pages.ts';
import { editorBundle, withoutCdnFonts } from './src/integrations/editor-bundle.ts';
import { SCRIPT_SOURCES, policyDirectives } from './src/lib/content-security-policy.ts';
import { originsOf, outboundUrls } from './src/lib/service-urls.ts';

// The public address of the portal, used for canonical links and absolute short links.
const site = process.env.KB_SITE_URL || 'https://help.example.com';

// The content folder is read and checked once; the integrations below share the report.
const contentDir = resolveContentDir();
const report = checkContent(contentDir);
const outDir = process.env.KB_OUT_DIR || './dist';
// Pages that only redirect (old slugs) stay out of the sitemap: known from the content itself.
const languageSettings = report.site ? getLanguageSettings(report.site) : undefined;
const oldPages = languageSettings ? getOldPagePaths(report, languageSettings) : new Set();

// Origins the browser may reach besides the portal: the handoff webhook, an external status feed, feedback.
const connectOrigins = report.site ? originsOf(outboundUrls(report.site)) : [];

// `npm run bench` asks where the build spends its time.
const phases = process.env.KB_BENCH_PHASES ? buildPhases(process.env.KB_BENCH_PHASES) : undefined;

// Redirect pages are written while the search index is built; the security headers wait for them.
const redirects = redirectPages();
// The search index is built from the moment the pages are generated, beside the build's last steps,
// from the entry pages of every language folder.
const search = pagefindIndex(
	languageSettings
		? languageSettings.languages.flatMap((lang) => getLanguageFolder(lang, languageSettings) ?? [])
		: [],
);

export default defineConfig({
	site,
	// Tests and the benchmark build fixtures side by side, each into its own folder.
	outDir,
	cacheDir: astroCacheDir(contentDir, outDir, new URL('.', import.meta.url).pathname),
	trailingSlash: 'ignore',
	// Rendering a page takes a few milliseconds and writing it waits on the disk: with one page at a
	// time the build sat idle half the time. 32 pages in flight keep rendering busy while others are
	// written (1,000 entries: rendering 2.4 s with 1 page, 1.7 s with 4, 1.5 to 1.6 s with 32, no
	// better with 64; the same memory; measured with cold builds of the bench corpus).
	// Styles stay a stylesheet (see `cssCodeSplit` below) rather than being inlined, so pages carry no
	// inline <style> and browsers cache them across pages.
	build: { concurrency: 32, inlineStylesheets: 'never' },
	// Validate the content folder first, so authors see plain-language errors before anything else runs.
	integrations: [
		...(phases ? [phases.first] : []),
		contentGuard(contentDir, report),
		mdx(),
		// Starts writing the redirect pages from their templates (see redirects.written).
		redirects.write,
		// Redirect pages (short links, old slugs) and the 404 pages stay out of the sitemap.
		sitemap({ filter: (page) => isSitemapPage(new URL(page).pathname, oldPages) }),
		// Starts the search index once the pages are generated (see search.done).
		search.start,
		...(phases ? [phases.beforeIndex] : []),
		redirects.written,
		// The editor at /admin/, bundled apart from the portal's pages (see the integration).
		editorBundle(),
		securityHeaders(connectOrigins),
		search.done,
		...(phases ? [phases.afterIndex] : []),
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
		// The editor at /admin/ finds its fonts, WebAssembly and worker beside its own module
		// (`new URL(..., import.meta.url)`): served as published, not pre-bundled into Vite's cache by
		// `npm run dev`, where those files would be missing.
		optimizeDeps: { exclude: ['@sveltia/cms'] },
		// `npm run dev` serves the editor's module through Vite: without the CDN fonts there too.
		plugins: [withoutCdnFonts()],
		// Search runs in a module worker (src/components/elements/search-worker.ts), which imports
		// Pagefind's own script at run time.
		worker: { format: 'es' },
		build: {
			// One stylesheet for every page (32 KB, 6 KB gzip), not one per component: an entry page links
			// one file instead of five (28 of the 32 KB), later pages find it cached, and the build renders
			// 0.1 s faster at 1,000 entries. Pages look the same to the pixel (compared by screenshots).
			cssCodeSplit: false,
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
