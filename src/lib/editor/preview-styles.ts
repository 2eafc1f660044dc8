/*
 * Which stylesheets the editor's preview links: the ones a reader's entry page loads. Astro names
 * them by content hash and splits them by page (an article, a known error and a policy each load a
 * few of their own), so the `/admin/` page cannot write them down by hand: the build reads them from
 * its own built entry pages and hands them to `registerPreviews` (src/components/admin/preview.ts).
 */

/**
 * The stylesheets a built page links, in the page's order: only paths on the portal itself
 * (`/_astro/…`), never another host, so the preview loads nothing from outside.
 */
export function getPageStylesheets(html: string): string[] {
	const found: string[] = [];
	for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
		if (!/\brel=(["']?)stylesheet\1/i.test(tag)) continue;
		const href = /\bhref=(["'])([^"']+)\1/i.exec(tag)?.[2];
		if (href && /^\/(?![/\\])/.test(href)) found.push(href);
	}
	return found;
}

/**
 * The stylesheets of several pages (one of each kind of entry) as one list: each once, where it
 * first appears, so the cascade keeps the order the pages have.
 */
export function mergeStylesheets(...pages: readonly (readonly string[])[]): string[] {
	return [...new Set(pages.flat())];
}
