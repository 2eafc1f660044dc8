import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { astroCacheDir } from '../../src/lib/content/files.ts';
import { TEST_NOW } from '../clock.ts';

const root = new URL('../..', import.meta.url).pathname;

/**
 * Builds the portal from `contentDir` into `outDir`, as `KB_CONTENT_DIR=... npm run build` would, with the
 * build's clock at the tests' instant unless `now` says otherwise.
 */
export function buildPortal(
	contentDir: string,
	outDir: string,
	now: string = TEST_NOW,
	env: Record<string, string> = {},
) {
	const result = spawnSync(
		process.execPath,
		[join(root, 'node_modules/astro/bin/astro.mjs'), 'build'],
		{
			cwd: root,
			env: {
				...process.env,
				KB_CONTENT_DIR: contentDir,
				KB_OUT_DIR: outDir,
				KB_NOW: now,
				...env,
				NO_COLOR: '1',
				FORCE_COLOR: '0',
			},
			encoding: 'utf8',
			// A large fixture lists thousands of pages in the log.
			maxBuffer: 64 * 1024 * 1024,
		},
	);
	// Each test build has an output folder of its own, so its cache is never used again.
	rmSync(astroCacheDir(resolve(root, contentDir), outDir, root), { recursive: true, force: true });
	return {
		status: result.status,
		output: `${result.stdout}\n${result.stderr}`,
		...readBuiltPortal(outDir),
	};
}

export interface BuiltPortal {
	outDir: string;
	read: (path: string) => string;
}

/** A portal already built into `outDir`, for reading its files. */
export function readBuiltPortal(outDir: string): BuiltPortal {
	return { outDir, read: (path: string) => readFileSync(join(outDir, path), 'utf8') };
}
