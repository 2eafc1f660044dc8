import { suggestClosest } from '../edit-distance.ts';
import { withoutCode } from './body.ts';

/**
 * Screenshots live beside the content (`content/articles/images/vpn.png`), and the build optimises
 * every image written in Markdown (`![alt](./images/vpn.png)`): it converts it, sizes it and gives it
 * its width and height. These are the rules an image in a body must follow for that to work.
 */

/** What the build can optimise; anything else (a phone's `.heic`, a `.bmp`) fails the build. */
export const IMAGE_EXTENSIONS = ['png', 'jpg', 'jpeg', 'webp', 'avif', 'gif'];

/** True for a file name the content folders keep as an image beside the entries, not as an entry. */
export function isImageFile(name: string): boolean {
	const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
	return !!extension && IMAGE_EXTENSIONS.includes(extension);
}

export interface BodyImage {
	/** 1-based line in the body. */
	line: number;
	/** `markdown` for `![alt](src)`, `html` for `<img>`. */
	kind: 'markdown' | 'html';
	src: string;
	/** The alt text, or undefined when an `<img>` has no alt attribute at all. */
	alt: string | undefined;
}

const MARKDOWN_IMAGE = /!\[((?:[^\]\\]|\\.)*)\]\(\s*(<[^>]*>|[^\s)]*)(?:\s+["'(][^)]*)?\s*\)/g;
const HTML_IMAGE = /<img\b([^>]*)>?/gi;

/** Every image in a body, with its line; images in code and MDX comments are examples, not images. */
export function findImages(body: string): BodyImage[] {
	const found: BodyImage[] = [];
	withoutCode(blankComments(body))
		.split('\n')
		.forEach((text, index) => {
			const line = index + 1;
			for (const match of text.matchAll(MARKDOWN_IMAGE)) {
				const src = match[2]!.replace(/^<|>$/g, '');
				found.push({ line, kind: 'markdown', src, alt: match[1]! });
			}
			for (const match of text.matchAll(HTML_IMAGE)) {
				const attributes = match[1] ?? '';
				found.push({
					line,
					kind: 'html',
					src: readAttribute(attributes, 'src') ?? '',
					alt: readAttribute(attributes, 'alt'),
				});
			}
		});
	return found;
}

/** MDX comments blanked out, keeping line numbers. */
function blankComments(body: string): string {
	return body.replace(/\{\/\*[\s\S]*?\*\/\}/g, (comment) => comment.replace(/[^\n]/g, ' '));
}

function readAttribute(attributes: string, name: string): string | undefined {
	const match = new RegExp(
		`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|\\{\\s*["'\`]([^"'\`]*)["'\`]\\s*\\}|([^\\s>]+))`,
		'i',
	).exec(attributes);
	if (!match) return undefined;
	return match.slice(1).find((value) => value !== undefined) ?? '';
}

/** True for an image the build reads from the content folder: not a web address, not the site root. */
export function isLocalImage(src: string): boolean {
	return !!src && !/^[a-z][a-z0-9+.-]*:/i.test(src) && !src.startsWith('/') && !src.startsWith('#');
}

interface ImageFolder {
	/** The image's path as messages show it (the entry's folder joined with `src`). */
	path: string;
	/** The file names in the image's folder, or undefined when the folder does not exist. */
	files: readonly string[] | undefined;
	/** A `src` that does lead to the file, when the caller found one (a translation one folder down). */
	found?: string | undefined;
}

/**
 * What is wrong with one image, in words an author can act on; `folder` is where a local image
 * should be, when the caller can look. An empty list when nothing is.
 */
export function describeImageProblems(image: BodyImage, folder?: ImageFolder): string[] {
	const problems: string[] = [];
	const shown = image.kind === 'markdown' ? `![](${image.src})` : `<img src="${image.src}">`;
	// A raw <img> of a local file is told to become Markdown with alt text: one fix, one message.
	if (image.kind === 'html' && isLocalImage(image.src))
		return [
			`${shown} is not published with the page: write it in Markdown, ![alt text](${image.src}), so the build optimises it and gives it its size`,
		];
	if (!image.alt?.trim())
		problems.push(
			`the image ${image.src || shown} has no alt text: say what it shows, as in ![The sign-in window with Connect outlined](${image.src || './images/sign-in.png'}), for readers who cannot see it`,
		);
	if (/^(https?:)?\/\//i.test(image.src)) {
		problems.push(
			`the image ${image.src} is on another server, which the portal's pages do not load images from (their Content-Security-Policy): save it in the images folder and write ![alt text](./images/${fileNameOf(image.src) || 'screenshot.png'})`,
		);
		return problems;
	}
	if (!isLocalImage(image.src)) return problems;
	if (!isImageFile(image.src)) {
		problems.push(
			`the image ${image.src} is not a file type the portal can show; save it as ${IMAGE_EXTENSIONS.slice(0, -1).join(', ')} or ${IMAGE_EXTENSIONS.at(-1)}`,
		);
		return problems;
	}
	if (folder && !hasFile(folder, image.src)) problems.push(describeMissingImage(image.src, folder));
	return problems;
}

function fileNameOf(src: string): string {
	return decodeURIComponentSafely(src.split(/[?#]/)[0]!.split('/').at(-1)!);
}

function decodeURIComponentSafely(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

function hasFile(folder: ImageFolder, src: string): boolean {
	return !!folder.files?.includes(fileNameOf(src));
}

function describeMissingImage(src: string, folder: ImageFolder): string {
	const base = `the image ${src} does not exist: there is no file ${folder.path}`;
	if (folder.found)
		return `${base}; a translation sits in its language folder, so write ${folder.found}`;
	const name = fileNameOf(src);
	const images = (folder.files ?? []).filter(isImageFile);
	const sameButCase = images.find((file) => file.toLowerCase() === name.toLowerCase());
	if (sameButCase) return `${base}; the file is called ${sameButCase} (letter case counts)`;
	const close = suggestClosest(name, images);
	return close
		? `${base}; did you mean ${close}?`
		: `${base}; add the file, or correct the path`;
}
