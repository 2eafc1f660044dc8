import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * The layering every module keeps, checked on the source itself (in the spirit of Starlight's
 * no-internal-barrel-imports test): a rule broken here is named with the file and the import.
 */

const root = resolve(new URL('../..', import.meta.url).pathname);
const src = join(root, 'src');
const NODE_BUILTINS = new Set(builtinModules);

function listFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? listFiles(path) : [path];
	});
}

const code = (path: string) =>
	readFileSync(path, 'utf8')
		// Comments may name anything; only code counts.
		.replace(/\/\*[\s\S]*?\*\//g, '')
		.replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

/** Every module an .ts or .astro file imports, statically or dynamically. */
function importsOf(path: string): string[] {
	const text = code(path);
	const source = path.endsWith('.astro')
		? // The frontmatter and the page's <script> blocks.
			[...text.matchAll(/^---\n([\s\S]*?)\n---|<script\b[^>]*>([\s\S]*?)<\/script>/gm)]
				.map((match) => match[1] ?? match[2] ?? '')
				.join('\n')
		: text;
	const found = [
		// `import type` is erased from the output, so it binds nothing at run time.
		...source.matchAll(/\b(?:import|export)\s(?!type\s)[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g),
		...source.matchAll(/\bimport\s*['"]([^'"]+)['"]/g),
		...source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
	];
	return found.map((match) => match[1]!);
}

const isNodeModule = (specifier: string) =>
	specifier.startsWith('node:') || NODE_BUILTINS.has(specifier.split('/')[0]!);
const isAstro = (specifier: string) => specifier === 'astro' || /^astro[:/]/.test(specifier);

/** The files `path` reaches through relative imports, itself included. */
function reachable(path: string, seen = new Set<string>()): Set<string> {
	if (seen.has(path)) return seen;
	seen.add(path);
	for (const specifier of importsOf(path)) {
		if (!specifier.startsWith('.')) continue;
		const target = resolve(dirname(path), specifier);
		if (/\.(ts|astro)$/.test(target)) reachable(target, seen);
	}
	return seen;
}

/** `file: import` for every import of `files` (followed through relative imports when `deep`) that breaks `rule`. */
function violations(files: string[], rule: (specifier: string) => boolean, deep = false): string[] {
	const found = new Set<string>();
	for (const file of files) {
		for (const reached of deep ? reachable(file) : [file]) {
			for (const specifier of importsOf(reached)) {
				if (rule(specifier)) {
					const via = reached === file ? '' : ` (through ${relative(root, reached)})`;
					found.add(`${relative(root, file)}: ${specifier}${via}`);
				}
			}
		}
	}
	return [...found].sort();
}

const under = (dir: string, pattern = /\.(ts|astro)$/) =>
	listFiles(join(src, dir)).filter((path) => pattern.test(path));

describe('import rules', () => {
	test('src/lib is plain TypeScript: it imports no astro:* module', () => {
		expect(violations(under('lib'), (s) => s.startsWith('astro:'))).toEqual([]);
	});

	test('src/lib uses no DOM: the build, the browser and the relay all run it', () => {
		const dom = /\b(document|window|customElements|localStorage|sessionStorage|HTMLElement)\b/;
		const offenders = under('lib').filter((path) =>
			dom.test(code(path).replace(/(['"`])(?:\\.|(?!\1).)*\1/g, '')),
		);
		expect(offenders.map((path) => relative(root, path))).toEqual([]);
	});

	test('src/lib does not reach up into components, layouts or pages', () => {
		expect(violations(under('lib'), (s) => /\/(components|layouts|pages)\//.test(s))).toEqual([]);
	});

	test('pages read content through collections, never the file system', () => {
		expect(violations(under('pages'), (s) => /^(node:)?fs(\/|$)/.test(s))).toEqual([]);
	});

	test('custom elements, and everything they import, use no Node module', () => {
		const elements = under('components/elements');
		expect(elements.length).toBeGreaterThan(5);
		expect(violations(elements, isNodeModule, true)).toEqual([]);
	});

	test('custom elements, and everything they import, carry no Astro and no zod', () => {
		expect(
			violations(under('components/elements'), (s) => isAstro(s) || s === 'zod', true),
		).toEqual([]);
	});

	test('the relay is plain Node: nothing it imports pulls in Astro', () => {
		const relay = under('relay');
		expect(relay.length).toBeGreaterThan(5);
		expect(violations(relay, isAstro, true)).toEqual([]);
	});

	test('the rules themselves see imports: a known import of each kind is found', () => {
		// Guards the checks above against a pattern that silently matches nothing.
		expect(importsOf(join(src, 'collections.ts'))).toContain('astro:content');
		expect(importsOf(join(src, 'relay/store.ts'))).toContain('node:sqlite');
		expect(importsOf(join(src, 'components/StatusBanner.astro'))).toEqual(
			expect.arrayContaining(['../collections.ts', './elements/kb-status-banner.ts']),
		);
		expect([...reachable(join(src, 'relay/server.ts'))].map((p) => relative(src, p))).toContain(
			'lib/handoff.ts',
		);
	});
});
