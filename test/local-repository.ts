import type { Page } from '@playwright/test';

/**
 * The browser editor's "Work with Local Repository" in a test or the bench: the browser's folder picker
 * is the one thing stood in for. It hands over an origin-private folder, `repo`, which the caller fills
 * with a copy of the repository first.
 */

/** Makes the page's folder picker answer with the origin-private folder `repo` (before any script runs). */
export async function answerFolderPicker(page: Page): Promise<void> {
	await page.addInitScript(() => {
		Object.assign(window, {
			showDirectoryPicker: async () =>
				(await navigator.storage.getDirectory()).getDirectoryHandle('repo'),
		});
	});
}

/** Fills the origin-private folder `repo` with `files` (path from the repository's root, text). */
export async function seedLocalRepository(
	page: Page,
	files: ReadonlyArray<readonly [string, string]>,
): Promise<void> {
	await page.evaluate(async (files) => {
		const storage = await navigator.storage.getDirectory();
		await storage.removeEntry('repo', { recursive: true }).catch(() => {});
		const top = await storage.getDirectoryHandle('repo', { create: true });
		for (const [path, text] of files) {
			const parts = path.split('/');
			let dir = top;
			for (const part of parts.slice(0, -1))
				dir = await dir.getDirectoryHandle(part, { create: true });
			const writable = await (
				await dir.getFileHandle(parts.at(-1)!, { create: true })
			).createWritable();
			await writable.write(text);
			await writable.close();
		}
	}, files);
}
