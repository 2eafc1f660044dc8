import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getViteConfig } from 'astro/config';
import { createServer, type ViteDevServer } from 'vite';
import { getLanguageI18n } from '../../src/i18n/page.ts';
import { renderPreviewBody, type PreviewText } from '../../src/lib/editor/preview-mdx.ts';
import { renderKnownErrorFacts, renderTimeline } from '../../src/lib/editor/preview-entry.ts';

/**
 * The editor's preview writes the portal's MDX components itself (src/lib/editor/preview-mdx.ts), so
 * the portal's stylesheet styles them as on the page. Here each Astro component is rendered with
 * Astro's container API and its elements, classes, ids, links and words are compared with the
 * preview's: a change to a component that the preview does not follow fails here.
 */

const i18n = getLanguageI18n('en', { defaultLanguage: 'en' });
const text: PreviewText = {
	t: i18n.t,
	has: (key) => Object.hasOwn(i18n.catalog, key),
};

let server: ViteDevServer;
let container: AstroContainer;

beforeAll(async () => {
	// The components are compiled as the build compiles them: through Astro's own Vite plugins.
	const config = await getViteConfig({
		logLevel: 'silent',
		optimizeDeps: { noDiscovery: true, include: [] },
		server: { middlewareMode: true, hmr: false, ws: false },
	})({ mode: 'test', command: 'serve' });
	server = await createServer({ ...config, configFile: false });
	container = await AstroContainer.create();
}, 120_000);

afterAll(async () => {
	await server?.close();
});

/** Renders `src/components/<path>.astro` as a page would, with its slot given as HTML. */
async function renderComponent(
	path: string,
	props: Record<string, unknown>,
	slot?: string,
): Promise<string> {
	const module = (await server.ssrLoadModule(`/src/components/${path}.astro`)) as {
		default: Parameters<AstroContainer['renderToString']>[0];
	};
	return container.renderToString(module.default, {
		props,
		slots: slot === undefined ? {} : { default: slot },
		locals: { i18n } as unknown as App.Locals,
	});
}

const ATTRIBUTES = [
	'class',
	'id',
	'href',
	'for',
	'role',
	'type',
	'hidden',
	'open',
	'data-os',
	'data-step',
	'data-kind',
	'data-to',
	'data-contact',
	'data-text',
	'data-troubleshooter',
	'aria-labelledby',
	'aria-hidden',
];

