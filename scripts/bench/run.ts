/**
 * `npm run bench [-- --entries 1000,10000] [--runs 3] [--json file] [--no-starlight] [--no-lighthouse]
 *   [--no-languages] [--no-editor]`
 *
 * Builds a seeded synthetic corpus of each size with the portal (and Astro Starlight, for comparison),
 * serves the result with gzip as a host would (the budgets are counted in gzip, not brotli), and measures it in Chromium. Prints tables and writes
 * every figure as JSON. The smallest size is also built as a portal in three languages (English,
 * German, Polish, a third of the entries translated), to show what each added language costs. It
 * reports; it asserts nothing.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { astroCacheDir } from '../../src/lib/content/files.ts';
import { FILLER_WORDS } from '../../src/lib/query.ts';
import { createStaticServer } from '../serve.ts';
import {
	launchChromium,
	measurePageScripts,
	measureSearch,
	measureStarlightSearch,
	Meter,
	summarizeSearch,
	type SearchRun,
} from './browser.ts';
import { measureEditor, type EditorCost } from './editor.ts';
import { getEditorBundle } from '../../src/integrations/editor-bundle.ts';
import {
	emptyTrash,
	folderSize,
	median,
	runBuild,
	setAside,
	type BuildCommand,
	type BuildRun,
} from './build.ts';
import { generateCorpus } from './corpus/generate.ts';
import { addTranslations } from './translations.ts';
import {
	ensureTools,
	prepareStarlight,
	runLighthouse,
	TOOL_VERSIONS,
	type LighthouseScores,
} from './tools.ts';

const root = new URL('../..', import.meta.url).pathname;

interface Options {
	sizes: number[];
	runs: number;
	json: string;
	seed: number;
	starlight: boolean;
	starlightMax: number;
	lighthouse: boolean;
	/** Also build the smallest size as a portal in three languages. */
	languages: boolean;
	/** Measure the browser editor at /admin/ (its size and time to a form) at the smallest size. */
	editor: boolean;
	work: string;
	tools: string;
}

function parseOptions(argv: string[]): Options {
	const value = (name: string, fallback: string) => {
		const at = argv.indexOf(`--${name}`);
		return at === -1 ? fallback : (argv[at + 1] ?? fallback);
	};
	const sizes = value('entries', '1000,10000')
		.split(',')
		.map((size) => Number(size.trim()));
	if (sizes.some((size) => !Number.isInteger(size) || size < 10)) {
		throw new Error('--entries takes sizes such as 1000,10000 (at least 10 each)');
	}
	return {
		sizes,
		runs: Math.max(1, Number(value('runs', '3'))),
		json: resolve(value('json', 'test/.reports/bench.json')),
		seed: Number(value('seed', '20261123')),
		starlight: !argv.includes('--no-starlight'),
		starlightMax: Number(value('starlight-max', '2000')),
		lighthouse: !argv.includes('--no-lighthouse'),
		languages: !argv.includes('--no-languages'),
		editor: !argv.includes('--no-editor'),
		work: resolve(value('work', join(tmpdir(), 'kb-bench'))),
		tools: resolve(value('tools', join(root, 'node_modules/.cache/kb-bench-tools'))),
	};
}

const MB = 1024 * 1024;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;
const gib = (bytes: number) => `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function table(head: string[], rows: Array<Array<string | number>>): string {
	const line = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`;
	return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/** What a set of cold builds of one site measured: each run, and their medians. */
type BuildSummary = ReturnType<typeof summarize>;

/**
 * Builds each site `runs` times cold, taking turns (portal, Starlight, portal, Starlight), so a machine
 * that gets busier or quieter through the run weighs on both alike; fails loudly if any build fails.
 */
async function buildRuns(
	sites: Array<{ label: string; command: BuildCommand }>,
	runs: number,
): Promise<BuildSummary[]> {
	const results = sites.map((): BuildRun[] => []);
	for (let run = 1; run <= runs; run++) {
		for (const [at, { label, command }] of sites.entries()) {
			const result = await runBuild(command);
			if (result.exitCode !== 0) {
				throw new Error(
					`${label} build failed (exit ${result.exitCode}):\n${result.log.slice(-3000)}`,
				);
			}
			console.log(
				`  ${label} build ${run}/${runs}: ${sec(result.wallMs)}, peak ${gib(result.peakRssBytes)}`,
			);
			results[at]!.push(result);
		}
	}
	return results.map(summarize);
}

