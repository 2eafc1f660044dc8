import { describe, expect, test } from 'vitest';
import { parseHeadersFile } from '../../scripts/serve.ts';
import {
	formatHeadersFile,
	formatNginxHeaders,
	headerPolicy,
	ownHeaderPolicy,
	pagePolicy,
} from '../../src/lib/content-security-policy.ts';
import { removeCdnFontFaces } from '../../src/lib/editor/cdn-fonts.ts';
import { findRepositoryRoot, getPreviewPages } from '../../src/lib/editor/page-input.ts';
import { getEditorDirectives, getGitApiOrigins } from '../../src/lib/editor/policy.ts';
import {
	getPathsToDrop,
	getTranslatedFromChanges,
	toDateText,
} from '../../src/lib/editor/save-hooks.ts';

describe('the editor’s policy', () => {
	test('the git host’s API origin: apiRoot first, else the public host of the backend', () => {
		expect(getGitApiOrigins(undefined)).toEqual([]);
		expect(getGitApiOrigins({ backend: 'github' })).toEqual(['https://api.github.com']);
		expect(getGitApiOrigins({ backend: 'gitlab' })).toEqual(['https://gitlab.com']);
		expect(getGitApiOrigins({ backend: 'gitea' })).toEqual([]);
		expect(
			getGitApiOrigins({ backend: 'gitea', apiRoot: 'https://git.example.com/api/v1' }),
		).toEqual(['https://git.example.com']);
		expect(getGitApiOrigins({ backend: 'gitlab', apiRoot: 'not a url' })).toEqual([]);
	});

	test('adds blob: workers, frames, images and uploads and the git host, never unsafe-eval', () => {
		const directives = getEditorDirectives(['https://git.example.com']);
		// blob:: an uploaded screenshot is read back from its blob: address before it is saved.
		expect(directives).toContain("connect-src 'self' data: blob: https://git.example.com");
		expect(directives).toContain("worker-src 'self' blob:");
		expect(directives).toContain("frame-src 'self' blob:");
		expect(directives.join(';')).not.toMatch(/unsafe-eval|\*/);
	});

	test('the page’s header policy is its <meta> policy plus frame-ancestors', () => {
		const html = `<meta http-equiv="content-security-policy" content="default-src 'self';worker-src 'self' blob:; script-src 'self' 'sha256-A='; style-src 'self' 'unsafe-inline' ;">`;
		expect(ownHeaderPolicy(pagePolicy(html)!)).toBe(
			"default-src 'self'; worker-src 'self' blob:; script-src 'self' 'sha256-A='; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'",
		);
	});
});

describe('headers for /admin/ on real hosts', () => {
	const portal = headerPolicy([], ['sha256-AAA='], []);
	const admin = {
		folder: '/admin/',
		policy: "default-src 'self'; style-src 'unsafe-inline'",
		noindex: true,
	};

	test('_headers: /admin/* detaches the portal’s policy and sends its own, with noindex', () => {
		const rules = parseHeadersFile(formatHeadersFile(portal, [admin]));
		expect(rules[0]?.pattern).toBe('/*');
		expect(rules.at(-1)).toEqual({
			pattern: '/admin/*',
			detach: ['Content-Security-Policy'],
			headers: [
				['Content-Security-Policy', admin.policy],
				['X-Robots-Tag', 'noindex'],
			],
		});
		// Without pages of their own, the file is as before.
		expect(formatHeadersFile(portal, [])).toBe(formatHeadersFile(portal));
	});

	test('nginx: the policy is chosen by path, still always sent', () => {
		const nginx = formatNginxHeaders(portal, [admin]);
		expect(nginx).toContain(`set $kb_csp "${portal}";`);
		expect(nginx).toContain(`if ($uri ~ "^/admin/") { set $kb_csp "${admin.policy}";`);
		expect(nginx.match(/add_header Content-Security-Policy/g)).toHaveLength(1);
		for (const line of nginx.split('\n').filter((l) => l.startsWith('add_header')))
			expect(line).toMatch(/ always;$/);
	});
});

describe('what the editor’s configuration is made from', () => {
	test('the repository root is the nearest folder with .git', () => {
		const git = new Set(['/work/repo']);
		expect(findRepositoryRoot('/work/repo/content', (d) => git.has(d))).toBe('/work/repo');
		expect(findRepositoryRoot('/work/repo', (d) => git.has(d))).toBe('/work/repo');
		expect(findRepositoryRoot('/tmp/x/content', () => false)).toBeNull();
	});
});

