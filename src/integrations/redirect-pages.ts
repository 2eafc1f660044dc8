import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import {
	REDIRECT_PAGES_FILE,
	REDIRECT_TEMPLATE_FOLDER,
	fillRedirectPage,
	type RedirectPage,
} from '../lib/redirect-page.ts';

/**
 * Writes every redirect page (short links, old slugs) from its language's template page once the build
 * has rendered the templates, then removes the templates and the list: the built site is the same as
 * with one rendered page per redirect, at a fraction of the cost (src/lib/redirect-page.ts). Runs
 * before anything that reads the built pages (search index, security headers).
 */
export function redirectPages(): AstroIntegration {
	return {
		name: 'kb:redirect-pages',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const listFile = join(out, REDIRECT_PAGES_FILE);
				const pages: RedirectPage[] = JSON.parse(readFileSync(listFile, 'utf8'));
				const templates = new Map<string, string>();
				for (const page of pages) {
					let template = templates.get(page.template);
					if (template === undefined) {
						template = readFileSync(join(out, page.template, 'index.html'), 'utf8');
						templates.set(page.template, template);
					}
					const folder = join(out, page.from);
					mkdirSync(folder, { recursive: true });
					writeFileSync(join(folder, 'index.html'), fillRedirectPage(template, page));
				}
				// Every language has a template, also one without redirects.
				for (const item of readdirSync(out, { withFileTypes: true })) {
					if (!item.isDirectory()) continue;
					rmSync(join(out, item.name, REDIRECT_TEMPLATE_FOLDER), { recursive: true, force: true });
				}
				rmSync(join(out, REDIRECT_TEMPLATE_FOLDER), { recursive: true, force: true });
				rmSync(listFile);
				logger.info(`${pages.length} redirect pages written from ${templates.size} templates`);
			},
		},
	};
}
