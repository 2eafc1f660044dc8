import { escapeHtml, getPreviewHref, openTag, wrapHtml } from './preview-html.ts';

/*
 * Markdown as the editor's preview shows it: the CommonMark and GitHub constructs entries use
 * (headings, paragraphs, lists, quotes, code, tables, links, emphasis). The build renders the page
 * itself; this only has to read the same to an author while they type. It runs in the browser, where
 * the build's own Markdown engine (native, see satteri) is not available, and writes no raw HTML from
 * content: a `<tag>` in the text shows as the text it is.
 */

/** Where an image in the body can be loaded from in the preview (an uploaded file's address). */
export type ImageResolver = (src: string) => string | undefined;

export interface MarkdownOptions {
	resolveImage?: ImageResolver | undefined;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})\s*([\w+-]*)/;
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const QUOTE = /^ {0,3}> ?(.*)$/;
const LIST_ITEM = /^( {0,3})([-*+]|\d{1,9}[.)])(?:[ \t]+(.*))?$/;
const TABLE_DELIMITER = /^ *\|? *:?-+:? *(\| *:?-+:? *)*\|? *$/;
/** A marker that cannot come from content: the input's NUL characters are dropped first. */
const SLOT = '\u0000';

/** The body's Markdown as HTML, every text escaped. */
export function renderMarkdown(source: string, options: MarkdownOptions = {}): string {
	const lines = source.replaceAll(SLOT, '').replace(/\r\n?/g, '\n').split('\n');
	return renderBlocks(lines, options);
}

function isBlank(line: string): boolean {
	return line.trim() === '';
}

/** Whether a line starts a block of its own, which ends a paragraph above it. */
function startsBlock(line: string): boolean {
	return (
		FENCE.test(line) ||
		HEADING.test(line) ||
		RULE.test(line) ||
		QUOTE.test(line) ||
		LIST_ITEM.test(line)
	);
}

function renderBlocks(lines: string[], options: MarkdownOptions): string {
	const out: string[] = [];
	let i = 0;
	while (i < lines.length) {
		const line = lines[i]!;
		if (isBlank(line)) {
			i++;
			continue;
		}
		const fence = FENCE.exec(line);
		if (fence) {
			const marker = fence[1]!;
			const body: string[] = [];
			i++;
			while (i < lines.length && !lines[i]!.trim().startsWith(marker)) body.push(lines[i++]!);
			i++;
			const language = fence[2] ? { class: `language-${fence[2]}` } : {};
			out.push(`<pre>${wrapHtml('code', language, escapeHtml(body.join('\n')))}</pre>`);
			continue;
		}
		const heading = HEADING.exec(line);
		if (heading) {
			const level = heading[1]!.length;
			out.push(`<h${level}>${renderInline(heading[2] ?? '', options)}</h${level}>`);
			i++;
			continue;
		}
		if (RULE.test(line)) {
			out.push('<hr>');
			i++;
			continue;
		}
		if (QUOTE.test(line)) {
			const body: string[] = [];
			while (i < lines.length && !isBlank(lines[i]!)) {
				const quoted = QUOTE.exec(lines[i]!);
				body.push(quoted ? quoted[1]! : lines[i]!);
				i++;
			}
			out.push(`<blockquote>${renderBlocks(body, options)}</blockquote>`);
			continue;
		}
		if (LIST_ITEM.test(line)) {
			i = renderList(lines, i, out, options);
			continue;
		}
		if (line.includes('|') && i + 1 < lines.length && TABLE_DELIMITER.test(lines[i + 1]!)) {
			i = renderTable(lines, i, out, options);
			continue;
		}
		const paragraph: string[] = [];
		while (
			i < lines.length &&
			!isBlank(lines[i]!) &&
			(paragraph.length === 0 || !startsBlock(lines[i]!))
		)
			paragraph.push(lines[i++]!);
		out.push(`<p>${renderInline(paragraph.map((l) => l.trimStart()).join('\n'), options)}</p>`);
	}
	return out.join('\n');
}

/** One list, from its first item on; returns the line after it. */
function renderList(
	lines: string[],
	start: number,
	out: string[],
	options: MarkdownOptions,
): number {
	const first = LIST_ITEM.exec(lines[start]!)!;
	const ordered = /\d/.test(first[2]!);
	const items: string[][] = [];
	let loose = false;
	let i = start;
	while (i < lines.length) {
		const item = LIST_ITEM.exec(lines[i]!);
		if (!item || /\d/.test(item[2]!) !== ordered) break;
		// The item's text lines up after the marker; lines indented at least that far belong to it.
		const indent = item[1]!.length + item[2]!.length + 1;
		const body = [item[3] ?? ''];
		i++;
		while (i < lines.length) {
			const next = lines[i]!;
			if (isBlank(next)) {
				const following = lines.slice(i + 1).find((l) => !isBlank(l));
				if (following === undefined) break;
				const continues = following.length - following.trimStart().length >= indent;
				const sibling = LIST_ITEM.exec(following);
				if (!continues && !(sibling && /\d/.test(sibling[2]!) === ordered)) break;
				if (continues) body.push('');
				loose = true;
				i++;
				continue;
			}
			const indented = next.length - next.trimStart().length >= indent;
			if (indented) body.push(next.slice(indent));
			else if (!startsBlock(next) && !isBlank(body.at(-1) ?? '')) body.push(next.trim());
			else break;
			i++;
		}
		items.push(body);
	}
	const rendered = items.map((body) => {
		const html = renderBlocks(body, options);
		// A tight list's items are text, not paragraphs.
		return loose ? html : html.replace(/^<p>([\s\S]*?)<\/p>/, '$1');
	});
	const startNumber = ordered ? Number.parseInt(first[2]!, 10) : 1;
	const attributes = ordered && startNumber !== 1 ? { start: String(startNumber) } : {};
	const tag = ordered ? 'ol' : 'ul';
	out.push(
		wrapHtml(tag, attributes, `\n${rendered.map((html) => `<li>${html}</li>`).join('\n')}\n`),
	);
	return i;
}

