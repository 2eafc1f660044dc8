import type { Translate } from '../../i18n/format.ts';
import type { MessageKey } from '../../i18n/en.ts';
import { getAnchorSlug } from '../ids.ts';
import {
	getStepAnchor,
	getTroubleshooterAnchor,
	resolveTroubleshooterHtml,
} from '../troubleshooter-html.ts';
import { escapeHtml, fillSlots, openTag, wrapHtml } from './preview-html.ts';
import { renderInline, renderMarkdown, type ImageResolver } from './preview-markdown.ts';

/*
 * An entry's MDX body as the editor's preview shows it: the components authors use
 * (src/components/mdx/) written as the same elements and classes the Astro components produce, so the
 * portal's own stylesheet styles them, and everything else as Markdown. A tag the portal does not know,
 * an expression or an import shows as the text it is. The markup is kept in step with the components
 * by test/unit/editor-preview-markup.test.ts.
 */

/** The portal's text in the language the preview is shown in. */
export interface PreviewText {
	t: Translate<MessageKey>;
	/** Whether the catalog has a key (a platform the portal does not know keeps its own name). */
	has(key: string): boolean;
}

export interface BodyOptions {
	text: PreviewText;
	resolveImage?: ImageResolver | undefined;
}

type Attrs = Record<string, string | true>;

interface Markdown {
	kind: 'markdown';
	lines: string[];
}

interface Element {
	kind: 'element';
	name: ComponentName;
	attrs: Attrs;
	children: Node[];
	/** Text after the opening tag on the same line (`<Answer to="x">Yes</Answer>`). */
	inline?: string;
}

type Node = Markdown | Element;

const COMPONENTS = [
	'Steps',
	'Step',
	'Callout',
	'Platforms',
	'Platform',
	'ErrorText',
	'Troubleshooter',
	'Check',
	'Answer',
	'Solution',
] as const;
type ComponentName = (typeof COMPONENTS)[number];

function isComponent(name: string): name is ComponentName {
	return (COMPONENTS as readonly string[]).includes(name);
}

interface Tag {
	name: string;
	attrs: Attrs;
	closing: boolean;
	selfClosing: boolean;
	/** What follows the tag on its line. */
	rest: string;
}

/**
 * A JSX tag at the start of a line, with string or bare attributes. An attribute given as an
 * expression keeps its text when it is a plain string (`title={"x"}`); any other expression makes the
 * line text, as the preview runs no code.
 */
