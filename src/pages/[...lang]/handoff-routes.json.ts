import type { APIRoute } from 'astro';
import { getPublishedOfType, languageStaticPaths } from '../../collections.ts';
import { getOffRoutes } from '../../lib/handoff.ts';

export const getStaticPaths = languageStaticPaths;

/**
 * What the helpdesk does not handle on personal devices (vendor, carrier, not supported), from the
 * policies' support matrices. The "Still stuck?" form fetches it when opened, so pages do not each
 * carry every policy's rows.
 */
export const GET: APIRoute = async ({ locals }) => {
	const routes = getOffRoutes(
		(await getPublishedOfType('policy', locals.i18n.lang)).map(({ data, card }) => ({
			url: card.url,
			rows: data.supportMatrix ?? [],
		})),
	);
	return new Response(JSON.stringify(routes), { headers: { 'Content-Type': 'application/json' } });
};
