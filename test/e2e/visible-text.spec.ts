import type { Page } from '@playwright/test';
import { LANGUAGE_PAGE_TYPES, PAGE_TYPES, VIEWPORTS, expect, test } from './fixtures.ts';

/**
 * What a person reads on a phone: no words run together where markup meets text ("again.What",
 * "wrong?(a few words)") and no brackets inside brackets ("(Monday to Friday (UK time))"), on every
 * page type in every language of the sample portal, after the page's scripts have run.
 */

interface TextProblem {
	kind: 'joined' | 'nested brackets';
	/** The text either side of the join, "…again.|What…", or the line with the nested bracket. */
	text: string;
}

/**
 * Runs in the page. Walks the visible text nodes in document order and reports:
 * - two runs that a reader sees as one word: in the same inline flow (the nearest ancestor whose
 *   `display` is not `inline` or `contents`, so a block, a flex item or an inline-block separates),
 *   with no rendered whitespace or `<br>` between them, the first ending in a letter, digit or
 *   `.?!:,;)` and the second starting with a letter, digit or `(`, and either on different lines (a soft
 *   wrap hides the join only at this width) or touching on the same line (a margin, padding or a CSS
 *   `::before` separator leaves a visible gap, which is not a join);
 * - a `(` opened while another is still open in the same inline flow.
 * Text a reader does not see (hidden, or clipped to a pixel for screen readers) is skipped.
 */
