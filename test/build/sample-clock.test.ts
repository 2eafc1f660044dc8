import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TEST_NOW } from '../clock.ts';
import { reserveTestPorts } from '../ports.ts';
import { SAMPLE_DIST, ensureSampleBuild } from '../sample-build.ts';
import { buildPortal, readBuiltPortal, type BuiltPortal } from './build-portal.ts';

/**
 * The sample portal demonstrates itself whenever it is built: the same pages with the same structure at
 * the tests' instant and a year later, with something in the banner and on the status page both times.
 * Only what the time decides may differ (an update promised in between is now overdue).
 */
const root = new URL('../..', import.meta.url).pathname;
const YEAR_ON = new Date(Date.parse(TEST_NOW) + 365 * 24 * 3600_000).toISOString();
const outDirs: string[] = [];
let builds: Record<'now' | 'yearOn', BuiltPortal>;

beforeAll(async () => {
	// The run's shared build is the one at the tests' instant; only the year-on build is made here, with
	// the same settings but the clock.
	const { receiver } = await reserveTestPorts();
	ensureSampleBuild(receiver);
	const now = readBuiltPortal(SAMPLE_DIST);
	const outDir = mkdtempSync(join(tmpdir(), 'kb-build-sample-'));
	outDirs.push(outDir);
	const yearOn = buildPortal(join(root, 'content'), outDir, YEAR_ON, {
		KB_HANDOFF_URL: `http://127.0.0.1:${receiver}/intake`,
	});
	expect(yearOn.status, yearOn.output).toBe(0);
	builds = { now, yearOn };
}, 240_000);

afterAll(() => {
	for (const dir of outDirs) rmSync(dir, { recursive: true, force: true });
});

function listPages(dir: string): string[] {
	return (readdirSync(dir, { recursive: true }) as string[])
		.filter((file) => file.endsWith('.html'))
		.map((file) => relative(dir, join(dir, file)))
		.sort();
}

const text = (html: string) =>
	html
		.replace(/<[^>]+>/g, '')
		.replace(/\s+/g, ' ')
		.trim();

/** The page's outline: every h1 and h2 as text. */
function outline(html: string): string[] {
	return [...html.matchAll(/<h([12])\b[^>]*>([\s\S]*?)<\/h\1>/g)].map(
		(m) => `h${m[1]} ${text(m[2]!)}`,
	);
}

/** Banner items as built, by kind and id. */
function bannerItems(html: string): string[] {
	return [...html.matchAll(/class="kb-status-item [^"]*"[^>]*data-key="([^"]+)"/g)].map(
		(m) => m[1]!,
	);
}

/** Notices the status page shows (not hidden) in a group. */
function shownNotices(html: string, group: 'active' | 'upcoming'): string[] {
	const list =
		html.match(new RegExp(`data-notice-group="${group}"[^>]*>([\\s\\S]*?)</ul>`))?.[1] ?? '';
	return [...list.matchAll(/<li\b([^>]*)>/g)]
		.filter((m) => !/\shidden\b/.test(m[1]!))
		.map((m) => m[1]!.match(/data-notice-id="([^"]+)"/)?.[1] ?? '?');
}

const PAGES = [
	'index.html',
	'status/index.html',
	'known-errors/index.html',
	'known-errors/vpn-disconnects-after-globalprotect-6-3-update/index.html',
	'articles/reset-your-password/index.html',
	'policies/byod-policy/index.html',
	'help/index.html',
];

describe('the sample portal built a year apart', () => {
	test('builds the same pages', () => {
		expect(listPages(builds.yearOn.outDir)).toEqual(listPages(builds.now.outDir));
	});

	test('every page type has the same outline', () => {
		for (const page of PAGES)
			expect(outline(builds.yearOn.read(page)), page).toEqual(outline(builds.now.read(page)));
	});

	test('the banner and the status page still show something happening now', () => {
		for (const build of [builds.now, builds.yearOn]) {
			const home = build.read('index.html');
			expect(bannerItems(home).length).toBeGreaterThan(0);
			expect(bannerItems(home)).toContain('known-error:KE-0041');
			const status = build.read('status/index.html');
			expect(shownNotices(status, 'active')).toContain('N-10');
			expect(status).not.toMatch(/<p data-notice-empty="active">/);
		}
	});

	test('what the time decides follows KB_NOW', () => {
		const ke = 'known-errors/vpn-disconnects-after-globalprotect-6-3-update/index.html';
		expect(text(builds.now.read(ke))).toMatch(/Next update by\s*24 November 2026, 16:00 UTC/);
		expect(text(builds.yearOn.read(ke))).toMatch(
			/Update overdue since\s*24 November 2026, 16:00 UTC/,
		);
		// The VPN notice was in its window at the tests' instant and has ended a year on.
		expect(shownNotices(builds.now.read('status/index.html'), 'active')).toContain('N-8');
		expect(shownNotices(builds.yearOn.read('status/index.html'), 'active')).not.toContain('N-8');
		expect(shownNotices(builds.now.read('status/index.html'), 'upcoming')).toEqual(['N-9']);
		expect(JSON.parse(builds.yearOn.read('status.json')).generated).toBe(YEAR_ON);
	});
});
