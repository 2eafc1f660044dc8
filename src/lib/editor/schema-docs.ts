import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type TypeScript from 'typescript';

/**
 * TypeScript's parser, loaded when the schemas' source has to be read (about 130 ms): a build whose
 * schemas are those of the last build reads their docs from `node_modules/.cache` instead.
 */
let ts: typeof TypeScript;

/**
 * The doc comments of the schemas' fields, read from the source of `src/schemas/` so the browser
 * editor shows authors the same words their code editor shows them. A field's comment sits where it is
 * written, which is often not where the collection's schema is: the common fields come from
 * `entryFields()` spread into every entry schema, a translation takes its fields from there too, and
 * the items of `updates` or `supportMatrix` are their own schemas. So the docs are kept per container
 * (a schema constant or a function returning fields), with spreads and nested schemas followed, and
 * looked up by the path of a field from the collection's own schema.
 */

interface Member {
	name: string;
	doc?: string | undefined;
	/** The container describing this field's own fields (an object, or the items of a list). */
	nested?: string | undefined;
	/** A shorthand property (`{ id, title }`): the field of the same name in these containers. */
	sources?: readonly string[];
}

interface Container {
	name: string;
	file: string;
	doc?: string | undefined;
	/** Fields and spreads in the order they are written. */
	items: Array<Member | { spread: string }>;
	/** Identifiers each field's initializer mentions, resolved to containers once all files are read. */
	mentions: Map<string, string[]>;
}

/** The docs of every container of the schema folder, by the container's name. */
export interface SchemaDocs {
	containers: ReadonlyMap<string, Container>;
}

/** A field's doc comment and the path it was found for, e.g. `updates.status`. */
export type FieldDocs = ReadonlyMap<string, string>;

/** The doc comment of a node, trimmed, its lines joined into one line of text; undefined when it has none. */
function getDocComment(node: TypeScript.Node): string | undefined {
	const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
	const last = docs.at(-1);
	let text = last ? ts.getTextOfJSDocComment(last.comment) : undefined;
	if (!last) {
		// The parser attaches a doc comment only when it starts its line; `{ /** Deep. */ deep: … }` too.
		const source = node.getSourceFile().text;
		// A comment after `{` on the same line counts as trailing the `{`, so look at both kinds.
		const range = [
			...(ts.getTrailingCommentRanges(source, node.pos) ?? []),
			...(ts.getLeadingCommentRanges(source, node.pos) ?? []),
		]
			.filter((comment) => source.startsWith('/**', comment.pos))
			.at(-1);
		text = range
			? source
					.slice(range.pos + 3, range.end - 2)
					.split('\n')
					.map((line) => line.replace(/^\s*\*?\s?/, ''))
					.join('\n')
			: undefined;
	}
	const joined = text?.replace(/\s*\n\s*/g, ' ').trim();
	return joined ? joined : undefined;
}

const OBJECT_FACTORIES = new Set(['object', 'strictObject', 'looseObject']);

/** Is `node` the call `z.object({...})` (or `strictObject`, `looseObject`)? */
function isObjectFactory(node: TypeScript.Node): node is TypeScript.CallExpression {
	if (!ts.isCallExpression(node)) return false;
	const callee = node.expression;
	const name = ts.isPropertyAccessExpression(callee)
		? callee.name.text
		: ts.isIdentifier(callee)
			? callee.text
			: '';
	const shape = node.arguments[0];
	return (
		OBJECT_FACTORIES.has(name) &&
		!!shape &&
		(ts.isObjectLiteralExpression(shape) ||
			(ts.isCallExpression(shape) && ts.isIdentifier(shape.expression)))
	);
}

/**
 * The shape of the first `z.object(...)` in `node`, outermost first (nested ones are left to the
 * fields): an object literal, or a call of a function returning fields (`z.strictObject(fields())`).
 */
function findObjectShape(
	node: TypeScript.Node,
): TypeScript.ObjectLiteralExpression | TypeScript.CallExpression | undefined {
	if (isObjectFactory(node))
		return node.arguments[0] as TypeScript.ObjectLiteralExpression | TypeScript.CallExpression;
	return ts.forEachChild(node, findObjectShape);
}

