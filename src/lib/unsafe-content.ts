/**
 * What content may not hold, because it would mislead readers or try to run code: invisible direction
 * and zero-width characters, raw HTML that runs or overrides the page's scripts, and script links.
 * Pure functions, used by the content check.
 */

/** Characters that reorder text as displayed (the "Trojan Source" trick): a title can read as another. */
const DIRECTION_CONTROLS: Record<string, string> = {
	'\u202A': 'left-to-right embedding (U+202A)',
	'\u202B': 'right-to-left embedding (U+202B)',
	'\u202C': 'pop directional formatting (U+202C)',
	'\u202D': 'left-to-right override (U+202D)',
	'\u202E': 'right-to-left override (U+202E)',
	'\u2066': 'left-to-right isolate (U+2066)',
	'\u2067': 'right-to-left isolate (U+2067)',
	'\u2068': 'first strong isolate (U+2068)',
	'\u2069': 'pop directional isolate (U+2069)',
};

/** Invisible characters that make a copied error message or a search word silently different. */
const ZERO_WIDTH: Record<string, string> = {
	'\u200B': 'zero-width space (U+200B)',
	'\u200C': 'zero-width non-joiner (U+200C)',
	'\u200D': 'zero-width joiner (U+200D)',
	'\u2060': 'word joiner (U+2060)',
	'\uFEFF': 'zero-width no-break space (U+FEFF)',
};

export interface HiddenCharacter {
	kind: 'direction' | 'zero-width';
	name: string;
	/** 1-based position in the text. */
	column: number;
}

/** Any of the characters above: most text has none, and is passed over in one test. */
const HIDDEN = /[\u202A-\u202E\u2066-\u2069\u200B-\u200D\u2060\uFEFF]/;

/** Invisible characters in `text`, each with its position. */
export function findHiddenCharacters(text: string): HiddenCharacter[] {
	const found: HiddenCharacter[] = [];
	if (!HIDDEN.test(text)) return found;
	for (let index = 0; index < text.length; index++) {
		const char = text[index]!;
		const direction = DIRECTION_CONTROLS[char];
		const zeroWidth = ZERO_WIDTH[char];
		if (direction) found.push({ kind: 'direction', name: direction, column: index + 1 });
		else if (zeroWidth) found.push({ kind: 'zero-width', name: zeroWidth, column: index + 1 });
	}
	return found;
}

/** How a hidden character is reported to an author. */
export function describeHiddenCharacter(found: HiddenCharacter): string {
	return found.kind === 'direction'
		? `has an invisible ${found.name} at character ${found.column}: it makes text display in a different order than it reads; delete it`
		: `has an invisible ${found.name} at character ${found.column}: readers who copy or search this text get a different word; delete it`;
}

/** Elements that run code, load other pages or change how the page resolves links. */
const FORBIDDEN_ELEMENTS = [
	'script',
	'iframe',
	'frame',
	'object',
	'embed',
	'style',
	'link',
	'meta',
	'base',
	'form',
	'svg',
	'math',
	'template',
];

/** Decodes the character references a browser decodes in an attribute or a Markdown link. */
function decodeReferences(text: string): string {
	return text
		.replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) =>
			String.fromCodePoint(Number.parseInt(hex, 16)),
		)
		.replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
		.replace(/&colon;/gi, ':')
		.replace(/&tab;|&newline;/gi, '');
}

/** True for a URL the browser would run as code (`javascript:`, `vbscript:`, `data:text/html`), however spelt. */
export function isScriptUrl(url: string): boolean {
	// Browsers ignore tabs, newlines and leading control characters and spaces in a URL's scheme.
	const plain = decodeReferences(url)
		.replace(/[\u0000-\u0020]/g, '')
		.toLowerCase();
	return (
		/^(javascript|vbscript):/.test(plain) ||
		/^data:(text\/html|image\/svg|application\/xhtml)/.test(plain)
	);
}

/**
 * Problems with the raw HTML in one line of an entry's body: forbidden elements, event-handler
 * attributes, `name`/`id` attributes (which can replace the page's own objects, e.g.
 * `<img name="currentScript">`), and script URLs in Markdown links or attributes.
 */
export function unsafeMarkup(line: string): string[] {
	const found: string[] = [];
	for (const tag of line.matchAll(/<([a-z][a-z0-9-]*)\b([^>]*)>?/gi)) {
		const name = tag[1]!.toLowerCase();
		const attributes = tag[2] ?? '';
		const isComponent = /^[A-Z]/.test(tag[1]!);
		if (!isComponent && FORBIDDEN_ELEMENTS.includes(name)) {
			found.push(
				`<${name}> is not allowed in content: it could run code or change the page; use Markdown or a component`,
			);
			continue;
		}
		for (const handler of attributes.matchAll(/(?:^|\s)(on[a-z]+)\s*=/gi)) {
			found.push(`the ${handler[1]} attribute on <${tag[1]}> would run code; remove it`);
		}
		if (!isComponent) {
			for (const named of attributes.matchAll(/(?:^|\s)(name|id)\s*=\s*["']?([^"'\s>]*)/gi)) {
				found.push(
					`${named[1]}="${named[2]}" on <${name}> is not allowed: it can replace the page's own objects; headings get their own anchors`,
				);
			}
		}
	}
	for (const url of findLinkTargets(line, { loads: true })) {
		if (isScriptUrl(url)) found.push(`the link ${url} would run code; links must be addresses`);
	}
	return found;
}

const MARKDOWN_LINK = /\]\(\s*<?((?:[^()\s>]|\([^()\s]*\))+)>?(?:\s+"[^"]*")?\s*\)/g;
const REFERENCE_DEFINITION = /^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/g;
const HREF = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;
/** Every attribute whose value the browser follows or loads. */
const URL_ATTRIBUTE =
	/\b(?:href|src|action|formaction|xlink:href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;

/**
 * Where one line of Markdown or MDX links to: Markdown links (`[text](url "title")`), reference
 * definitions (`[name]: url`), and `href` values on raw HTML, quoted or not; with `loads`, also
 * what `src`, `action` and the like would load.
 */
export function findLinkTargets(line: string, { loads = false } = {}): string[] {
	return [
		...line.matchAll(MARKDOWN_LINK),
		...line.matchAll(REFERENCE_DEFINITION),
		...line.matchAll(loads ? URL_ATTRIBUTE : HREF),
	].map((match) => match.slice(1).find((group) => group !== undefined) ?? '');
}
