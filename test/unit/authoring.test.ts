import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { checkBody } from '../../src/lib/content/body.ts';
import { checkContent, checkSource } from '../../src/lib/content/check.ts';
import { formatProblem } from '../../src/lib/content/problem.ts';
import {
	getNewEntryPath,
	getNextId,
	renderNewEntry,
	type NewKind,
} from '../../src/lib/scaffold.ts';
import { addTimelineUpdate } from '../../src/lib/timeline.ts';
import { TEST_NOW } from '../clock.ts';

const root = new URL('../..', import.meta.url).pathname;
let dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
	dirs = [];
});

/** A copy of the minimal fixture to write into. */
function contentCopy(): string {
	const dir = mkdtempSync(join(tmpdir(), 'kb-authoring-'));
	dirs.push(dir);
	cpSync(join(root, 'test/fixtures/minimal'), dir, { recursive: true });
	return dir;
}

/** Runs `npm run new -- ...` against a content folder. */
function runNew(dir: string, ...args: string[]) {
	const result = spawnSync(process.execPath, [join(root, 'scripts/new-entry.ts'), ...args], {
		cwd: root,
		env: { ...process.env, KB_CONTENT_DIR: dir, KB_NOW: TEST_NOW },
		encoding: 'utf8',
	});
	return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

describe('new entries', () => {
	test('the next id follows the highest in use', () => {
		expect(getNextId('article', ['KB-1001', 'KB-1017', 'KE-0050'])).toBe('KB-1018');
		expect(getNextId('article', [])).toBe('KB-1001');
		expect(getNextId('known-error', ['KE-0045', 'ke-0046'])).toBe('KE-0047');
		expect(getNextId('policy', ['POL-001'])).toBe('POL-002');
		expect(getNextId('notice', ['N-7', 'N-12'])).toBe('N-13');
	});

	test.each(['article', 'known-error', 'policy', 'notice'] as NewKind[])(
		'a new %s passes the content check as written',
		(kind) => {
			const id = getNextId(kind, []);
			const text = renderNewEntry({
				kind,
				title: 'Printer jams on the 2nd floor',
				id,
				today: '2026-11-23',
				now: '2026-11-23T13:00:00Z',
				category: 'printing',
				categories: ['printing', 'vpn'],
			});
			const file = `content/${getNewEntryPath(kind, id, 'Printer jams on the 2nd floor')}`;
			expect(file).toMatch(new RegExp(`/${id}-printer-jams-on-the-2nd-floor\\.(mdx|yaml)$`));
			const result = checkSource(kind, file, text);
			expect(result.problems.map(formatProblem)).toEqual([]);
		},
	);

	test('npm run new writes every type into the folder, and each passes npm run check', () => {
		const dir = contentCopy();
		for (const [kind, title] of [
			['article', 'Map a network drive'],
			['known-error', 'Teams calls drop'],
			['policy', 'Acceptable use'],
			['notice', 'Printer maintenance'],
		]) {
			const run = runNew(dir, kind!, title!);
			expect(run.status, run.out).toBe(0);
			expect(run.out).toMatch(/^Wrote .+\((KB-0003|KE-0002|POL-002|N-2)\)\./m);
		}
		expect(readdirSync(join(dir, 'articles'))).toContain('KB-0003-map-a-network-drive.mdx');
		expect(readdirSync(join(dir, 'known-errors'))).toContain('KE-0002-teams-calls-drop.mdx');
		const report = checkContent(dir);
		expect(report.problems.filter((p) => p.level === 'error').map(formatProblem)).toEqual([]);
		expect(report.entries.map((e) => e.id).sort()).toEqual([
			'KB-0001',
			'KB-0002',
			'KB-0003',
			'KE-0001',
			'KE-0002',
			'POL-001',
			'POL-002',
		]);
		expect(report.notices.map((n) => n.data.id).sort()).toEqual(['N-1', 'N-2']);
	});

	test('npm run new translation copies the text to translate, and it passes npm run check', () => {
		const dir = mkdtempSync(join(tmpdir(), 'kb-authoring-'));
		dirs.push(dir);
		cpSync(join(root, 'test/fixtures/languages'), dir, { recursive: true });
		const run = runNew(dir, 'translation', 'POL-001', 'de', 'Geräte');
		expect(run.status, run.out).toBe(0);
		expect(run.out).toContain('Wrote');
		const text = readFileSync(join(dir, 'policies/de/POL-001-gerate.mdx'), 'utf8');
		expect(text).toContain('translatedFrom: 2026-11-01');
		expect(text).toContain('title: "Geräte"');
		expect(text).toContain('    who: vendor');
		expect(text).toContain('The policy.');
		const report = checkContent(dir);
		expect(report.problems.filter((p) => p.level === 'error').map(formatProblem)).toEqual([]);
		expect(report.untranslated.de).toEqual([]);
		// A second time, it points to the file there is.
		const again = runNew(dir, 'translation', 'POL-001', 'de');
		expect(again.status).toBe(1);
		expect(again.out).toContain(
			'policies/de/POL-001-gerate.mdx already translates POL-001 into de',
		);
		expect(runNew(dir, 'translation', 'POL-001', 'fr').out).toContain(
			"fr is not one of the portal's other languages (de, pl)",
		);
	});

	test('a title whose address is taken is refused', () => {
		const dir = contentCopy();
		const run = runNew(dir, 'article', 'Connect to the VPN');
		expect(run.status).toBe(1);
		expect(run.out).toContain(
			'already uses the address "connect-to-the-vpn". Choose another title.',
		);
		const old = runNew(dir, 'article', 'VPN setup');
		expect(old.out).toContain('already uses the address "vpn-setup"');
	});

	test('update adds to the timeline, and resolving sets resolvedAt', () => {
		const dir = contentCopy();
		const run = runNew(
			dir,
			'update',
			'KE-0001',
			'Fixed by the 6.3.2 client.',
			'--status',
			'resolved',
		);
		expect(run.status, run.out).toBe(0);
		const text = readFileSync(join(dir, 'known-errors/KE-0001-vpn-drops.mdx'), 'utf8');
		expect(text).toMatch(/status: resolved/);
		// The script's clock is KB_NOW, so the dates it writes are the tests' instant, not today's.
		expect(text).toContain('resolvedAt: 2026-11-23T12:00:00Z');
		expect(text).toContain('updated: 2026-11-23');
		expect(text).toContain('note: Fixed by the 6.3.2 client.');
		expect(checkContent(dir).problems.filter((p) => p.level === 'error')).toEqual([]);
		expect(runNew(dir, 'update', 'KB-0001', 'x').out).toContain('KB-0001 is not a known error');
		expect(runNew(dir, 'update', 'KE-0001', 'x', '--status', 'fixed').out).toContain(
			'"fixed" is not a status',
		);
	});
});

describe('timeline updates keep the file as written', () => {
	test('comments and other fields stay, updated moves to today', () => {
		const source =
			'---\nid: KE-0001 # the id\nupdated: 2026-11-01\nstatus: resolved\nresolvedAt: 2026-11-02T00:00:00Z\n---\n\nBody text.\n';
		const result = addTimelineUpdate(source, {
			note: 'It is back.',
			status: 'investigating',
			now: new Date('2026-11-23T10:00:00Z'),
		});
		expect(result.ok).toBe(true);
		const text = result.ok ? result.text : '';
		expect(text).toBe(
			'---\nid: KE-0001 # the id\nupdated: 2026-11-23\nstatus: investigating\nupdates:\n  - at: 2026-11-23T10:00:00Z\n    status: investigating\n    note: It is back.\n---\n\nBody text.\n',
		);
	});
});

describe('bodies', () => {
	const routes = new Set(['/', '/articles/reset/', '/KB-1001', '/categories/vpn/']);

	test('unknown components and links that lead nowhere are found, with their line', () => {
		const body = [
			'Intro.',
			'',
			'<Tabs>',
			'<Step title="x">',
			'[reset](/KB-1001) and [gone](/KB-9999#step-a) and [old](/articles/nowhere/)',
			'<a href="javascript:alert(1)">x</a>',
			'`<Fake>` and [ok](/articles/reset/#why)',
		].join('\n');
		expect(checkBody(body, routes)).toEqual([
			{
				line: 3,
				message:
					'<Tabs> is not a component you can use. The components are Answer, Callout, Check, ErrorText, Platform, Platforms, Solution, Step, Steps, Troubleshooter',
			},
			{
				line: 5,
				message: 'the link /KB-9999#step-a leads nowhere: no published entry has the id KB-9999',
			},
			{
				line: 5,
				message:
					'the link /articles/nowhere/ leads nowhere: no page of the portal has that address',
			},
			{ line: 6, message: 'the link javascript:alert(1) would run code; links must be addresses' },
		]);
	});

	test('an MDX comment whose stars were escaped (the rich-text editor) is named at its line', () => {
		expect(
			checkBody('Intro.\n\n{/\\* for agents only \\*/}\n\n{/* still a comment */}', routes),
		).toEqual([
			{
				line: 3,
				message:
					'this note is no longer a comment: its stars were escaped ({/\\* … \\*/}, as the rich-text editor writes it), so readers would see it; write it as {/* … */}',
			},
		]);
	});

	test('short links match in any case, code examples are not checked', () => {
		expect(
			checkBody('[a](/kb-1001) [b](/categories/vpn)\n\n```\n<Nope> [x](/missing/)\n```', routes),
		).toEqual([]);
	});
});
