import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { ContentReport } from '../content/report.ts';

/**
 * The repository a content folder belongs to: the nearest folder above it (or itself) with a `.git`
 * (a folder, or a file in a git worktree), or null. The editor writes paths relative to it.
 */
export function findRepositoryRoot(
	contentDir: string,
	hasGit: (dir: string) => boolean = (dir) => existsSync(join(dir, '.git')),
): string | null {
	let dir = contentDir;
	for (;;) {
		if (hasGit(dir)) return dir;
		const parent = dirname(dir);
		if (parent === dir) return null;
		dir = parent;
	}
}

/**
 * The content folder as the editor names it: relative to the repository root, with `/` (the
 * editor speaks paths in the repository, whatever the system). Outside any repository, relative to
 * `cwd`, where `npm run dev` and the build run.
 */
export function getContentPath(contentDir: string, root: string | null, cwd: string): string {
	const path = relative(root ?? cwd, contentDir) || '.';
	return path.split(sep).join('/');
}

/** What the editor's configuration is generated from, out of the content check's report. */
export function getEditorInput(report: ContentReport) {
	const categories = Object.entries(report.categories ?? {}).map(([key, category]) => ({
		key,
		label: category.title,
	}));
	// Every id in the folder, drafts included: a draft's id is taken too.
	const entryIds = [...new Set(report.entries.map((entry) => entry.id))].sort();
	return { categories, entryIds };
}
