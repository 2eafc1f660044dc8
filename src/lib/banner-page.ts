/**
 * The banner on one page, for the build (the first render) and the browser (which renders it again
 * from the status it fetches): what changes when an item links to the page the reader is on.
 */

/** What a banner item needs for the page rule: its kind and where it links. */
export interface PageBannerItem {
	kind: 'notice' | 'known-error';
	url: string | null;
}

/**
 * A path as the site serves it: `/known-errors/x/`, `/known-errors/x` and
 * `/known-errors/x/index.html` are one page; the query and the fragment do not change the page.
 */
function normalizePagePath(path: string): string {
	const bare = path.replace(/[?#].*$/, '').replace(/\/index\.html$/, '/');
	let decoded = bare;
	try {
		decoded = decodeURI(bare);
	} catch {
		// A malformed escape is compared as it is written.
	}
	return decoded.endsWith('/') ? decoded : `${decoded}/`;
}

/**
 * True when `url` is the page at `currentPath`. Only a path on this site can be: a full address may
 * name another host (a live status system's own pages), which this pure rule cannot tell apart.
 */
export function isLinkToPage(url: string | null, currentPath: string): boolean {
	if (!url || !url.startsWith('/') || url.startsWith('//')) return false;
	return normalizePagePath(url) === normalizePagePath(currentPath);
}

/**
 * The banner's items on the page at `currentPath`. An active notice is never hidden, outage or not:
 * on the page it links to it stays, without its link (a link to the page itself leads nowhere). A
 * known error's own item stays off its own page, which says the same at length. A notice merged with
 * the known error it links to is a notice, so it shows on that known error's page too.
 */
export function fitBannerItemsToPage<T extends PageBannerItem>(
	items: readonly T[],
	currentPath: string,
): T[] {
	const fitted: T[] = [];
	for (const item of items) {
		if (!isLinkToPage(item.url, currentPath)) fitted.push(item);
		else if (item.kind === 'notice') fitted.push({ ...item, url: null });
	}
	return fitted;
}
