import type { EditorComponentDefinition } from '@sveltia/cms';
import { IMAGE_EXTENSIONS } from '../content/images.ts';
import { escapeHtml } from './preview-html.ts';

/*
 * The "Screenshot" button of the body's rich-text mode. It takes the place of Sveltia's built-in image,
 * whose alt text is optional (and which adds a title and a link the portal does not use): this one
 * asks for the file and its alt text, uploads the file to the entry's `images/` folder (the
 * collection's `media_folder`) and writes the one form the portal publishes, `![alt](./images/x.png)`.
 * Sveltia 0.221.1 marks the alt text required but inserts the image without it, so the body field's
 * pattern (below) is what refuses to save it, and `npm run check` refuses it in CI.
 */

/** What the button's form holds: the image's address as the body writes it, and its alt text. */
export interface ScreenshotProps {
	src?: string | undefined;
	alt?: string | undefined;
	title?: string | undefined;
}

/**
 * A Markdown image, as Sveltia's own image component reads it: alt text with `\]`-style escapes, an
 * address without spaces, quotes or parentheses, and an optional title (kept, so an image written
 * by hand with one survives a visit to the rich-text mode).
 */
export const SCREENSHOT_PATTERN =
	/!\[(?<alt>(?:[^\]\\\n]|\\.)*)\]\((?<src>[^\s()"]+)(?:\s+"(?<title>(?:[^"\\\n]|\\.)*)")?\)/;

/** The file types the build can optimise, for the file picker (`.heic` and `.svg` are refused). */
export const SCREENSHOT_ACCEPT = IMAGE_EXTENSIONS.map((extension) => `.${extension}`).join(',');

/** The props of a Markdown image the pattern matched: the alt text as a person reads it. */
export function readScreenshot(match: RegExpMatchArray): ScreenshotProps {
	const { alt = '', src = '', title } = match.groups ?? {};
	return { src, alt: alt.replace(/\\([[\]])/g, '$1'), ...(title ? { title } : {}) };
}

/**
 * The Markdown of a screenshot. Alt text is one line (a line break would end the image), brackets are
 * escaped so they do not end it early, and an image without a file writes nothing.
 */
export function formatScreenshot(props: ScreenshotProps): string {
	const src = (props.src ?? '').trim();
	if (!src) return '';
	const alt = (props.alt ?? '')
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/(?<!\\)([[\]])/g, '\\$1');
	const title = props.title ? ` "${props.title}"` : '';
	return `![${alt}](${src}${title})`;
}

/**
 * The body's validation. Sveltia does not hold a component's required field when the entry is saved,
 * so the body itself refuses a Markdown image with empty alt text, as `npm run check` does, in raw and
 * rich-text mode alike. Sveltia's `pattern` takes a regular expression a valid value matches: here, a
 * body with no `![` + blank alt text + `](` in it. (An example in a code block with empty alt text is
 * refused too, where the check would let it pass: write `![alt text](…)` in the example.)
 */
export const BODY_IMAGE_ALT_PATTERN: [string, string] = [
	String.raw`^(?![\s\S]*!\[\s*\]\()`,
	'A screenshot needs its alt text: say what the picture shows, e.g. “The Wi-Fi list with Northwind-Staff selected”.',
];

/**
 * What Sveltia shows for the component outside the form (it requires one). Sveltia sanitises the
 * string; the texts are escaped here as well so an alt text cannot become markup.
 */
export function previewScreenshot(props: ScreenshotProps): string {
	return `<img src="${escapeHtml(props.src ?? '')}" alt="${escapeHtml(props.alt ?? '')}">`;
}

/** The component as `CMS.registerEditorComponent` takes it; the body's field enables it by its id. */
export const SCREENSHOT_COMPONENT: EditorComponentDefinition = {
	id: 'screenshot',
	label: 'Screenshot',
	icon: 'add_photo_alternate',
	// On the toolbar, where the built-in image button was, not under a menu.
	trigger: 'button',
	// A dialog that opens on the button, with Insert and Cancel. In the default block mode the form sits
	// inside the text, and an alt text typed there after a refused save did not reach the body (seen in
	// Chromium): the dialog's Update does.
	mode: 'dialog',
	fields: [
		{
			name: 'src',
			label: 'Screenshot',
			widget: 'image',
			required: true,
			// A file beside the entry only: the portal's pages load no images from other servers.
			choose_url: false,
			accept: SCREENSHOT_ACCEPT,
			hint: 'A PNG cropped to the part that matters, with no personal data in it. It is saved in the images folder beside the entry.',
		},
		{
			name: 'alt',
			label: 'Alt text',
			widget: 'string',
			required: true,
			hint: 'What the picture shows that the text does not, e.g. “The Wi-Fi list with Northwind-Staff selected”. Screen readers read it out.',
		},
	],
	pattern: SCREENSHOT_PATTERN,
	fromBlock: readScreenshot,
	toBlock: formatScreenshot,
	toPreview: previewScreenshot,
};
