import type { APIRoute } from 'astro';
import { getCardById, getCards, getLanguages } from '../../collections.ts';

/**
 * Every published entry, for agents' tools and integrations. In a portal of several languages each
 * entry also lists its translations: the language, its page there, its title, and whether it is stale.
 */
export const GET: APIRoute = async () => {
	const settings = await getLanguages();
	const others = settings.languages.filter((lang) => lang !== settings.defaultLanguage);
	const entries = await Promise.all(
		(await getCards()).map(async (card) => {
			const translations = [];
			for (const lang of others) {
				const own = await getCardById(card.id, lang);
				if (own?.lang !== lang || !own.translatedFrom) continue;
				translations.push({
					lang,
					url: own.url,
					title: own.title,
					stale: own.translatedFrom < card.updated,
				});
			}
			return {
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
				...(others.length > 0 ? { translations } : {}),
			};
		}),
	);
	return new Response(JSON.stringify({ entries }, null, 1), {
		headers: { 'Content-Type': 'application/json' },
	});
};
