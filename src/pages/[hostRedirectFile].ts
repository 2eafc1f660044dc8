import type { APIRoute, GetStaticPaths } from 'astro';
import { getAllRedirects, getLanguages } from '../collections.ts';
import { getLanguageFolder } from '../i18n/languages.ts';
import { formatNetlifyRedirects, formatNginxRedirects } from '../lib/redirects.ts';

/**
 * The portal's redirects (short links and old slugs) as rules real hosts answer with a 301:
 * `_redirects` (Netlify, Cloudflare Pages) and `nginx-redirects.conf` (an nginx `include`). Built from
 * the same cards as the static redirect pages, which keep working on hosts that read neither. In a
 * portal of several languages, short links stay pages: a host's 301 could not know the reader's choice.
 */
const FORMATS = {
	_redirects: formatNetlifyRedirects,
	'nginx-redirects.conf': formatNginxRedirects,
};

export const getStaticPaths = (() =>
	Object.keys(FORMATS).map((hostRedirectFile) => ({
		params: { hostRedirectFile },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const format = FORMATS[params.hostRedirectFile as keyof typeof FORMATS];
	// A short link that chooses the reader's language is left to its page, which does the choosing.
	const redirects = (await getAllRedirects()).filter((redirect) => !redirect.alternates);
	let rules = format(redirects);
	if (params.hostRedirectFile === '_redirects') {
		// A missing page under /de/ gets the German "not found" page, with its 404 status.
		const { languages, defaultLanguage } = await getLanguages();
		for (const lang of languages) {
			const folder = getLanguageFolder(lang, { languages, defaultLanguage });
			if (folder) rules += `/${folder}/* /${folder}/404/ 404\n`;
		}
	}
	return new Response(rules, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
};
