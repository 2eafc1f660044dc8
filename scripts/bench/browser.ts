import { gzipSync } from 'node:zlib';
import {
	chromium,
	type Browser,
	type BrowserContext,
	type Locator,
	type Page,
} from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from '../../test/browser.ts';
import { median } from './build.ts';

/** What an entry page costs before anyone searches. */
export interface PageScripts {
	path: string;
	/** Gzip bytes of the script files the page loaded, as the server sent them. */
	externalGzip: number;
	/** Gzip bytes of the scripts written into the page itself. */
	inlineGzip: number;
	files: number;
}

/** One first search, in a fresh browser profile: latency after the last keystroke and bytes fetched. */
export interface SearchRun {
	query: string;
	/** Milliseconds from the last keystroke to results for the whole query on screen. */
	latencyMs: number;
	/** Bytes the server sent (gzip where it compresses), from the first keystroke to the results. */
	fetchedBytes: number;
	requests: number;
	/** Each file fetched, with its bytes. */
	files: string[];
	/**
	 * Bytes Pagefind's own `pagefind.js` fetches (stock options, its worker) to search the same typed
	 * text on the same index and load 5 results: the engine alone, in a fresh profile.
	 */
	engineBytes?: number;
	engineRequests?: number;
}

export function launchChromium(): Promise<Browser> {
	return chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
}

/**
 * What the server sent, as the server counts it (so requests made by workers count too): reset it,
 * let the page work, then read it.
 */
export class Meter {
	sent: Array<{ path: string; bytes: number }> = [];
	readonly record = (path: string, bytes: number) => {
		this.sent.push({ path, bytes });
	};
	reset() {
		this.sent = [];
	}
	total(filter: (path: string) => boolean = () => true) {
		return this.sent.filter((s) => filter(s.path)).reduce((sum, s) => sum + s.bytes, 0);
	}
}

/** Waits until the server has sent nothing for `quietMs` (the page's own network state may be idle). */
async function waitForQuiet(meter: Meter, quietMs = 500) {
	let seen = -1;
	while (seen !== meter.sent.length) {
		seen = meter.sent.length;
		await new Promise((done) => setTimeout(done, quietMs));
	}
}

/** The JavaScript an entry page loads before search is opened. */
export async function measurePageScripts(
	browser: Browser,
	meter: Meter,
	base: string,
	path: string,
): Promise<PageScripts> {
	const context = await browser.newContext();
	const page = await context.newPage();
	meter.reset();
	await page.goto(new URL(path, base).href, { waitUntil: 'networkidle' });
	const isScript = (sent: string) => /\.m?js$/.test(sent);
	const inline = await page.evaluate(() =>
		[...document.querySelectorAll('script:not([src])')]
			.filter((s) => !/json/.test(s.getAttribute('type') ?? ''))
			.map((s) => s.textContent ?? ''),
	);
	await context.close();
	return {
		path,
		externalGzip: meter.total(isScript),
		inlineGzip: inline.reduce((sum, text) => sum + gzipSync(text).length, 0),
		files: meter.sent.filter((s) => isScript(s.path)).length,
	};
}

/**
 * Opens an entry page in a fresh profile, types `query` into the header search like a person (a key
 * every 80 ms), and times the results for the whole query after the last keystroke.
 */
export async function measureFirstSearch(
	browser: Browser,
	meter: Meter,
	base: string,
	path: string,
	query: string,
): Promise<SearchRun> {
	const context: BrowserContext = await browser.newContext();
	const page = await context.newPage();
	await page.goto(new URL(path, base).href, { waitUntil: 'networkidle' });
	meter.reset();
	await page.evaluate((query) => {
		const timing = { lastInput: 0, results: 0 };
		(window as unknown as { __benchTiming: typeof timing }).__benchTiming = timing;
		document.addEventListener('input', () => (timing.lastInput = performance.now()), true);
		const observer = new MutationObserver(() => {
			const all = document.querySelector<HTMLAnchorElement>('#kb-header-panel [data-search-all]');
			const panel = document.querySelector<HTMLElement>('#kb-header-panel');
			if (!all || !panel || panel.hidden || timing.results) return;
			if (new URL(all.href).searchParams.get('q') === query) timing.results = performance.now();
		});
		observer.observe(document.body, { subtree: true, childList: true, attributes: true });
	}, query);
	// The header's box, by its id: its name is in the page's language.
	const box = page.locator('#kb-header-q');
	const timing = await typeAndTime(page, box, query);
	// The results in view may load their details after the first is on screen: they count too.
	await waitForQuiet(meter);
	await context.close();
	return {
		query,
		latencyMs: Math.max(0, timing.results - timing.lastInput),
		fetchedBytes: meter.total(),
		requests: meter.sent.length,
		files: meter.sent.map((s) => `${s.path} ${s.bytes}`),
	};
}

