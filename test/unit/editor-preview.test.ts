import { afterEach, describe, expect, test } from 'vitest';
import { getLanguageI18n } from '../../src/i18n/page.ts';
import { renderMarkdown } from '../../src/lib/editor/preview-markdown.ts';
import { parseTag, renderPreviewBody, type PreviewText } from '../../src/lib/editor/preview-mdx.ts';
import {
	renderEntryPreview,
	renderKnownErrorFacts,
	renderTimeline,
	type EntryPreviewInput,
} from '../../src/lib/editor/preview-entry.ts';
import { renderNoticePreview } from '../../src/lib/editor/preview-notice.ts';
import { getPreviewHref } from '../../src/lib/editor/preview-html.ts';
import { getPageStylesheets, mergeStylesheets } from '../../src/lib/editor/preview-styles.ts';
import {
	registerPreviews,
	type PreviewCms,
	type PreviewTemplateProps,
} from '../../src/components/admin/preview.ts';

function getText(lang: string): PreviewText & { lang: string } {
	const i18n = getLanguageI18n(lang, { defaultLanguage: lang });
	return { lang, t: i18n.t, has: (key) => Object.hasOwn(i18n.catalog, key) };
}

// The sample portal's default language; dates read `24 November 2026`.
const en = getText('en-GB');
const body = (source: string) => renderPreviewBody(source, { text: en });

describe('Markdown in the preview', () => {
	test('headings, emphasis, code and links read as on the page', () => {
		expect(
			renderMarkdown('## Fix it\n\nSelect **Connect**, then *wait* and run `ipconfig /all`.'),
		).toBe(
			'<h2>Fix it</h2>\n<p>Select <strong>Connect</strong>, then <em>wait</em> and run <code>ipconfig /all</code>.</p>',
		);
		expect(renderMarkdown('See [the VPN article](/KB-1007) or <https://status.example.com>.')).toBe(
			'<p>See <a href="/KB-1007">the VPN article</a> or <a href="https://status.example.com/">https://status.example.com</a>.</p>',
		);
	});

	test('tight and loose lists, a numbered list from its first number', () => {
		expect(renderMarkdown('- one\n- two\n  more')).toBe(
			'<ul>\n<li>one</li>\n<li>two\nmore</li>\n</ul>',
		);
		expect(renderMarkdown('3. three\n\n4. four')).toBe(
			'<ol start="3">\n<li><p>three</p></li>\n<li><p>four</p></li>\n</ol>',
		);
	});

	test('tables, quotes, rules and code blocks', () => {
		expect(renderMarkdown('| Who | How |\n| --- | :-: |\n| Helpdesk | Call |')).toBe(
			'<table><thead><tr><th>Who</th><th align="center">How</th></tr></thead><tbody><tr><td>Helpdesk</td><td align="center">Call</td></tr></tbody></table>',
		);
		expect(renderMarkdown('> internet **broken**\n\n---')).toBe(
			'<blockquote><p>internet <strong>broken</strong></p></blockquote>\n<hr>',
		);
		expect(renderMarkdown('```sh\necho "<b>"\n```')).toBe(
			'<pre><code class="language-sh">echo &quot;&lt;b&gt;&quot;</code></pre>',
		);
	});

	test('a line break at two trailing spaces, and a backslash keeps a character as it is', () => {
		expect(renderMarkdown('first  \nsecond \\*not emphasis\\*')).toBe(
			'<p>first<br>\nsecond *not emphasis*</p>',
		);
	});

	test('HTML in the text shows as text: nothing from content runs in the preview', () => {
		const html = renderMarkdown(
			'Hi <script>alert(1)</script> <img src=x onerror="alert(2)">\n\n<iframe src="https://evil.example"></iframe>',
		);
		expect(html).not.toMatch(/<(script|img|iframe)/);
		expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
		expect(html).toContain('&lt;iframe src=&quot;https://evil.example&quot;&gt;&lt;/iframe&gt;');
	});

	test('a link that could run code loses its target, and keeps its words', () => {
		expect(renderMarkdown('[click](javascript:alert(1)) [data](data:text/html,x)')).not.toContain(
			'href',
		);
		expect(getPreviewHref('javascript:alert(1)')).toBeNull();
		expect(getPreviewHref('//evil.example/x')).toBeNull();
		expect(getPreviewHref('mailto:helpdesk@example.com')).toBe('mailto:helpdesk@example.com');
		expect(getPreviewHref('#step-sign-in')).toBe('#step-sign-in');
		expect(getPreviewHref('./screenshot.png')).toBe('./screenshot.png');
	});

	test('an image shows from the editor’s upload when it has one, with its alt text', () => {
		const resolveImage = (src: string) =>
			src === 'shot.png' ? 'blob:https://portal/1' : undefined;
		expect(renderMarkdown('![The sign-in page](shot.png)', { resolveImage })).toBe(
			'<p><img src="blob:https://portal/1" alt="The sign-in page"></p>',
		);
		expect(renderMarkdown('![x](javascript:alert(1))')).toBe('<p>x</p>');
	});
});

