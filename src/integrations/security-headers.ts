import { closeSync, openSync, readdirSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
	formatHeadersFile,
	formatNginxHeaders,
	hashesInPage,
	headerPolicy,
	ownHeaderPolicy,
	pagePolicy,
	type PagePolicy,
} from '../lib/content-security-policy.ts';

/**
 * Pages whose policy is their own, not the portal's: the browser editor, which needs inline styles and
 * `blob:` workers that no reader page may have. Its hashes stay out of the portal's header policy.
 */
const OWN_POLICY_FOLDERS = ['/admin/'] as const;

/** Every built HTML page under `dir`, Pagefind's files aside. */
export function* htmlFiles(dir: string): Generator<string> {
	for (const item of readdirSync(dir, { withFileTypes: true })) {
		if (item.isDirectory()) {
			if (item.name !== 'pagefind') yield* htmlFiles(join(dir, item.name));
		} else if (item.name.endsWith('.html')) {
			yield join(dir, item.name);
		}
	}
}

/** How much of a page to read first: its `<meta>` policy ends within about 2 KB of the start. */
const HEAD_BYTES = 8192;

/**
 * The start of a built page, enough for its `<meta>` policy: the pass needs nothing else, and reading
 * every page whole (3,069 pages, 74 MB at 1,000 entries) cost more than checking them. A page whose policy
 * is not in that start is read whole, so the answer is the same as reading every page whole.
 */
function readPolicyText(file: string): string {
	const buffer = Buffer.alloc(HEAD_BYTES);
	const fd = openSync(file, 'r');
	let length: number;
	try {
		length = readSync(fd, buffer, 0, HEAD_BYTES, 0);
	} finally {
		closeSync(fd);
	}
	const head = buffer.toString('utf8', 0, length);
	return length < HEAD_BYTES || pagePolicy(head) ? head : readFileSync(file, 'utf8');
}

/**
 * Writes the portal's security headers for real hosts: `_headers` (Netlify, Cloudflare Pages) and
 * `nginx-security-headers.conf`. The header policy allows every script and style hash that some page's
 * `<meta>` policy allows, so the two agree; a page without a policy fails the build.
 */
export function securityHeaders(connectOrigins: string[]): AstroIntegration {
	return {
		name: 'kb:security-headers',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const scripts = new Set<string>();
				const styles = new Set<string>();
				let pages = 0;
				const own: PagePolicy[] = [];
				for (const file of htmlFiles(out)) {
					const html = readPolicyText(file);
					const hashes = hashesInPage(html);
					if (!hashes) throw new Error(`${file.slice(out.length)} has no Content-Security-Policy`);
					const path = `/${file.slice(out.length).replace(/^\/+/, '')}`;
					const folder = OWN_POLICY_FOLDERS.find((f) => path.startsWith(f));
					if (folder) {
						if (path === `${folder}index.html`)
							own.push({ folder, policy: ownHeaderPolicy(pagePolicy(html)!), noindex: true });
						continue;
					}
					hashes.scripts.forEach((h) => scripts.add(h));
					hashes.styles.forEach((h) => styles.add(h));
					pages++;
				}
				const policy = headerPolicy(connectOrigins, scripts, styles);
				writeFileSync(join(out, '_headers'), formatHeadersFile(policy, own));
				writeFileSync(join(out, 'nginx-security-headers.conf'), formatNginxHeaders(policy, own));
				logger.info(
					`security headers written to _headers and nginx-security-headers.conf (${pages} pages, ${scripts.size} script and ${styles.size} style hashes)`,
				);
			},
		},
	};
}
