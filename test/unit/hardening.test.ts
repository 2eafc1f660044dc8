import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { formatProblem } from '../../src/lib/content/problem.ts';
import {
	formatHeadersFile,
	formatNginxHeaders,
	hashesInPage,
	headerPolicy,
} from '../../src/lib/content-security-policy.ts';
import { originsOf, outboundUrls } from '../../src/lib/service-urls.ts';
import { getAnchorSlug } from '../../src/lib/ids.ts';
import { findHiddenCharacters, isScriptUrl, unsafeMarkup } from '../../src/lib/unsafe-content.ts';
import { parseHeadersFile } from '../../scripts/serve.ts';

const SITE =
	'portalName: IT Help\norganisation: Example Ltd\nhelpdeskEmail: helpdesk@example.com\n';
const CATEGORIES = 'accounts:\n  title: Accounts\n  description: Passwords and sign-in.\n';

let dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
	dirs = [];
});

/** Checks a content folder holding one article with `frontmatter` lines and `body`. */
function checkArticle(frontmatter: string, body: string) {
	const dir = mkdtempSync(join(tmpdir(), 'kb-hostile-'));
	dirs.push(dir);
	const files = {
		'site.yaml': SITE,
		'categories.yaml': CATEGORIES,
		'articles/KB-1001-reset.mdx': `---\nid: KB-1001\ncategory: accounts\nupdated: 2026-11-01\n${frontmatter}---\n${body}`,
	};
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	const report = checkContent(dir, { cwd: dir });
	return {
		errors: report.problems.filter((p) => p.level === 'error').map(formatProblem),
		warnings: report.problems.filter((p) => p.level === 'warning').map(formatProblem),
		entries: report.entries,
	};
}

const PLAIN = 'title: Reset your password\nsummary: Reset it yourself.\n';