/** Reads a shape into a container: a literal's fields, or all the fields of the function it calls. */
function readShape(
	shape: TypeScript.ObjectLiteralExpression | TypeScript.CallExpression,
	container: Container,
	add: (container: Container) => void,
	sources: readonly string[],
) {
	if (ts.isObjectLiteralExpression(shape)) readObject(shape, container, add, sources);
	else container.items.push({ spread: (shape.expression as TypeScript.Identifier).text });
}

function collectIdentifiers(node: TypeScript.Node, into: string[] = []): string[] {
	if (ts.isIdentifier(node)) into.push(node.text);
	ts.forEachChild(node, (child) => {
		collectIdentifiers(child, into);
	});
	return into;
}

/** Reads one object literal's fields into a container, and any object written inline inside a field. */
function readObject(
	literal: TypeScript.ObjectLiteralExpression,
	container: Container,
	add: (container: Container) => void,
	sources: readonly string[],
) {
	for (const property of literal.properties) {
		if (ts.isSpreadAssignment(property)) {
			const callee = ts.isCallExpression(property.expression)
				? property.expression.expression
				: property.expression;
			if (ts.isIdentifier(callee)) container.items.push({ spread: callee.text });
			continue;
		}
		if (ts.isShorthandPropertyAssignment(property)) {
			container.items.push({ name: property.name.text, doc: getDocComment(property), sources });
			continue;
		}
		if (!ts.isPropertyAssignment(property)) continue;
		const name =
			ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)
				? property.name.text
				: property.name.getText();
		const member: Member = { name, doc: getDocComment(property) };
		const inline = findObjectShape(property.initializer);
		if (inline) {
			const nested = newContainer(`${container.name}.${name}`, container.file);
			readShape(inline, nested, add, []);
			add(nested);
			member.nested = nested.name;
		} else {
			container.mentions.set(name, collectIdentifiers(property.initializer));
		}
		container.items.push(member);
	}
}

function newContainer(name: string, file: string, doc?: string): Container {
	return { name, file, doc, items: [], mentions: new Map() };
}

/** The containers of one source file: its schema constants and its functions that return fields. */
function readFile(file: string, source: string, add: (container: Container) => void) {
	const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
	for (const statement of sourceFile.statements) {
		if (ts.isVariableStatement(statement)) {
			for (const declaration of statement.declarationList.declarations) {
				if (!ts.isIdentifier(declaration.name) || !declaration.initializer) continue;
				const container = newContainer(declaration.name.text, file, getDocComment(statement));
				const shape = findObjectShape(declaration.initializer);
				if (shape) readShape(shape, container, add, []);
				add(container);
			}
		} else if (ts.isFunctionDeclaration(statement) && statement.name && statement.body) {
			const container = newContainer(statement.name.text, file, getDocComment(statement));
			// `const { id, title } = entryFields(type)`: the shorthand fields returned take their docs from there.
			const sources: string[] = [];
			for (const inner of statement.body.statements) {
				if (!ts.isVariableStatement(inner)) continue;
				for (const declaration of inner.declarationList.declarations) {
					const init = declaration.initializer;
					if (init && ts.isCallExpression(init) && ts.isIdentifier(init.expression))
						sources.push(init.expression.text);
				}
			}
			const returned = statement.body.statements.find(ts.isReturnStatement)?.expression;
			if (returned && ts.isObjectLiteralExpression(returned))
				readObject(returned, container, add, sources);
			add(container);
		}
	}
}

/**
 * The folder of the schemas' source: beside this file in the repository, else `src/schemas` of the
 * working directory (a build may run this module from a bundle elsewhere; builds run from the root).
 */
export function resolveSchemaDir(cwd = process.cwd()): string {
	const beside = fileURLToPath(new URL('../../schemas/', import.meta.url));
	return existsSync(join(beside, 'site.ts')) ? beside : join(cwd, 'src', 'schemas');
}

const cache = new Map<string, SchemaDocs>();

/** Where the docs of a version of the schemas are kept between builds, by a hash of their source. */
const DISK_CACHE = join(process.cwd(), 'node_modules/.cache/kb-schema-docs');

