import type { APIRoute } from 'astro';
import { getPublishedOfType } from '../collections.ts';
import { getOffRoutes } from '../lib/handoff.ts';

/**
 * What the helpdesk does not handle on personal devices (vendor, carrier, not supported), from the
 * policies' support matrices. The "Still stuck?" form fetches it when opened, so pages do not each
 * carry every policy's rows.
 */
export const GET: APIRoute = async () => {
	const routes = getOffRoutes(
		(await getPublishedOfType('policy')).map(({ entry, card }) => ({
			url: card.url,
			rows: entry.data.supportMatrix ?? [],
		})),
	);
	return new Response(JSON.stringify(routes), { headers: { 'Content-Type': 'application/json' } });
};
