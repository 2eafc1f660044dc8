/**
 * Redirect pages (short links in both letter cases, old slugs) are most of a portal's pages: 2,000 of
 * 3,076 at 1,000 entries. Rendered one by one they cost a quarter of the build's CPU time for a few
 * lines of HTML each. So the build renders one page per language with stand-in values (a template, in
 * Astro, with its script and its Content-Security-Policy as every page gets them) and writes every
 * redirect page of that language from it, escaping each value as Astro would have.
 */

/** One redirect page: where it is, where it sends the reader, and the entry's title. */
export interface RedirectPage {
	/** The page's path, e.g. `/KB-1042` or `/de/articles/alter-name/`. */
	from: string;
	/** The entry's page, e.g. `/articles/reset-your-password/`. */
	to: string;
	/** `to` as an absolute address (the canonical link). */
	target: string;
	title: string;
	/** The entry's page in each language, as JSON, for short links in a portal of several languages. */
	alternates?: string | undefined;
	/** The path of the template page of the redirect's language. */
	template: string;
}

/** Stand-in values of the template page: plain words Astro writes unchanged, found nowhere else. */
export const REDIRECT_SLOTS = {
	to: '/kb-redirect-slot-to/',
	target: 'https://kb-redirect-slot.invalid/target/',
	title: 'kb-redirect-slot-title',
	alternates: 'kb-redirect-slot-alternates',
} as const;

/** The template page's folder under each language's folder. */
export const REDIRECT_TEMPLATE_FOLDER = 'kb-redirect-template';

/** The file the build hands the redirect pages over in, beside the pages (removed once they are written). */
export const REDIRECT_PAGES_FILE = 'kb-redirect-pages.json';

/** The template page's path in a language: `/kb-redirect-template/`, `/de/kb-redirect-template/`. */
export function getRedirectTemplatePath(languageFolder: string | undefined): string {
	return `/${languageFolder ? `${languageFolder}/` : ''}${REDIRECT_TEMPLATE_FOLDER}/`;
}

/** Whether `path` is a template page, which the build removes (so never in the sitemap). */
export function isRedirectTemplatePath(path: string): boolean {
	return new RegExp(`^/([^/]+/)?${REDIRECT_TEMPLATE_FOLDER}/?$`).test(path);
}

const TEXT_ENTITIES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	"'": '&#39;',
	'"': '&quot;',
};

/** Text as Astro escapes it between tags. */
function escapeText(value: string): string {
	return value.replace(/[&<>'"]/g, (c) => TEXT_ENTITIES[c]!);
}

/** An attribute value as Astro escapes it: only `&` and `"`. */
function escapeAttribute(value: string): string {
	return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/** Every occurrence of `slot` in `html` replaced; a template without it is a changed page, which fails. */
function fill(html: string, slot: string, value: string): string {
	if (!html.includes(slot)) {
		throw new Error(`The redirect page template has no "${slot}": it no longer matches the page`);
	}
	return html.split(slot).join(value);
}

/** The HTML of one redirect page from its language's template. */
export function fillRedirectPage(template: string, page: RedirectPage): string {
	let html = template;
	const alternates = ` data-alternates="${REDIRECT_SLOTS.alternates}"`;
	if (page.alternates === undefined) html = fill(html, alternates, '');
	else html = fill(html, REDIRECT_SLOTS.alternates, escapeAttribute(page.alternates));
	html = fill(html, REDIRECT_SLOTS.target, escapeAttribute(page.target));
	html = fill(html, REDIRECT_SLOTS.to, escapeAttribute(page.to));
	return fill(html, REDIRECT_SLOTS.title, escapeText(page.title));
}
