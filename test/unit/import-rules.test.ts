import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
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

/** The TypeScript of a file: an .astro file's frontmatter and its <script> blocks, or the whole file. */
function scriptOf(path: string): string {
	const text = readFileSync(path, 'utf8');
	if (!path.endsWith('.astro')) return text;
	const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
	// Data blocks (`type="application/json"`) and self-closing tags hold no code.
	const scripts = [
		...text.matchAll(
			/<script\b(?![^>]*\/>)(?![^>]*type="application\/json")[^>]*>([\s\S]*?)<\/script>/g,
		),
	];
	return [frontmatter, ...scripts.map((match) => match[1] ?? '')].join('\n');
}

function parse(path: string): ts.SourceFile {
	return ts.createSourceFile(path, scriptOf(path), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
}

/**
 * Every module a file loads at run time: imports and re-exports (`import type` is erased, so it binds
 * nothing) and `import()` of a literal path.
 */
function importsOf(path: string): string[] {
	const found: string[] = [];
	const visit = (node: ts.Node) => {
		if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly) {
			if (ts.isStringLiteral(node.moduleSpecifier)) found.push(node.moduleSpecifier.text);
		} else if (ts.isExportDeclaration(node) && !node.isTypeOnly && node.moduleSpecifier) {
			if (ts.isStringLiteral(node.moduleSpecifier)) found.push(node.moduleSpecifier.text);
		} else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
			const [target] = node.arguments;
			if (target && ts.isStringLiteralLike(target)) found.push(target.text);
		}
		ts.forEachChild(node, visit);
	};
	visit(parse(path));
	return found;
}

/** Every module a file names, `import type` and `export type ... from` included: what layering forbids. */
function allImportsOf(path: string): string[] {
	const found: string[] = [];
	const visit = (node: ts.Node) => {
		if (
			(ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
			node.moduleSpecifier &&
			ts.isStringLiteral(node.moduleSpecifier)
		)
			found.push(node.moduleSpecifier.text);
		else if (
			ts.isImportTypeNode(node) &&
			ts.isLiteralTypeNode(node.argument) &&
			ts.isStringLiteral(node.argument.literal)
		)
			found.push(node.argument.literal.text);
		else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
			const [target] = node.arguments;
			if (target && ts.isStringLiteralLike(target)) found.push(target.text);
		}
		ts.forEachChild(node, visit);
	};
	visit(parse(path));
	return found;
}

/** Import cycles among `files`, counting type imports, each as `a.ts -> b.ts -> a.ts` from `root`. */
function cyclesAmong(files: string[]): string[] {
	const inside = new Set(files);
	const edges = new Map(
		files.map((file) => [
			file,
			allImportsOf(file)
				.filter((specifier) => specifier.startsWith('.'))
				.map((specifier) => resolve(dirname(file), specifier))
				.filter((target) => inside.has(target)),
		]),
	);
	const cycles = new Set<string>();
	const done = new Set<string>();
	const walk = (file: string, path: string[]) => {
		const at = path.indexOf(file);
		if (at >= 0) {
			const loop = path.slice(at);
			// One name per cycle, whichever file the walk entered it by.
			const start = loop.indexOf([...loop].sort()[0]!);
			const turned = [...loop.slice(start), ...loop.slice(0, start)];
			cycles.add([...turned, turned[0]!].map((p) => relative(root, p)).join(' -> '));
			return;
		}
		if (done.has(file)) return;
		for (const target of edges.get(file) ?? []) walk(target, [...path, file]);
		done.add(file);
	};
	for (const file of files) walk(file, []);
	return [...cycles].sort();
}