describe('MDX in the preview', () => {
	test('the portal’s components become its markup, their Markdown inside', () => {
		const html = body(
			'<Callout type="warning" title="Before you start">\n\nSave **your work**.\n\n</Callout>',
		);
		expect(html).toContain('<div class="kb-callout kb-callout--warning" role="note">');
		expect(html).toContain('<span class="kb-visually-hidden">Warning: </span>Before you start');
		expect(html).toContain('<div class="kb-callout__body"><p>Save <strong>your work</strong>.</p>');
	});

	test('a tag the portal does not know, an expression or an import shows as text', () => {
		const html = body(
			'import Evil from "./evil.js"\n\n<Evil onload="alert(1)">\n\nText\n\n</Evil>\n\n{alert(2)}\n\n<div onclick="alert(3)">x</div>',
		);
		expect(html).toContain('import Evil from &quot;./evil.js&quot;');
		expect(html).toContain('&lt;Evil onload=&quot;alert(1)&quot;&gt;');
		expect(html).toContain('{alert(2)}');
		expect(html).toContain('&lt;div onclick=&quot;alert(3)&quot;&gt;x&lt;/div&gt;');
		expect(html).not.toMatch(/<(Evil|div onclick)/);
	});

	test('a component in a code block is code, not a component', () => {
		expect(body('```mdx\n<Steps>\n```')).toBe(
			'<pre><code class="language-mdx">&lt;Steps&gt;</code></pre>',
		);
	});

	test('a tag left open while typing ends with the body; a stray closing tag is text', () => {
		expect(body('<Steps>\n<Step title="Open it">\n\nGo.')).toMatch(
			/^<ol class="kb-steps"><li class="kb-step" id="step-open-it">[\s\S]*<p>Go\.<\/p>[\s\S]*<\/li><\/ol>$/,
		);
		expect(body('</Callout>')).toBe('<p>&lt;/Callout&gt;</p>');
	});

	test('attributes: quoted, bare, or a plain string in braces; any other expression is text', () => {
		expect(parseTag('<Solution id="resend" title={"Send it again"} contact>')).toEqual({
			name: 'Solution',
			attrs: { id: 'resend', title: 'Send it again', contact: true },
			closing: false,
			selfClosing: false,
			rest: '',
		});
		expect(parseTag('<ErrorText text="a > b" />')?.attrs).toEqual({ text: 'a > b' });
		expect(parseTag('<Callout type={kind}>')).toBeNull();
		expect(body('<Callout type={kind}>')).toBe('<p>&lt;Callout type={kind}&gt;</p>');
	});

	test('a platform the portal does not name keeps its own name', () => {
		expect(body('<Platform os="beos">\n\nx\n\n</Platform>')).toContain(
			'<span class="kb-platform__label">beos</span>',
		);
		expect(body('<Platform os="ios">\n\nx\n\n</Platform>')).toContain(
			'<span class="kb-platform__label">iPhone and iPad</span>',
		);
	});
});

function knownError(
	data: Record<string, unknown>,
	now = '2026-11-24T12:00:00Z',
): EntryPreviewInput {
	return {
		collection: 'known-errors',
		text: en,
		now: new Date(now),
		data: {
			id: 'KE-0040',
			title: 'VPN drops',
			summary: 'The VPN drops.',
			status: 'workaround',
			severity: 'major',
			services: ['VPN'],
			firstSeen: '2026-11-18T07:45:00Z',
			updated: '2026-11-23',
			...data,
		},
	};
}

