import type { APIRoute } from 'astro';
import { getRedirectPages } from '../collections.ts';

/**
 * Every redirect page the build writes from its language's template (src/integrations/redirect-pages.ts
 * reads this file and removes it): the one place the build's redirects are worked out stays the
 * collections.
 */
export const GET: APIRoute = async ({ site }) =>
	new Response(JSON.stringify(await getRedirectPages(site)), {
		headers: { 'Content-Type': 'application/json' },
	});