describe('hostile content is refused with the file, field and line', () => {
	test('a right-to-left override in a title is an error at its field and character', () => {
		const { errors } = checkArticle(
			'title: "Invoice \u202Efdp.exe"\nsummary: Open it.\n',
			'\nBody.\n',
		);
		expect(errors).toEqual([
			'articles/KB-1001-reset.mdx: title: has an invisible right-to-left override (U+202E) at character 9: it makes text display in a different order than it reads; delete it (line 5)',
		]);
	});

	test('a zero-width space inside an alias is an error naming the alias', () => {
		const { errors } = checkArticle(`${PLAIN}aliases: ["pass\u200Bword"]\n`, '\nBody.\n');
		expect(errors).toHaveLength(1);
		expect(errors[0]).toContain(
			'aliases.0: has an invisible zero-width space (U+200B) at character 5',
		);
	});

	test('in the body, direction controls are errors and zero-width characters warnings, with their line', () => {
		const { errors, warnings } = checkArticle(
			PLAIN,
			'\nFirst line.\n\nRun `abc\u202Edef`.\n\nCopy 0x80\u200B070005.\n',
		);
		expect(errors).toEqual([
			expect.stringMatching(/body: has an invisible right-to-left override .* \(line 11\)$/),
		]);
		expect(warnings).toEqual([
			expect.stringMatching(/body: has an invisible zero-width space .* \(line 13\)$/),
		]);
	});

	test('raw HTML that runs code, clobbers the page or links to script is refused line by line', () => {
		const { errors } = checkArticle(
			PLAIN,
			[
				'',
				'<img name="currentScript" src="x.png" />',
				'<img src="x" onerror="alert(1)" />',
				'<script>alert(1)</script>',
				'[Click](javascript:alert(1))',
				'[Click](&#106;avascript:alert(1))',
				'<a href=" JaVa\tScRiPt:alert(1)">x</a>',
				'<iframe src="https://example.com"></iframe>',
				'',
			].join('\n'),
		);
		expect(errors.join('\n')).toMatchInlineSnapshot(`
			"articles/KB-1001-reset.mdx: body: name="currentScript" on <img> is not allowed: it can replace the page's own objects; headings get their own anchors (line 9)
			articles/KB-1001-reset.mdx: body: <img src="x.png"> is not published with the page: write it in Markdown, ![alt text](x.png), so the build optimises it and gives it its size (line 9)
			articles/KB-1001-reset.mdx: body: the onerror attribute on <img> would run code; remove it (line 10)
			articles/KB-1001-reset.mdx: body: <img src="x"> is not published with the page: write it in Markdown, ![alt text](x), so the build optimises it and gives it its size (line 10)
			articles/KB-1001-reset.mdx: body: <script> is not allowed in content: it could run code or change the page; use Markdown or a component (line 11)
			articles/KB-1001-reset.mdx: body: the link javascript:alert(1) would run code; links must be addresses (line 12)
			articles/KB-1001-reset.mdx: body: the link &#106;avascript:alert(1) would run code; links must be addresses (line 13)
			articles/KB-1001-reset.mdx: body: the link  JaVa	ScRiPt:alert(1) would run code; links must be addresses (line 14)
			articles/KB-1001-reset.mdx: body: <iframe> is not allowed in content: it could run code or change the page; use Markdown or a component (line 15)"
		`);
	});

	test('HTML written inside code is text for the reader, not markup', () => {
		const { errors } = checkArticle(
			PLAIN,
			'\nType `<script>alert(1)</script>` to see.\n\n```\n<img onerror=x>\n```\n',
		);
		expect(errors).toEqual([]);
	});

	test('titles holding markup are allowed: they are text and are escaped when shown', () => {
		const { errors, entries } = checkArticle(
			'title: "Printer says <img src=x onerror=alert(1)> offline"\nsummary: "</script><b>bold</b>"\n',
			'\nBody.\n',
		);
		expect(errors).toEqual([]);
		expect(entries[0]?.data.title).toBe('Printer says <img src=x onerror=alert(1)> offline');
	});

	test('an empty body is an error unless the entry is a draft', () => {
		expect(checkArticle(PLAIN, '\n\n{/* to do */}\n').errors).toEqual([
			'articles/KB-1001-reset.mdx: body: is empty: write what the reader should do below the frontmatter, or set draft: true until it is ready (line 8)',
		]);
		expect(checkArticle(`${PLAIN}draft: true\n`, '').errors).toEqual([]);
	});

	test('a file with a byte-order mark and Windows line endings reads like any other', () => {
		const dir = mkdtempSync(join(tmpdir(), 'kb-crlf-'));
		dirs.push(dir);
		mkdirSync(join(dir, 'articles'));
		writeFileSync(join(dir, 'site.yaml'), `\uFEFF${SITE.replace(/\n/g, '\r\n')}`);
		writeFileSync(join(dir, 'categories.yaml'), CATEGORIES.replace(/\n/g, '\r\n'));
		writeFileSync(
			join(dir, 'articles/KB-1001-reset.mdx'),
			`\uFEFF---\nid: KB-1001\ncategory: accounts\nupdated: 2026-11-01\n${PLAIN}---\n\nBody.\n`.replace(
				/\n/g,
				'\r\n',
			),
		);
		const report = checkContent(dir, { cwd: dir });
		expect(report.problems.map(formatProblem)).toEqual([]);
		expect(report.entries[0]?.data.title).toBe('Reset your password');
	});
});

describe('unsafe content rules', () => {
	test.each([
		['javascript:alert(1)', true],
		['JAVASCRIPT:alert(1)', true],
		['\u0001javascript:alert(1)', true],
		['java&#x09;script:alert(1)', true],
		['javascript&colon;alert(1)', true],
		['vbscript:msgbox', true],
		['data:text/html,<script>alert(1)</script>', true],
		['https://example.com/javascript:', false],
		['/articles/javascript-errors/', false],
		['mailto:helpdesk@example.com', false],
		['data:image/png;base64,AAAA', false],
	])('isScriptUrl(%j) is %s', (url, expected) => {
		expect(isScriptUrl(url)).toBe(expected);
	});

	test('components may carry props but not event handlers; ordinary HTML passes', () => {
		expect(unsafeMarkup('<Callout type="warning">Careful</Callout>')).toEqual([]);
		expect(unsafeMarkup('Press <kbd>Ctrl</kbd> + <kbd>Alt</kbd>.')).toEqual([]);
		expect(unsafeMarkup('<Callout onClick="go()">x</Callout>')).toEqual([
			'the onClick attribute on <Callout> would run code; remove it',
		]);
	});

	test('hidden characters are found with their position and kind', () => {
		expect(findHiddenCharacters('a\u202Eb\u200Dc')).toEqual([
			{ kind: 'direction', name: 'right-to-left override (U+202E)', column: 2 },
			{ kind: 'zero-width', name: 'zero-width joiner (U+200D)', column: 4 },
		]);
		expect(findHiddenCharacters('plain text, émoji 🙂 and عربى')).toEqual([]);
	});
});

