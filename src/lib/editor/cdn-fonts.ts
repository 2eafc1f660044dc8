/**
 * Sveltia CMS's npm build registers its fonts from files beside its module (emitted by our build), yet
 * also injects `@font-face` rules that point at a public CDN. The browser then asks the CDN too, which
 * the editor's policy refuses (a violation on every load) and an intranet cannot reach. The build drops
 * those rules from the package's code; the fonts still come from the portal.
 */

/** An `@font-face` rule (no braces inside) whose source is the fontsource CDN. */
const CDN_FONT_FACE =
	/@font-face\s*\{[^{}]*?url\(\s*["']?https:\/\/cdn\.jsdelivr\.net\/fontsource\/[^{}]*\}/g;

/** The code without its CDN `@font-face` rules, and how many it held. */
export function removeCdnFontFaces(code: string): { code: string; removed: number } {
	let removed = 0;
	const result = code.replace(CDN_FONT_FACE, () => {
		removed++;
		return '';
	});
	return { code: result, removed };
}