/** The browser globals a file names as values (not as property names such as `event.window`). */
function domGlobalsOf(path: string): string[] {
	const globals = new Set([
		'document',
		'window',
		'customElements',
		'localStorage',
		'sessionStorage',
		'HTMLElement',
		'navigator',
	]);
	const found = new Set<string>();
	const visit = (node: ts.Node) => {
		const parent = node.parent;
		const isPropertyName =
			parent &&
			((ts.isPropertyAccessExpression(parent) && parent.name === node) ||
				(ts.isPropertyAssignment(parent) && parent.name === node) ||
				(ts.isPropertySignature(parent) && parent.name === node));
		if (ts.isIdentifier(node) && globals.has(node.text) && !isPropertyName) found.add(node.text);
		ts.forEachChild(node, visit);
	};
	visit(parse(path));
	return [...found];
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
		const offenders = under('lib').flatMap((path) =>
			domGlobalsOf(path).map((name) => `${relative(root, path)}: ${name}`),
		);
		expect(offenders).toEqual([]);
	});

	test('src/lib does not reach up into components, layouts, pages or the collections', () => {
		expect(
			violations(
				under('lib'),
				(s) => /\/(components|layouts|pages)\/|collections\.ts$/.test(s),
				true,
			),
		).toEqual([]);
	});

	test('pages read content through collections, never the file system', () => {
		expect(violations(under('pages'), (s) => /^(node:)?fs(\/|$)/.test(s), true)).toEqual([]);
	});

	test('custom elements, and everything they import, use no Node module', () => {
		const elements = under('components/elements');
		expect(elements.length).toBeGreaterThan(5);
		expect(violations(elements, isNodeModule, true)).toEqual([]);
	});

	test('custom elements, and everything they import, carry no Astro and no zod', () => {
		expect(
			violations(under('components/elements'), (s) => isAstro(s) || /^zod(\/|$)/.test(s), true),
		).toEqual([]);
	});

	test('the relay is plain Node: nothing it imports pulls in Astro', () => {
		const relay = under('relay');
		expect(relay.length).toBeGreaterThan(5);
		expect(violations(relay, isAstro, true)).toEqual([]);
	});

	test('src/i18n is the ground floor: it imports nothing from lib, collections, components or astro:*, not even types', () => {
		const i18n = join(src, 'i18n');
		const outside = (file: string, specifier: string) =>
			isAstro(specifier) ||
			(specifier.startsWith('.') && !resolve(dirname(file), specifier).startsWith(`${i18n}/`)) ||
			// A package other than Node's own would be a layer of its own; the catalog needs none.
			(!specifier.startsWith('.') && !isNodeModule(specifier));
		const offenders = under('i18n').flatMap((file) =>
			allImportsOf(file)
				.filter((specifier) => outside(file, specifier))
				.map((specifier) => `${relative(root, file)}: ${specifier}`),
		);
		expect(offenders).toEqual([]);
	});

	test('src/i18n has no import cycle, type imports included (the catalogs import only en.ts)', () => {
		expect(cyclesAmong(under('i18n'))).toEqual([]);
		const catalogs = under('i18n').filter((file) => /\/i18n\/(de|pl|ru|lv|el)\.ts$/.test(file));
		expect(catalogs).toHaveLength(5);
		for (const catalog of catalogs)
			expect(allImportsOf(catalog), relative(root, catalog)).toEqual(['./en.ts']);
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
		expect(domGlobalsOf(join(src, 'components/elements/kb-copy.ts'))).toContain('customElements');
		// `import type` binds nothing at run time: it is not counted, except by the layering rules.
		expect(importsOf(join(src, 'lib/platform.ts'))).toEqual([]);
		expect(allImportsOf(join(src, 'lib/platform.ts')).length).toBeGreaterThan(0);
		// A cycle is found, type imports included, and named once.
		const dir = mkdtempSync(join(tmpdir(), 'kb-import-rules-'));
		try {
			writeFileSync(join(dir, 'a.ts'), "import type { B } from './b.ts';\nexport type A = B;\n");
			writeFileSync(join(dir, 'b.ts'), "import type { A } from './a.ts';\nexport type B = A;\n");
			expect(cyclesAmong([join(dir, 'b.ts'), join(dir, 'a.ts')])).toEqual([
				`${relative(root, join(dir, 'a.ts'))} -> ${relative(root, join(dir, 'b.ts'))} -> ${relative(root, join(dir, 'a.ts'))}`,
			]);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
