import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

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
