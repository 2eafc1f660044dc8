import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseDocument } from 'yaml';
import { FileProblems } from '../../src/lib/content/file-problems.ts';
import {
	listFiles,
	resolveContentDir,
	splitFrontmatter,
	withoutBom,
} from '../../src/lib/content/files.ts';
import type { Problem } from '../../src/lib/content/problem.ts';
import { findLine, findSourceText, parseYaml } from '../../src/lib/content/yaml.ts';

/** The YAML of every file in the sample content folder: data files whole, entries' frontmatter. */
function sampleYaml(): Array<[string, string]> {
	const dir = resolveContentDir();
	return listFiles(dir).flatMap((path): Array<[string, string]> => {
		const source = withoutBom(readFileSync(join(dir, path), 'utf8'));
		if (/\.ya?ml$/.test(path)) return [[path, source]];
		const split = /\.mdx?$/.test(path) ? splitFrontmatter(source) : null;
		return split ? [[path, split.frontmatter]] : [];
	});
}

function parse(source: string) {
	const problems: Problem[] = [];
	const parsed = parseYaml(source, 1, new FileProblems('content/articles/KB-1001-x.mdx', problems));
	return { parsed, problems };
}

describe('YAML read for the content check', () => {
	const files = sampleYaml();

	test('the sample content has YAML to compare', () => {
		expect(files.length).toBeGreaterThan(50);
	});

	// The fast reader and the one that keeps positions must see the same values, or the check would
	// pass what the author's lines say otherwise.
	test.each(files)('%s reads as `yaml` reads it', (_, source) => {
		const { parsed, problems } = parse(source);
		expect(problems).toEqual([]);
		expect(parsed?.value).toStrictEqual(parseDocument(source).toJS());
	});

	test('values keep YAML 1.2 types: a date stays text, hex is a number, and lines are found', () => {
		const source =
			'id: KB-1001\nupdated: 2026-11-24\nerrorCode: 0x80070005\ntags:\n  - vpn\n  - "on"\n';
		const { parsed } = parse(source);
		expect(parsed?.value).toStrictEqual({
			id: 'KB-1001',
			updated: '2026-11-24',
			errorCode: 0x80070005,
			tags: ['vpn', 'on'],
		});
		expect(findLine(parsed!, ['tags', 1])).toBe(7);
		expect(findSourceText(parsed!, ['errorCode'])).toBe('0x80070005');
	});

	test('a field written twice is an error on its line, as before', () => {
		const { parsed, problems } = parse('id: KB-1001\ntitle: One\ntitle: Two\n');
		expect(parsed).toBeNull();
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ line: 4 });
		expect(problems[0]!.message).toContain('a field is written twice');
	});
});
