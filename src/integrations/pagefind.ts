import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { getIndexedPagesGlob } from '../lib/entry-page.ts';
import { recompressPagefindFiles } from './pagefind-compress.ts';

/**
 * Words per index chunk (Pagefind's own default is 20,000). A first search fetches the chunk of each
 * word it looks up, and smaller chunks cost a rare word a few KB instead of tens; the page metadata
 * every search loads grows by a few bytes per chunk. Measured with `npm run bench`.
 */
const INDEX_CHUNK_SIZE = 5000;

/**
 * Indexes the built entry pages with Pagefind's Node API. Only the entry pages are read, in the
 * default language and each of `languageFolders` (`getIndexedPagesGlob`), and only their parts marked
 * `data-pagefind-body` are indexed, so navigation and footers never match a search. Every entry page is
 * written once Astro has generated the pages, so `start` begins there, and the index is built in
 * Pagefind's own process while the build's last steps run (sitemap, redirect pages, editor, security
 * headers: none of them writes an entry page); `done`, after them, waits for it. Any Pagefind error
 * fails the build: a portal whose search silently misses pages is worse than no build.
 */
export function pagefindIndex(
	languageFolders: readonly string[] = [],
): Record<'start' | 'done', AstroIntegration> {
	let indexing: Promise<string> | undefined;
	let root = process.cwd();
	return {
		start: {
			name: 'kb:pagefind',
			hooks: {
				'astro:config:done': ({ config }) => {
					root = fileURLToPath(config.root);
				},
				'astro:build:generated': ({ dir }) => {
					indexing = writeIndex(
						fileURLToPath(dir),
						getIndexedPagesGlob(languageFolders),
						join(root, 'node_modules/.cache/kb-pagefind'),
					);
					// Failures surface in `done`; until then the promise must not count as unhandled.
					indexing.catch(() => undefined);
				},
			},
		},
		done: {
			name: 'kb:pagefind-done',
			hooks: {
				'astro:build:done': async ({ logger }) => {
					if (!indexing) throw new Error('kb:pagefind-done needs kb:pagefind before it');
					logger.info(await indexing);
				},
			},
		},
	};
}

/**
 * Builds the index into `pagefind/` of the build folder, its engine and page list recompressed
 * (`cacheDir` keeps the engine's); says how many pages it took and how long.
 */
async function writeIndex(outDir: string, glob: string, cacheDir: string): Promise<string> {
	const started = performance.now();
	try {
		// Read by the Pagefind binary the Node API starts (not one of its documented options);
		// set in the environment, a build can try another size.
		process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(INDEX_CHUNK_SIZE);
		const { index, errors } = await pagefind.createIndex({});
		if (!index || errors.length > 0) throw new Error(`could not start: ${errors.join('; ')}`);
		const added = await index.addDirectory({ path: outDir, glob });
		if (added.errors.length > 0) throw new Error(added.errors.join('; '));
		const output = join(outDir, 'pagefind');
		const written = await index.writeFiles({ outputPath: output });
		if (written.errors.length > 0) throw new Error(written.errors.join('; '));
		const saved = await recompressPagefindFiles(output, cacheDir);
		return `Indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms (${Math.round(saved / 1024)} KB smaller recompressed)`;
	} catch (error) {
		throw new Error(
			`Search indexing failed: ${error instanceof Error ? error.message : String(error)}`,
		);
	} finally {
		await pagefind.close();
	}
}
