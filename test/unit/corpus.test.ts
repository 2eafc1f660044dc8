import { createHash } from 'node:crypto';
import {
	cpSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { REFERENCE_DATE, generateCorpus } from '../../scripts/bench/corpus/generate.ts';
import { MDX_COMPONENTS } from '../../src/lib/content/body.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { VOCABULARY_DIR, fill, loadVocabulary } from '../../scripts/bench/corpus/load.ts';
import { formatProblem } from '../../src/lib/content/problem.ts';

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

describe('the corpus vocabulary', () => {
	/** A copy of the data files with one of them changed by `edit`. */
	function editedCopy(file: string, edit: (data: any) => void): string {
		const dir = tempDir();
		for (const name of readdirSync(VOCABULARY_DIR).filter((f) => f.endsWith('.yaml'))) {
			cpSync(join(VOCABULARY_DIR, name), join(dir, name));
		}
		const data = parse(readFileSync(join(dir, file), 'utf8'));
		edit(data);
		writeFileSync(join(dir, file), stringify(data));
		return dir;
	}

	test('the data files load, and an unchanged copy loads the same', () => {
		const vocabulary = loadVocabulary();
		expect(vocabulary.products.map((p) => p.key)).toContain('helpdesk');
		expect(loadVocabulary(editedCopy('site.yaml', () => {}))).toEqual(vocabulary);
	});

	test('a malformed file stops the run with the file and the field to fix', () => {
		const wrongType = editedCopy('products.yaml', (products) => {
			products.outlook.errors[0] = 80070005;
		});
		expect(() => loadVocabulary(wrongType)).toThrow(
			/products\.yaml is not valid:\n {2}outlook\.errors\[0\]: .*expected string/,
		);
		const missing = editedCopy('platforms.yaml', (platforms) => {
			delete platforms.linux;
		});
		expect(() => loadVocabulary(missing)).toThrow(/platforms\.yaml is not valid:\n {2}linux: /);
		const unknownField = editedCopy('policies.yaml', (policies) => {
			policies.topics[0].matrix[0].who = 'shop';
		});
		expect(() => loadVocabulary(unknownField)).toThrow(/topics\[0\]\.matrix\[0\]\.who: /);
		const broken = editedCopy('synonyms.yaml', () => {});
		writeFileSync(join(broken, 'synonyms.yaml'), '- [mfa, 2fa\n');
		expect(() => loadVocabulary(broken)).toThrow(/synonyms\.yaml is not valid YAML/);
	});

	test('templates may only use their own placeholders', () => {
		const typo = editedCopy('phrases.yaml', (phrases) => {
			phrases.genericSteps[2].title = 'Update {ap}';
		});
		expect(() => loadVocabulary(typo)).toThrow(
			/genericSteps\[2\]\.title: \{ap\} is not a placeholder here \(allowed: \{app\}\)/,
		);
		const inFact = editedCopy('products.yaml', (products) => {
			products.zoom.facts[0] = 'Zoom runs {everywhere}.';
		});
		expect(() => loadVocabulary(inFact)).toThrow(/zoom\.facts\[0\]: \{everywhere\} is not/);
	});

	test('references between files are checked', () => {
		const dir = editedCopy('products.yaml', (products) => {
			products.outlook.category = 'emial';
			delete products.helpdesk;
		});
		const load = () => loadVocabulary(dir);
		expect(load).toThrow('products.yaml: outlook.category: no category "emial" in categories.yaml');
		expect(load).toThrow('needs a product "helpdesk"');
		expect(load).toThrow(/policies\.yaml: topics\[\d+\]\.product: no product "helpdesk"/);
	});

	test('values written unquoted into the corpus YAML are checked for what would change their meaning', () => {
		const dir = editedCopy('synonyms.yaml', (synonyms) => {
			synonyms[0].push('mdm, intune');
		});
		expect(() => loadVocabulary(dir)).toThrow(
			/\[0\]\[7\]: is written unquoted into a \[a, b\] list/,
		);
	});

	test('fill replaces every placeholder and refuses one without a value', () => {
		expect(fill('Open **{app}** on {app}, {n} times', { app: 'Zoom', n: 2 })).toBe(
			'Open **Zoom** on Zoom, 2 times',
		);
		expect(fill('cost: $& {app}', { app: '$1' })).toBe('cost: $& $1');
		expect(() => fill('Update {app} for {service}', { app: 'Zoom' })).toThrow(
			'no value for {service} in the template "Update {app} for {service}"',
		);
	});
});
