import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { resolveContentDir } from '../../src/lib/content/files.ts';
import { formatProblem, type Problem } from '../../src/lib/content/problem.ts';
import { readSiteData } from '../../src/lib/content/site-data.ts';

const SITE =
	'portalName: IT Help\norganisation: Example Ltd\nhelpdeskEmail: helpdesk@example.com\n';
const CATEGORIES =
	'accounts:\n  title: Accounts\n  description: Passwords and sign-in.\nvpn:\n  title: VPN\n  description: Remote access.\n';

function article(id: string, extra = '') {
	return `---\nid: ${id}\ntitle: Article ${id}\nsummary: Summary of ${id}.\ncategory: accounts\nupdated: 2026-11-01\n${extra}---\n\nBody.\n`;
}

let dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
	dirs = [];
});

/** Writes a content folder from a map of relative path to text and checks it. */
function check(files: Record<string, string>, now?: Date) {
	const dir = mkdtempSync(join(tmpdir(), 'kb-content-'));
	dirs.push(dir);
	const all = { 'site.yaml': SITE, 'categories.yaml': CATEGORIES, ...files };
	for (const [path, text] of Object.entries(all)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	const report = checkContent(dir, { cwd: dir, ...(now ? { now } : {}) });
	return { report, lines: report.problems.map(formatProblem) };
}

describe('rules across entries', () => {
	test('a valid folder has no problems and every entry is read', () => {
		const { report, lines } = check({
			'articles/KB-1001-reset.mdx': article('KB-1001', 'related: [KB-1002]\n'),
			'articles/KB-1002-unlock.mdx': article('KB-1002'),
		});
		expect(lines).toEqual([]);
		expect(report.entries.map((e) => [e.id, e.slug])).toEqual([
			['KB-1001', 'reset'],
			['KB-1002', 'unlock'],
		]);
	});

	test('duplicate ids are an error on the second file', () => {
		const { lines } = check({
			'articles/KB-1001-reset.mdx': article('KB-1001'),
			'articles/KB-1001-reset-again.mdx': article('KB-1001'),
		});
		expect(lines).toContain(
			'articles/KB-1001-reset.mdx: id: KB-1001 is also the id of articles/KB-1001-reset-again.mdx; every id must be unique (run npm run new to get a free one) (line 2)',
		);
	});

	test('a folder inside a collection holds translations only', () => {
		const { lines } = check({
			'articles/KB-1001-reset.mdx': article('KB-1001'),
			'articles/sub/KB-1002-reset-again.mdx': article('KB-1002'),
		});
		expect(lines).toContain(
			'articles/sub/KB-1002-reset-again.mdx: is in the folder sub, which is not a language of site.yaml (languages: en); add it to languages, or move the file',
		);
	});

	test('related ids must exist, be published and not be the entry itself', () => {
		const { lines } = check({
			'articles/KB-1001-reset.mdx': article('KB-1001', 'related: [KB-9999, KB-1002, KB-1001]\n'),
			'articles/KB-1002-draft.mdx': article('KB-1002', 'draft: true\n'),
		});
		expect(lines).toEqual([
			'articles/KB-1001-reset.mdx: related[0]: KB-9999 is not the id of any entry (line 7)',
			'articles/KB-1001-reset.mdx: related[1]: KB-1002 is a draft, which is not published; remove the link or publish that entry (line 7)',
			'articles/KB-1001-reset.mdx: related[2]: KB-1001 is this entry itself (line 7)',
		]);
	});

	test('an unknown category suggests the closest one and lists the rest', () => {
		const { lines } = check({
			'articles/KB-1001-reset.mdx': article('KB-1001').replace(
				'category: accounts',
				'category: acounts',
			),
		});
		expect(lines).toEqual([
			'articles/KB-1001-reset.mdx: category: "acounts" is not a category; did you mean accounts? Use one of accounts, vpn (from categories.yaml) (line 5)',
		]);
	});

	test('an old slug cannot be another entry’s slug', () => {
		const { lines } = check({
			'articles/KB-1001-reset.mdx': article('KB-1001'),
			'articles/KB-1002-unlock.mdx': article('KB-1002', 'previousSlugs: [reset]\n'),
		});
		expect(lines).toContain(
			'articles/KB-1002-unlock.mdx: previousSlugs[0]: "reset" is the slug of articles/KB-1001-reset.mdx; an old slug cannot point to two pages (line 7)',
		);
	});

	test('a notice linking to an unknown entry is an error', () => {
		const notice =
			'id: N-1\ntitle: VPN work\nseverity: maintenance\nstarts: 2026-11-28T19:00:00Z\nservices: [VPN]\nmessage: Short break.\nlink: KE-0099\n';
		const { lines } = check({ 'notices/N-1-vpn-work.yaml': notice });
		expect(lines).toEqual([
			'notices/N-1-vpn-work.yaml: link: KE-0099 is not the id of any entry (line 7)',
		]);
	});

	test('missing site.yaml and categories.yaml are named', () => {
		const dir = mkdtempSync(join(tmpdir(), 'kb-empty-'));
		dirs.push(dir);
		const lines = checkContent(dir, { cwd: dir }).problems.map(formatProblem);
		expect(lines).toEqual([
			'categories.yaml: is missing; the portal needs this file',
			'site.yaml: is missing; the portal needs this file',
		]);
	});

	test('files that are not entries are reported, not silently skipped', () => {
		const { lines } = check({ 'articles/notes.txt': 'draft ideas' });
		expect(lines).toEqual(['articles/notes.txt: is ignored: entries must be .mdx or .md files']);
	});

	test('with a clock, stale entries and overdue updates are warnings', () => {
		const ke = `---\nid: KE-0001\ntitle: VPN drops\nsummary: The VPN drops.\ncategory: vpn\nupdated: 2026-11-01\nstatus: investigating\nseverity: major\nservices: [VPN]\nfirstSeen: 2026-11-01T08:00:00Z\nnextUpdate: 2026-11-02T08:00:00Z\n---\n\nBody.\n`;
		const { report } = check(
			{
				'articles/KB-1001-reset.mdx': article('KB-1001', 'reviewBy: 2026-10-01\n'),
				'known-errors/KE-0001-vpn.mdx': ke,
			},
			new Date('2026-11-23T12:00:00Z'),
		);
		expect(report.problems.map((p) => [p.level, p.file, p.field])).toEqual([
			['warning', 'articles/KB-1001-reset.mdx', 'reviewBy'],
			['warning', 'known-errors/KE-0001-vpn.mdx', 'nextUpdate'],
		]);
	});
});

describe('what the browser editor cannot know, npm run check catches', () => {
	test('a new entry taking the id of an unpublished draft is an error naming the file and id', () => {
		// The editor offers the next free id among published entries; a draft elsewhere may hold it.
		const { lines } = check({
			'articles/KB-1003-vpn-tips.mdx': article('KB-1003', 'draft: true\n'),
			'articles/KB-1003-printer-offline.mdx': article('KB-1003'),
		});
		expect(lines).toEqual([
			'articles/KB-1003-vpn-tips.mdx: id: KB-1003 is also the id of articles/KB-1003-printer-offline.mdx; every id must be unique (run npm run new to get a free one) (line 2)',
		]);
	});

	test('a related id whose entry was just removed is an error naming the file and related', () => {
		const { lines } = check({
			'articles/KB-1001-reset.mdx': article('KB-1001', 'related: [KB-1002, KB-9999]\n'),
			'articles/KB-1002-unlock.mdx': article('KB-1002'),
		});
		expect(lines).toEqual([
			'articles/KB-1001-reset.mdx: related[1]: KB-9999 is not the id of any entry (line 7)',
		]);
	});

	test('screenshots beside the entries are not entries; a missing one is named by file and line', () => {
		const site = `${SITE}languages: [en, de]\n`;
		const body = '\n![The VPN sign-in window](./images/vpn-sign-in.png)\n';
		const { lines } = check({
			'site.yaml': site,
			'articles/KB-1001-vpn.mdx': article('KB-1001').replace('\nBody.\n', body),
			'articles/images/vpn-sign-in.png': 'png',
			'articles/de/KB-1001-vpn.mdx':
				'---\nid: KB-1001\ntranslatedFrom: 2026-11-01\ntitle: VPN\nsummary: VPN.\n---\n\n![Das Anmeldefenster](../images/vpn-anmeldung.png)\n',
		});
		expect(lines).toEqual([
			'articles/de/KB-1001-vpn.mdx: body: the image ../images/vpn-anmeldung.png does not exist: there is no file articles/images/vpn-anmeldung.png; add the file, or correct the path (line 8)',
		]);
	});
});

describe('npm run check', () => {
	test('an article with a broken troubleshooter fails, naming the file, the troubleshooter, the step and the line', () => {
		const root = new URL('../..', import.meta.url).pathname;
		const run = spawnSync(process.execPath, [join(root, 'scripts/check-content.ts')], {
			cwd: root,
			env: { ...process.env, KB_CONTENT_DIR: 'test/fixtures/invalid-troubleshooter' },
			encoding: 'utf8',
		});
		expect(run.status, run.stderr).toBe(1);
		expect(run.stdout).toContain(
			'test/fixtures/invalid-troubleshooter/articles/KB-0001-print-with-follow-me-printing.mdx\n  error   line 13   body: troubleshooter "no-printout", step "display": the answer "Yes, it shows my name" leads to "job", which is not a step of this troubleshooter; did you mean "jobs"?\n',
		);
		expect(run.stdout).toContain(': 1 error, 0 warnings');
	});
});

describe('the content folder', () => {
	test('defaults to ./content and follows KB_CONTENT_DIR', () => {
		expect(resolveContentDir({}, '/srv/portal')).toBe('/srv/portal/content');
		expect(resolveContentDir({ KB_CONTENT_DIR: '../kb' }, '/srv/portal')).toBe('/srv/kb');
		expect(resolveContentDir({ KB_CONTENT_DIR: '/data/kb' }, '/srv/portal')).toBe('/data/kb');
	});

	test('the sample content has no errors', () => {
		const report = checkContent(resolveContentDir({}, new URL('../..', import.meta.url).pathname));
		expect(report.problems.filter((p) => p.level === 'error')).toEqual([]);
		const types = report.entries.map((e) => e.type);
		expect(types.filter((t) => t === 'article').length).toBeGreaterThanOrEqual(14);
		expect(types.filter((t) => t === 'known-error').length).toBeGreaterThanOrEqual(6);
		const statuses = new Set(
			report.entries.flatMap((e) => ('status' in e.data ? [e.data.status] : [])),
		);
		expect([...statuses].sort()).toEqual([
			'fix-in-progress',
			'identified',
			'investigating',
			'monitoring',
			'resolved',
			'workaround',
		]);
		expect(report.notices.length).toBeGreaterThanOrEqual(3);
	});
});

describe('readSiteData: the one reader of the data files, for the build and the check', () => {
	function write(files: Record<string, string>) {
		const dir = mkdtempSync(join(tmpdir(), 'kb-site-data-'));
		dirs.push(dir);
		for (const [path, text] of Object.entries(files)) {
			mkdirSync(dirname(join(dir, path)), { recursive: true });
			writeFileSync(join(dir, path), text);
		}
		return dir;
	}

	test('without defaultLanguage the portal is in the schema default, English, and reads ui/en.yaml', () => {
		const dir = write({
			'site.yaml': SITE,
			'categories.yaml': CATEGORIES,
			'ui/en.yaml': 'nav.home: Start\n',
		});
		const problems: Problem[] = [];
		const data = readSiteData(dir, (path) => path, problems);
		expect(problems).toEqual([]);
		expect(data.site?.defaultLanguage).toBe('en');
		expect(data.synonyms).toEqual([]);
		expect(data.languages).toEqual({ en: { ui: { 'nav.home': 'Start' } } });
	});

	test('a German portal with English reads the English files, not the German ones, for English', () => {
		const dir = write({
			'site.yaml': `${SITE}defaultLanguage: de\nlanguages: [de, en]\n`,
			'categories.yaml': CATEGORIES,
			'categories.en.yaml': 'vpn:\n  title: Remote access\n  description: From home.\n',
			'site.en.yaml': 'portalName: Help\n',
		});
		const problems: Problem[] = [];
		const data = readSiteData(dir, (path) => path, problems);
		expect(problems).toEqual([]);
		expect(Object.keys(data.languages)).toEqual(['de', 'en']);
		expect(data.languages.de).toEqual({});
		expect(data.languages.en).toEqual({
			site: { portalName: 'Help' },
			categories: { vpn: { title: 'Remote access', description: 'From home.' } },
		});
	});

	test('the check reports what the reader found wrong, by file', () => {
		const { lines, report } = check({ 'categories.de.yaml': 'vpn:\n  title: VPN\n' });
		expect(report.languageData).toEqual({ en: {} });
		expect(lines).toEqual([
			'categories.de.yaml: is ignored: de is not a language of site.yaml (languages: en)',
		]);
	});
});
