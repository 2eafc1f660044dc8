import { Marked, type RendererObject, type Tokens } from 'marked';
import { escapeHtml, getPreviewHref, openTag, wrapHtml } from './preview-html.ts';

/*
 * Markdown as the editor's preview shows it, read by `marked` (CommonMark and GitHub's tables). The
 * build renders the page itself; this only has to read the same to an author while they type. It runs
 * in the browser, where the build's own Markdown engine (native, see satteri) is not available. The
 * renderer below writes no raw HTML from content: a `<tag>` in the text shows as the text it is, and
 * a link keeps its target only when following it cannot run code.
 */

/** Where an image in the body can be loaded from in the preview (an uploaded file's address). */
export type ImageResolver = (src: string) => string | undefined;

export interface MarkdownOptions {
	resolveImage?: ImageResolver | undefined;
}

/** The body's Markdown as HTML, every text escaped. */
export function renderMarkdown(source: string, options: MarkdownOptions = {}): string {
	// Blocks are written one a line; the last one's line end would be a stray text node where
	// preview-mdx.ts joins markdown and components.
	return createMarked(options).parse(source, { async: false }).trimEnd();
}

/** Inline Markdown (a component's one-line text): emphasis, code, links, with no paragraph around it. */
export function renderInline(text: string, options: MarkdownOptions = {}): string {
	return createMarked(options).parseInline(text, { async: false });
}

/*
 * One instance a call: the image resolver belongs to the entry being previewed, and an instance is
 * cheap (marked's rules are compiled once, at import). The global `marked` stays untouched, so no
 * other code on the admin page picks up these rules.
 */
function createMarked(options: MarkdownOptions): Marked {
	return new Marked({ async: false, gfm: true, renderer: createRenderer(options) });
}

function createRenderer({ resolveImage }: MarkdownOptions): RendererObject {
	return {
		// marked passes HTML through as it is; here it is text, in a paragraph when it stands alone.
		html(token) {
			const text = escapeHtml(token.text.trimEnd());
			return token.block ? `<p>${text}</p>\n` : text;
		},
		// `false` leaves a token to marked's own renderer, which escapes text. Text after an inline
		// `<script>` or `<style>` tag comes flagged as already escaped, and is not: escape it here.
		text(token) {
			if ('tokens' in token && token.tokens) return false;
			return 'escaped' in token && token.escaped ? escapeHtml(token.text) : false;
		},
		code({ text, lang }) {
			// The language as the portal's code blocks name it: its first word, letters and `+-` only.
			const language = /^[\w+-]+/.exec(lang ?? '')?.[0];
			const attributes = language ? { class: `language-${language}` } : {};
			return `<pre>${wrapHtml('code', attributes, escapeHtml(text))}</pre>\n`;
		},
		link(token) {
			const inner = this.parser.parseInline(token.tokens);
			const href = getPreviewHref(token.href);
			return href ? wrapHtml('a', { href, title: token.title ?? undefined }, inner) : inner;
		},
		image(token) {
			const alt = this.parser.parseInline(token.tokens, this.parser.textRenderer);
			const src = resolveImage?.(token.href) ?? getPreviewHref(token.href);
			return src ? openTag('img', { src, alt, title: token.title ?? undefined }) : escapeHtml(alt);
		},
		// The source's line end stays after the break, as the page's HTML has it.
		br: () => '<br>\n',
		blockquote({ tokens }) {
			return `<blockquote>${this.parser.parse(tokens).trimEnd()}</blockquote>\n`;
		},
		listitem(item) {
			return `<li>${this.parser.parse(item.tokens).trimEnd()}</li>\n`;
		},
		table(token) {
			const cell = (tag: 'th' | 'td', column: Tokens.TableCell) =>
				wrapHtml(tag, { align: column.align ?? undefined }, this.parser.parseInline(column.tokens));
			const row = (tag: 'th' | 'td', cells: Tokens.TableCell[]) =>
				`<tr>${cells.map((column) => cell(tag, column)).join('')}</tr>`;
			const head = `<thead>${row('th', token.header)}</thead>`;
			const body =
				token.rows.length > 0
					? `<tbody>${token.rows.map((r) => row('td', r)).join('')}</tbody>`
					: '';
			return `<table>${head}${body}</table>\n`;
		},
	};
}
