import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The content folder the portal builds from: `KB_CONTENT_DIR`, or `./content`. */
export function resolveContentDir(
	env: Record<string, string | undefined> = process.env,
	cwd = process.cwd(),
) {
	return resolve(cwd, env.KB_CONTENT_DIR || 'content');
}

/**
 * Astro's cache folder for a build: one per content folder and output folder, so building a fixture (or
 * a bench corpus) never mixes its entries into another build, and two builds of one content folder side
 * by side (the tests' sample builds, the type check) never write the same content store at once.
 */
export function astroCacheDir(contentDir: string, outDir: string, projectRoot = process.cwd()) {
	const key = createHash('sha1')
		.update(`${contentDir}\0${resolve(projectRoot, outDir)}`)
		.digest('hex')
		.slice(0, 10);
	return resolve(projectRoot, 'node_modules/.astro', key);
}

/**
 * Every file under `dir`, sorted, except those with a `.` or `_` name at any depth, which authors use
 * for notes and drafts the portal leaves out. A folder that does not exist has no files.
 */
export function listFiles(dir: string): string[] {
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

export function readText(path: string): string {
	return readFileSync(path, 'utf8');
}

/** The text without a leading byte order mark, which some Windows editors write and YAML would read. */
export function withoutBom(source: string): string {
	return source.replace(/^\uFEFF/, '');
}

const FRONTMATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

interface SplitEntry {
	/** The YAML between the `---` lines. */
	frontmatter: string;
	body: string;
	/** Line of the file on which the body starts. */
	bodyLine: number;
}

/** An entry file's frontmatter and body, or null when it does not start with a `---` block. */
export function splitFrontmatter(source: string): SplitEntry | null {
	const match = FRONTMATTER.exec(source);
	if (!match) return null;
	const end = match[0].length;
	return {
		frontmatter: match[1] ?? '',
		body: source.slice(end),
		bodyLine: source.slice(0, end).split('\n').length,
	};
}