function findTextProblems(): TextProblem[] {
	/**
	 * Where text meets an element by design, within one word, never a missing space. Each entry says why.
	 */
	const SAME_WORD_BY_DESIGN = new Set([
		// Search results highlight the matched part of a word: "<mark>vpn</mark>s".
		'MARK',
		// An abbreviation's expansion is its title; the element wraps letters that belong to the sentence.
		'ABBR',
	]);
	/** Text that is not prose: code may nest brackets and glue tokens ("f(g(x))", "a.b"). */
	const NOT_PROSE = new Set(['CODE', 'KBD', 'SAMP', 'PRE', 'VAR']);
	/** Text that is never laid out as text on the page. */
	const SKIPPED = new Set([
		'SCRIPT',
		'STYLE',
		'NOSCRIPT',
		'TEMPLATE',
		'SELECT',
		'OPTION',
		'TEXTAREA',
	]);

	const blockCache = new Map<Element, Element>();
	/** The element whose inline flow the text is in. */
	const flowOf = (element: Element): Element => {
		const cached = blockCache.get(element);
		if (cached) return cached;
		const display = getComputedStyle(element).display;
		const flow =
			(display === 'inline' || display === 'contents') && element.parentElement
				? flowOf(element.parentElement)
				: element;
		blockCache.set(element, flow);
		return flow;
	};
	const hiddenCache = new Map<Element, boolean>();
	/** Not seen: not rendered, or clipped to a pixel (the visually-hidden pattern for screen readers). */
	const isUnseen = (element: Element): boolean => {
		const cached = hiddenCache.get(element);
		if (cached !== undefined) return cached;
		let unseen = !element.checkVisibility({ visibilityProperty: true });
		if (!unseen) {
			const style = getComputedStyle(element);
			const box = element.getBoundingClientRect();
			unseen =
				(style.overflow === 'hidden' ||
					style.getPropertyValue('clip') !== 'auto' ||
					style.clipPath !== 'none') &&
				(box.width <= 1 || box.height <= 1);
		}
		if (!unseen && element.parentElement) unseen = isUnseen(element.parentElement);
		hiddenCache.set(element, unseen);
		return unseen;
	};
	const isWithin = (node: Node, names: Set<string>) => {
		for (let el = node.parentElement; el; el = el.parentElement)
			if (names.has(el.tagName)) return true;
		return false;
	};
	/** The box of one character of a text node. */
	const charBox = (node: Text, index: number) => {
		const range = document.createRange();
		range.setStart(node, index);
		range.setEnd(node, index + 1);
		return range.getBoundingClientRect();
	};

	interface Run {
		node: Text;
		flow: Element;
	}
	const problems: TextProblem[] = [];
	let previous: Run | undefined;
	/** Whitespace, a line break or an element that is not text lies between `previous` and the next run. */
	let separated = true;
	const walker = document.createTreeWalker(
		document.body,
		NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT,
		{
			acceptNode: (node) =>
				node instanceof Element && (SKIPPED.has(node.tagName) || node instanceof SVGElement)
					? NodeFilter.FILTER_REJECT
					: NodeFilter.FILTER_ACCEPT,
		},
	);
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		if (node instanceof Element) {
			// A line break, an image or a form control stands between two runs of text.
			if (['BR', 'IMG', 'INPUT', 'HR'].includes(node.tagName) && !isUnseen(node)) separated = true;
			continue;
		}
		const text = node as Text;
		const parent = text.parentElement;
		if (!parent || isUnseen(parent)) continue;
		const data = text.data;
		if (data.trim() === '') {
			separated = true;
			continue;
		}
		const run: Run = { node: text, flow: flowOf(parent) };
		if (previous && !separated && previous.flow === run.flow && !/^\s/.test(data)) {
			const before = previous.node.data;
			const sameWord =
				(isWithin(previous.node, SAME_WORD_BY_DESIGN) || isWithin(text, SAME_WORD_BY_DESIGN)) &&
				/[\p{L}\p{N}]$/u.test(before) &&
				/^[\p{L}\p{N}]/u.test(data);
			const code = isWithin(previous.node, NOT_PROSE) || isWithin(text, NOT_PROSE);
			if (
				/[\p{L}\p{N}.?!:,;)]$/u.test(before) &&
				/^[\p{L}\p{N}(]/u.test(data) &&
				!sameWord &&
				!code
			) {
				const end = charBox(previous.node, before.length - 1);
				const start = charBox(text, 0);
				const sameLine = start.top < end.bottom && end.top < start.bottom;
				// A gap narrower than a thin space is no gap; a margin or a CSS separator is wider.
				const touching = start.left - end.right < 2;
				if (!sameLine || touching)
					problems.push({
						kind: 'joined',
						text: `…${before.trimStart().slice(-20)}|${data.trimEnd().slice(0, 20)}…`,
					});
			}
		}
		previous = run;
		separated = /\s$/.test(data);
	}

	// Brackets in brackets, per inline flow, as the reader sees the flow's text.
	const flows = new Map<Element, string>();
	const textWalker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
	for (let node = textWalker.nextNode(); node; node = textWalker.nextNode()) {
		const parent = node.parentElement;
		if (!parent || isUnseen(parent) || isWithin(node, SKIPPED) || isWithin(node, NOT_PROSE))
			continue;
		if (parent.closest('svg')) continue;
		const flow = flowOf(parent);
		flows.set(flow, `${flows.get(flow) ?? ''}${(node as Text).data}`);
	}
	for (const text of flows.values()) {
		let depth = 0;
		for (const char of text) {
			if (char === '(' && depth > 0) {
				problems.push({ kind: 'nested brackets', text: text.replace(/\s+/g, ' ').trim() });
				break;
			}
			if (char === '(') depth++;
			if (char === ')') depth = Math.max(0, depth - 1);
		}
	}
	return problems;
}

async function checkPage(page: Page, path: string): Promise<string[]> {
	await page.goto(path, { waitUntil: 'networkidle' });
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	const problems = await page.evaluate(findTextProblems);
	return problems.map((problem) => `${path}: ${problem.kind}: ${problem.text}`);
}

const phone = VIEWPORTS.find((viewport) => viewport.name === 'phone')!;
const LANGUAGES = [
	{ lang: 'en', paths: PAGE_TYPES.map((pageType) => pageType.path as string) },
	...[...new Set(LANGUAGE_PAGE_TYPES.map((pageType) => pageType.lang))].map((lang) => ({
		lang,
		paths: LANGUAGE_PAGE_TYPES.filter((pageType) => pageType.lang === lang).map(
			(pageType) => pageType.path,
		),
	})),
];

test.describe('visible text on a phone', () => {
	test.use({ viewport: { width: phone.width, height: phone.height } });
	for (const { lang, paths } of LANGUAGES) {
		test(`${lang}: no words run together and no brackets in brackets, on every page type`, async ({
			page,
		}) => {
			test.setTimeout(90_000);
			const problems: string[] = [];
			for (const path of paths) problems.push(...(await checkPage(page, path)));
			expect(problems).toEqual([]);
		});
	}
});
