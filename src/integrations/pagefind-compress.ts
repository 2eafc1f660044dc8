import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';

/**
 * Pagefind writes its files gzip-compressed at zlib's usual level. The two every first search fetches
 * whole, the engine (`wasm.<lang>.pagefind`) and the page metadata (`*.pf_meta`), shrink by a further
 * 5% and 15% with Zopfli, still plain gzip that browsers and Pagefind's own script read as before
 * (measured with `npm run bench`: 58.4 to 55.6 KB and, at 10,000 entries, 76.1 to 64.5 KB). Index
 * chunks and fragments gain about 4% for seconds of build time, so they stay as written.
 */

/** One pass: more passes gain under 0.5% here and take several times as long. */
const ZOPFLI = { numiterations: 1 } as const;

/** The files recompressed, by name in Pagefind's output folder. */
export function isRecompressed(name: string): boolean {
	return /^wasm\.[\w-]+\.pagefind$/.test(name) || name.endsWith('.pf_meta');
}

/**
 * Recompresses `file` (gzip) with Zopfli and returns the bytes, or null when that is not smaller. The
 * engine is the same in every build of a Pagefind version: its result is kept in `cacheDir`, by the
 * hash of what it decompresses to.
 */
export async function recompressGzip(file: Buffer, cacheDir?: string): Promise<Uint8Array | null> {
	const raw = gunzipSync(file);
	const cached = cacheDir
		? join(cacheDir, `${createHash('sha256').update(raw).digest('hex').slice(0, 32)}.gz`)
		: undefined;
	let smaller: Uint8Array;
	if (cached && existsSync(cached)) smaller = readFileSync(cached);
	else {
		smaller = await gzipAsync(raw, ZOPFLI);
		if (cached) {
			mkdirSync(cacheDir!, { recursive: true });
			writeFileSync(cached, smaller);
		}
	}
	return smaller.length < file.length ? smaller : null;
}

/**
 * Recompresses Pagefind's engine and page metadata in `pagefindDir` in place; `cacheDir` keeps the
 * engine's across builds. Returns the bytes saved.
 */
export async function recompressPagefindFiles(
	pagefindDir: string,
	cacheDir?: string,
): Promise<number> {
	let saved = 0;
	for (const name of readdirSync(pagefindDir).filter(isRecompressed)) {
		const path = join(pagefindDir, name);
		const file = readFileSync(path);
		const smaller = await recompressGzip(file, name.endsWith('.pf_meta') ? undefined : cacheDir);
		if (!smaller) continue;
		writeFileSync(path, smaller);
		saved += file.length - smaller.length;
	}
	return saved;
}
