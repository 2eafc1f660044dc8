import { describe, expect, test } from 'vitest';
import {
	getOldPagePaths,
	getPreviousSlugsInLanguage,
	isSitemapPage,
} from '../../src/lib/redirects.ts';

const settings = { defaultLanguage: 'en', languages: ['en', 'de'] };
const content = {
	entries: [
		{
			type: 'article' as const,
			id: 'KB-1001',
			slug: 'reset-your-password',
			data: { previousSlugs: ['reset-password'] },
		},
		{
			type: 'article' as const,
			id: 'KB-1002',
			slug: 'unlock',
			data: { previousSlugs: ['old-unlock'] },
		},
		{
			type: 'article' as const,
			id: 'KB-1003',
			slug: 'draft',
			data: { previousSlugs: ['was'], draft: true },
		},
	],
	translations: [
		{
			type: 'article' as const,
			lang: 'de',
			id: 'KB-1001',
			slug: 'passwort-zuruecksetzen',
			data: { previousSlugs: ['kennwort'] },
		},
	],
};

describe('getPreviousSlugsInLanguage', () => {
	test("a translation keeps its own old slugs, then the original's slug and old slugs", () => {
		expect(
			getPreviousSlugsInLanguage(
				{ slug: 'reset-your-password', previousSlugs: ['reset-password'] },
				{ previousSlugs: ['kennwort'] },
			),
		).toEqual(['kennwort', 'reset-your-password', 'reset-password']);
	});

	test("an entry not yet translated keeps the original's old slugs", () => {
		expect(getPreviousSlugsInLanguage({ slug: 'unlock', previousSlugs: ['old-unlock'] })).toEqual([
			'old-unlock',
		]);
	});
});

describe('the sitemap lists real pages only', () => {
	const oldPages = getOldPagePaths(content, settings);

	test('old pages in every language are known from the content, drafts left out', () => {
		expect([...oldPages].sort()).toEqual([
			'/articles/old-unlock/',
			'/articles/reset-password/',
			'/de/articles/kennwort/',
			'/de/articles/old-unlock/',
			'/de/articles/reset-password/',
			'/de/articles/reset-your-password/',
		]);
	});

	test('entry pages, lists and the home page are in it', () => {
		for (const path of [
			'/',
			'/articles/reset-your-password/',
			'/de/articles/passwort-zuruecksetzen/',
			'/de/',
			'/status/',
		])
			expect(isSitemapPage(path, oldPages), path).toBe(true);
	});

	test('old slugs, short links in any letter case, the 404 pages and redirect templates are not', () => {
		for (const path of [
			'/articles/reset-password/',
			'/de/articles/kennwort',
			'/KB-1001/',
			'/kb-1001/',
			'/ke-0042',
			'/POL-001/',
			'/404/',
			'/de/404/',
			'/kb-redirect-template/',
			'/de/kb-redirect-template/',
		])
			expect(isSitemapPage(path, oldPages), path).toBe(false);
	});

	test('the editor at /admin/ is not a page for readers', () => {
		for (const path of ['/admin/', '/admin'])
			expect(isSitemapPage(path, oldPages), path).toBe(false);
		expect(isSitemapPage('/articles/admin/', oldPages)).toBe(true);
	});

	test('a path that only looks like a short link is a page', () => {
		expect(isSitemapPage('/ab-12/', oldPages)).toBe(true);
		expect(isSitemapPage('/kb-12/', oldPages)).toBe(true);
	});
});
