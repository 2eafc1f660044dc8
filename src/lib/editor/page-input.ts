import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { listFiles } from '../content/files.ts';
import { ENTRY_FOLDERS, getEntryPath, parseEntryFileName, type EntryType } from '../ids.ts';

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
 * One reader's page of each kind of entry (the first file of each collection's folder), whose
 * stylesheets the editor's preview links: Astro splits styles by page and names them by content hash,
 * so the editor reads them from the pages themselves when it starts.
 */
export function getPreviewPages(contentDir: string): string[] {
	const pages: string[] = [];
	for (const [type, folder] of Object.entries(ENTRY_FOLDERS) as [EntryType, string][]) {
		const first = listFiles(join(contentDir, folder))
			.filter((name) => !/[\\/]/.test(name))
			.map((name) => parseEntryFileName(name))
			.find((parsed) => parsed !== null);
		if (first) pages.push(getEntryPath(type, first.slug));
	}
	return pages;
}