function decode(text: string): string {
	return text
		.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
		.replace(/&#x([\da-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
		.replaceAll('&quot;', '"')
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>')
		.replaceAll('&amp;', '&');
}

/**
 * What a reader's page and its stylesheet depend on: each element with the attributes that style or
 * link it, and the words between them. Scripts (the page loads the custom elements' code) and the
 * copy button's messages for its script are left out: the preview runs no script.
 */
function getStructure(html: string): string[] {
	const tokens: string[] = [];
	const source = html.replace(/<script\b[\s\S]*?<\/script>/g, '');
	// An attribute value may hold `>` (Astro leaves it as it is there): a tag ends outside quotes.
	for (const part of source.split(/(<(?:[^>"']|"[^"]*"|'[^']*')+>)/)) {
		if (!part.startsWith('<')) {
			const words = decode(part).replace(/\s+/g, ' ').trim();
			if (words) tokens.push(`"${words}"`);
			continue;
		}
		const tag = /^<(\/?)([\w-]+)([\s\S]*?)\/?>$/.exec(part);
		if (!tag) continue;
		if (tag[1]) {
			tokens.push(`/${tag[2]}`);
			continue;
		}
		const attrs = [...tag[3]!.matchAll(/([\w:-]+)(?:="([^"]*)")?/g)]
			.filter((match) => ATTRIBUTES.includes(match[1]!))
			.map((match) => `${match[1]}=${decode(match[2] ?? '')}`)
			.sort();
		tokens.push(`${tag[2]}${attrs.length ? `[${attrs.join(' ')}]` : ''}`);
	}
	// Words split by tags compare as one text: `Note: ` + `title` reads as `Note: title`.
	return tokens.reduce<string[]>((merged, token) => {
		const last = merged.at(-1);
		if (token.startsWith('"') && last?.startsWith('"'))
			merged[merged.length - 1] = `${last.slice(0, -1)} ${token.slice(1)}`;
		else merged.push(token);
		return merged;
	}, []);
}

function preview(body: string): string[] {
	return getStructure(renderPreviewBody(body, { text }));
}

describe('the preview writes the MDX components as the portal does', () => {
	test('a step, and steps around it', async () => {
		const step = await renderComponent(
			'mdx/Step',
			{ title: 'Open Settings' },
			'<p>Select the gear.</p>',
		);
		expect(preview('<Step title="Open Settings">\n\nSelect the gear.\n\n</Step>')).toEqual(
			getStructure(step),
		);
		// The comparison sees what a stylesheet sees, not an empty list that matches anything.
		expect(getStructure(step)).toContain('li[class=kb-step id=step-open-settings]');
		const steps = await renderComponent('mdx/Steps', {}, step);
		expect(
			preview('<Steps>\n<Step title="Open Settings">\n\nSelect the gear.\n\n</Step>\n</Steps>'),
		).toEqual(getStructure(steps));
	});

	test('a step with its own anchor', async () => {
		const step = await renderComponent(
			'mdx/Step',
			{ title: 'Sign in', id: 'Sign in again' },
			'<p>x</p>',
		);
		expect(preview('<Step title="Sign in" id="Sign in again">\n\nx\n\n</Step>')).toEqual(
			getStructure(step),
		);
	});

	test.each([
		[{}, '<Callout>'],
		[{ type: 'warning' }, '<Callout type="warning">'],
		[
			{ type: 'danger', title: 'Before you start' },
			'<Callout type="danger" title="Before you start">',
		],
		[{ type: 'tip' }, '<Callout type="tip">'],
	])('a callout with %o', async (props, opening) => {
		const callout = await renderComponent('mdx/Callout', props, '<p>Save your work first.</p>');
		expect(preview(`${opening}\n\nSave your work first.\n\n</Callout>`)).toEqual(
			getStructure(callout),
		);
	});

	test('platforms, whose steps take the platform into their anchors', async () => {
		const step = await renderComponent('mdx/Step', { title: 'Open Settings' }, '<p>x</p>');
		const windows = await renderComponent('mdx/Platform', { os: 'windows' }, step);
		const other = await renderComponent('mdx/Platform', { os: 'beos' }, '<p>y</p>');
		const platforms = await renderComponent('mdx/Platforms', {}, `${windows}${other}`);
		expect(
			preview(
				[
					'<Platforms>',
					'<Platform os="windows">',
					'<Step title="Open Settings">',
					'',
					'x',
					'',
					'</Step>',
					'</Platform>',
					'<Platform os="beos">',
					'',
					'y',
					'',
					'</Platform>',
					'</Platforms>',
				].join('\n'),
			),
		).toEqual(getStructure(platforms));
	});

	test('an error message', async () => {
		const error = await renderComponent('mdx/ErrorText', {
			text: 'Error 0x8007016A: "cloud" <file>',
		});
		expect(preview('<ErrorText text=\'Error 0x8007016A: "cloud" <file>\' />')).toEqual(
			getStructure(error),
		);
	});

	test('a troubleshooter, its checks, answers and solutions', async () => {
		const yes = await renderComponent('mdx/Answer', { to: 'resend' }, 'Yes');
		const no = await renderComponent('mdx/Answer', { to: 'helpdesk' }, 'No');
		const check = await renderComponent(
			'mdx/Check',
			{
				id: 'display',
				question: 'Does the printer show your name?',
				why: 'It tells us the job arrived.',
			},
			`${yes}${no}`,
		);
		const resend = await renderComponent(
			'mdx/Solution',
			{ id: 'resend', title: 'Send the job again' },
			'<p>Print it again.</p>',
		);
		const helpdesk = await renderComponent(
			'mdx/Solution',
			{ id: 'helpdesk', title: 'The printer needs a technician', contact: true },
			'<p>We send someone.</p>',
		);
		const troubleshooter = await renderComponent(
			'mdx/Troubleshooter',
			{ id: 'no-printout', title: 'Nothing comes out of the printer' },
			`${check}${resend}${helpdesk}`,
		);
		const body = [
			'<Troubleshooter id="no-printout" title="Nothing comes out of the printer">',
			'<Check id="display" question="Does the printer show your name?" why="It tells us the job arrived.">',
			'<Answer to="resend">Yes</Answer>',
			'<Answer to="helpdesk">No</Answer>',
			'</Check>',
			'<Solution id="resend" title="Send the job again">',
			'',
			'Print it again.',
			'',
			'</Solution>',
			'<Solution id="helpdesk" title="The printer needs a technician" contact>',
			'',
			'We send someone.',
			'',
			'</Solution>',
			'</Troubleshooter>',
		].join('\n');
		expect(preview(body)).toEqual(getStructure(troubleshooter));
	});
});

describe('the preview writes a known error as its page does', () => {
	const data = {
		id: 'KE-0040',
		status: 'workaround',
		severity: 'major',
		services: ['VPN', 'Outlook'],
		firstSeen: '2026-11-18T07:45:00Z',
		fixEta: 'GlobalProtect 6.3.2',
		nextUpdate: '2030-11-24T16:00:00Z',
		problemRef: 'PRB0012345',
		symptoms: ['VPN drops every few minutes'],
		errorMessages: ['The gateway is unresponsive'],
		updates: [
			{ at: '2026-11-18T09:20:00Z', status: 'investigating', note: 'We are investigating.' },
			{ at: '2026-11-19T10:30:00Z', status: 'workaround', note: 'Choose London by hand.' },
		],
	};
	const input = {
		collection: 'known-errors' as const,
		data,
		text: { ...text, lang: 'en' },
		now: new Date('2026-11-20T00:00:00Z'),
	};
	const asDates = {
		...data,
		firstSeen: new Date(data.firstSeen),
		nextUpdate: new Date(data.nextUpdate),
		updates: data.updates.map((update) => ({ ...update, at: new Date(update.at) })),
	};

	test('its facts', async () => {
		const facts = await renderComponent('KnownErrorFacts', { data: asDates });
		expect(getStructure(renderKnownErrorFacts(input))).toEqual(getStructure(facts));
	});

	test('its timeline, newest first', async () => {
		const timeline = await renderComponent('Timeline', { updates: asDates.updates });
		expect(getStructure(renderTimeline(input))).toEqual(getStructure(timeline));
	});
});
