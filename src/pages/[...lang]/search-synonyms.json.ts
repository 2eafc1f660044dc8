import type { APIRoute } from 'astro';
import { languageStaticPaths } from '../../collections.ts';

export const getStaticPaths = languageStaticPaths;

/**
 * The synonym groups of one language (its own groups first). The index holds them already; the
 * browser needs them only to search the default language's pages from a page in another language.
 */
export const GET: APIRoute = async ({ locals }) => {
	const synonyms = locals.portal.synonyms.map((group) => group.map(String));
	return new Response(JSON.stringify({ synonyms }), {
		headers: { 'Content-Type': 'application/json' },
	});
};