/** Reads every `.ts` file of the schema folder (once per folder) into its containers' docs. */
export function readSchemaDocs(dir = resolveSchemaDir()): SchemaDocs {
	const cached = cache.get(dir);
	if (cached) return cached;
	const sources = readdirSync(dir)
		.filter((file) => file.endsWith('.ts'))
		.sort()
		.map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
	// The key covers this reader's own code too: a change to how docs are read reads them again.
	const hash = createHash('sha1').update(readFileSync(fileURLToPath(import.meta.url)));
	for (const { name, text } of sources) hash.update(`\0${name}\0${text}`);
	const stored = join(DISK_CACHE, `${hash.digest('hex')}.json`);
	const kept = readStoredDocs(stored);
	const docs = kept ?? parseSchemaDocs(sources);
	if (!kept) storeDocs(stored, docs);
	cache.set(dir, docs);
	return docs;
}

function parseSchemaDocs(sources: ReadonlyArray<{ name: string; text: string }>): SchemaDocs {
	ts ??= createRequire(import.meta.url)('typescript') as typeof TypeScript;
	const containers = new Map<string, Container>();
	const add = (container: Container) => {
		const existing = containers.get(container.name);
		if (existing && existing.items.length > 0 && container.items.length > 0)
			throw new Error(
				`Schema docs: ${container.name} is defined in both ${existing.file} and ${container.file}; give one another name`,
			);
		if (!existing || container.items.length > 0) containers.set(container.name, container);
	};
	for (const { name, text } of sources) readFile(name, text, add);
	// A field that names another schema (`z.array(KnownErrorUpdateSchema)`) has that schema's fields.
	for (const container of containers.values()) {
		for (const item of container.items) {
			if ('spread' in item || item.nested) continue;
			const named = container.mentions
				.get(item.name)
				?.find((id) => id !== container.name && (containers.get(id)?.items.length ?? 0) > 0);
			if (named) item.nested = named;
		}
	}
	return { containers };
}

/** Docs kept by an earlier build, or null (none, or not readable). */
function readStoredDocs(file: string): SchemaDocs | null {
	try {
		const containers = JSON.parse(readFileSync(file, 'utf8')) as Array<Omit<Container, 'mentions'>>;
		return {
			containers: new Map(containers.map((c) => [c.name, { ...c, mentions: new Map() }])),
		};
	} catch {
		return null;
	}
}

/** Keeps the docs for the next build; one that cannot be written is read again next time. */
function storeDocs(file: string, docs: SchemaDocs): void {
	try {
		mkdirSync(DISK_CACHE, { recursive: true });
		const containers = [...docs.containers.values()].map(({ mentions: _, ...rest }) => rest);
		writeFileSync(file, JSON.stringify(containers));
	} catch {
		// A read-only folder: nothing kept.
	}
}

/** The fields of a container in order, spreads replaced by the fields they bring. */
function listMembers(docs: SchemaDocs, name: string, seen = new Set<string>()): Member[] {
	const container = docs.containers.get(name);
	if (!container || seen.has(name)) return [];
	seen.add(name);
	const members: Member[] = [];
	for (const item of container.items) {
		if ('spread' in item) members.push(...listMembers(docs, item.spread, seen));
		else if (item.doc || !item.sources?.length) members.push(item);
		else {
			const from = item.sources
				.flatMap((source) => listMembers(docs, source, new Set(seen)))
				.find((member) => member.name === item.name);
			members.push(from ?? item);
		}
	}
	return members;
}

/**
 * Every field path of a container with its doc comment: `id`, `updates`, `updates.at`, … A field
 * without a comment is left out, so a missing comment shows as a missing path.
 */
export function getFieldDocs(docs: SchemaDocs, container: string): FieldDocs {
	const paths = new Map<string, string>();
	const walk = (name: string, prefix: string, seen: Set<string>) => {
		if (seen.has(name)) return;
		for (const member of listMembers(docs, name)) {
			const path = prefix + member.name;
			if (member.doc) paths.set(path, member.doc);
			if (member.nested) walk(member.nested, `${path}.`, new Set([...seen, name]));
		}
	};
	walk(container, '', new Set());
	return paths;
}

/** The doc comment of a container itself, e.g. of `SynonymsSchema`. */
export function getContainerDoc(docs: SchemaDocs, container: string): string | undefined {
	return docs.containers.get(container)?.doc;
}
