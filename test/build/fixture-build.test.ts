import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, describe, expect, test } from 'vitest';
import { getTranslate } from '../../src/i18n/index.ts';
import { buildPortal } from './build-portal.ts';

const root = new URL('../..', import.meta.url).pathname;
const outDirs: string[] = [];

afterAll(() => {
	for (const dir of outDirs) rmSync(dir, { recursive: true, force: true });
});

/** Builds the portal from a fixture's content folder into a temporary folder. */
function buildFixture(name: string, contentDir = `test/fixtures/${name}`) {
	const outDir = mkdtempSync(join(tmpdir(), `kb-build-${name}-`));
	outDirs.push(outDir);
	return buildPortal(contentDir, outDir);
}

describe('building from KB_CONTENT_DIR', () => {
	test('an invalid entry fails the build, naming the file, the field and what is allowed', () => {
		const build = buildFixture('invalid-entry');
		expect(build.status).not.toBe(0);
		expect(build.output).toContain(
			'test/fixtures/invalid-entry/known-errors/KE-0001-vpn-drops.mdx: status: "fixed" is not a status; use one of investigating, identified, workaround, fix-in-progress, monitoring, resolved (line 7)',
		);
		expect(build.output).toContain('has 1 error; nothing was built');
		expect(existsSync(join(build.outDir, 'index.html'))).toBe(false);
	});

	test('a valid fixture builds every page type from its own content', () => {
		const build = buildFixture('minimal');
		expect(build.status, build.output).toBe(0);
		const article = build.read('articles/connect-to-the-vpn/index.html');
		// GFM in MDX: tables and strikethrough.
		expect(article).toMatch(/<table>[\s\S]*<th>Gateway<\/th>/);
		expect(article).toContain('<del>Use the old client</del>');
		// Steps carry stable anchors; inside a platform block they carry the platform too.
		expect(article).toContain('id="step-open-the-client"');
		expect(article).toContain('id="step-sign-in"');
		expect(article).toContain('id="windows-step-open-the-client"');
		expect(article).toContain('class="kb-callout kb-callout--warning"');
		expect(article).toContain('<code>The network connection is unreachable</code>');
		expect(article).toContain('Fixture Help');
		const knownError = build.read('known-errors/vpn-drops/index.html');
		expect(knownError).toContain('Workaround available');
		expect(knownError.indexOf('Workaround found.')).toBeLessThan(
			knownError.indexOf('First reports.'),
		);
		expect(build.read('policies/devices/index.html')).toContain('Who supports what');
		expect(build.read('categories/vpn/index.html')).toContain('Connect to the VPN');
		// Short links in both cases and old slugs lead to the page.
		expect(build.read('KB-0001/index.html')).toContain('url=/articles/connect-to-the-vpn/');
		expect(build.read('kb-0001/index.html')).toContain('url=/articles/connect-to-the-vpn/');
		expect(build.read('articles/vpn-setup/index.html')).toContain(
			'url=/articles/connect-to-the-vpn/',
		);
		// Drafts are not built.
		expect(existsSync(join(build.outDir, 'articles/unfinished'))).toBe(false);
		expect(existsSync(join(build.outDir, 'KB-0002'))).toBe(false);
	});

	test('every kind of entry npm run new writes builds as it is', () => {
		const content = mkdtempSync(join(tmpdir(), 'kb-new-content-'));
		outDirs.push(content);
		cpSync(join(root, 'test/fixtures/minimal'), content, { recursive: true });
		for (const [kind, title] of [
			['article', 'Map a network drive'],
			['known-error', 'Teams calls drop'],
			['policy', 'Acceptable use'],
			['notice', 'Printer maintenance'],
		]) {
			const run = spawnSync(process.execPath, [join(root, 'scripts/new-entry.ts'), kind!, title!], {
				cwd: root,
				env: { ...process.env, KB_CONTENT_DIR: content },
				encoding: 'utf8',
			});
			expect(run.status, run.stderr).toBe(0);
		}
		const build = buildFixture('new-entries', content);
		expect(build.status, build.output).toBe(0);
		expect(build.read('articles/map-a-network-drive/index.html')).toContain('Map a network drive');
		expect(build.read('known-errors/teams-calls-drop/index.html')).toContain('Investigating');
		expect(build.read('policies/acceptable-use/index.html')).toContain('Acceptable use');
		expect(build.read('KB-0003/index.html')).toContain('url=/articles/map-a-network-drive/');
		expect(
			JSON.parse(build.read('status.json')).notices.map((n: { id: string }) => n.id),
		).toContain('N-2');
	});

	test('the known-issues feed of a portal whose default language is German is German', () => {
		const build = buildFixture('german-default');
		expect(build.status, build.output).toBe(0);
		const t = getTranslate('de');
		const xml = build.read('known-errors.xml');
		const { channel } = new XMLParser().parse(xml).rss as {
			channel: {
				title: string;
				description: string;
				language: string;
				item: Record<string, string>;
			};
		};
		expect(channel.language).toBe('de');
		expect(channel.title).toBe(t('feed.title', { portal: 'Fixture Hilfe' }));
		expect(channel.title).toBe('Fixture Hilfe: bekannte Probleme');
		expect(channel.description).toBe(t('feed.description', { organisation: 'Fixture GmbH' }));
		const status = t('status.workaround');
		expect(channel.item.title).toBe(`VPN bricht alle paar Minuten ab (${status})`);
		expect(channel.item.description).toContain(
			t('feed.facts', { status, severity: t('severity.major'), services: 'VPN' }),
		);
		expect(channel.item.description).toContain(
			t('feed.latestUpdate', { note: 'Workaround gefunden.' }),
		);
		// Nothing of the English catalog is left in it.
		const english = getTranslate('en');
		expect(xml).not.toContain(english('status.workaround'));
		expect(xml).not.toContain('Severity:');
	});
});
