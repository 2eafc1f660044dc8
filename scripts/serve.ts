/**
 * Serves a built portal the way a static host does: files from the build folder, `index.html` for a
 * folder, the portal's 404 page with status 404, the response headers from the build's `_headers` file,
 * and text files compressed with brotli when the browser accepts it, else gzip. Pagefind's index files
 * are gzip as built; to a browser that accepts brotli they go as brotli instead (see `isPagefindFile`).
 *
 *   node scripts/serve.ts [dir] [--port 4321] [--host 127.0.0.1]
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gunzipSync, gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.webmanifest': 'application/manifest+json',
	'.wasm': 'application/wasm',
};

/** What hosts compress: text. Pagefind's index files are compressed already. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg)/;

/** What Pagefind's own files start with once decompressed; its script then skips decompressing them. */
const PAGEFIND_SIGNATURE = 'pagefind_dcd';

/** Pagefind's index files: gzip as built (its wasm, page metadata, index chunks, filters, fragments). */
export function isPagefindFile(path: string): boolean {
	return /\/pagefind\/.*\.(pagefind|pf_meta|pf_index|pf_filter|pf_fragment)$/.test(path);
}

/** The encoding to send, from the request's `Accept-Encoding`: brotli first, then gzip, else none. */
export function chooseEncoding(accept: string): 'br' | 'gzip' | undefined {
	const accepted = (name: string) =>
		accept.split(',').some((part) => {
			const [coding, ...params] = part.trim().toLowerCase().split(';');
			const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
			return coding === name && (q === undefined || Number(q.slice(2)) > 0);
		});
	return accepted('br') ? 'br' : accepted('gzip') ? 'gzip' : undefined;
}

function brotli(body: Buffer): Buffer<ArrayBuffer> {
	return brotliCompressSync(body, {
		params: {
			[constants.BROTLI_PARAM_QUALITY]: 11,
			[constants.BROTLI_PARAM_SIZE_HINT]: body.length,
		},
	}) as Buffer<ArrayBuffer>;
}

/**
 * Header rules from a `_headers` file: a path pattern (`/*`, `/_astro/*`, `/exact/`), its headers, and
 * the headers of earlier rules it detaches (`! Name`, as Cloudflare Pages reads it).
 */
export interface HeaderRule {
	pattern: string;
	headers: Array<[string, string]>;
	detach?: string[];
}

/**
 * Reads the Netlify/Cloudflare `_headers` format: unindented path lines, indented `Name: value` lines,
 * and indented `! Name` lines that drop a header an earlier matching rule set.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const line of text.split(/\r?\n/)) {
		if (!line.trim() || line.trimStart().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			rules.push({ pattern: line.trim(), headers: [] });
			continue;
		}
		const colon = line.indexOf(':');
		const rule = rules.at(-1);
		const detached = /^\s+!\s*(\S+)\s*$/.exec(line)?.[1];
		if (rule && detached) (rule.detach ??= []).push(detached);
		else if (rule && colon > 0)
			rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
	}
	return rules;
}

function matches(pattern: string, path: string): boolean {
	return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : pattern === path;
}

export interface StaticServerOptions {
	/** The build folder. */
	root: string;
	/** Compress text responses when the request accepts gzip (default true). */
	gzip?: boolean;
	/**
	 * Send brotli to requests that accept it, Pagefind's files included (default true); false sends
	 * gzip as a host without brotli would (the bench counts the budgets in gzip).
	 */
	brotli?: boolean;
	/** Told of every response: its path and the bytes of its body as sent. */
	onSend?: (path: string, bytes: number) => void;
}

