/**
 * Checks a built site the way a reader's clicks would: every internal link and asset must lead to a
 * file, and every `#anchor` to an element with that id, following the portal's own redirect pages
 * (short links, old slugs). Works on plain file contents, so it needs no browser.
 */

export interface LinkProblem {
	/** The page that has the link, e.g. `articles/reset-your-password/index.html`. */
	page: string;
	link: string;
	reason: string;
}

const LINK_ATTRIBUTE =
	/<(a|link|script|img|source|iframe|form)\b[^>]*?\s(href|src|action)\s*=\s*("([^"]*)"|'([^']*)')/gi;
const ID_ATTRIBUTE = /\s(?:id|name)\s*=\s*("([^"]*)"|'([^']*)')/gi;
const REDIRECT = /\sdata-redirect-to\s*=\s*"([^"]*)"/i;

function decodeEntities(text: string): string {
	return text
		.replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
		.replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
		.replace(/&quot;/g, '"')
		.replace(/&#39;|&apos;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
}

/** Every link target in a page: `href`, `src` and form `action` values. */
export function collectLinks(html: string): string[] {
	const withoutScripts = html.replace(
		/<script\b[^>]*type="application\/(?:ld\+)?json"[^>]*>[\s\S]*?<\/script>/gi,
		'',
	);
	return [...withoutScripts.matchAll(LINK_ATTRIBUTE)].map((match) =>
		decodeEntities(match[4] ?? match[5] ?? ''),
	);
}

/** Every anchor a page offers. */
function collectIds(html: string): Set<string> {
	return new Set(
		[...html.matchAll(ID_ATTRIBUTE)].map((match) => decodeEntities(match[2] ?? match[3] ?? '')),
	);
}

/** The file a URL path is served from: `/a/b/` is `a/b/index.html`, `/a/b` may be a file or a folder. */
export function resolvePath(files: ReadonlySet<string>, path: string): string | null {
	let clean: string;
	try {
		clean = decodeURIComponent(path).replace(/^\/+/, '');
	} catch {
		return null;
	}
	const candidates =
		clean === '' || clean.endsWith('/')
			? [`${clean}index.html`]
			: [clean, `${clean}/index.html`, `${clean}.html`];
	return candidates.find((candidate) => files.has(candidate)) ?? null;
}

function dirOf(page: string): string {
	return `/${page.split('/').slice(0, -1).join('/')}${page.includes('/') ? '/' : ''}`;
}

/** Checks every internal link of every HTML page in `files` (path relative to the site root -> text). */
export function checkLinks(files: ReadonlyMap<string, string>): LinkProblem[] {
	const paths = new Set(files.keys());
	const ids = new Map<string, Set<string>>();
	const idsOf = (file: string) => {
		let found = ids.get(file);
		if (!found) ids.set(file, (found = collectIds(files.get(file) ?? '')));
		return found;
	};
	const problems: LinkProblem[] = [];
	for (const [page, html] of files) {
		if (!page.endsWith('.html')) continue;
		for (const link of new Set(collectLinks(html))) {
			if (/^javascript:/i.test(link.trim())) {
				problems.push({ page, link, reason: 'javascript: links are not allowed' });
				continue;
			}
			if (/^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith('//')) continue;
			const url = new URL(link, `https://site.invalid${dirOf(page)}`);
			if (url.host !== 'site.invalid') continue;
			let target =
				url.pathname === dirOf(page) && link.startsWith('#')
					? page
					: resolvePath(paths, url.pathname);
			if (!target) {
				problems.push({ page, link, reason: 'no such page or file' });
				continue;
			}
			const redirect = REDIRECT.exec(files.get(target) ?? '')?.[1];
			if (redirect) {
				const next = resolvePath(paths, redirect);
				if (!next) {
					problems.push({ page, link, reason: `redirects to ${redirect}, which does not exist` });
					continue;
				}
				target = next;
			}
			const anchor = url.hash.slice(1);
			if (anchor && target.endsWith('.html')) {
				let id = anchor;
				try {
					id = decodeURIComponent(anchor);
				} catch {
					// Keep the anchor as written.
				}
				if (!idsOf(target).has(id))
					problems.push({ page, link, reason: `${target} has no anchor #${id}` });
			}
		}
	}
	return problems.sort((a, b) => a.page.localeCompare(b.page) || a.link.localeCompare(b.link));
}
