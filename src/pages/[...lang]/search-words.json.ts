import type { APIRoute } from 'astro';
import { getVocabularySources, languageStaticPaths } from '../../collections.ts';
import { buildVocabulary } from '../../lib/vocabulary.ts';

export const getStaticPaths = languageStaticPaths;

/**
 * The words search suggests when a query finds few results ("Did you mean outlook?"), in one
 * language: from titles, tags, services and topics first, then aliases and synonyms.
 */
export const GET: APIRoute = async ({ locals }) => {
	const { words } = buildVocabulary(
		await getVocabularySources(locals.i18n.lang),
		locals.portal.synonyms.map((group) => group.map(String)),
	);
	return new Response(JSON.stringify({ words }), {
		headers: { 'Content-Type': 'application/json' },
	});
};