/** An HTTP server for a built portal; call `listen` on it. */
export function createStaticServer({
	root,
	gzip = true,
	brotli: useBrotli = true,
	onSend,
}: StaticServerOptions): Server {
	const base = resolve(root);
	const headersFile = join(base, '_headers');
	const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
	/** Compressed bodies by encoding and file: each file is compressed once. */
	const compressed = new Map<string, Buffer<ArrayBuffer>>();
	const cached = (key: string, make: () => Buffer<ArrayBuffer>) => {
		let body = compressed.get(key);
		if (!body) {
			body = make();
			compressed.set(key, body);
		}
		return body;
	};

	/** The file a URL path names, or null: `index.html` for folders, never outside the build folder. */
	const fileFor = (path: string): string | null => {
		let file = normalize(join(base, path));
		if (file !== base && !file.startsWith(base + sep)) return null;
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		else if (!existsSync(file) && existsSync(`${file}.html`)) file = `${file}.html`;
		return existsSync(file) && statSync(file).isFile() ? file : null;
	};

	return createServer((request, response) => {
		let path: string;
		try {
			path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
		} catch {
			response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
			response.end('Bad request');
			return;
		}
		// A folder asked for without its slash moves to it, so relative links inside resolve.
		const direct = normalize(join(base, path));
		if (!path.endsWith('/') && existsSync(direct) && statSync(direct).isDirectory()) {
			const query = request.url?.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
			response.writeHead(301, { Location: `${encodeURI(path)}/${query}` });
			response.end();
			return;
		}
		const found = fileFor(path);
		const file = found ?? fileFor('/404.html');
		const status = found ? 200 : 404;
		const headers: Record<string, string> = {};
		for (const rule of rules) {
			if (!matches(rule.pattern, path)) continue;
			for (const name of rule.detach ?? []) delete headers[name];
			for (const [name, value] of rule.headers) headers[name] = value;
		}
		if (!file) {
			response.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
			response.end('Not found');
			return;
		}
		const type = TYPES[extname(file)] ?? 'application/octet-stream';
		headers['Content-Type'] = type;
		let body: Buffer<ArrayBuffer> = readFileSync(file);
		const encoding = chooseEncoding(String(request.headers['accept-encoding'] ?? ''));
		if (useBrotli && isPagefindFile(path)) {
			// Built as gzip, which Pagefind's script opens itself. Decompressed, they start with its
			// signature, so brotli can carry them instead and the script takes them as they come.
			headers.Vary = 'Accept-Encoding';
			const raw = body;
			const plain = encoding === 'br' ? gunzipSync(raw) : undefined;
			if (plain?.subarray(0, PAGEFIND_SIGNATURE.length).toString() === PAGEFIND_SIGNATURE) {
				body = cached(`br:${file}`, () => brotli(plain));
				headers['Content-Encoding'] = 'br';
			}
		} else if (gzip && COMPRESSIBLE.test(type)) {
			headers.Vary = 'Accept-Encoding';
			const as = encoding === 'br' && !useBrotli ? 'gzip' : encoding;
			if (as === 'br') {
				const raw = body;
				body = cached(`br:${file}`, () => brotli(raw));
				headers['Content-Encoding'] = 'br';
			} else if (as === 'gzip') {
				const raw = body;
				body = cached(`gzip:${file}`, () => gzipSync(raw));
				headers['Content-Encoding'] = 'gzip';
			}
		}
		headers['Content-Length'] = String(body.length);
		onSend?.(path, body.length);
		response.writeHead(status, headers);
		response.end(request.method === 'HEAD' ? undefined : body);
	});
}

if (import.meta.filename === resolve(process.argv[1] ?? '')) {
	const args = process.argv.slice(2);
	const option = (name: string) => {
		const at = args.indexOf(`--${name}`);
		if (at === -1) return undefined;
		const [value] = args.splice(at, 2).slice(1);
		return value;
	};
	const port = Number(option('port') ?? 4321);
	const host = option('host') ?? '127.0.0.1';
	const root = args[0] ?? process.env.KB_OUT_DIR ?? 'dist';
	if (!existsSync(join(root, 'index.html'))) {
		console.error(`${root} has no built portal (no index.html); run npm run build first.`);
		process.exit(1);
	}
	createStaticServer({ root }).listen(port, host, () => {
		console.log(`Serving ${root} at http://${host}:${port}/`);
	});
}