function splitRow(line: string): string[] {
	const trimmed = line
		.trim()
		.replace(/^\|/, '')
		.replace(/(?<!\\)\|$/, '');
	return trimmed.split(/(?<!\\)\|/).map((cell) => cell.trim().replaceAll('\\|', '|'));
}

/** A GitHub table; returns the line after it. */
function renderTable(
	lines: string[],
	start: number,
	out: string[],
	options: MarkdownOptions,
): number {
	const header = splitRow(lines[start]!);
	const align = splitRow(lines[start + 1]!).map((cell) =>
		cell.startsWith(':') && cell.endsWith(':')
			? 'center'
			: cell.endsWith(':')
				? 'right'
				: cell.startsWith(':')
					? 'left'
					: undefined,
	);
	const cell = (tag: string, text: string, column: number) =>
		wrapHtml(tag, { align: align[column] }, renderInline(text, options));
	let i = start + 2;
	const rows: string[] = [];
	while (i < lines.length && !isBlank(lines[i]!) && lines[i]!.includes('|')) {
		const cells = splitRow(lines[i]!);
		rows.push(`<tr>${header.map((_, c) => cell('td', cells[c] ?? '', c)).join('')}</tr>`);
		i++;
	}
	const head = `<thead><tr>${header.map((text, c) => cell('th', text, c)).join('')}</tr></thead>`;
	const body = rows.length > 0 ? `<tbody>${rows.join('')}</tbody>` : '';
	out.push(`<table>${head}${body}</table>`);
	return i;
}

/** Emphasis, strike-through and hard line breaks, in text already escaped. */
function emphasise(html: string): string {
	return html
		.replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '<strong>$2</strong>')
		.replace(/(?<![\w*])\*(?=\S)([\s\S]*?\S)\*(?!\*)/g, '<em>$1</em>')
		.replace(/(?<![\w_])_(?=\S)([\s\S]*?\S)_(?![\w_])/g, '<em>$1</em>')
		.replace(/~~(?=\S)([\s\S]*?\S)~~/g, '<del>$1</del>')
		.replace(/(?: {2,}|\\)\n/g, '<br>\n');
}

/**
 * Inline Markdown: code, escapes, links, images and autolinks are cut out first (their text is not
 * emphasis), the rest is escaped, then emphasis and line breaks are marked up.
 */
export function renderInline(text: string, options: MarkdownOptions = {}): string {
	const held: string[] = [];
	const hold = (html: string) => `${SLOT}${held.push(html) - 1}${SLOT}`;
	let rest = text.replaceAll(SLOT, '');
	rest = rest.replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, (_, __, code: string) =>
		hold(`<code>${escapeHtml(code.replace(/\n/g, ' ').replace(/^ (.*) $/, '$1'))}</code>`),
	);
	rest = rest.replace(/\\([!-/:-@[-`{-~])/g, (_, char: string) => hold(escapeHtml(char)));
	rest = rest.replace(
		/(!?)\[([^\]]*)\]\(\s*<?((?:[^\s()<>]|\([^\s()<>]*\))*)>?(?:\s+"([^"]*)")?\s*\)/g,
		(_, bang: string, label: string, url: string, title: string | undefined) => {
			if (bang) {
				const src = options.resolveImage?.(url) ?? getPreviewHref(url);
				return hold(src ? openTag('img', { src, alt: label, title }) : escapeHtml(label));
			}
			const href = getPreviewHref(url);
			const inner = emphasise(escapeHtml(label));
			return hold(href ? wrapHtml('a', { href, title }, inner) : inner);
		},
	);
	rest = rest.replace(/<((?:https?:\/\/|mailto:)[^\s<>]+)>/g, (whole, url: string) => {
		const href = getPreviewHref(url);
		return hold(href ? wrapHtml('a', { href }, escapeHtml(url)) : escapeHtml(whole));
	});
	let html = emphasise(escapeHtml(rest));
	// A link's label may hold code cut out before it: restore until nothing is held.
	const slot = new RegExp(`${SLOT}(\\d+)${SLOT}`, 'g');
	while (html.includes(SLOT)) html = html.replace(slot, (_, index: string) => held[Number(index)]!);
	return html;
}
