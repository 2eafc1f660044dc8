import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { REFERENCE_DATE, generateCorpus } from '../../scripts/bench/corpus.ts';
import { MDX_COMPONENTS } from '../../src/lib/content/body.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { formatProblem } from '../../src/lib/problems.ts';

let dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
	dirs = [];
});

function tempDir(): string {
	const dir = mkdtempSync(join(tmpdir(), 'kb-corpus-'));
	dirs.push(dir);
	return dir;
}

/** Every file of a folder, relative and sorted. */
function listFiles(dir: string): string[] {
	return (readdirSync(dir, { recursive: true }) as string[])
		.filter((file) => statSync(join(dir, file)).isFile())
		.sort();
}

/** One hash over every file's path and contents. */
function hashFolder(dir: string): string {
	const hash = createHash('sha256');
	for (const file of listFiles(dir))
		hash
			.update(file)
			.update('\0')
			.update(readFileSync(join(dir, file)));
	return hash.digest('hex');
}

describe('generateCorpus', () => {
	test('the same seed writes identical files; another seed writes different ones', () => {
		const [a, b, c] = [tempDir(), tempDir(), tempDir()];
		generateCorpus(a, { entries: 120, seed: 7 });
		generateCorpus(b, { entries: 120, seed: 7 });
		generateCorpus(c, { entries: 120, seed: 8 });
		expect(listFiles(a)).toEqual(listFiles(b));
		expect(hashFolder(a)).toBe(hashFolder(b));
		expect(hashFolder(a)).not.toBe(hashFolder(c));
	});

	test('splits entries about 80/18/2, at least one of each, and reports what it wrote', () => {
		const dir = tempDir();
		const summary = generateCorpus(dir, { entries: 300 });
		expect(summary).toMatchObject({ articles: 240, knownErrors: 54, policies: 6, notices: 3 });
		expect(summary.articles + summary.knownErrors + summary.policies).toBe(300);
		const files = listFiles(dir);
		expect(summary.files).toBe(files.length);
		expect(summary.bytes).toBe(
			files.reduce((sum, f) => sum + readFileSync(join(dir, f)).length, 0),
		);
		expect(files.filter((f) => f.startsWith('articles/'))).toHaveLength(240);
		expect(files.filter((f) => f.startsWith('known-errors/'))).toHaveLength(54);
		expect(files.filter((f) => f.startsWith('policies/'))).toHaveLength(6);

		const tiny = generateCorpus(tempDir(), { entries: 3 });
		expect(tiny).toMatchObject({ articles: 1, knownErrors: 1, policies: 1 });
	});

	test('a 300-entry corpus passes the content check without a single problem', () => {
		const dir = tempDir();
		generateCorpus(dir, { entries: 300, seed: 3 });
		const report = checkContent(dir, { cwd: dir, now: new Date(REFERENCE_DATE) });
		expect(report.problems.map(formatProblem)).toEqual([]);
		expect(report.entries).toHaveLength(300);
		expect(report.notices).toHaveLength(3);
		const active = report.notices.filter(
			(n) =>
				n.data.starts <= new Date(REFERENCE_DATE) &&
				(!n.data.ends || n.data.ends > new Date(REFERENCE_DATE)),
		);
		expect(active).toHaveLength(1);
	});

	test('MDX corpora use components in some entries; markdown-only ones write the same entries as .md without any', () => {
		const mdx = tempDir();
		const md = tempDir();
		generateCorpus(mdx, { entries: 150, seed: 5 });
		generateCorpus(md, { entries: 150, seed: 5, markdownOnly: true });
		const component = new RegExp(`<(${MDX_COMPONENTS.join('|')})\\b`);
		const entries = (dir: string) =>
			listFiles(dir).filter((f) => !f.startsWith('notices/') && f.includes('/'));
		const rich = entries(mdx).filter((f) => component.test(readFileSync(join(mdx, f), 'utf8')));
		expect(rich.length).toBeGreaterThan(150 / 6);
		expect(rich.length).toBeLessThan(150 / 2);
		expect(entries(md).every((f) => f.endsWith('.md'))).toBe(true);
		expect(entries(md).some((f) => component.test(readFileSync(join(md, f), 'utf8')))).toBe(false);
		expect(entries(md).map((f) => f.replace(/\.md$/, ''))).toEqual(
			entries(mdx).map((f) => f.replace(/\.mdx$/, '')),
		);
		const report = checkContent(md, { cwd: md, now: new Date(REFERENCE_DATE) });
		expect(report.problems.map(formatProblem)).toEqual([]);
	});

	test('refuses a folder that is not empty and fewer than three entries', () => {
		const dir = tempDir();
		writeFileSync(join(dir, 'keep.txt'), 'x');
		expect(() => generateCorpus(dir, { entries: 10 })).toThrow(/not empty/);
		expect(() => generateCorpus(tempDir(), { entries: 2 })).toThrow(/at least 3/);
	});
});
