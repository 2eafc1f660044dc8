import type { APIRoute } from 'astro';
import { getPublishedOfType } from '../collections.ts';
import type { OffRoute } from '../lib/handoff.ts';

/**
 * What the helpdesk does not handle on personal devices (vendor, carrier, not supported), from the
 * policies' support matrices. The "Still stuck?" form fetches it when opened, so pages do not each
 * carry every policy's rows.
 */
export const GET: APIRoute = async () => {
	const routes: OffRoute[] = (await getPublishedOfType('policy')).flatMap(
		({ entry: policy, card }) =>
			(policy.data.supportMatrix ?? [])
				.filter(
					(row) => row.who === 'vendor' || row.who === 'carrier' || row.who === 'not-supported',
				)
				.map((row) => ({
					topic: row.topic,
					who: row.who as OffRoute['who'],
					how: row.how,
					policy: card.url,
				})),
	);
	return new Response(JSON.stringify(routes), { headers: { 'Content-Type': 'application/json' } });
};
