import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, test } from 'vitest';
import {
	isRecompressed,
	recompressGzip,
	recompressPagefindFiles,
} from '../../src/integrations/pagefind-compress.ts';

/** Text like Pagefind's page metadata: a signature, then many short hex hashes. */
function metadataLike(pages: number): Buffer {
	const hashes = Array.from(
		{ length: pages },
		(_, i) => `en-gb_${((i * 2654435761) >>> 0).toString(16).padStart(8, '0').slice(0, 7)}`,
	);
	return Buffer.from(`pagefind_dcd${hashes.join('')}`);
}

const folders: string[] = [];
const tempFolder = () => {
	const folder = mkdtempSync(join(tmpdir(), 'kb-pagefind-'));
	folders.push(folder);
	return folder;
};
afterEach(() => {
	for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('recompressing Pagefind’s files', () => {
	test('only the engine and the page metadata: every first search fetches them whole', () => {
		expect(isRecompressed('wasm.en-gb.pagefind')).toBe(true);
		expect(isRecompressed('wasm.unknown.pagefind')).toBe(true);
		expect(isRecompressed('pagefind.en-gb_492d3cdf52873.pf_meta')).toBe(true);
		expect(isRecompressed('pagefind.js')).toBe(false);
		expect(isRecompressed('pagefind-entry.json')).toBe(false);
		expect(isRecompressed('en-gb_74fd909.pf_index')).toBe(false);
	});

	test('a smaller gzip file that decompresses to the very same bytes', async () => {
		const raw = metadataLike(2000);
		const written = gzipSync(raw);
		const smaller = await recompressGzip(written);
		expect(smaller).not.toBeNull();
		expect(smaller!.length).toBeLessThan(written.length);
		expect(gunzipSync(smaller!).equals(raw)).toBe(true);
	});

	test('leaves a file alone when Zopfli cannot make it smaller', async () => {
		const written = gzipSync(Buffer.from('pagefind_dcd'), { level: 9 });
		expect(await recompressGzip(written)).toBeNull();
	});

	test('rewrites the engine and metadata in place, and keeps the engine’s result for the next build', async () => {
		const pagefind = tempFolder();
		const cache = tempFolder();
		const engine = gzipSync(metadataLike(1500));
		const metadata = gzipSync(metadataLike(800));
		const chunk = gzipSync(metadataLike(300));
		writeFileSync(join(pagefind, 'wasm.en-gb.pagefind'), engine);
		writeFileSync(join(pagefind, 'pagefind.en-gb_1.pf_meta'), metadata);
		writeFileSync(join(pagefind, 'en-gb_2.pf_index'), chunk);
		const saved = await recompressPagefindFiles(pagefind, cache);
		const after = (name: string) => readFileSync(join(pagefind, name));
		expect(saved).toBe(
			engine.length +
				metadata.length -
				after('wasm.en-gb.pagefind').length -
				after('pagefind.en-gb_1.pf_meta').length,
		);
		expect(saved).toBeGreaterThan(0);
		expect(gunzipSync(after('wasm.en-gb.pagefind')).equals(gunzipSync(engine))).toBe(true);
		expect(after('en-gb_2.pf_index').equals(chunk)).toBe(true);
		// The engine is kept by what it decompresses to; the metadata changes with every build.
		expect(readdirSync(cache)).toHaveLength(1);
		const kept = readFileSync(join(cache, readdirSync(cache)[0]!));
		expect(kept.equals(after('wasm.en-gb.pagefind'))).toBe(true);
	});
});
