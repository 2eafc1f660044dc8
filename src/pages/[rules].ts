import type { APIRoute, GetStaticPaths } from 'astro';
import { getCards } from '../collections.ts';
import { formatNetlifyRedirects, formatNginxRedirects, getRedirects } from '../lib/redirects.ts';

/**
 * The portal's redirects (short links and old slugs) as rules real hosts answer with a 301:
 * `_redirects` (Netlify, Cloudflare Pages) and `nginx-redirects.conf` (an nginx `include`). Built from
 * the same cards as the static redirect pages, which keep working on hosts that read neither.
 */
const FORMATS = {
	_redirects: formatNetlifyRedirects,
	'nginx-redirects.conf': formatNginxRedirects,
};

export const getStaticPaths = (() =>
	Object.keys(FORMATS).map((rules) => ({ params: { rules } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const format = FORMATS[params.rules as keyof typeof FORMATS];
	return new Response(format(getRedirects(await getCards())), {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
};
