import { createHash } from 'node:crypto';
import {
	copyFileSync,
	existsSync,
	linkSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build, type Plugin } from 'vite';
import { resolveContentDir } from '../lib/content/files.ts';
import { removeCdnFontFaces } from '../lib/editor/cdn-fonts.ts';
import { buildEditorConfig } from '../lib/editor/config.ts';
import { readEditorConfigInput } from '../lib/editor/input.ts';
import { findRepositoryRoot, getPreviewPages } from '../lib/editor/page-input.ts';
import { getGitApiOrigins } from '../lib/editor/policy.ts';

/** The module /admin/ imports its data from (declared in src/env.d.ts). */
const PAGE_MODULE = 'virtual:kb-editor-page';

/**
 * What /admin/ needs, read from the content folder the build reads, the same way `npm run check` reads
 * it: the generated configuration (paths relative to the repository the folder is in, the one staff
 * pick in "Work with Local Repository"), the pages whose stylesheets the preview links, and the git
 * host's API origin. Pages read no files themselves, so the integration hands it over as a module.
 */
export function getEditorPageData(contentDir = resolveContentDir()) {
	const input = readEditorConfigInput(contentDir, findRepositoryRoot(contentDir) ?? process.cwd());
	// The content guard has failed the build already when the site's data is invalid.
	if (!input) throw new Error('The editor needs a valid site.yaml and categories.yaml.');
	const { site } = input;
	return {
		portalName: site.portalName,
		config: buildEditorConfig(input),
		preview: { pages: getPreviewPages(contentDir), language: site.defaultLanguage },
		gitOrigins: getGitApiOrigins(site.editor),
	};
}

/** Serves `virtual:kb-editor-page`, worked out again whenever it is loaded. */
function editorPageModule(): Plugin {
	const resolved = `\0${PAGE_MODULE}`;
	return {
		name: 'kb:editor-page',
		resolveId: (id) => (id === PAGE_MODULE ? resolved : null),
		load: (id) =>
			id === resolved ? `export default ${JSON.stringify(getEditorPageData())};` : null,
	};
}

/** The module of Sveltia CMS's npm build that carries the CDN font rules. */
const SVELTIA_MODULE = /[\\/]@sveltia[\\/]cms[\\/]npm[\\/]index\.js$/;

/** The editor's entry module, and where /admin/ says its script goes (see src/pages/admin/). */
export const EDITOR_ENTRY = 'src/components/admin/editor.ts';
export const EDITOR_SCRIPT_MARK = '<meta name="kb-editor-script">';

/**
 * A Vite plugin for the editor's bundle (build and `npm run dev`): Sveltia CMS without the `@font-face`
 * rules that would load its fonts from a public CDN. A package update that moves them fails the build,
 * so a new CDN request cannot slip in unnoticed.
 */
export function withoutCdnFonts(): Plugin {
	return {
		name: 'kb:editor-fonts',
		enforce: 'pre',
		transform(code, id) {
			if (!SVELTIA_MODULE.test(id.split('?')[0] ?? '')) return null;
			const { code: result, removed } = removeCdnFontFaces(code);
			if (removed === 0 && code.includes('cdn.jsdelivr.net/fontsource'))
				this.error('Sveltia CMS loads fonts from a CDN in a way the editor bundle does not know.');
			return { code: result, map: null };
		},
	};
}

/**
 * Bundles the editor on its own after the portal is built, into `_astro/editor/`, and names the entry in
 * /admin/. Bundled with the portal's pages, the editor would share chunks with them (the i18n text, the
 * id rules its preview uses): Rollup would split the portal's own modules differently and reader pages
 * would load other files than before. On its own it changes nothing a reader loads. `npm run dev`
 * serves the entry module as it is (see the page).
 */