/**
 * The engine alone: in a fresh profile on `path`, Pagefind's own `pagefind.js` (stock options) searches
 * `query` once and loads its first 5 results, as a page built on Pagefind with nothing around it would.
 */
export async function measureEngineSearch(
	browser: Browser,
	meter: Meter,
	base: string,
	path: string,
	query: string,
): Promise<{ bytes: number; requests: number }> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(new URL(path, base).href, { waitUntil: 'networkidle' });
	meter.reset();
	await page.evaluate(async (query) => {
		const pagefind = await import(
			/* @vite-ignore */ new URL('/pagefind/pagefind.js', location.href).href
		);
		const found = await pagefind.search(query);
		await Promise.all(
			found.results.slice(0, 5).map((result: { data: () => Promise<unknown> }) => result.data()),
		);
	}, query);
	await page.waitForLoadState('networkidle');
	await context.close();
	return { bytes: meter.total(), requests: meter.sent.length };
}

/**
 * Starlight's first search in a fresh profile: what `isSearch` counts as its search (its UI, which it
 * loads while the page is idle, and Pagefind's files) from the page's load on, the dialog opened with
 * its button, the query typed like a person, timed to the results for the whole query.
 */
export async function measureStarlightSearch(
	browser: Browser,
	meter: Meter,
	base: string,
	path: string,
	query: string,
	isSearch: (path: string) => boolean,
): Promise<SearchRun> {
	const context = await browser.newContext();
	const page = await context.newPage();
	meter.reset();
	await page.goto(new URL(path, base).href, { waitUntil: 'networkidle' });
	await page.evaluate((query) => {
		const timing = { lastInput: 0, results: 0 };
		(window as unknown as { __benchTiming: typeof timing }).__benchTiming = timing;
		document.addEventListener('input', () => (timing.lastInput = performance.now()), true);
		const observer = new MutationObserver(() => {
			const message = document.querySelector('.pagefind-ui__message')?.textContent ?? '';
			const shown = document.querySelector('.pagefind-ui__result-link');
			if (timing.results || !shown || !message.includes(query)) return;
			timing.results = performance.now();
		});
		observer.observe(document.body, { subtree: true, childList: true, characterData: true });
	}, query);
	await page.locator('site-search button[data-open-modal]').click();
	const box = page.locator('.pagefind-ui__search-input');
	const timing = await typeAndTime(page, box, query);
	await page.waitForLoadState('networkidle');
	await context.close();
	const search = meter.sent.filter((s) => isSearch(s.path));
	return {
		query,
		latencyMs: Math.max(0, timing.results - timing.lastInput),
		fetchedBytes: search.reduce((sum, s) => sum + s.bytes, 0),
		requests: search.length,
		files: search.map((s) => `${s.path} ${s.bytes}`),
	};
}

/**
 * Types `query` into `box` a key every 80 ms, as a person does, and returns when the page's
 * `__benchTiming` (set up by the caller) has marked the results shown: the last key's time and theirs.
 */
async function typeAndTime(
	page: Page,
	box: Locator,
	query: string,
): Promise<{ lastInput: number; results: number }> {
	await box.focus();
	await box.pressSequentially(query, { delay: 80 });
	await page.waitForFunction(
		() => (window as unknown as { __benchTiming: { results: number } }).__benchTiming.results > 0,
		undefined,
		{ timeout: 30_000 },
	);
	return page.evaluate(
		() =>
			(window as unknown as { __benchTiming: { lastInput: number; results: number } })
				.__benchTiming,
	);
}

/** The medians and the worst of some first searches. */
export function summarizeSearch(runs: SearchRun[]) {
	const engine = runs.map((r) => r.engineBytes).filter((b): b is number => b !== undefined);
	return {
		runs,
		medianLatencyMs: median(runs.map((r) => r.latencyMs)),
		maxLatencyMs: Math.max(...runs.map((r) => r.latencyMs)),
		medianFetchedBytes: median(runs.map((r) => r.fetchedBytes)),
		maxFetchedBytes: Math.max(...runs.map((r) => r.fetchedBytes)),
		medianRequests: median(runs.map((r) => r.requests)),
		...(engine.length > 0
			? { medianEngineBytes: median(engine), maxEngineBytes: Math.max(...engine) }
			: {}),
	};
}

/**
 * First searches for several queries; with `engine`, each also measured with Pagefind alone on the same
 * index. The medians and the worst.
 */
export async function measureSearch(
	browser: Browser,
	meter: Meter,
	base: string,
	path: string,
	queries: string[],
	{ engine = false }: { engine?: boolean } = {},
) {
	const runs: SearchRun[] = [];
	for (const query of queries) {
		const run = await measureFirstSearch(browser, meter, base, path, query);
		if (engine) {
			const alone = await measureEngineSearch(browser, meter, base, path, query);
			run.engineBytes = alone.bytes;
			run.engineRequests = alone.requests;
		}
		runs.push(run);
	}
	return summarizeSearch(runs);
}
