import type { Site } from '../schemas/site.ts';

/**
 * The portal's security policy, in one place: the Content-Security-Policy directives Astro puts in every
 * page's `<meta>` (with the hashes of that page's scripts and styles), and the same policy plus what a
 * `<meta>` cannot carry (`frame-ancestors`) as response headers for real hosts.
 */

/** Where the browser may send requests besides the portal itself: the handoff webhook, status and feedback. */
export interface OutboundUrls {
	handoff?: string | undefined;
	status?: string | undefined;
	feedback?: string | undefined;
	analytics?: string | undefined;
}

/**
 * The URLs the browser talks to. `KB_HANDOFF_URL` sends tickets to another intake (a staging relay, or a
 * test receiver), and `KB_ANALYTICS_URL` events to another relay, without editing site.yaml.
 */
export function outboundUrls(
	site: Site,
	env: Record<string, string | undefined> = process.env,
): OutboundUrls {
	const handoff = site.handoff;
	return {
		handoff: env.KB_HANDOFF_URL || (handoff?.mode === 'webhook' ? handoff.url : undefined),
		status: site.statusUrl,
		feedback: site.feedbackUrl,
		analytics: env.KB_ANALYTICS_URL || site.analyticsUrl,
	};
}

/** The distinct origins of the absolute URLs among `urls`; relative ones are the portal's own. */
export function originsOf(urls: OutboundUrls): string[] {
	const origins = new Set<string>();
	for (const url of Object.values(urls)) {
		if (!url || url.startsWith('/')) continue;
		origins.add(new URL(url).origin);
	}
	return [...origins].sort();
}

/**
 * `script-src` sources besides the hashes Astro adds: the portal's own files, and WebAssembly compilation
 * for Pagefind's search engine. No `'unsafe-inline'`, no `'unsafe-eval'`.
 */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/**
 * Every other directive. Pagefind fetches its code and index from the same origin and needs nothing
 * else; the portal runs it on the main thread, and `worker-src 'self'` keeps its worker possible.
 * Images come from the portal (and `data:` for inline icons).
 */
export function policyDirectives(connectOrigins: string[]): string[] {
	return [
		"default-src 'self'",
		`connect-src ${["'self'", ...connectOrigins].join(' ')}`,
		"img-src 'self' data:",
		"font-src 'self'",
		"worker-src 'self'",
		"manifest-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
	];
}

/** Response headers every page gets besides the policy. */
const SECURITY_HEADERS: ReadonlyArray<readonly [string, string]> = [
	['X-Content-Type-Options', 'nosniff'],
	// Search pages carry what people typed in the URL: other sites only learn which site linked to them.
	['Referrer-Policy', 'strict-origin-when-cross-origin'],
	['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
	['X-Frame-Options', 'DENY'],
	['Cross-Origin-Opener-Policy', 'same-origin'],
];

/** Built files whose names carry a content hash, so hosts may cache them for a year. */
const IMMUTABLE_PATHS = ['/_astro/*'] as const;

/**
 * The policy as a response header: the page directives, `script-src` and `style-src` with every hash any
 * page uses (a header is shared by all pages; each page's `<meta>` narrows it to its own hashes), and the
 * directives only a header can carry.
 */
export function headerPolicy(
	connectOrigins: string[],
	scriptHashes: Iterable<string>,
	styleHashes: Iterable<string>,
): string {
	const quoted = (hashes: Iterable<string>) => [...new Set(hashes)].sort().map((h) => `'${h}'`);
	return [
		...policyDirectives(connectOrigins),
		['script-src', ...SCRIPT_SOURCES, ...quoted(scriptHashes)].join(' '),
		['style-src', "'self'", ...quoted(styleHashes)].join(' '),
		"frame-ancestors 'none'",
	].join('; ');
}

const META_CSP = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

/** A built page's `<meta>` policy as directive name to sources (`script-src` to `'self' 'sha256-…'`), or null. */
export function pagePolicy(html: string): Map<string, string> | null {
	const content = META_CSP.exec(html)?.[1];
	if (content === undefined) return null;
	const directives = new Map<string, string>();
	for (const directive of content.split(';')) {
		const [name, ...sources] = directive.trim().split(/\s+/);
		if (name) directives.set(name, sources.join(' '));
	}
	return directives;
}

/** The script and style hashes in a built page's CSP `<meta>`, or null when the page has none. */
export function hashesInPage(html: string): { scripts: string[]; styles: string[] } | null {
	const policy = pagePolicy(html);
	if (!policy) return null;
	const hashes = (name: string) =>
		(policy.get(name)?.match(/'(sha(?:256|384|512)-[A-Za-z0-9+/=]+)'/g) ?? []).map((h) =>
			h.slice(1, -1),
		);
	return { scripts: hashes('script-src'), styles: hashes('style-src') };
}

/** `_headers` for Netlify and Cloudflare Pages. */
export function formatHeadersFile(policy: string): string {
	const lines = [
		'# Security headers of the help portal, for Netlify and Cloudflare Pages. Generated by the build.',
		'/*',
		`  Content-Security-Policy: ${policy}`,
		...SECURITY_HEADERS.map(([name, value]) => `  ${name}: ${value}`),
		...IMMUTABLE_PATHS.flatMap((path) => [
			'',
			path,
			'  Cache-Control: public, max-age=31536000, immutable',
		]),
	];
	return `${lines.join('\n')}\n`;
}

/**
 * An nginx snippet to `include` in the portal's `server` block, and again in every `location` that has an
 * `add_header` of its own: nginx drops inherited `add_header`s in such a block.
 */
export function formatNginxHeaders(policy: string): string {
	const lines = [
		'# Security headers of the help portal, for nginx. Generated by the build.',
		'# include this file in the server block, and again in every location block that has its own',
		'# add_header: a location with any add_header of its own inherits none from the server block.',
		`add_header Content-Security-Policy "${policy}" always;`,
		...SECURITY_HEADERS.map(([name, value]) => `add_header ${name} "${value}" always;`),
	];
	return `${lines.join('\n')}\n`;
}

/**
 * JSON to write inside a `<script>` element (status data, structured data): `<`, `>` and `&` are escaped,
 * so no text in it, such as a title holding `</script>`, can end the element early.
 */
export function jsonForScript(value: unknown): string {
	return JSON.stringify(value)
		.replace(/</g, '\\u003c')
		.replace(/>/g, '\\u003e')
		.replace(/&/g, '\\u0026');
}
