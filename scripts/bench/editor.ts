import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, type Browser } from '@playwright/test';
import { answerFolderPicker, seedLocalRepository } from '../../test/local-repository.ts';
import type { Meter } from './browser.ts';

/** What the browser editor at /admin/ costs: bytes on the wire and the wait for a form to edit. */
export interface EditorCost {
	/** Gzip bytes (as the server sent them) of every file /admin/ loaded until its form was ready. */
	gzipBytes: number;
	files: number;
	/** Milliseconds from opening /admin/ to the sign-in screen (the editor loaded and configured). */
	readyMs: number;
	/** Milliseconds from opening /admin/ to an entry's form, its title editable (local repository). */
	formMs: number;
}

/** Every file of a folder as [path inside it, text]. */
function readTree(dir: string): Array<[string, string]> {
	return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
		.filter((item) => item.isFile())
		.map((item) => {
			const path = join(item.parentPath, item.name);
			return [relative(dir, path), readFileSync(path, 'utf8')];
		});
}

/**
 * Opens /admin/ in a fresh profile on a local copy of `contentDir` ("Work with Local Repository", the
 * folder picker answered with an origin-private folder seeded before the clock starts), then opens the
 * first known error. Counts what the server sent from the first request to the editable form.
 */
export async function measureEditor(
	browser: Browser,
	meter: Meter,
	base: string,
	contentDir: string,
): Promise<EditorCost> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	try {
		await answerFolderPicker(page);
		const files = [
			// The corpus is written as plain Markdown (`.md`, for Starlight); the editor opens the portal's
			// entry files, `.mdx`, and Markdown is valid in them.
			...readTree(contentDir).map(
				([path, text]) => [`content/${path.replace(/\.md$/, '.mdx')}`, text] as const,
			),
			['.git/HEAD', 'ref: refs/heads/main\n'] as const,
		];
		// Seeded from the portal's light favicon, so none of the editor is cached before the clock starts.
		await page.goto(new URL('/favicon.svg', base).href);
		await seedLocalRepository(page, files);
		meter.reset();
		const start = performance.now();
		await page.goto(new URL('/admin/', base).href);
		const local = page.getByRole('button', { name: 'Work with Local Repository' });
		await local.waitFor({ timeout: 120_000 });
		const readyMs = performance.now() - start;
		await local.click();
		const first = page.getByRole('gridcell', { name: /^KE-\d+:/ }).first();
		// A click that comes before the editor has settled is lost: click again.
		await expect(async () => {
			await page.getByRole('treeitem', { name: /^Known errors/ }).click({ timeout: 120_000 });
			await first.waitFor({ timeout: 5_000 });
		}).toPass({ timeout: 120_000 });
		await first.click();
		await page.getByRole('textbox', { name: 'Title', exact: true }).first().waitFor();
		const formMs = performance.now() - start;
		await page.waitForLoadState('networkidle');
		// The editor's own files: the content is read from the local folder, not the server.
		const sent = meter.sent.filter((s) => s.path === '/admin/' || s.path.startsWith('/_astro/'));
		return {
			gzipBytes: sent.reduce((sum, s) => sum + s.bytes, 0),
			files: sent.length,
			readyMs,
			formMs,
		};
	} finally {
		await context.close();
	}
}
