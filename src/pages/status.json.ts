import type { APIRoute } from 'astro';
import { getStatus } from '../collections.ts';

/** The live status document of DESIGN.md, as of this build. */
export const GET: APIRoute = async () =>
	new Response(JSON.stringify(await getStatus(), null, 1), {
		headers: { 'Content-Type': 'application/json' },
	});
