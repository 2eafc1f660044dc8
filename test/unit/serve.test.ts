import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chooseEncoding, createStaticServer, isPagefindFile } from '../../scripts/serve.ts';

// A Pagefind file as built: gzip of its signature and its data.
const PAGEFIND_PLAIN = Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.alloc(2000, 7)]);
const PAGE = `<!doctype html><title>Help</title>${'<p>Reset your password.</p>'.repeat(50)}`;

let dir: string;
let base: string;
let server: ReturnType<typeof createStaticServer>;

function get(path: string, acceptEncoding?: string) {
	return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
		(resolve, reject) => {
			const req = request(
				`${base}${path}`,
				{ headers: acceptEncoding === undefined ? {} : { 'Accept-Encoding': acceptEncoding } },
				(res) => {
					const chunks: Buffer[] = [];
					res.on('data', (chunk: Buffer) => chunks.push(chunk));
					res.on('end', () =>
						resolve({
							status: res.statusCode ?? 0,
							headers: res.headers,
							body: Buffer.concat(chunks),
						}),
					);
				},
			);
			req.on('error', reject);
			req.end();
		},
	);
}

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'kb-serve-'));
	mkdirSync(join(dir, 'pagefind/index'), { recursive: true });
	writeFileSync(join(dir, 'index.html'), PAGE);
	writeFileSync(join(dir, 'pagefind/index/en_1.pf_index'), gzipSync(PAGEFIND_PLAIN));
	server = createStaticServer({ root: dir });
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
	server.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('serve.ts: compression as a host with brotli serves it', () => {
	test('pages go as brotli to browsers that accept it, gzip to those that do not, and vary by it', async () => {
		const br = await get('/', 'gzip, deflate, br');
		expect(br.headers['content-encoding']).toBe('br');
		expect(br.headers.vary).toBe('Accept-Encoding');
		expect(brotliDecompressSync(br.body).toString()).toBe(PAGE);
		const gzip = await get('/', 'gzip, deflate');
		expect(gzip.headers['content-encoding']).toBe('gzip');
		expect(gzip.headers.vary).toBe('Accept-Encoding');
		expect(gunzipSync(gzip.body).toString()).toBe(PAGE);
		const plain = await get('/', '');
		expect(plain.headers['content-encoding']).toBeUndefined();
		expect(plain.body.toString()).toBe(PAGE);
	});

	test('Pagefind’s files go decompressed in brotli, which its script takes as they come', async () => {
		const br = await get('/pagefind/index/en_1.pf_index', 'br, gzip');
		expect(br.headers['content-encoding']).toBe('br');
		expect(br.headers.vary).toBe('Accept-Encoding');
		expect(brotliDecompressSync(br.body)).toEqual(PAGEFIND_PLAIN);
	});

	test('without brotli, Pagefind’s files go as built (gzip its script opens itself)', async () => {
		const gzip = await get('/pagefind/index/en_1.pf_index', 'gzip');
		expect(gzip.headers['content-encoding']).toBeUndefined();
		expect(gzip.headers.vary).toBe('Accept-Encoding');
		expect(gunzipSync(gzip.body)).toEqual(PAGEFIND_PLAIN);
	});

	test('brotli: false serves gzip as a host without brotli would', async () => {
		const gzipOnly = createStaticServer({ root: dir, brotli: false });
		await new Promise<void>((done) => gzipOnly.listen(0, '127.0.0.1', done));
		const saved = base;
		base = `http://127.0.0.1:${(gzipOnly.address() as AddressInfo).port}`;
		try {
			expect((await get('/', 'gzip, br')).headers['content-encoding']).toBe('gzip');
			expect(
				(await get('/pagefind/index/en_1.pf_index', 'gzip, br')).headers['content-encoding'],
			).toBeUndefined();
		} finally {
			base = saved;
			gzipOnly.close();
		}
	});
});

describe('chooseEncoding and isPagefindFile', () => {
	test('brotli first, then gzip; q=0 refuses one', () => {
		expect(chooseEncoding('gzip, deflate, br')).toBe('br');
		expect(chooseEncoding('gzip;q=1.0, br;q=0')).toBe('gzip');
		expect(chooseEncoding('identity')).toBeUndefined();
		expect(chooseEncoding('')).toBeUndefined();
	});

	test('Pagefind’s index files, not its scripts', () => {
		expect(isPagefindFile('/pagefind/wasm.en.pagefind')).toBe(true);
		expect(isPagefindFile('/pagefind/pagefind.en_1.pf_meta')).toBe(true);
		expect(isPagefindFile('/pagefind/fragment/en_1.pf_fragment')).toBe(true);
		expect(isPagefindFile('/pagefind/pagefind.js')).toBe(false);
		expect(isPagefindFile('/articles/x/index.html')).toBe(false);
	});
});
