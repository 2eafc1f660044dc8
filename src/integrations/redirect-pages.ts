import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
	REDIRECT_PAGES_FILE,
	REDIRECT_TEMPLATE_FOLDER,
	fillRedirectPage,
	type RedirectPage,
} from '../lib/redirect-page.ts';

/** Files written at once: each waits on the disk far longer than on the CPU. */
const WRITERS = 8;

/**
 * Writes every redirect page (short links, old slugs) from its language's template page once the build
 * has rendered the templates (src/lib/redirect-page.ts): the built site is the same as with one
 * rendered page per redirect, at a fraction of the cost. Creating 2,000 folders and files waits on the
 * disk for 0.3 to 1 s on a busy machine, so `write` starts it and `written`, which goes before anything
 * that reads every page (the security headers), waits for it: the search index, which only reads the
 * entries' pages, is built meanwhile.
 */
export function redirectPages(): Record<'write' | 'written', AstroIntegration> {
	let writing: Promise<{ pages: number; ms: number }> | undefined;
	return {
		write: {
			name: 'kb:redirect-pages',
			hooks: {
				// Not import.meta.env.DEV: a build run with NODE_ENV=test (as Vitest's fixture builds are) is
				// still a build, whose pages this integration writes.
				'astro:config:setup': ({ command, updateConfig }) => {
					if (command === 'build') {
						updateConfig({ vite: { define: { 'import.meta.env.KB_REDIRECT_TEMPLATES': 'true' } } });
					}
				},
				'astro:build:done': ({ dir }) => {
					writing = writeRedirectPages(fileURLToPath(dir));
					// Failures surface in `written`; until then the promise must not count as unhandled.
					writing.catch(() => undefined);
				},
			},
		},
		written: {
			name: 'kb:redirect-pages-written',
			hooks: {
				'astro:build:done': async ({ logger }) => {
					if (!writing)
						throw new Error('kb:redirect-pages-written needs kb:redirect-pages before it');
					const { pages, ms } = await writing;
					logger.info(`${pages} redirect pages written in ${ms} ms`);
				},
			},
		},
	};
}

async function writeRedirectPages(out: string): Promise<{ pages: number; ms: number }> {
	const started = performance.now();
	const listFile = join(out, REDIRECT_PAGES_FILE);
	const pages: RedirectPage[] = JSON.parse(readFileSync(listFile, 'utf8'));
	const templates = new Map<string, string>();
	for (const page of pages) {
		if (!templates.has(page.template)) {
			templates.set(page.template, readFileSync(join(out, page.template, 'index.html'), 'utf8'));
		}
	}
	// The templates and the list go first, so nothing reading the site meanwhile finds them. Every
	// language has a template, also one without redirects.
	for (const item of readdirSync(out, { withFileTypes: true })) {
		if (item.isDirectory()) {
			rmSync(join(out, item.name, REDIRECT_TEMPLATE_FOLDER), { recursive: true, force: true });
		}
	}
	rmSync(join(out, REDIRECT_TEMPLATE_FOLDER), { recursive: true, force: true });
	rmSync(listFile);
	let next = 0;
	const writer = async () => {
		while (next < pages.length) {
			const page = pages[next++]!;
			const folder = join(out, page.from);
			await mkdir(folder, { recursive: true });
			await writeFile(
				join(folder, 'index.html'),
				fillRedirectPage(templates.get(page.template)!, page),
			);
		}
	};
	await Promise.all(Array.from({ length: WRITERS }, writer));
	return { pages: pages.length, ms: Math.round(performance.now() - started) };
}
