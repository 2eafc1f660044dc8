import { getCatalog } from '../../i18n/index.ts';
import { createTranslate, type Message } from '../../i18n/format.ts';
import {
	PREVIEW_COLLECTIONS,
	renderEntryPreview,
	type PreviewCollection,
} from '../../lib/editor/preview-entry.ts';
import { renderNoticePreview } from '../../lib/editor/preview-notice.ts';
import type { PreviewText } from '../../lib/editor/preview-mdx.ts';

/**
 * The browser editor's preview pane (`/admin/`): each collection's entry as readers see its page,
 * with the portal's own stylesheets and components, the status badge and an overdue next update.
 *
 * How Sveltia CMS (0.221.1) shows it, as read in its source (`entry-preview.svelte`,
 * `entry-preview-iframe.svelte`, `services/contents/editor/preview-templates.js`, `main.js`):
 * - with a template registered for the collection, or any preview style, the preview is an iframe
 *   (sandboxed, a `blob:` document with `<base href>` set to the editor's origin) that links every
 *   registered style URL;
 * - a template is rendered with the React that Sveltia bundles and exposes as `window.h`
 *   (`createElement`), on every change to the form, with `entry` (an Immutable map; the form's values
 *   under `data`), `getAsset`, and the frame's `document` and `window`. The portal adds no React: the
 *   template below is a plain function that asks Sveltia's own `h` for one element holding HTML that
 *   src/lib/editor/ built with every text of the entry escaped, so nothing from content runs.
 *
 * What this asks of `/admin/`'s Content Security Policy: `frame-src blob:` (the preview frame),
 * `style-src 'self'` (the portal's stylesheets; Sveltia itself also needs `'unsafe-inline'`) and
 * `img-src blob:` for a screenshot uploaded but not yet saved (`getAsset` gives a `blob:` address).
 * Links in the frame open in a new tab (Sveltia's `<base target="_blank">`), on the portal's origin.
 */

/** Sveltia's `createElement`, put on `window` by `@sveltia/cms` when it is imported. */
type CreateElement = (type: string, props: Record<string, unknown>) => unknown;

/** The props Sveltia gives a preview template (a subset: what the portal's preview reads). */
export interface PreviewTemplateProps {
	entry: { get(key: 'data'): unknown };
	getAsset?: ((path: string) => { url?: string | undefined } | undefined) | undefined;
}

/** The part of Sveltia's `CMS` object the preview uses. */
export interface PreviewCms {
	registerPreviewStyle(style: string, options?: { raw?: boolean }): void;
	registerPreviewTemplate(name: string, component: (props: PreviewTemplateProps) => unknown): void;
}

export interface PreviewOptions {
	/**
	 * The stylesheets a reader's entry page loads (`/_astro/*.css` of the built portal, in the page's
	 * order), as paths or URLs on the portal's own origin. Astro splits them by page, so the `/admin/`
	 * page passes the ones the build made: for example a build step reads one built page of each
	 * collection with `getPageStylesheets` and joins them with `mergeStylesheets`
	 * (src/lib/editor/preview-styles.ts). Another origin (a CDN) is refused: `/admin/`'s Content
	 * Security Policy allows styles from `'self'` only, and the editor talks to no other host.
	 */
	stylesheets: readonly string[];
	/** The portal's default language (`defaultLanguage` of `site.yaml`); the preview's labels use it. */
	language?: string | undefined;
	/** The portal's own wording for that language (`content/ui/<lang>.yaml`), over the shipped text. */
	uiText?: Readonly<Record<string, Message>> | undefined;
	/** The clock an overdue next update is judged by; the reader's clock by default. */
	now?: (() => Date) | undefined;
}

/** Sveltia's form values as plain data: lists and maps of the form are Immutable collections. */
function toPlainData(value: unknown): Readonly<Record<string, unknown>> {
	const plain =
		value && typeof (value as { toJS?: unknown }).toJS === 'function'
			? (value as { toJS(): unknown }).toJS()
			: value;
	return plain && typeof plain === 'object' ? (plain as Record<string, unknown>) : {};
}

function getCreateElement(): CreateElement {
	const h = (globalThis as { h?: unknown }).h;
	if (typeof h !== 'function')
		throw new Error(
			'The preview needs Sveltia CMS loaded first: import @sveltia/cms before the preview renders',
		);
	return h as CreateElement;
}

/** Refuses a stylesheet from another origin, with the address in the message. */
function getSameOriginUrl(style: string): string {
	const base = globalThis.location?.href ?? 'http://localhost/';
	const url = new URL(style, base);
	if (url.origin !== new URL(base).origin)
		throw new Error(
			`Preview stylesheet ${style} is not on the portal's own origin; serve it from the portal`,
		);
	return url.href;
}

/**
 * Registers the portal's preview for `articles`, `known-errors`, `policies` and `notices`, and the
 * portal's stylesheets. Call it after importing `@sveltia/cms` and before `CMS.init()`.
 */
export function registerPreviews(cms: PreviewCms, options: PreviewOptions): void {
	const lang = options.language ?? 'en';
	const catalog = getCatalog(lang, options.uiText);
	const text: PreviewText & { lang: string } = {
		lang,
		t: createTranslate(lang, catalog),
		has: (key) => Object.hasOwn(catalog, key),
	};
	const now = options.now ?? (() => new Date());
	for (const style of options.stylesheets) cms.registerPreviewStyle(getSameOriginUrl(style));

	const show = (html: string) =>
		getCreateElement()('div', {
			className: 'kb-editor-preview',
			// Built by src/lib/editor/ from the form's values, every one of them escaped.
			dangerouslySetInnerHTML: { __html: html },
		});

	const entryTemplate = (collection: PreviewCollection) => (props: PreviewTemplateProps) =>
		show(
			renderEntryPreview({
				collection,
				data: toPlainData(props.entry.get('data')),
				text,
				now: now(),
				resolveImage: (src) => props.getAsset?.(src)?.url,
			}),
		);
	for (const collection of PREVIEW_COLLECTIONS)
		cms.registerPreviewTemplate(collection, entryTemplate(collection));
	cms.registerPreviewTemplate('notices', (props) =>
		show(renderNoticePreview({ data: toPlainData(props.entry.get('data')), text })),
	);
}