describe('a known error in the preview, as readers see it', () => {
	test('a next update not yet due, then overdue once the clock passes it', () => {
		const due = knownError({ nextUpdate: '2026-11-24T16:00:00Z' });
		expect(renderKnownErrorFacts(due)).toContain(
			'<div class="kb-facts__next-update" data-next-update="2026-11-24T16:00:00.000Z"><dt>Next update by</dt>',
		);
		const late = knownError({ nextUpdate: '2026-11-24T16:00:00Z' }, '2026-11-24T16:01:00Z');
		expect(renderKnownErrorFacts(late)).toContain(
			'<div class="kb-facts__next-update kb-facts__next-update--overdue" data-next-update="2026-11-24T16:00:00.000Z"><dt>Update overdue since</dt><dd><time datetime="2026-11-24T16:00:00.000Z">24 November 2026, 16:00 UTC</time></dd></div>',
		);
	});

	test('the status badge, and a resolved error without its next update or fix date', () => {
		expect(renderKnownErrorFacts(knownError({}))).toContain(
			'<span class="kb-badge kb-badge--status-workaround">Workaround available</span>',
		);
		const resolved = renderKnownErrorFacts(
			knownError(
				{
					status: 'resolved',
					resolvedAt: '2026-11-25T10:00:00Z',
					nextUpdate: '2026-11-24T16:00:00Z',
					fixEta: 'next Tuesday',
				},
				'2026-12-01T00:00:00Z',
			),
		);
		expect(resolved).toContain('<section class="kb-facts kb-facts--resolved"');
		expect(resolved).toContain(
			'<p class="kb-facts__resolved">Resolved on <time datetime="2026-11-25T10:00:00.000Z">25 November 2026, 10:00 UTC</time>.',
		);
		expect(resolved).not.toContain('overdue');
		expect(resolved).not.toContain('next Tuesday');
	});

	test('the timeline newest first, whatever order it is typed in', () => {
		const html = renderTimeline(
			knownError({
				updates: [
					{ at: '2026-11-18T09:20:00Z', status: 'investigating', note: 'Looking into it.' },
					{ at: '2026-11-21T11:00:00Z', note: 'Fix <soon>.' },
					{ at: '2026-11-19T10:30:00Z', status: 'workaround', note: 'Use London.' },
				],
			}),
		);
		const notes = [...html.matchAll(/<p>([^<]*)<\/p>/g)].map((match) => match[1]);
		expect(notes).toEqual(['Fix &lt;soon&gt;.', 'Use London.', 'Looking into it.']);
		expect(html).toContain('<h2 id="kb-timeline-heading">Updates, newest first</h2>');
	});

	test('values being typed show as typed, not as an error', () => {
		const html = renderKnownErrorFacts(knownError({ firstSeen: '2026-11-', status: 'fixed' }));
		expect(html).toContain('<dt>First seen</dt><dd>2026-11-</dd>');
		expect(html).toContain('<dt>Status</dt><dd>fixed</dd>');
		expect(renderTimeline(knownError({ updates: [{ note: 'Time not set yet' }] }))).toContain(
			'<p>Time not set yet</p>',
		);
	});

	test('the labels are the portal’s, in its default language', () => {
		const german = renderEntryPreview({
			...knownError({ nextUpdate: '2026-11-20T16:00:00Z' }),
			text: getText('de'),
		});
		const de = getLanguageI18n('de', { defaultLanguage: 'de' });
		expect(german).toContain(`<dt>${de.t('facts.updateOverdue')}</dt>`);
		expect(german).toContain(
			`<p class="kb-entry__eyebrow">${de.t('type.known-error')} KE-0040</p>`,
		);
		expect(german).toContain(de.t('status.workaround'));
	});

	test('the whole page: header, facts, body and timeline in the page’s order', () => {
		const html = renderEntryPreview(
			knownError({
				body: '## Workaround\n\n<Steps>\n<Step title="Pick London">\n\nDo it.\n\n</Step>\n</Steps>',
				updates: [{ at: '2026-11-19T10:30:00Z', note: 'Use London.' }],
			}),
		);
		const order = ['kb-entry__header', 'kb-facts ', 'kb-prose', 'kb-steps', 'kb-timeline'].map(
			(name) => html.indexOf(name),
		);
		expect(order.every((index) => index >= 0)).toBe(true);
		expect([...order].sort((a, b) => a - b)).toEqual(order);
		expect(html).toMatch(/^<main id="main"><div class="kb-container"><article class="kb-entry"/);
	});
});

describe('policies and notices in the preview', () => {
	test('a policy’s version and who supports what', () => {
		const html = renderEntryPreview({
			collection: 'policies',
			text: en,
			now: new Date(),
			data: {
				id: 'POL-001',
				version: '2.1',
				effective: '2026-09-01',
				supportMatrix: [{ topic: 'Email on your phone', who: 'helpdesk', how: 'Ask us' }],
			},
		});
		expect(html).toContain(
			'<p class="kb-policy-version">Version 2.1, in effect from <time datetime="2026-09-01T00:00:00.000Z">1 September 2026</time>.</p>',
		);
		expect(html).toContain(
			'<tr data-support-route="helpdesk"><th scope="row"><span>Email on your phone</span></th><td><span class="kb-route kb-route--helpdesk">IT helpdesk</span></td>',
		);
	});

	test('a notice as the status page lists it; its link to an entry is the short link', () => {
		const html = renderNoticePreview({
			text: en,
			data: {
				id: 'N-8',
				title: 'VPN slow',
				severity: 'degraded',
				starts: '2026-11-20T08:00:00Z',
				services: ['VPN'],
				message: 'Use <London>.',
				link: 'KE-0040',
			},
		});
		expect(html).toContain('<li class="kb-notice" data-notice-id="N-8"><h3>VPN slow</h3>');
		expect(html).toContain('Degraded service · VPN · from <time');
		expect(html).toContain('<p>Use &lt;London&gt;.</p>');
		expect(html).toContain('<a href="/KE-0040">Details</a>');
		expect(renderNoticePreview({ text: en, data: { link: 'javascript:alert(1)' } })).not.toContain(
			'href',
		);
	});
});

