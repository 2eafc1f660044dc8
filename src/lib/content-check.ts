import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { LineCounter, parseDocument, isScalar, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { ArticleSchema, type Article } from '../schemas/article.ts';
import { CategoriesSchema, type Categories } from '../schemas/categories.ts';
import { ENTRY_ID } from '../schemas/fields.ts';
import { KnownErrorSchema, type KnownError } from '../schemas/known-error.ts';
import { NoticeSchema, type Notice } from '../schemas/notice.ts';
import { PolicySchema, type Policy } from '../schemas/policy.ts';
import { SiteSchema, type Site } from '../schemas/site.ts';
import { SynonymsSchema, type Synonyms } from '../schemas/synonyms.ts';
import {
	describeHiddenCharacter,
	findHiddenCharacters,
	findLinkTargets,
	unsafeMarkup,
} from './unsafe-content.ts';
import {
	ENTRY_FOLDERS,
	getEntryPath,
	getEntryTypeOfId,
	parseEntryFileName,
	type EntryType,
} from './ids.ts';
import {
	contentErrorMap,
	formatFieldPath,
	formatProblem,
	makeProblem,
	sortProblems,
	suggestClosest,
	type Problem,
} from './problems.ts';

/** The schema of each entry type; `src/content.config.ts` gives Astro the same ones. */
const ENTRY_SCHEMAS = {
	article: ArticleSchema,
	'known-error': KnownErrorSchema,
	policy: PolicySchema,
} as const;

export type EntryData<T extends EntryType = EntryType> = {
	article: Article;
	'known-error': KnownError;
	policy: Policy;
}[T];

/** A valid entry as read from its file. */
export interface CheckedEntry {
	type: EntryType;
	file: string;
	id: string;
	slug: string;
	data: EntryData;
	body: string;
	/** Line of the file on which the body starts. */
	bodyLine: number;
}

export interface CheckedNotice {
	file: string;
	data: Notice;
}

export interface ContentReport {
	entries: CheckedEntry[];
	notices: CheckedNotice[];
	site?: Site;
	categories?: Categories;
	synonyms?: Synonyms;
	problems: Problem[];
}

interface CheckOptions {
	/** Folder paths in messages are shown relative to this (default: the working directory). */
	cwd?: string;
	/** The moment "now" for time-based warnings (stale entries, overdue updates). */
	now?: Date;
}

/** The content folder the portal builds from: `KB_CONTENT_DIR`, or `./content`. */
export function resolveContentDir(
	env: Record<string, string | undefined> = process.env,
	cwd = process.cwd(),
) {
	return resolve(cwd, env.KB_CONTENT_DIR || 'content');
}

/**
 * Astro's cache folder for a content folder: one per content folder, so building a fixture (or a bench
 * corpus) never mixes its entries into another build.
 */
export function astroCacheDir(contentDir: string, projectRoot = process.cwd()) {
	const key = createHash('sha1').update(contentDir).digest('hex').slice(0, 10);
	return resolve(projectRoot, 'node_modules/.astro', key);
}

const FRONTMATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

interface ParsedYaml {
	value: unknown;
	doc: Document;
	lines: LineCounter;
	/** Lines before the YAML text in its file (1 for the opening `---` of frontmatter). */
	lineOffset: number;
}

class FileProblems {
	readonly file: string;
	readonly into: Problem[];
	constructor(file: string, into: Problem[]) {
		this.file = file;
		this.into = into;
	}
	error(message: string, field?: string, line?: number) {
		this.into.push(makeProblem('error', this.file, message, field, line));
	}
	warn(message: string, field?: string, line?: number) {
		this.into.push(makeProblem('warning', this.file, message, field, line));
	}
}

function parseYaml(source: string, lineOffset: number, report: FileProblems): ParsedYaml | null {
	const lines = new LineCounter();
	const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
	if (doc.errors.length > 0) {
		for (const error of doc.errors) {
			const line = error.pos ? lines.linePos(error.pos[0]).line + lineOffset : undefined;
			const reason =
				error.code === 'DUPLICATE_KEY' ? 'a field is written twice' : error.message.split('\n')[0];
			report.error(
				`YAML syntax error: ${reason}. Check indentation, colons and quotes on this line`,
				undefined,
				line,
			);
		}
		return null;
	}
	return { value: doc.toJS(), doc, lines, lineOffset };
}

/**
 * The line of the value at `path` in the YAML. A missing value inside a list or group points at that
 * list item or group; a missing top-level field has no line.
 */
function findLine(parsed: ParsedYaml, path: readonly PropertyKey[]): number | undefined {
	for (let depth = path.length; depth >= Math.min(1, path.length); depth--) {
		const node = parsed.doc.getIn(path.slice(0, depth) as unknown[], true) as
			{ range?: [number, number, number] } | undefined;
		if (node?.range) return parsed.lines.linePos(node.range[0]).line + parsed.lineOffset;
	}
	return undefined;
}

/** The text an author wrote for the value at `path`, e.g. `0x80070005` that YAML read as a number. */
function findSourceText(parsed: ParsedYaml, path: readonly PropertyKey[]): string | undefined {
	const node = parsed.doc.getIn(path as unknown[], true);
	if (isScalar(node) && node.source !== undefined) return String(node.source);
	if (isScalar(node) && node.range) {
		return parsed.doc.toString().slice(node.range[0], node.range[1]);
	}
	return undefined;
}

/** Keys a strict object schema allows, for "did you mean" on unknown fields. */
function allowedKeys(issue: z.core.$ZodIssue, schema: z.ZodType): string[] {
	let current: unknown = schema;
	for (const key of issue.path) {
		current = unwrap(current);
		const def = (current as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
		if (!def) return [];
		if (typeof key === 'number') current = def.element;
		else current = (def.shape as Record<string, unknown> | undefined)?.[String(key)];
	}
	const shape = (unwrap(current) as { _zod?: { def?: { shape?: Record<string, unknown> } } })._zod
		?.def?.shape;
	return shape ? Object.keys(shape) : [];
}

function unwrap(schema: unknown): unknown {
	let current = schema as { _zod?: { def?: Record<string, unknown> } } | undefined;
	for (let i = 0; i < 10 && current?._zod?.def; i++) {
		const def = current._zod.def;
		const next =
			def.innerType ?? def.in ?? (def.type === 'pipe' ? def.in : undefined) ?? def.schema;
		if (!next || def.shape) break;
		current = next as typeof current;
	}
	return current;
}

/** Validates `value` against `schema`, reporting each issue in the author's words with its line. */
function validate<S extends z.ZodType>(
	schema: S,
	parsed: ParsedYaml,
	report: FileProblems,
): z.output<S> | null {
	const result = schema.safeParse(parsed.value, { error: contentErrorMap, reportInput: true });
	if (result.success) return result.data;
	for (const issue of result.error.issues) {
		if (issue.code === 'unrecognized_keys') {
			const allowed = allowedKeys(issue, schema);
			for (const key of issue.keys) {
				const path = [...issue.path, key];
				const suggestion = suggestClosest(key, allowed);
				const hint = suggestion
					? `; did you mean ${suggestion}?`
					: allowed.length
						? `; the fields allowed here are ${allowed.join(', ')}`
						: '';
				report.error(`is not a known field${hint}`, formatFieldPath(path), findLine(parsed, path));
			}
			continue;
		}
		let message = issue.message;
		if (
			issue.code === 'invalid_type' &&
			issue.expected === 'string' &&
			typeof issue.input === 'number'
		) {
			const written = findSourceText(parsed, issue.path) ?? String(issue.input);
			message = /^0x[0-9a-f]+$/i.test(written)
				? `YAML read ${written} as a number (${issue.input}); put error codes in quotes: "${written}"`
				: `expected text but found the number ${written}; put it in quotes: "${written}"`;
		}
		const field = formatFieldPath(issue.path);
		report.error(message, field || undefined, findLine(parsed, issue.path));
	}
	return null;
}

function listFiles(dir: string): string[] {
	try {
		return (readdirSync(dir, { recursive: true }) as string[])
			.filter(
				(name) => !name.split(/[\\/]/).some((part) => part.startsWith('.') || part.startsWith('_')),
			)
			.filter((name) => statSync(join(dir, name)).isFile())
			.sort();
	} catch {
		return [];
	}
}

function readText(path: string): string {
	return readFileSync(path, 'utf8');
}

function readDataFile<S extends z.ZodType>(
	path: string,
	schema: S,
	required: boolean,
	show: (path: string) => string,
	problems: Problem[],
): z.output<S> | undefined {
	const file = new FileProblems(show(path), problems);
	let source: string;
	try {
		source = readText(path);
	} catch {
		if (required) file.error('is missing; the portal needs this file');
		return undefined;
	}
	const parsed = parseYaml(source.replace(/^\uFEFF/, ''), 0, file);
	if (!parsed) return undefined;
	return validate(schema, parsed, file) ?? undefined;
}

function readDataFiles(contentDir: string, show: (path: string) => string, problems: Problem[]) {
	return {
		site: readDataFile(join(contentDir, 'site.yaml'), SiteSchema, true, show, problems),
		categories: readDataFile(
			join(contentDir, 'categories.yaml'),
			CategoriesSchema,
			true,
			show,
			problems,
		),
		synonyms:
			readDataFile(join(contentDir, 'synonyms.yaml'), SynonymsSchema, false, show, problems) ?? [],
	};
}

/** The site's data files (`site.yaml`, `categories.yaml`, `synonyms.yaml`); throws when any is invalid. */
export function readSiteData(contentDir: string): {
	site: Site;
	categories: Categories;
	synonyms: Synonyms;
} {
	const problems: Problem[] = [];
	const data = readDataFiles(contentDir, (path) => path, problems);
	if (problems.some((p) => p.level === 'error') || !data.site || !data.categories) {
		throw new Error(`Invalid site data:\n${problems.map(formatProblem).join('\n')}`);
	}
	return { site: data.site, categories: data.categories, synonyms: data.synonyms };
}

/** Invisible characters in any text field: a title, alias or error message must read as it displays. */
function checkHiddenInFields(parsed: ParsedYaml, file: FileProblems) {
	const visit = (value: unknown, path: PropertyKey[]) => {
		if (typeof value === 'string') {
			for (const hidden of findHiddenCharacters(value)) {
				file.error(describeHiddenCharacter(hidden), path.join('.'), findLine(parsed, path));
			}
		} else if (Array.isArray(value)) {
			value.forEach((item, index) => visit(item, [...path, index]));
		} else if (value && typeof value === 'object' && !(value instanceof Date)) {
			for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
		}
	};
	visit(parsed.value, []);
}

function checkEntryFile(type: EntryType, file: FileProblems, source: string) {
	const match = FRONTMATTER.exec(source);
	if (!match) {
		file.error(
			'has no frontmatter: the file must start with a line --- then the fields, then another ---',
			undefined,
			1,
		);
		return null;
	}
	const parsed = parseYaml(match[1] ?? '', 1, file);
	if (!parsed) return null;
	if (parsed.value === null || typeof parsed.value !== 'object' || Array.isArray(parsed.value)) {
		file.error('frontmatter must be a list of fields such as "title: ..."', undefined, 2);
		return null;
	}
	checkHiddenInFields(parsed, file);
	const data = validate(ENTRY_SCHEMAS[type], parsed, file) as EntryData | null;
	const named = parseEntryFileName(file.file);
	if (!named) {
		file.error(
			`file name must be the entry's id, a hyphen and a slug of lowercase words, e.g. ${ENTRY_ID_EXAMPLES[type]}-reset-your-password.mdx`,
		);
		return null;
	}
	if (!data) return null;
	if (named.id !== data.id) {
		file.error(
			`is ${data.id} but the file name starts with ${named.id}; make them the same`,
			'id',
			findLine(parsed, ['id']),
		);
		return null;
	}
	const bodyLine = source.slice(0, match[0].length).split('\n').length;
	const entry: CheckedEntry = {
		type,
		file: file.file,
		id: data.id,
		slug: named.slug,
		data,
		body: source.slice(match[0].length),
		bodyLine,
	};
	return { entry, parsed };
}

function checkNoticeFile(file: FileProblems, source: string) {
	const parsed = parseYaml(source.replace(/^\uFEFF/, ''), 0, file);
	if (!parsed) return null;
	checkHiddenInFields(parsed, file);
	const data = validate(NoticeSchema, parsed, file);
	if (!data) return null;
	const named = parseEntryFileName(file.file);
	if (!named || named.id !== data.id) {
		file.error(
			`file name must start with the notice id ${data.id}, e.g. ${data.id}-vpn-maintenance.yaml`,
		);
		return null;
	}
	return { notice: { file: file.file, data }, parsed };
}

/**
 * Checks one file's text on its own, as if it were at `file` in the content folder: what `npm run check`
 * says about it before the rules that span entries. For editors, scaffolding and tests.
 */
export function checkSource(
	kind: EntryType | 'notice' | 'site' | 'categories' | 'synonyms',
	file: string,
	source: string,
): { data?: unknown; problems: Problem[] } {
	const problems: Problem[] = [];
	const report = new FileProblems(file, problems);
	let data: unknown;
	if (kind === 'notice') data = checkNoticeFile(report, source)?.notice.data;
	else if (kind === 'site' || kind === 'categories' || kind === 'synonyms') {
		const schema = { site: SiteSchema, categories: CategoriesSchema, synonyms: SynonymsSchema }[
			kind
		];
		const parsed = parseYaml(source.replace(/^\uFEFF/, ''), 0, report);
		data = parsed ? (validate(schema as z.ZodType, parsed, report) ?? undefined) : undefined;
	} else data = checkEntryFile(kind, report, source)?.entry.data;
	return { ...(data ? { data } : {}), problems };
}

/**
 * Reads and validates the whole content folder: every entry, notice and data file, then the rules that
 * span entries (unique ids and slugs, related ids, categories, links). Nothing invalid is skipped
 * silently: each problem names the file, the field and what is allowed.
 */
export function checkContent(contentDir: string, options: CheckOptions = {}): ContentReport {
	const cwd = options.cwd ?? process.cwd();
	const problems: Problem[] = [];
	const show = (absolute: string) => relative(cwd, absolute) || absolute;
	const report: ContentReport = { entries: [], notices: [], problems };
	const lineIndex = new Map<string, ParsedYaml>();

	Object.assign(report, readDataFiles(contentDir, show, problems));

	for (const [type, folder] of Object.entries(ENTRY_FOLDERS) as [EntryType, string][]) {
		const dir = join(contentDir, folder);
		for (const name of listFiles(dir)) {
			const path = join(dir, name);
			const file = new FileProblems(show(path), problems);
			if (!/\.mdx?$/.test(name)) {
				file.warn('is ignored: entries must be .mdx or .md files');
				continue;
			}
			const checked = checkEntryFile(type, file, readText(path));
			if (checked) {
				report.entries.push(checked.entry);
				lineIndex.set(file.file, checked.parsed);
			}
		}
	}

	const noticeDir = join(contentDir, 'notices');
	for (const name of listFiles(noticeDir)) {
		const path = join(noticeDir, name);
		const file = new FileProblems(show(path), problems);
		if (!/\.ya?ml$/.test(name)) {
			file.warn('is ignored: notices must be .yaml files');
			continue;
		}
		const checked = checkNoticeFile(file, readText(path));
		if (checked) {
			report.notices.push(checked.notice);
			lineIndex.set(file.file, checked.parsed);
		}
	}

	checkCrossEntryRules(
		report,
		(file, path) => {
			const parsed = lineIndex.get(file);
			return parsed ? findLine(parsed, path) : undefined;
		},
		options.now,
	);
	checkStartHere(report, show(join(contentDir, 'site.yaml')));
	report.problems = sortProblems(problems);
	return report;
}

/** `startHere` in site.yaml names published entries only. */
function checkStartHere(report: ContentReport, siteFile: string) {
	const published = new Map(report.entries.map((entry) => [entry.id.toUpperCase(), entry]));
	for (const [index, id] of (report.site?.startHere ?? []).entries()) {
		const entry = published.get(id.toUpperCase());
		const problem = !entry
			? `${id} is not the id of any entry`
			: entry.data.draft
				? `${id} is a draft, which is not published; remove it here or publish that entry`
				: undefined;
		if (problem)
			report.problems.push(makeProblem('error', siteFile, problem, `startHere[${index}]`));
	}
}

const ENTRY_ID_EXAMPLES: Record<EntryType, string> = {
	article: 'KB-1042',
	'known-error': 'KE-0042',
	policy: 'POL-001',
};

function checkCrossEntryRules(
	report: ContentReport,
	lineOf: (file: string, path: PropertyKey[]) => number | undefined,
	now: Date | undefined,
) {
	const problems = report.problems;
	const error = (file: string, field: string, path: PropertyKey[], message: string) =>
		problems.push(makeProblem('error', file, message, field, lineOf(file, path)));
	const warn = (file: string, field: string, path: PropertyKey[], message: string) =>
		problems.push(makeProblem('warning', file, message, field, lineOf(file, path)));

	const byId = new Map<string, { file: string; draft: boolean }>();
	for (const item of [
		...report.entries.map((e) => ({ file: e.file, id: e.id, draft: e.data.draft })),
		...report.notices.map((n) => ({ file: n.file, id: n.data.id, draft: false })),
	]) {
		const key = item.id.toUpperCase();
		const other = byId.get(key);
		if (other)
			error(
				item.file,
				'id',
				['id'],
				`${item.id} is also the id of ${other.file}; every id must be unique (run npm run new to get a free one)`,
			);
		else byId.set(key, { file: item.file, draft: item.draft });
	}

	const slugs = new Map<string, string>();
	for (const entry of report.entries) {
		const own = `${entry.type}:${entry.slug}`;
		const other = slugs.get(own);
		if (other)
			error(
				entry.file,
				'id',
				['id'],
				`the slug "${entry.slug}" is also used by ${other}; rename one of the files`,
			);
		else slugs.set(own, entry.file);
	}
	for (const entry of report.entries) {
		for (const [index, old] of (entry.data.previousSlugs ?? []).entries()) {
			const key = `${entry.type}:${old}`;
			const other = slugs.get(key);
			if (other && other !== entry.file)
				error(
					entry.file,
					`previousSlugs[${index}]`,
					['previousSlugs', index],
					`"${old}" is the slug of ${other}; an old slug cannot point to two pages`,
				);
			else slugs.set(key, entry.file);
		}
	}

	const categoryKeys = Object.keys(report.categories ?? {});
	const checkRef = (
		file: string,
		field: string,
		path: PropertyKey[],
		id: string,
		selfId?: string,
	) => {
		const target = byId.get(id.toUpperCase());
		if (id.toUpperCase() === selfId?.toUpperCase())
			error(file, field, path, `${id} is this entry itself`);
		else if (!target) error(file, field, path, `${id} is not the id of any entry`);
		else if (target.draft)
			error(
				file,
				field,
				path,
				`${id} is a draft, which is not published; remove the link or publish that entry`,
			);
	};
	for (const entry of report.entries) {
		const data = entry.data;
		if (report.categories && !categoryKeys.includes(data.category)) {
			const close = suggestClosest(data.category, categoryKeys);
			error(
				entry.file,
				'category',
				['category'],
				`"${data.category}" is not a category${close ? `; did you mean ${close}?` : ''} Use one of ${categoryKeys.join(', ')} (from categories.yaml)`,
			);
		}
		for (const [index, id] of (data.related ?? []).entries())
			checkRef(entry.file, `related[${index}]`, ['related', index], id, data.id);
		if ('supportMatrix' in data) {
			for (const [index, row] of (data.supportMatrix ?? []).entries()) {
				if (row.link && ENTRY_ID.test(row.link))
					checkRef(
						entry.file,
						`supportMatrix[${index}].link`,
						['supportMatrix', index, 'link'],
						row.link,
					);
			}
		}
		if (now && data.reviewBy && data.reviewBy < now && !data.draft) {
			warn(
				entry.file,
				'reviewBy',
				['reviewBy'],
				`was ${data.reviewBy.toISOString().slice(0, 10)}: this entry is stale; check it is still right, then move reviewBy on`,
			);
		}
		if (
			now &&
			'nextUpdate' in data &&
			data.status !== 'resolved' &&
			data.nextUpdate &&
			data.nextUpdate < now
		) {
			warn(
				entry.file,
				'nextUpdate',
				['nextUpdate'],
				`was ${data.nextUpdate.toISOString()}: readers see the update as overdue; add an entry to updates and move nextUpdate on`,
			);
		}
	}
	for (const notice of report.notices) {
		if (notice.data.link && ENTRY_ID.test(notice.data.link))
			checkRef(notice.file, 'link', ['link'], notice.data.link);
	}

	const aliasOwners = new Map<string, string>();
	for (const entry of report.entries) {
		for (const [index, alias] of (entry.data.aliases ?? []).entries()) {
			const key = alias.trim().toLowerCase();
			const owner = aliasOwners.get(key);
			if (owner && owner !== entry.file)
				warn(
					entry.file,
					`aliases[${index}]`,
					['aliases', index],
					`"${alias}" is also an alias of ${owner}; search cannot tell which one the reader means`,
				);
			else aliasOwners.set(key, entry.file);
		}
	}

	const routes = getKnownRoutes(report);
	for (const entry of report.entries) {
		if (!entry.data.draft && !withoutComments(entry.body).trim()) {
			problems.push(
				makeProblem(
					'error',
					entry.file,
					'is empty: write what the reader should do below the frontmatter, or set draft: true until it is ready',
					'body',
					entry.bodyLine,
				),
			);
		}
		for (const problem of checkBody(entry.body, routes)) {
			problems.push({
				level: problem.level ?? 'error',
				file: entry.file,
				field: 'body',
				message: problem.message,
				line: entry.bodyLine + problem.line - 1,
			});
		}
	}
}

/** The components authors may use in MDX (see src/components/mdx/). */
export const MDX_COMPONENTS = ['Callout', 'ErrorText', 'Platform', 'Platforms', 'Step', 'Steps'];

const STATIC_ROUTES = [
	'/',
	'/search/',
	'/known-errors/',
	'/status/',
	'/help/',
	'/ids/',
	'/policies/',
	'/categories/',
	'/status.json',
	'/known-errors.xml',
	'/api/entries.json',
	'/sitemap-index.xml',
];

/** Every path a link in content may point to: pages, short links, old slugs, feeds. */
function getKnownRoutes(report: ContentReport): Set<string> {
	const routes = new Set(STATIC_ROUTES);
	for (const key of Object.keys(report.categories ?? {})) routes.add(`/categories/${key}/`);
	for (const entry of report.entries) {
		if (entry.data.draft) continue;
		routes.add(getEntryPath(entry.type, entry.slug));
		routes.add(`/${entry.id.toUpperCase()}`);
		for (const old of entry.data.previousSlugs ?? []) routes.add(getEntryPath(entry.type, old));
	}
	return routes;
}

/** Blanks out fenced and inline code, keeping line numbers, so examples in code are not checked. */
/** The body without MDX comments (`{/* ... *\/}`), which readers never see. */
function withoutComments(body: string): string {
	return body.replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
}

function withoutCode(body: string): string {
	return body
		.replace(/^(```|~~~)[\s\S]*?^\1.*$/gm, (block) => block.replace(/[^\n]/g, ' '))
		.replace(/`[^`\n]*`/g, (code) => ' '.repeat(code.length));
}

/** Links that lead nowhere and components that do not exist, with their line in the body. */
export function checkBody(
	body: string,
	routes: ReadonlySet<string>,
): { line: number; message: string; level?: 'warning' }[] {
	const found: { line: number; message: string; level?: 'warning' }[] = [];
	// Invisible characters count inside code too: that is where readers copy from.
	body.split('\n').forEach((text, index) => {
		for (const hidden of findHiddenCharacters(text)) {
			found.push({
				line: index + 1,
				message: describeHiddenCharacter(hidden),
				...(hidden.kind === 'zero-width' ? { level: 'warning' as const } : {}),
			});
		}
	});
	const lines = withoutCode(body).split('\n');
	lines.forEach((text, index) => {
		for (const message of unsafeMarkup(text)) found.push({ line: index + 1, message });
		for (const match of text.matchAll(/<([A-Z][A-Za-z0-9]*)\b/g)) {
			const name = match[1]!;
			if (MDX_COMPONENTS.includes(name)) continue;
			const close = suggestClosest(name, MDX_COMPONENTS);
			found.push({
				line: index + 1,
				message: `<${name}> is not a component you can use${close ? `; did you mean <${close}>?` : '.'} The components are ${MDX_COMPONENTS.join(', ')}`,
			});
		}
		for (const link of findLinkTargets(text)) {
			if (!link.startsWith('/') || link.startsWith('//')) continue;
			const path = link.split(/[?#]/)[0]!;
			const id = getEntryTypeOfId(path.replace(/^\/|\/$/g, ''))
				? path.replace(/^\/|\/$/g, '').toUpperCase()
				: undefined;
			const asPage = /\.[a-z0-9]+$/i.test(path) || path.endsWith('/') ? path : `${path}/`;
			if (routes.has(asPage) || routes.has(path) || (id && routes.has(`/${id}`))) continue;
			found.push({
				line: index + 1,
				message: id
					? `the link ${link} leads nowhere: no published entry has the id ${id}`
					: `the link ${link} leads nowhere: no page of the portal has that address`,
			});
		}
	});
	return found;
}
