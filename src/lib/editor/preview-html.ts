import { getSafeUrl } from '../safe-url.ts';

/*
 * The preview pane shows what support staff type before anything checks it, in a frame that runs with
 * the editor's origin: every text from content goes through here as text, never as markup.
 */

const ENTITIES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;',
};

/** Text as HTML text or an attribute value: nothing in it becomes markup. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

/** Attribute values: `true` writes a bare attribute, `false` and `undefined` leave it out. */
export type Attributes = Readonly<Record<string, string | boolean | undefined>>;

/** An element's opening tag with escaped attribute values, in the order given. */
export function openTag(name: string, attributes: Attributes = {}): string {
	let html = `<${name}`;
	for (const [key, value] of Object.entries(attributes)) {
		if (value === undefined || value === false) continue;
		html += value === true ? ` ${key}` : ` ${key}="${escapeHtml(value)}"`;
	}
	return `${html}>`;
}

/** An element around HTML that is already safe (built here or escaped). */
export function wrapHtml(name: string, attributes: Attributes, innerHtml: string): string {
	return `${openTag(name, attributes)}${innerHtml}</${name}>`;
}

/**
 * A message of the portal's text with markup in its `{slots}`, as Message.astro writes it: the words
 * stay text, and a slot without markup given stays as it is.
 */
export function fillSlots(message: string, slots: Readonly<Record<string, string>>): string {
	return escapeHtml(message).replace(/\{(\w+)\}/g, (slot, name: string) =>
		Object.hasOwn(slots, name) ? slots[name]! : slot,
	);
}

/**
 * A link target a reader could follow without running code: a path or address on the web, an anchor,
 * or a mail or phone link. Anything else (`javascript:`, `data:`) is dropped.
 */
export function getPreviewHref(url: string): string | null {
	const trimmed = url.trim();
	if (!trimmed || /[\s\\<>"]/.test(trimmed)) return null;
	if (/^(mailto|tel):/i.test(trimmed)) return trimmed;
	if (trimmed.startsWith('/')) return getSafeUrl(trimmed);
	// A path beside the entry (`./screenshot.png`) or an anchor: no scheme before its first `/?#`.
	if (!/^[^/?#]*:/.test(trimmed)) return trimmed;
	return getSafeUrl(trimmed);
}
