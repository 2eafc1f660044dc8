import type { APIRoute } from 'astro';
import { getCards, getPublished, languageStaticPaths } from '../../collections.ts';
import { FILLER_WORDS_BY_LANGUAGE } from '../../lib/query.ts';
import type { SearchVocabulary } from '../../lib/search.ts';
import { buildVocabulary } from '../../lib/vocabulary.ts';

export const getStaticPaths = languageStaticPaths;

/**
 * Search's build-time vocabulary in one language: words for "Did you mean", error messages, synonyms
 * (the language's own groups first), and each entry's page in that language.
 */
export const GET: APIRoute = async ({ locals }) => {
	const entries = (await getPublished(locals.i18n.lang)).map(({ data }) => {
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
	const vocabulary: SearchVocabulary = buildVocabulary(
		entries,
		locals.portal.synonyms.map((group) => group.map(String)),
	);
	// Every entry page indexes its synonyms (EntryLayout), so the browser searches a query as typed.
	vocabulary.synonymsIndexed = true;
	if (!locals.i18n.isDefault) {
		const { lang } = locals.i18n;
		vocabulary.fillers = FILLER_WORDS_BY_LANGUAGE[lang.toLowerCase().split('-')[0]!]?.slice() ?? [];
		// A result found in the default language's index leads to the entry's page in this language.
		vocabulary.pages = Object.fromEntries(
			(await getCards(lang)).map((card) => [card.id, card.url]),
		);
	}
	return new Response(JSON.stringify(vocabulary), {
		headers: { 'Content-Type': 'application/json' },
	});
};