function summarize(results: BuildRun[]) {
	const phaseNames = Object.keys(results[0]?.phases ?? {});
	return {
		runs: results.map(({ wallMs, peakRssBytes, phases }) => ({ wallMs, peakRssBytes, phases })),
		wallMs: median(results.map((r) => r.wallMs)),
		peakRssBytes: median(results.map((r) => r.peakRssBytes)),
		phases: Object.fromEntries(
			phaseNames.map((name) => [name, median(results.map((r) => r.phases[name] ?? 0))]),
		),
	};
}

/** A cold build of the portal from `corpusDir`, timed phase by phase. */
function portalBuild(corpusDir: string, outDir: string, phasesFile: string): BuildCommand {
	return {
		command: process.execPath,
		args: [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'],
		cwd: root,
		env: {
			KB_CONTENT_DIR: corpusDir,
			KB_OUT_DIR: outDir,
			KB_BENCH_PHASES: phasesFile,
			// The budget: 10,000 entries within a 4 GiB heap.
			NODE_OPTIONS: '--max-old-space-size=4096',
		},
		clean: [outDir, astroCacheDir(corpusDir, outDir, root)],
		phasesFile,
	};
}

/** Search queries in the corpus's own words: the first two meaningful words of titles across it. */
function queriesFrom(titles: string[]): string[] {
	const picks = [0.1, 0.3, 0.5, 0.7, 0.9].map((at) => titles[Math.floor(at * titles.length)] ?? '');
	return picks.map((title) =>
		title
			.toLowerCase()
			.replace(/[^\p{L}\p{N}\s-]/gu, ' ')
			.split(/\s+/)
			.filter((word) => word.length > 3 && !FILLER_WORDS.has(word))
			.slice(0, 2)
			.join(' '),
	);
}

async function benchSize(entries: number, options: Options, tools: string | null) {
	console.log(`\n${entries} entries`);
	// The corpus is the `content/` folder of a repository, as staff's is: the editor at /admin/ names
	// its files from the repository's root (found by its `.git`), as "Work with Local Repository" does.
	const repoDir = join(options.work, `repo-${entries}`);
	setAside(repoDir);
	const corpusDir = join(repoDir, 'content');
	const corpus = generateCorpus(corpusDir, { entries, seed: options.seed, markdownOnly: true });
	mkdirSync(join(repoDir, '.git'), { recursive: true });
	writeFileSync(join(repoDir, '.git/HEAD'), 'ref: refs/heads/main\n');
	console.log(
		`  corpus: ${corpus.articles} articles, ${corpus.knownErrors} known errors, ${corpus.policies} policies`,
	);

	const outDir = join(options.work, `dist-${entries}`);
	const phasesFile = join(options.work, `phases-${entries}.json`);
	const starlightOut = join(options.work, `starlight-${entries}`);
	const builds = await buildRuns(
		[
			{ label: 'portal', command: portalBuild(corpusDir, outDir, phasesFile) },
			...(tools !== null && entries <= options.starlightMax
				? [{ label: 'starlight', command: prepareStarlight(tools, corpusDir, starlightOut) }]
				: []),
		],
		options.runs,
	);
	const portal = builds[0]!;
	const starlight = builds[1] ?? null;

	const dist = folderSize(outDir);
	const pagefind = folderSize(join(outDir, 'pagefind'));
	const listing: { entries: Array<{ type: string; url: string; title: string }> } = JSON.parse(
		readFileSync(join(outDir, 'api/entries.json'), 'utf8'),
	);
	const article = listing.entries.find((e) => e.type === 'article')!;
	const knownError = listing.entries.find((e) => e.type === 'known-error')!;

	const meter = new Meter();
	const server = createStaticServer({ root: outDir, brotli: false, onSend: meter.record });
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
	const browser = await launchChromium();
	let lighthouse: LighthouseScores[] | null = null;
	try {
		const scripts = [
			await measurePageScripts(browser, meter, base, article.url),
			await measurePageScripts(browser, meter, base, knownError.url),
		];
		const queries = queriesFrom(listing.entries.map((e) => e.title));
		const search = await measureSearch(browser, meter, base, article.url, queries, {
			engine: true,
		});
		const starlightSearch = starlight
			? await benchStarlightSearch(browser, starlightOut, queries)
			: null;
		let editor: EditorCost | null = null;
		if (options.editor && entries === Math.min(...options.sizes)) {
			editor = await measureEditor(browser, meter, base, corpusDir);
			console.log(
				`  editor /admin/: ${kb(editor.gzipBytes)} gzip in ${editor.files} files; sign-in screen ${Math.round(editor.readyMs)} ms, a known error's form ${Math.round(editor.formMs)} ms`,
			);
		}
		await browser.close();
		if (tools && options.lighthouse && entries === Math.min(...options.sizes)) {
			console.log('  lighthouse (mobile): home, an article, a known error');
			lighthouse = await runLighthouse(tools, base, ['/', article.url, knownError.url]);
		}
		return {
			entries,
			corpus,
			portal,
			starlight,
			dist,
			pagefind,
			scripts,
			search,
			starlightSearch,
			lighthouse,
			editor,
		};
	} finally {
		await browser.close().catch(() => undefined);
		server.close();
		server.closeAllConnections();
		setAside(starlightOut);
	}
}

/**
 * Starlight's first search on the same corpus and queries, in the same browser: its built site served
 * the same way, from its home page. Its search is its UI's script and Pagefind's files.
 */
async function benchStarlightSearch(
	browser: Awaited<ReturnType<typeof launchChromium>>,
	outDir: string,
	queries: string[],
) {
	const meter = new Meter();
	const server = createStaticServer({ root: outDir, brotli: false, onSend: meter.record });
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
	const isSearch = (path: string) => {
		if (path.startsWith('/pagefind/')) return true;
		const file = join(outDir, path);
		return (
			path.endsWith('.js') && existsSync(file) && readFileSync(file, 'utf8').includes('pagefind-ui')
		);
	};
	try {
		const runs: SearchRun[] = [];
		for (const query of queries)
			runs.push(await measureStarlightSearch(browser, meter, base, '/', query, isSearch));
		return summarizeSearch(runs);
	} finally {
		server.close();
		server.closeAllConnections();
	}
}

/** What each added language costs at `entries`: build time, pages, bytes and its first search. */
async function benchLanguages(
	entries: number,
	options: Options,
	single: Awaited<ReturnType<typeof benchSize>>,
) {
	console.log(`\n${entries} entries in three languages`);
	const corpusDir = join(options.work, `corpus-${entries}-languages`);
	setAside(corpusDir);
	generateCorpus(corpusDir, { entries, seed: options.seed, markdownOnly: true });
	const corpus = addTranslations(corpusDir, { languages: ['de', 'pl'], share: 1 / 3 });
	console.log(
		`  translations: ${Object.entries(corpus.translated)
			.map(([lang, n]) => `${n} ${lang}`)
			.join(', ')}`,
	);
	const outDir = join(options.work, `dist-${entries}-languages`);
	const phasesFile = join(options.work, `phases-${entries}-languages.json`);
	const build = (
		await buildRuns(
			[{ label: 'portal (3 languages)', command: portalBuild(corpusDir, outDir, phasesFile) }],
			options.runs,
		)
	)[0]!;
	const meter = new Meter();
	const server = createStaticServer({ root: outDir, brotli: false, onSend: meter.record });
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
	const browser = await launchChromium();
	try {
		const perLanguage = [];
		for (const lang of ['en-GB', ...corpus.languages]) {
			const folder = lang === 'en-GB' ? '' : `${lang}/`;
			const vocabulary: { pages?: Record<string, string> } = JSON.parse(
				readFileSync(join(outDir, folder, 'search-data.json'), 'utf8'),
			);
			const index = folderSizeOf(join(outDir, 'pagefind'), lang.toLowerCase());
			const pages = folder ? folderSize(join(outDir, folder)) : null;
			// A language's search starts on one of its translated articles, with queries from their titles.
			const translations = folder
				? readdirSync(join(corpusDir, 'articles', lang.toLowerCase())).sort()
				: [];
			const titles = translations.map((name) =>
				name
					.replace(/^[A-Z]+-\d+-/, '')
					.replace(/\.md$/, '')
					.replace(/-/g, ' '),
			);
			const firstId = translations[0]?.match(/^[A-Z]+-\d+/)?.[0];
			const articleUrl = firstId ? vocabulary.pages?.[firstId] : undefined;
			const search = articleUrl
				? await measureSearch(browser, meter, base, articleUrl, queriesFrom(titles))
				: null;
			perLanguage.push({ lang, pages, index, search });
		}
		return { entries, corpus, build, perLanguage, singleWallMs: single.portal.wallMs };
	} finally {
		await browser.close().catch(() => undefined);
		server.close();
		server.closeAllConnections();
	}
}

/** Bytes and files of a language's part of the Pagefind bundle (`de_…` chunks, its meta and wasm). */
function folderSizeOf(dir: string, lang: string): { bytes: number; files: number } {
	let bytes = 0;
	let files = 0;
	for (const sub of ['index', 'fragment', '.']) {
		for (const name of readdirSync(join(dir, sub))) {
			const own =
				name.startsWith(`${lang}_`) ||
				name.startsWith(`pagefind.${lang}_`) ||
				name === `wasm.${lang}.pagefind`;
			if (!own) continue;
			bytes += statSync(join(dir, sub, name)).size;
			files++;
		}
	}
	return { bytes, files };
}

function report(results: Array<Awaited<ReturnType<typeof benchSize>>>, options: Options): string {
	const out: string[] = [];
	out.push(
		`Build: median of ${options.runs} cold builds; peak memory of the whole process tree; node ${process.version}.`,
		'',
		table(
			[
				'entries',
				'build',
				'per 1,000',
				'peak memory',
				'Starlight',
				'vs Starlight',
				'dist',
				'files',
				'Pagefind index',
			],
			results.map((r) => [
				r.entries,
				sec(r.portal.wallMs),
				sec((r.portal.wallMs / r.entries) * 1000),
				gib(r.portal.peakRssBytes),
				r.starlight ? `${sec(r.starlight.wallMs)}, ${gib(r.starlight.peakRssBytes)}` : '-',
				r.starlight ? `${(r.portal.wallMs / r.starlight.wallMs).toFixed(2)}x` : '-',
				mb(r.dist.bytes),
				r.dist.files,
				`${mb(r.pagefind.bytes)}, ${r.pagefind.files} files`,
			]),
		),
		'',
		'Where the portal build spends its time (medians):',
		'',
		table(
			['entries', ...Object.keys(results[0]?.portal.phases ?? {})],
			results.map((r) => [r.entries, ...Object.values(r.portal.phases).map(sec)]),
		),
		'',
		'In Chromium, served with gzip (search: first query in a fresh profile, keys typed 80 ms apart):',
		'',
		table(
			[
				'entries',
				'article JS before search',
				'known error JS before search',
				'first results after last key (median / worst)',
				'fetched for first query (median / worst)',
			],
			results.map((r) => [
				r.entries,
				`${kb(r.scripts[0]!.externalGzip + r.scripts[0]!.inlineGzip)} (${r.scripts[0]!.files} files)`,
				`${kb(r.scripts[1]!.externalGzip + r.scripts[1]!.inlineGzip)} (${r.scripts[1]!.files} files)`,
				`${Math.round(r.search.medianLatencyMs)} / ${Math.round(r.search.maxLatencyMs)} ms`,
				`${kb(r.search.medianFetchedBytes)} / ${kb(r.search.maxFetchedBytes)}`,
			]),
		),
	);
	out.push(
		'',
		"First search per query (gzip as sent; engine alone: Pagefind's own pagefind.js, same text, 5 results):",
		'',
		table(
			['entries', 'query', 'portal', 'requests', 'first results', 'engine alone', 'vs engine'],
			results.flatMap((r) =>
				r.search.runs.map((run) => [
					r.entries,
					run.query,
					kb(run.fetchedBytes),
					run.requests,
					`${Math.round(run.latencyMs)} ms`,
					run.engineBytes === undefined ? '-' : kb(run.engineBytes),
					run.engineBytes ? `${(run.fetchedBytes / run.engineBytes).toFixed(2)}x` : '-',
				]),
			),
		),
		'',
		table(
			[
				'entries',
				'site',
				'bytes (median / worst)',
				'requests (median)',
				'first results (median / worst)',
				'engine alone (median / worst)',
			],
			results.flatMap((r) => [
				[
					r.entries,
					'portal',
					`${kb(r.search.medianFetchedBytes)} / ${kb(r.search.maxFetchedBytes)}`,
					r.search.medianRequests,
					`${Math.round(r.search.medianLatencyMs)} / ${Math.round(r.search.maxLatencyMs)} ms`,
					r.search.medianEngineBytes === undefined
						? '-'
						: `${kb(r.search.medianEngineBytes)} / ${kb(r.search.maxEngineBytes ?? 0)}`,
				],
				...(r.starlightSearch
					? [
							[
								r.entries,
								'Starlight',
								`${kb(r.starlightSearch.medianFetchedBytes)} / ${kb(r.starlightSearch.maxFetchedBytes)}`,
								r.starlightSearch.medianRequests,
								`${Math.round(r.starlightSearch.medianLatencyMs)} / ${Math.round(r.starlightSearch.maxLatencyMs)} ms`,
								'-',
							],
						]
					: []),
			]),
		),
	);
	const lighthouse = results.find((r) => r.lighthouse)?.lighthouse;
	if (lighthouse) {
		out.push(
			'',
			`Lighthouse ${TOOL_VERSIONS.lighthouse}, mobile:`,
			'',
			table(
				['page', 'performance', 'accessibility', 'best practices', 'FCP', 'LCP', 'TBT', 'CLS'],
				lighthouse.map((s) => [
					s.path,
					s.performance,
					s.accessibility,
					s.bestPractices,
					`${s.firstContentfulPaintMs} ms`,
					`${s.largestContentfulPaintMs} ms`,
					`${s.totalBlockingTimeMs} ms`,
					s.cumulativeLayoutShift,
				]),
			),
		);
	}
	return out.join('\n');
}

function reportLanguages(languages: Awaited<ReturnType<typeof benchLanguages>>): string {
	const added = languages.perLanguage.length - 1;
	const extra = (languages.build.wallMs - languages.singleWallMs) / added;
	return [
		`${languages.entries} entries in ${languages.perLanguage.length} languages (a third translated): build ${sec(languages.build.wallMs)} against ${sec(languages.singleWallMs)} in one language, so ${sec(extra)} per added language; peak ${gib(languages.build.peakRssBytes)}.`,
		'',
		table(
			[
				'language',
				'translated',
				'its pages',
				'its search index',
				'first results after last key (median / worst)',
				'fetched for first query (median / worst)',
			],
			languages.perLanguage.map((l) => [
				l.lang,
				languages.corpus.translated[l.lang] ?? '(source)',
				l.pages ? `${mb(l.pages.bytes)}, ${l.pages.files} files` : '(plain paths)',
				`${mb(l.index.bytes)}, ${l.index.files} files`,
				l.search
					? `${Math.round(l.search.medianLatencyMs)} / ${Math.round(l.search.maxLatencyMs)} ms`
					: 'see above',
				l.search
					? `${kb(l.search.medianFetchedBytes)} / ${kb(l.search.maxFetchedBytes)}`
					: 'see above',
			]),
		),
	].join('\n');
}

async function main() {
	const options = parseOptions(process.argv.slice(2));
	mkdirSync(options.work, { recursive: true });
	const needTools = options.starlight || options.lighthouse;
	const tools = needTools ? ensureTools(options.tools) : null;
	if (!options.starlight) options.starlightMax = 0;
	// The editor's bundle depends on the code, not the content (src/integrations/editor-bundle.ts):
	// every build of this code reuses it, so it is made before the builds are timed, or the first
	// timed build after a change to the code would pay for it and the others not.
	const started = performance.now();
	const editor = await getEditorBundle(root);
	console.log(
		editor.reused
			? 'editor bundle for this code: reused'
			: `editor bundle for this code: made in ${((performance.now() - started) / 1000).toFixed(1)} s, before the timed builds`,
	);
	const results = [];
	let languages: Awaited<ReturnType<typeof benchLanguages>> | null = null;
	try {
		for (const size of options.sizes) results.push(await benchSize(size, options, tools));
		const smallest = results.find((r) => r.entries === Math.min(...options.sizes))!;
		if (options.languages) languages = await benchLanguages(smallest.entries, options, smallest);
	} finally {
		emptyTrash();
	}
	console.log(`\n${report(results, options)}`);
	if (languages) console.log(`\n${reportLanguages(languages)}`);
	mkdirSync(dirname(options.json), { recursive: true });
	writeFileSync(
		options.json,
		JSON.stringify(
			{
				date: new Date().toISOString(),
				node: process.version,
				options,
				tools: TOOL_VERSIONS,
				results,
				languages,
			},
			null,
			'\t',
		),
	);
	console.log(`\nFigures written to ${options.json}`);
}

main().catch((error) => {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
});