export function parseTag(line: string): Tag | null {
	const head = /^\s*<(\/?)([A-Za-z][\w.]*)/.exec(line);
	if (!head) return null;
	const attrs: Attrs = {};
	let i = head[0].length;
	const skipSpace = () => {
		while (i < line.length && /\s/.test(line[i]!)) i++;
	};
	for (;;) {
		skipSpace();
		if (line.startsWith('/>', i) || line[i] === '>') break;
		const name = /^[A-Za-z_][\w:-]*/.exec(line.slice(i));
		if (!name) return null;
		i += name[0].length;
		skipSpace();
		if (line[i] !== '=') {
			attrs[name[0]] = true;
			continue;
		}
		i++;
		skipSpace();
		const quote = line[i];
		let value: string | undefined;
		if (quote === '"' || quote === "'") {
			const end = line.indexOf(quote, i + 1);
			if (end < 0) return null;
			value = line.slice(i + 1, end);
			i = end + 1;
		} else if (quote === '{') {
			const literal = /^\{\s*(["'])((?:(?!\1)[^\\]|\\.)*)\1\s*\}/.exec(line.slice(i));
			if (!literal) return null;
			value = literal[2]!.replace(/\\(.)/g, '$1');
			i += literal[0].length;
		} else return null;
		attrs[name[0]] = value;
	}
	const selfClosing = line.startsWith('/>', i);
	return {
		name: head[2]!,
		attrs,
		closing: head[1] === '/',
		selfClosing,
		rest: line.slice(i + (selfClosing ? 2 : 1)).trim(),
	};
}

/** The body as a tree of the portal's components around Markdown. */
export function parseBody(body: string): Node[] {
	const root: Node[] = [];
	const open: Element[] = [];
	const children = () => open.at(-1)?.children ?? root;
	const addLine = (line: string) => {
		const list = children();
		const last = list.at(-1);
		if (last?.kind === 'markdown') last.lines.push(line);
		else list.push({ kind: 'markdown', lines: [line] });
	};
	let fence: string | undefined;
	for (const line of body.replace(/\r\n?/g, '\n').split('\n')) {
		const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
		if (fence) {
			if (marker?.startsWith(fence)) fence = undefined;
			addLine(line);
			continue;
		}
		if (marker) fence = marker;
		const tag = marker ? null : parseTag(line);
		if (!tag || !isComponent(tag.name)) {
			addLine(line);
			continue;
		}
		if (tag.closing) {
			const depth = open.findLastIndex((element) => element.name === tag.name);
			// A closing tag with nothing to close is text, like any tag the portal does not know.
			if (depth < 0 || tag.rest) addLine(line);
			else open.length = depth;
			continue;
		}
		const element: Element = { kind: 'element', name: tag.name, attrs: tag.attrs, children: [] };
		children().push(element);
		if (tag.selfClosing) {
			if (tag.rest) addLine(tag.rest);
			continue;
		}
		const closer = `</${tag.name}>`;
		if (tag.rest.endsWith(closer)) {
			element.inline = tag.rest.slice(0, -closer.length);
			continue;
		}
		open.push(element);
		if (tag.rest) addLine(tag.rest);
	}
	return root;
}

interface Context extends BodyOptions {
	/** The troubleshooter the steps are in. */
	troubleshooter?: string | undefined;
}

/** The body of an entry, as HTML the portal's stylesheet styles as it does on the page. */
export function renderPreviewBody(body: string, options: BodyOptions): string {
	return renderNodes(parseBody(body), options);
}

function renderNodes(nodes: Node[], context: Context): string {
	return nodes
		.map((node) =>
			node.kind === 'markdown'
				? renderMarkdown(node.lines.join('\n'), context)
				: renderElement(node, context),
		)
		.filter(Boolean)
		.join('\n');
}

function text(attrs: Attrs, name: string): string | undefined {
	const value = attrs[name];
	return typeof value === 'string' ? value : undefined;
}

function renderElement(element: Element, context: Context): string {
	const { t, has } = context.text;
	const { attrs } = element;
	const inner = () =>
		element.inline === undefined
			? renderNodes(element.children, context)
			: renderInline(element.inline, context);
	switch (element.name) {
		case 'Steps':
			return wrapHtml('ol', { class: 'kb-steps' }, inner());
		case 'Step':
			return renderStep(text(attrs, 'title') ?? '', text(attrs, 'id'), inner(), t);
		case 'Callout':
			return renderCallout(text(attrs, 'type'), text(attrs, 'title'), inner(), t);
		case 'Platforms':
			return wrapHtml('kb-platforms', { class: 'kb-platforms' }, inner());
		case 'Platform': {
			const os = text(attrs, 'os') ?? '';
			const key = `platform.${os}`;
			const label = has(key) ? t(key as MessageKey) : os;
			// As Platform.astro does: a step's anchor gets the platform, so two platforms' steps differ.
			const body = inner()
				.replaceAll('id="step-', `id="${escapeHtml(os)}-step-`)
				.replaceAll('href="#step-', `href="#${escapeHtml(os)}-step-`)
				.replaceAll('for="step-', `for="${escapeHtml(os)}-step-`);
			const yours = wrapHtml(
				'span',
				{
					class: 'kb-platform__yours',
					'data-your-device': true,
					'data-pagefind-ignore': true,
					hidden: true,
				},
				escapeHtml(t('mdx.platform.yours')),
			);
			const summary = `<summary>${wrapHtml('span', { class: 'kb-platform__label' }, escapeHtml(label))}${yours}</summary>`;
			return wrapHtml(
				'details',
				{ class: 'kb-platform', 'data-os': os, open: true },
				`${summary}${wrapHtml('div', { class: 'kb-platform__body' }, body)}`,
			);
		}
		case 'ErrorText':
			return renderErrorText(text(attrs, 'text') ?? '', t);
		case 'Troubleshooter': {
			const id = text(attrs, 'id') ?? '';
			const anchor = getTroubleshooterAnchor(id);
			const steps = resolveTroubleshooterHtml(
				renderNodes(element.children, { ...context, troubleshooter: id }),
				id,
				t('troubleshooter.start'),
			);
			const heading = wrapHtml(
				'h2',
				{ id: `${anchor}-title` },
				escapeHtml(text(attrs, 'title') ?? ''),
			);
			const section = wrapHtml(
				'section',
				{
					class: 'kb-ts',
					id: anchor,
					'data-troubleshooter': id,
					'aria-labelledby': `${anchor}-title`,
				},
				`${heading}${steps}`,
			);
			return wrapHtml('kb-troubleshooter', {}, section);
		}
		case 'Check':
			return renderCheck(element, inner(), context);
		case 'Answer': {
			const to = text(attrs, 'to') ?? '';
			const href = `#${getStepAnchor(context.troubleshooter ?? '', to)}`;
			return `<li>${wrapHtml('a', { class: 'kb-ts__answer', href, 'data-to': to }, inner())}</li>`;
		}
		case 'Solution':
			return renderSolution(element, inner(), context);
	}
}

function renderStep(title: string, id: string | undefined, body: string, t: Translate<MessageKey>) {
	const anchor = `step-${getAnchorSlug(id ?? title)}`;
	const link = wrapHtml(
		'a',
		{ class: 'kb-step__link', href: `#${anchor}`, 'data-pagefind-ignore': true },
		`${wrapHtml('span', { class: 'kb-visually-hidden' }, escapeHtml(t('mdx.step.link', { title })))}<span aria-hidden="true">#</span>`,
	);
	const heading = wrapHtml(
		'p',
		{ class: 'kb-step__title' },
		`<strong>${escapeHtml(title)}</strong>${link}`,
	);
	const done = wrapHtml(
		'p',
		{ class: 'kb-step__done', 'data-pagefind-ignore': true },
		`${openTag('input', { type: 'checkbox', id: `${anchor}-done`, 'data-step-done': true })}${wrapHtml(
			'label',
			{ for: `${anchor}-done` },
			`${escapeHtml(t('mdx.step.done'))}${wrapHtml('span', { class: 'kb-visually-hidden' }, escapeHtml(t('mdx.step.doneFor', { title })))}`,
		)}`,
	);
	return wrapHtml(
		'li',
		{ class: 'kb-step', id: anchor },
		`${heading}${wrapHtml('div', { class: 'kb-step__body' }, body)}${done}`,
	);
}

const CALLOUT_NAMES = {
	info: 'mdx.callout.info',
	warning: 'mdx.callout.warning',
	danger: 'mdx.callout.danger',
} as const;

function renderCallout(
	type: string | undefined,
	title: string | undefined,
	body: string,
	t: Translate<MessageKey>,
) {
	const kind =
		type && Object.hasOwn(CALLOUT_NAMES, type) ? (type as keyof typeof CALLOUT_NAMES) : 'info';
	const name = t(CALLOUT_NAMES[kind]);
	const heading = title
		? `${wrapHtml('span', { class: 'kb-visually-hidden' }, `${escapeHtml(t('mdx.callout.label', { type: name }))} `)}${escapeHtml(title)}`
		: escapeHtml(name);
	return wrapHtml(
		'div',
		{ class: `kb-callout kb-callout--${kind}`, role: 'note' },
		`${wrapHtml('p', { class: 'kb-callout__title' }, heading)}${wrapHtml('div', { class: 'kb-callout__body' }, body)}`,
	);
}

/** An error message as ErrorText.astro shows it; its copy button stays hidden, as without scripts. */
export function renderErrorText(message: string, t: Translate<MessageKey>): string {
	const copy = wrapHtml(
		'kb-copy',
		{ 'data-text': message, 'data-pagefind-ignore': true },
		`${wrapHtml('button', { type: 'button', class: 'kb-button kb-button--small', hidden: true }, escapeHtml(t('copy.label')))}${wrapHtml('span', { class: 'kb-visually-hidden', 'data-copy-status': true, 'aria-live': 'polite' }, '')}`,
	);
	return wrapHtml('div', { class: 'kb-error-text' }, `<code>${escapeHtml(message)}</code>${copy}`);
}

function renderCheck(element: Element, answers: string, context: Context) {
	const { t } = context.text;
	const id = text(element.attrs, 'id') ?? '';
	const why = text(element.attrs, 'why');
	const question = wrapHtml(
		'h3',
		{ class: 'kb-ts__question' },
		escapeHtml(text(element.attrs, 'question') ?? ''),
	);
	const reason = why
		? wrapHtml(
				'p',
				{ class: 'kb-ts__why' },
				`${wrapHtml('span', { class: 'kb-ts__why-label' }, escapeHtml(t('troubleshooter.why')))} ${escapeHtml(why)}`,
			)
		: '';
	return wrapHtml(
		'div',
		{
			class: 'kb-ts__step kb-ts__check',
			id: getStepAnchor(context.troubleshooter ?? '', id),
			'data-step': id,
			'data-kind': 'check',
		},
		`${question}${reason}${wrapHtml('ul', { class: 'kb-ts__answers' }, answers)}`,
	);
}

/** `{handoff}` in a message of the catalog, as a link to the page's "Still stuck?" form. */
function linkHandoff(message: string, label: string): string {
	return fillSlots(message, {
		handoff: wrapHtml('a', { href: '#kb-handoff-heading' }, escapeHtml(label)),
	});
}

function renderSolution(element: Element, body: string, context: Context) {
	const { t } = context.text;
	const id = text(element.attrs, 'id') ?? '';
	const contact = element.attrs.contact !== undefined;
	const troubleshooter = context.troubleshooter ?? '';
	const next = contact
		? wrapHtml(
				'p',
				{ class: 'kb-ts__contact' },
				linkHandoff(t('troubleshooter.contact'), t('troubleshooter.contact.handoff')),
			)
		: wrapHtml(
				'p',
				{ class: 'kb-ts__solved' },
				linkHandoff(t('troubleshooter.solved'), t('troubleshooter.solved.handoff')),
			);
	const restart = `<p>${wrapHtml('a', { class: 'kb-ts__restart', href: `#${getTroubleshooterAnchor(troubleshooter)}` }, escapeHtml(t('troubleshooter.restart')))}</p>`;
	return wrapHtml(
		'div',
		{
			class: 'kb-ts__step kb-ts__solution',
			id: getStepAnchor(troubleshooter, id),
			'data-step': id,
			'data-kind': 'solution',
			'data-contact': contact,
		},
		`${wrapHtml('h3', { class: 'kb-ts__title' }, escapeHtml(text(element.attrs, 'title') ?? ''))}${wrapHtml('div', { class: 'kb-ts__body' }, body)}${wrapHtml('div', { class: 'kb-ts__next', 'data-pagefind-ignore': true, 'data-ts-static': true }, `${next}${restart}`)}`,
	);
}