export function editorBundle(): AstroIntegration {
	let root = '';
	return {
		name: 'kb:editor-bundle',
		hooks: {
			// Not import.meta.env.DEV: a build run with NODE_ENV=test (as Vitest's fixture builds are) is
			// still a build, whose /admin/ gets the bundle.
			'astro:config:setup': ({ command, updateConfig }) => {
				updateConfig({
					vite: {
						plugins: [editorPageModule()],
						define: { 'import.meta.env.KB_EDITOR_BUNDLED': String(command === 'build') },
					},
				});
			},
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const { folder, entry, reused } = await getEditorBundle(root);
				linkTree(folder, join(out, '_astro/editor'), (file) => file !== ENTRY_NOTE);
				const page = join(out, 'admin/index.html');
				const html = readFileSync(page, 'utf8');
				if (!html.includes(EDITOR_SCRIPT_MARK))
					throw new Error(`admin/index.html has no ${EDITOR_SCRIPT_MARK} for the editor's script`);
				writeFileSync(
					page,
					html.replace(
						EDITOR_SCRIPT_MARK,
						`<script type="module" src="/_astro/editor/${entry}"></script>`,
					),
				);
				logger.info(
					`editor ${reused ? 'copied from the last build' : 'bundled'} into _astro/editor/ (${entry})`,
				);
			},
		},
	};
}

/** The cached bundle's note of its entry file's name (not copied into the build). */
const ENTRY_NOTE = 'kb-editor-entry.txt';

/**
 * Puts every file of `from` that `keep` accepts into `to` as a hard link: the bundle is about 290 files
 * and 17 MB, the same for every build, and nothing after this step writes into them. A link fails
 * across file systems (an output folder on another disk), and then the file is copied.
 */
function linkTree(from: string, to: string, keep: (file: string) => boolean): void {
	for (const file of listTree(from).filter(keep)) {
		const target = join(to, file);
		mkdirSync(dirname(target), { recursive: true });
		try {
			linkSync(join(from, file), target);
		} catch {
			copyFileSync(join(from, file), target);
		}
	}
}

/** Every file under `dir`, as paths relative to it, sorted. */
function listTree(dir: string): string[] {
	return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
		.filter((item) => item.isFile())
		.map((item) => relative(dir, join(item.parentPath, item.name)))
		.sort();
}

/**
 * The editor's bundle depends on the project's code and packages, never on the content: every build of
 * the same code (the test suite's fixture portals, a rebuild after an edit in the editor) reuses the
 * first one's, kept under `node_modules/.cache`, keyed by a hash of `src/` and the lockfile.
 */
export async function getEditorBundle(
	root: string,
): Promise<{ folder: string; entry: string; reused: boolean }> {
	const hash = createHash('sha256');
	for (const file of listTree(join(root, 'src'))) {
		hash
			.update(`${file}\0`)
			.update(readFileSync(join(root, 'src', file)))
			.update('\0');
	}
	const lockfile = join(root, 'package-lock.json');
	if (existsSync(lockfile)) hash.update(readFileSync(lockfile));
	const cache = join(root, 'node_modules/.cache/kb-editor');
	const folder = join(cache, hash.digest('hex').slice(0, 16));
	const entryFile = join(folder, ENTRY_NOTE);
	if (existsSync(entryFile)) {
		return { folder, entry: readFileSync(entryFile, 'utf8'), reused: true };
	}
	// Builds run side by side (the test suite's): each bundles into its own folder and the first to
	// finish moves it into place.
	const temporary = `${folder}.${process.pid}.${Date.now()}`;
	const result = await build({
		configFile: false,
		root,
		// Where the files are served: the bundle finds its chunks, fonts and WebAssembly there.
		base: '/_astro/editor/',
		logLevel: 'warn',
		plugins: [withoutCdnFonts()],
		build: {
			outDir: temporary,
			emptyOutDir: true,
			assetsDir: '.',
			copyPublicDir: false,
			chunkSizeWarningLimit: 4096,
			rollupOptions: { input: join(root, EDITOR_ENTRY) },
		},
	});
	const outputs = (Array.isArray(result) ? result : [result]).filter((r) => 'output' in r);
	const entry = outputs
		.flatMap((output) => output.output)
		.find((file) => file.type === 'chunk' && file.isEntry);
	if (!entry) throw new Error('The editor bundle has no entry file.');
	writeFileSync(join(temporary, ENTRY_NOTE), entry.fileName);
	try {
		renameSync(temporary, folder);
	} catch {
		// Another build got there first with the same files.
		rmSync(temporary, { recursive: true, force: true });
	}
	return { folder, entry: entry.fileName, reused: false };
}