describe('registerPreviews', () => {
	const globals = globalThis as { h?: unknown };
	afterEach(() => {
		delete globals.h;
	});

	function createCms() {
		const styles: string[] = [];
		const templates = new Map<string, (props: PreviewTemplateProps) => unknown>();
		const cms: PreviewCms = {
			registerPreviewStyle: (style) => styles.push(style),
			registerPreviewTemplate: (name, component) => templates.set(name, component),
		};
		return { cms, styles, templates };
	}

	test('registers the portal’s stylesheets and a template for each collection', () => {
		const { cms, styles, templates } = createCms();
		registerPreviews(cms, { stylesheets: ['/_astro/entry.css'] });
		expect(styles).toEqual(['http://localhost/_astro/entry.css']);
		expect([...templates.keys()]).toEqual(['articles', 'known-errors', 'policies', 'notices']);
	});

	test('refuses a stylesheet from another host', () => {
		const { cms } = createCms();
		expect(() =>
			registerPreviews(cms, { stylesheets: ['https://cdn.example.com/portal.css'] }),
		).toThrow(
			"Preview stylesheet https://cdn.example.com/portal.css is not on the portal's own origin; serve it from the portal",
		);
	});

	test('a template gives Sveltia one element holding the escaped page, built by Sveltia’s own h', () => {
		const { cms, templates } = createCms();
		registerPreviews(cms, {
			stylesheets: [],
			language: 'en-GB',
			now: () => new Date('2026-11-25T00:00:00Z'),
		});
		const calls: unknown[][] = [];
		globals.h = (...args: unknown[]) => {
			calls.push(args);
			return { element: args };
		};
		const data = {
			id: 'KE-0040',
			title: 'VPN <drops>',
			status: 'monitoring',
			nextUpdate: '2026-11-24T16:00:00Z',
		};
		// Sveltia hands the form's values over as an Immutable map.
		templates.get('known-errors')!({ entry: { get: () => ({ toJS: () => data }) } });
		const [type, props] = calls[0] as [string, { dangerouslySetInnerHTML: { __html: string } }];
		expect(type).toBe('div');
		const html = props.dangerouslySetInnerHTML.__html;
		expect(html).toContain('<h1>VPN &lt;drops&gt;</h1>');
		expect(html).toContain('<dt>Update overdue since</dt>');
		expect(html).toContain('Fixed, monitoring');
	});

	test('says what is wrong when Sveltia is not loaded', () => {
		const { cms, templates } = createCms();
		registerPreviews(cms, { stylesheets: [] });
		expect(() => templates.get('articles')!({ entry: { get: () => ({}) } })).toThrow(
			'The preview needs Sveltia CMS loaded first',
		);
	});
});

describe('the stylesheets the preview links', () => {
	test('a built page’s own stylesheets, in its order, and nothing from another host', () => {
		const html = [
			'<link rel="stylesheet" href="/_astro/BaseLayout.C6rN2qCD.css">',
			'<link rel="icon" href="/favicon.svg">',
			'<link rel="stylesheet" href="https://cdn.example.com/x.css">',
			'<link rel="stylesheet" href="//cdn.example.com/y.css">',
			"<link href='/_astro/mdx.BZIGn2HA.css' rel='stylesheet'>",
		].join('');
		expect(getPageStylesheets(html)).toEqual([
			'/_astro/BaseLayout.C6rN2qCD.css',
			'/_astro/mdx.BZIGn2HA.css',
		]);
	});

	test('several pages’ stylesheets, each once, in the order they first appear', () => {
		expect(
			mergeStylesheets(
				['/_astro/base.css', '/_astro/ke.css'],
				['/_astro/base.css', '/_astro/pol.css'],
			),
		).toEqual(['/_astro/base.css', '/_astro/ke.css', '/_astro/pol.css']);
	});
});