describe('the preview’s stylesheets come from one reader’s page per collection', () => {
	test('the first entry of each folder, translations aside; an empty folder adds none', async () => {
		const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
		const { tmpdir } = await import('node:os');
		const { join } = await import('node:path');
		const dir = mkdtempSync(join(tmpdir(), 'kb-preview-'));
		mkdirSync(join(dir, 'articles/de'), { recursive: true });
		mkdirSync(join(dir, 'known-errors'));
		writeFileSync(join(dir, 'articles/KB-1002-locked.mdx'), '');
		writeFileSync(join(dir, 'articles/KB-1001-reset.mdx'), '');
		writeFileSync(join(dir, 'articles/de/KB-1000-aaa.mdx'), '');
		writeFileSync(join(dir, 'known-errors/KE-0040-vpn.mdx'), '');
		expect(getPreviewPages(dir)).toEqual(['/articles/reset/', '/known-errors/vpn/']);
	});
});

describe('translatedFrom on save', () => {
	test('dates as the editor holds them', () => {
		expect(toDateText('2026-11-23')).toBe('2026-11-23');
		expect(toDateText(new Date('2026-11-23T00:00:00Z'))).toBe('2026-11-23');
		expect(toDateText('')).toBeUndefined();
		expect(toDateText(undefined)).toBeUndefined();
	});

	test('a new translation gets the source’s updated; an existing one and empty languages do not', () => {
		expect(
			getTranslatedFromChanges({
				data: { id: 'KB-1004', updated: '2026-10-27' },
				i18n: {
					de: { data: { id: 'KB-1004', title: 'Authenticator auf ein neues Handy' } },
					pl: { data: { id: 'KB-1004', title: '', tags: null, translatedFrom: '' } },
					el: { data: { id: 'KB-1004', title: 'Κάτι', translatedFrom: '' } },
					lv: { data: { title: 'x', translatedFrom: '2026-01-01' } },
				},
			}),
		).toEqual([
			['de', '2026-10-27'],
			['el', '2026-10-27'],
		]);
	});

	test('nothing without a source date', () => {
		expect(
			getTranslatedFromChanges({ data: { id: 'KB-1' }, i18n: { de: { data: { title: 'x' } } } }),
		).toEqual([]);
	});
});

describe('what the save hook drops', () => {
	test('is dropped wherever the switch wrote it; true stays', () => {
		expect(
			getPathsToDrop({
				data: { draft: false },
				i18n: { de: { data: { draft: true } }, pl: { data: { draft: false } }, lv: {} },
			}),
		).toEqual([
			['data', 'draft'],
			['i18n', 'pl', 'data', 'draft'],
		]);
	});

	test('a translatedFrom typed on the source entry; translations keep theirs', () => {
		expect(
			getPathsToDrop({
				data: { id: 'KB-1001', translatedFrom: '2026-11-05' },
				i18n: { de: { data: { translatedFrom: '2026-11-05' } } },
			}),
		).toEqual([['data', 'translatedFrom']]);
	});
});

describe('the editor bundle loads no font from a CDN', () => {
	test('the CDN @font-face rules go, the rest stays', () => {
		const css = `a{}
  @font-face {font-family:'Source Sans 3';font-weight:200 900;src:url(https://cdn.jsdelivr.net/fontsource/fonts/source-sans-3:vf@5.3.0/latin-wght-normal.woff2)
      format('woff2-variations');unicode-range:U+0000-00FF;size-adjust:110%;
  }
  @font-face {font-family:'Own';src:url(/fonts/own.woff2)}.b{}`;
		const { code, removed } = removeCdnFontFaces(css);
		expect(removed).toBe(1);
		expect(code).not.toContain('cdn.jsdelivr.net');
		expect(code).toContain("@font-face {font-family:'Own';src:url(/fonts/own.woff2)}.b{}");
		expect(code.startsWith('a{}')).toBe(true);
	});
});

describe('scripts/serve.ts serves /admin/ as a host would', () => {
	test('its own policy and noindex there, the portal’s everywhere else', async () => {
		const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
		const { tmpdir } = await import('node:os');
		const { join } = await import('node:path');
		const { createStaticServer } = await import('../../scripts/serve.ts');
		const root = mkdtempSync(join(tmpdir(), 'kb-serve-'));
		mkdirSync(join(root, 'admin'));
		writeFileSync(join(root, 'index.html'), '<p>home</p>');
		writeFileSync(join(root, 'admin/index.html'), '<p>editor</p>');
		const portal = headerPolicy([], [], []);
		const admin = { folder: '/admin/', policy: "style-src 'self' 'unsafe-inline'", noindex: true };
		writeFileSync(join(root, '_headers'), formatHeadersFile(portal, [admin]));
		const server = createStaticServer({ root });
		await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
		const { port } = server.address() as { port: number };
		try {
			const editor = await fetch(`http://127.0.0.1:${port}/admin/`);
			expect(editor.headers.get('content-security-policy')).toBe(admin.policy);
			expect(editor.headers.get('x-robots-tag')).toBe('noindex');
			expect(editor.headers.get('x-content-type-options')).toBe('nosniff');
			const home = await fetch(`http://127.0.0.1:${port}/`);
			expect(home.headers.get('content-security-policy')).toBe(portal);
			expect(home.headers.get('x-robots-tag')).toBeNull();
		} finally {
			server.close();
		}
	});
});
