import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROMIUM_ARGS, chromiumPath } from '../../test/browser.ts';
import { setAside } from './build.ts';

/**
 * Tools the benchmark needs and the portal does not: Astro Starlight (the build to compare with) and
 * Lighthouse. They are installed into a folder of their own, never into the portal's dependencies.
 */

const root = new URL('../..', import.meta.url).pathname;
const astroVersion: string = JSON.parse(
	readFileSync(join(root, 'node_modules/astro/package.json'), 'utf8'),
).version;

export const TOOL_VERSIONS = {
	astro: astroVersion,
	'@astrojs/starlight': '0.42.4',
	lighthouse: '13.5.0',
};

/** Installs the tools into `dir` unless they are there already; returns `dir`. */
export function ensureTools(dir: string): string {
	const manifest = {
		name: 'kb-bench-tools',
		private: true,
		type: 'module',
		dependencies: TOOL_VERSIONS,
	};
	const manifestPath = join(dir, 'package.json');
	const wanted = JSON.stringify(manifest, null, '\t');
	const installed =
		existsSync(manifestPath) &&
		readFileSync(manifestPath, 'utf8') === wanted &&
		Object.keys(TOOL_VERSIONS).every((name) =>
			existsSync(join(dir, 'node_modules', name, 'package.json')),
		);
	if (installed) return dir;
	mkdirSync(dir, { recursive: true });
	writeFileSync(manifestPath, wanted);
	console.log(
		`Installing ${Object.entries(TOOL_VERSIONS)
			.map(([n, v]) => `${n}@${v}`)
			.join(', ')} into ${dir}`,
	);
	const npm = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
		cwd: dir,
		stdio: 'inherit',
	});
	if (npm.status !== 0) throw new Error(`npm install in ${dir} failed`);
	return dir;
}

/**
 * Lays out a plain Starlight site in the tools folder whose docs are the corpus's Markdown entries
 * (every type, each in its own folder), and returns how to build it cold into `outDir`.
 */
export function prepareStarlight(dir: string, corpusDir: string, outDir: string) {
	writeFileSync(
		join(dir, 'astro.config.mjs'),
		[
			"import { defineConfig } from 'astro/config';",
			"import starlight from '@astrojs/starlight';",
			'export default defineConfig({',
			'\toutDir: process.env.BENCH_OUT_DIR,',
			"\tintegrations: [starlight({ title: 'IT Help' })],",
			'});',
			'',
		].join('\n'),
	);
	mkdirSync(join(dir, 'src'), { recursive: true });
	writeFileSync(
		join(dir, 'src/content.config.ts'),
		[
			"import { defineCollection } from 'astro:content';",
			"import { docsLoader } from '@astrojs/starlight/loaders';",
			"import { docsSchema } from '@astrojs/starlight/schema';",
			'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };',
			'',
		].join('\n'),
	);
	const docs = join(dir, 'src/content/docs');
	setAside(docs);
	mkdirSync(docs, { recursive: true });
	writeFileSync(
		join(docs, 'index.md'),
		'---\ntitle: IT Help\n---\n\nFind the fix for your problem.\n',
	);
	for (const folder of readdirSync(corpusDir, { withFileTypes: true })) {
		if (folder.isDirectory() && folder.name !== 'notices') {
			cpSync(join(corpusDir, folder.name), join(docs, folder.name), { recursive: true });
		}
	}
	return {
		command: process.execPath,
		args: [join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'],
		cwd: dir,
		env: { BENCH_OUT_DIR: outDir },
		clean: [outDir, join(dir, 'node_modules/.astro'), join(dir, '.astro')],
	};
}

export interface LighthouseScores {
	path: string;
	performance: number;
	accessibility: number;
	bestPractices: number;
	firstContentfulPaintMs: number;
	largestContentfulPaintMs: number;
	totalBlockingTimeMs: number;
	cumulativeLayoutShift: number;
}

/** Lighthouse in its default mobile mode (emulated phone, simulated slow 4G) for each page. */
export async function runLighthouse(
	dir: string,
	base: string,
	paths: string[],
): Promise<LighthouseScores[]> {
	const load = (path: string) => import(pathToFileURL(join(dir, 'node_modules', path)).href);
	const { default: lighthouse } = await load('lighthouse/core/index.js');
	const chromeLauncher = await load('chrome-launcher/dist/index.js');
	const chrome = await chromeLauncher.launch({
		...(chromiumPath ? { chromePath: chromiumPath } : {}),
		chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
	});
	const scores: LighthouseScores[] = [];
	try {
		for (const path of paths) {
			const result = await lighthouse(new URL(path, base).href, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: ['performance', 'accessibility', 'best-practices'],
			});
			const { categories, audits } = result.lhr;
			const score = (key: string) => Math.round((categories[key]?.score ?? 0) * 100);
			const value = (key: string) => Number(audits[key]?.numericValue ?? Number.NaN);
			scores.push({
				path,
				performance: score('performance'),
				accessibility: score('accessibility'),
				bestPractices: score('best-practices'),
				firstContentfulPaintMs: Math.round(value('first-contentful-paint')),
				largestContentfulPaintMs: Math.round(value('largest-contentful-paint')),
				totalBlockingTimeMs: Math.round(value('total-blocking-time')),
				cumulativeLayoutShift: Number(value('cumulative-layout-shift').toFixed(3)),
			});
		}
	} finally {
		chrome.kill();
	}
	return scores;
}
