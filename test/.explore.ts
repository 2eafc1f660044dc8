import { chromium } from '@playwright/test';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createStaticServer } from '/work/wt/editor-admin/scripts/serve.ts';
import { CHROMIUM_LAUNCH_OPTIONS } from '/work/wt/editor-admin/test/browser.ts';

const server = createStaticServer({ root: '/work/wt/editor-admin/test/.build/sample' });
await new Promise<void>((r) => server.listen(4399, '127.0.0.1', () => r()));
const files: Array<[string, string]> = [];
const walk = (dir: string) => { for (const n of readdirSync(dir)) { const p = join(dir, n); if (statSync(p).isDirectory()) walk(p); else files.push([relative('/work/wt/editor-admin', p), readFileSync(p, 'utf8')]); } };
walk('/work/wt/editor-admin/content');
files.push(['.git/HEAD', 'ref: refs/heads/main\n'], ['.git/config', '[core]\n\trepositoryformatversion = 0\n']);
const browser = await chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
page.on('console', (m) => console.log('console', m.type(), m.text().slice(0, 300)));
page.on('request', (r) => { if (!r.url().startsWith('http://127.0.0.1:4399') && !r.url().startsWith('blob:') && !r.url().startsWith('data:')) console.log('OUTSIDE', r.url()); });
await page.addInitScript(() => {
	document.addEventListener('securitypolicyviolation', (e) => console.log('CSPV', e.violatedDirective, e.blockedURI));
	(window as any).showDirectoryPicker = async () => (await navigator.storage.getDirectory()).getDirectoryHandle('repo');
});
await page.goto('http://127.0.0.1:4399/');
await page.evaluate(async (files) => {
	const root = await navigator.storage.getDirectory();
	const repo = await root.getDirectoryHandle('repo', { create: true });
	for (const [path, text] of files) {
		const parts = path.split('/');
		let dir = repo;
		for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
		const file = await dir.getFileHandle(parts.at(-1)!, { create: true });
		const w = await file.createWritable(); await w.write(text); await w.close();
	}
}, files);
const t0 = Date.now();
await page.goto('http://127.0.0.1:4399/admin/');
await page.waitForTimeout(4000);
await page.screenshot({ path: '/tmp/ea/1.png' });
console.log((await page.locator('body').innerText()).slice(0, 1000));
const btn = page.getByRole('button', { name: /local repository/i });
await btn.click();
await page.waitForTimeout(5000);
console.log('t', Date.now() - t0);
await page.getByRole('treeitem', { name: /^Articles/ }).click(); await page.getByRole('gridcell', { name: /^KB-1004:/ }).click(); await page.waitForTimeout(1500);
console.log('SNAP1', (await page.locator('body').ariaSnapshot()).slice(0, 2500));
await page.getByRole('radio', { name: /^German/ }).first().click(); await page.waitForTimeout(1500);
await page.getByRole('button', { name: /^Enable.*German/ }).click(); await page.waitForTimeout(1500); await page.screenshot({ path: '/tmp/ea/de.png' });
console.log('SNAP2', (await page.locator('body').ariaSnapshot()).slice(0, 6000));
console.log((await page.locator('body').innerText()).slice(0, 1500));
await browser.close(); server.close();

