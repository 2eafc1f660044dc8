import type { APIRoute } from 'astro';
import { getCards, getVocabularySources, languageStaticPaths } from '../../collections.ts';
import { FILLER_WORDS_BY_LANGUAGE } from '../../lib/query.ts';
import { buildVocabulary } from '../../lib/vocabulary.ts';

export const getStaticPaths = languageStaticPaths;

/**
 * What every search in one language needs, loaded with the engine: error messages to their known
 * error, and on a page in another language than the default its filler words and each entry's page in
 * it. The words for "Did you mean" (`search-words.json`) and the synonym groups
 * (`search-synonyms.json`) are fetched only by the searches that use them.
 */
export const GET: APIRoute = async ({ locals }) => {
	const { errors } = buildVocabulary(await getVocabularySources(locals.i18n.lang), []);
	const data: {
		errors: Record<string, string>;
		synonymsIndexed: boolean;
		fillers?: string[];
		pages?: Record<string, string>;
	} = {
		errors,
		// Every entry page indexes its synonyms (EntryLayout), so the browser searches a query as typed.
		synonymsIndexed: true,
	};
	if (!locals.i18n.isDefault) {
		const { lang } = locals.i18n;
		data.fillers = FILLER_WORDS_BY_LANGUAGE[lang.toLowerCase().split('-')[0]!]?.slice() ?? [];
		// A result found in the default language's index leads to the entry's page in this language.
		data.pages = Object.fromEntries((await getCards(lang)).map((card) => [card.id, card.url]));
	}
	return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
