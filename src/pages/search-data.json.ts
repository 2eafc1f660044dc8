import type { APIRoute } from 'astro';
import { getPublished } from '../collections.ts';
import { buildVocabulary } from '../lib/vocabulary.ts';

/** Search's build-time vocabulary: words for "Did you mean", error messages, synonyms. */
export const GET: APIRoute = async ({ locals }) => {
	const entries = (await getPublished()).map(({ entry }) => {
		const data = entry.data;
		return {
			id: data.id,
			title: data.title,
			aliases: data.aliases,
			tags: data.tags,
			services: 'services' in data ? data.services : undefined,
			errorMessages: 'errorMessages' in data ? data.errorMessages : undefined,
			supportTopics:
				'supportMatrix' in data ? data.supportMatrix?.map((row) => row.topic) : undefined,
		};
	});
	const vocabulary = buildVocabulary(
		entries,
		locals.portal.synonyms.map((group) => group.map(String)),
	);
	return new Response(JSON.stringify(vocabulary), {
		headers: { 'Content-Type': 'application/json' },
	});
};