describe('security headers', () => {
	const page = `<head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-AAA=' 'sha256-BBB='; style-src 'self' 'sha256-CCC='"></head>`;

	test('reads the hashes a built page allows, and none from a page without a policy', () => {
		expect(hashesInPage(page)).toEqual({
			scripts: ['sha256-AAA=', 'sha256-BBB='],
			styles: ['sha256-CCC='],
		});
		expect(hashesInPage('<head></head>')).toBeNull();
	});

	test('the header policy joins every page’s hashes, forbids framing and allows only the outbound origins', () => {
		const origins = originsOf(
			outboundUrls(
				{
					portalName: 'IT Help',
					organisation: 'Example',
					helpdeskEmail: 'helpdesk@example.com',
					handoff: { mode: 'webhook', url: 'https://tickets.example.com/intake?token=1' },
					statusUrl: '/status.json',
					feedbackUrl: 'https://feedback.example.com/vote',
				} as Parameters<typeof outboundUrls>[0],
				{},
			),
		);
		expect(origins).toEqual(['https://feedback.example.com', 'https://tickets.example.com']);
		const policy = headerPolicy(
			origins,
			['sha256-BBB=', 'sha256-AAA=', 'sha256-AAA='],
			['sha256-CCC='],
		);
		expect(policy).toContain(
			"connect-src 'self' https://feedback.example.com https://tickets.example.com;",
		);
		expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-AAA=' 'sha256-BBB=';");
		expect(policy).toContain("frame-ancestors 'none'");
		expect(policy).not.toContain('unsafe-inline');
	});

	test('the content-gap events add only their relay’s origin, and only when set', () => {
		const site = {
			handoff: { mode: 'mailto', email: 'a@example.com' },
		} as Parameters<typeof outboundUrls>[0];
		expect(originsOf(outboundUrls(site, {}))).toEqual([]);
		expect(
			originsOf(outboundUrls({ ...site, analyticsUrl: 'https://relay.example.com/events' }, {})),
		).toEqual(['https://relay.example.com']);
		expect(
			originsOf(outboundUrls(site, { KB_ANALYTICS_URL: 'http://127.0.0.1:8787/events' })),
		).toEqual(['http://127.0.0.1:8787']);
	});

	test('KB_HANDOFF_URL overrides the webhook of site.yaml', () => {
		const site = { handoff: { mode: 'mailto', email: 'a@example.com' } } as Parameters<
			typeof outboundUrls
		>[0];
		expect(outboundUrls(site, { KB_HANDOFF_URL: 'http://127.0.0.1:4466/intake' }).handoff).toBe(
			'http://127.0.0.1:4466/intake',
		);
		expect(outboundUrls(site, {}).handoff).toBeUndefined();
	});

	test('_headers reads back as the same headers; nginx always sends them, even on errors', () => {
		const policy = headerPolicy([], ['sha256-AAA='], []);
		const rules = parseHeadersFile(formatHeadersFile(policy));
		expect(rules[0]?.pattern).toBe('/*');
		expect(Object.fromEntries(rules[0]!.headers)).toMatchObject({
			'Content-Security-Policy': policy,
			'X-Content-Type-Options': 'nosniff',
			'Referrer-Policy': 'strict-origin-when-cross-origin',
		});
		expect(rules[1]).toEqual({
			pattern: '/_astro/*',
			headers: [['Cache-Control', 'public, max-age=31536000, immutable']],
		});
		const nginx = formatNginxHeaders(policy);
		expect(nginx).toContain(`add_header Content-Security-Policy "${policy}" always;`);
		for (const line of nginx.split('\n').filter((l) => l.startsWith('add_header'))) {
			expect(line).toMatch(/ always;$/);
		}
	});
});

describe('step anchors', () => {
	test('a title in any script gets an anchor of its own; Latin titles keep their slug', () => {
		expect(getAnchorSlug('Open Settings')).toBe('open-settings');
		expect(getAnchorSlug('Café & Wi-Fi')).toBe('cafe-and-wi-fi');
		expect(getAnchorSlug('Откройте настройки')).toBe('откройте-настройки');
		expect(getAnchorSlug('Άνοιγμα ρυθμίσεων')).toBe('άνοιγμα-ρυθμίσεων');
		const emoji = getAnchorSlug('🔌🔋');
		expect(emoji).toMatch(/^[a-z0-9]+$/);
		expect(getAnchorSlug('🔌🔋')).toBe(emoji);
		expect(getAnchorSlug('🔋🔌')).not.toBe(emoji);
	});
});
