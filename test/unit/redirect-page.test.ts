import { describe, expect, test } from 'vitest';
import {
	REDIRECT_SLOTS,
	fillRedirectPage,
	getRedirectTemplatePath,
	isRedirectTemplatePath,
	type RedirectPage,
} from '../../src/lib/redirect-page.ts';

// The shape of the template Astro renders from src/pages/[...redirect].astro, slots in place.
const template = [
	`<html lang="en-GB" data-redirect-to="${REDIRECT_SLOTS.to}" data-alternates="${REDIRECT_SLOTS.alternates}" data-default-language="en-GB">`,
	`<title>${REDIRECT_SLOTS.title}</title>`,
	`<link rel="canonical" href="${REDIRECT_SLOTS.target}">`,
	`<meta http-equiv="refresh" content="0;url=${REDIRECT_SLOTS.to}">`,
	`<p>This page is now at <a href="${REDIRECT_SLOTS.to}">${REDIRECT_SLOTS.title}</a>.</p>`,
].join('');

const page: RedirectPage = {
	from: '/KB-1001',
	to: '/articles/reset-your-password/',
	target: 'https://help.example.com/articles/reset-your-password/',
	title: 'Reset your password',
	template: '/kb-redirect-template/',
};

describe('redirect pages from a template', () => {
	test('every slot takes the page value; no alternates, no attribute', () => {
		expect(fillRedirectPage(template, page)).toBe(
			[
				'<html lang="en-GB" data-redirect-to="/articles/reset-your-password/" data-default-language="en-GB">',
				'<title>Reset your password</title>',
				'<link rel="canonical" href="https://help.example.com/articles/reset-your-password/">',
				'<meta http-equiv="refresh" content="0;url=/articles/reset-your-password/">',
				'<p>This page is now at <a href="/articles/reset-your-password/">Reset your password</a>.</p>',
			].join(''),
		);
	});

	test('values are escaped as Astro escapes them: text fully, attributes & and " only', () => {
		const html = fillRedirectPage(template, {
			...page,
			title: `"Access denied" <0x5> & Tom's`,
			alternates: JSON.stringify([{ lang: 'de', url: '/de/articles/a&b/' }]),
		});
		expect(html).toContain('<title>&quot;Access denied&quot; &lt;0x5&gt; &amp; Tom&#39;s</title>');
		expect(html).toContain(
			'data-alternates="[{&quot;lang&quot;:&quot;de&quot;,&quot;url&quot;:&quot;/de/articles/a&amp;b/&quot;}]"',
		);
		expect(html).not.toContain('kb-redirect-slot');
	});

	test('a template without a slot fails rather than write a wrong page', () => {
		expect(() => fillRedirectPage(template.replace(REDIRECT_SLOTS.target, '/'), page)).toThrow(
			/no "https:\/\/kb-redirect-slot.invalid\/target\/"/,
		);
	});

	test('each language has its template page under its folder', () => {
		expect(getRedirectTemplatePath(undefined)).toBe('/kb-redirect-template/');
		expect(getRedirectTemplatePath('de')).toBe('/de/kb-redirect-template/');
		expect(isRedirectTemplatePath('/kb-redirect-template/')).toBe(true);
		expect(isRedirectTemplatePath('/pl/kb-redirect-template')).toBe(true);
		expect(isRedirectTemplatePath('/articles/kb-redirect-template/')).toBe(true);
		expect(isRedirectTemplatePath('/articles/x/kb-redirect-template/')).toBe(false);
	});
});
