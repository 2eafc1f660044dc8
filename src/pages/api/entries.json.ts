import type { APIRoute } from 'astro';
import { getCards } from '../../collections.ts';

/** Every published entry, for agents' tools and integrations. */
export const GET: APIRoute = async () => {
	const entries = (await getCards()).map((card) => ({
		id: card.id,
		type: card.type,
		title: card.title,
		summary: card.summary,
		url: card.url,
		shortUrl: card.shortUrl,
		updated: card.updated.toISOString().slice(0, 10),
		...(card.status
			? { status: card.status, severity: card.severity, services: card.services }
			: {}),
	}));
	return new Response(JSON.stringify({ entries }, null, 1), {
		headers: { 'Content-Type': 'application/json' },
	});
};
