import type { APIRoute } from 'astro';
import { getStatus, languageStaticPaths } from '../../collections.ts';

export const getStaticPaths = languageStaticPaths;

/**
 * The live status document of DESIGN.md, as of this build: `/status.json` in the default language, and
 * `/de/status.json` with the titles, messages and links German pages show.
 */
export const GET: APIRoute = async ({ locals }) =>
	new Response(JSON.stringify(await getStatus(locals.i18n.lang), null, 1), {
		headers: { 'Content-Type': 'application/json' },
	});
