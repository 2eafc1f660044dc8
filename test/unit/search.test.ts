import { describe, expect, test } from 'vitest';
import {
	extractErrorCodes,
	findKnownErrorByMessage,
	getFinishedWords,
	getMeaningfulQuery,
	getSynonymVariants,
	searchEntries,
	suggestCorrection,
	type RankedHit,
	type SearchEngine,
	type SearchOutcome,
	type SearchVocabulary,
} from '../../src/lib/search.ts';
import { getSearchUrl, readSearchParams } from '../../src/lib/search-url.ts';
import {
	MERGE_WINDOW,
	linkOriginalHit,
	mergeOutcomes,
	shouldSearchDefaultLanguage,
} from '../../src/lib/search-languages.ts';
import { prepareSynonyms, tokenize } from '../../src/lib/query.ts';
import { buildVocabulary } from '../../src/lib/vocabulary.ts';

/**
 * A tiny engine that answers like Pagefind: a page matching any word of the query (by prefix), scored
 * by how many of the words it matches and how often.
 */
function fakeEngine(
	pages: Record<string, string>,
): SearchEngine<{ id: string }> & { queries: string[] } {
	const queries: string[] = [];
	return {
		queries,
		async search(query) {
			queries.push(query);
			const words = tokenize(query);
			if (words.length === 0) return [];
			return Object.entries(pages)
				.filter(([, text]) => words.some((word) => tokenize(text).some((t) => t.startsWith(word))))
				.map(([id, text]) => ({
					id,
					score: words.reduce(
						(sum, word) => sum + tokenize(text).filter((t) => t.startsWith(word)).length,
						0,
					),
					data: async () => ({ id }),
				}));
		},
	};
}

const PAGES = {
	'KB-1005': 'Outlook is not syncing new email. Outlook stuck offline.',
	'KB-1011': 'Enrol your personal phone in MobileIron. MDM enrolment for BYOD.',
	'KE-0043':
		'OneDrive stops syncing with error 0x8007016A. The cloud file provider is not running.',
	'KB-1014': 'Fix OneDrive sync problems. Pause and resume sync.',
	'KB-1010': 'Print with follow-me printing. Release your print job at any printer.',
};

const VOCABULARY: SearchVocabulary = buildVocabulary(
	[
		{ id: 'KB-1005', title: 'Outlook is not syncing new email' },
		{ id: 'KB-1011', title: 'Enrol your personal phone in MobileIron', aliases: ['mobiletron'] },
		{
			id: 'KE-0043',
			title: 'OneDrive stops syncing',
			errorMessages: ['0x8007016A', 'The cloud file provider is not running'],
		},
		{ id: 'KB-1010', title: 'Print with follow-me printing' },
	],
	[['mobileiron', 'mobiletron', 'mobile iron', 'mdm']],
);

const search = (query: string, engine = fakeEngine(PAGES)) =>
	searchEntries(query, { engine, vocabulary: VOCABULARY, getEntryId: (data) => data.id }).then(
		(outcome) => ({
			...outcome,
			ids: outcome.results.map((hit) => hit.id),
		}),
	);

describe('searching in employees’ words', () => {
	test('a nickname finds the entry through its synonym group', async () => {
		expect((await search('Mobiletron')).ids[0]).toBe('KB-1011');
	});

	test('filler words do not stop a match', async () => {
		const outcome = await search('my outlook is not working');
		expect(outcome.ids[0]).toBe('KB-1005');
	});

	test('a pasted error with noise finds the known error first', async () => {
		expect((await search('Error: "0x8007016A"')).ids[0]).toBe('KE-0043');
		expect((await search('onedrive says the cloud file provider is not running')).ids[0]).toBe(
			'KE-0043',
		);
	});

	test('a misspelt word gets a suggestion, and its results', async () => {
		const outcome = await search('outlok');
		expect(outcome.suggestion).toBe('outlook');
		expect(outcome.ids).toContain('KB-1005');
	});

	test('the words for a suggestion are fetched only when a search finds few results', async () => {
		const fetched: string[] = [];
		const vocabulary: SearchVocabulary = {
			...VOCABULARY,
			words: async () => {
				fetched.push('words');
				return VOCABULARY.words as string[];
			},
		};
		const run = (query: string) =>
			searchEntries(query, { engine: fakeEngine(PAGES), vocabulary, getEntryId: (d) => d.id });
		expect((await run('sync')).suggestion).toBeUndefined();
		expect(fetched).toEqual([]);
		const outcome = await run('outlok');
		expect(fetched).toEqual(['words']);
		expect(outcome.suggestion).toBe('outlook');
		expect(outcome.results.map((hit) => hit.id)).toContain('KB-1005');
	});

	test('no suggestion when the words are known', async () => {
		expect((await search('printing')).suggestion).toBeUndefined();
	});

	test('an empty query searches nothing', async () => {
		const engine = fakeEngine(PAGES);
		expect((await search('  "" ', engine)).ids).toEqual([]);
		expect(engine.queries).toEqual([]);
	});

	test('pages matching more of the words rank higher', async () => {
		const outcome = await search('onedrive sync pause');
		expect(outcome.ids[0]).toBe('KB-1014');
		expect(outcome.ids).toContain('KE-0043');
	});
});

describe('exact and loose matches', () => {
	test('exact when one entry has every word, in any order, or through a synonym', async () => {
		expect((await search('outlook syncing')).exact).toBe(true);
		expect((await search('syncing outlook stuck')).exact).toBe(true);
		expect((await search('mobiletron phone')).exact).toBe(true);
	});

	test('loose when each word is only in some entry: the page shows a few and the helpdesk', async () => {
		const outcome = await search('outlook printer');
		expect(outcome.exact).toBe(false);
		expect(outcome.ids).toEqual(expect.arrayContaining(['KB-1005', 'KB-1010']));
		expect((await search('outlook flickering')).exact).toBe(false);
	});

	test('a pasted error that a known error lists is exact, whatever else is pasted with it', async () => {
		const outcome = await search('sync stopped 0x8007016A yesterday after lunch');
		expect(outcome.ids[0]).toBe('KE-0043');
		expect(outcome.exact).toBe(true);
	});

	test('a typo corrected to an exact match is exact', async () => {
		const outcome = await search('outlok');
		expect(outcome.suggestion).toBe('outlook');
		expect(outcome.exact).toBe(true);
	});
});

describe('query helpers', () => {
	test('error codes are recognised', () => {
		expect(extractErrorCodes('Error 0x8007016A and AADSTS50076, code 80070005 at 10:42')).toEqual([
			'0x8007016a',
			'aadsts50076',
			'80070005',
		]);
	});

	test('a known error is found by code, by whole message and by a message inside a longer paste', () => {
		const errors = VOCABULARY.errors;
		expect(findKnownErrorByMessage('0x8007016a', errors)).toBe('KE-0043');
		expect(findKnownErrorByMessage('The cloud file provider is not running.', errors)).toBe(
			'KE-0043',
		);
		expect(
			findKnownErrorByMessage('onedrive: the cloud file provider is not running (code 5)', errors),
		).toBe('KE-0043');
		expect(findKnownErrorByMessage('printer jam', errors)).toBeUndefined();
	});

	test('suggestions prefer the portal’s own spelling', () => {
		const vocabulary = buildVocabulary(
			[{ id: 'KB-1', title: 'Authenticator', aliases: ['authenticater'] }],
			[],
		);
		expect(vocabulary.words).toEqual(['authenticator', 'authenticater']);
		expect(suggestCorrection('autenticator', vocabulary.words)).toBe('authenticator');
		expect(suggestCorrection('authenticater', vocabulary.words)).toBeUndefined();
	});

	test('synonym variants swap one term at a time, the query first', () => {
		const synonyms = prepareSynonyms([
			['email', 'outlook'],
			['iphone', 'phone'],
		]);
		expect(getSynonymVariants('email on my iphone', synonyms)).toEqual([
			'email on my iphone',
			'outlook on my iphone',
			'email on my phone',
		]);
	});

	test('filler words go unless nothing else is left', () => {
		expect(getMeaningfulQuery('how do I print')).toBe('print');
		expect(getMeaningfulQuery('how do I')).toBe('how do i');
	});

	test('search URLs round-trip query and filters, and a repeated q keeps the first', () => {
		const url = getSearchUrl('vpn & wifi', { type: ['Known error'] });
		expect(url).toBe('/search/?q=vpn+%26+wifi&type=Known+error');
		const params = new URL(url, 'https://help.example.com').searchParams;
		expect(readSearchParams(params, ['type', 'status'])).toEqual({
			query: 'vpn & wifi',
			filters: { type: ['Known error'] },
		});
		expect(readSearchParams(new URLSearchParams('q=a&q=b'), []).query).toBe('a');
		expect(getSearchUrl('')).toBe('/search/');
	});
});

describe('noise', () => {
	test('loose partial matches below the noise floor are dropped, so typo help kicks in', async () => {
		const engine: SearchEngine<{ id: string }> = {
			async search(query) {
				if (query === 'outlook')
					return [{ id: 'KB-1005', score: 8, data: async () => ({ id: 'KB-1005' }) }];
				return ['KB-1', 'KB-2', 'KB-3', 'KB-4'].map((id) => ({
					id,
					score: 0.2,
					data: async () => ({ id }),
				}));
			},
		};
		const outcome = await searchEntries('outlok', {
			engine,
			vocabulary: VOCABULARY,
			getEntryId: (d) => d.id,
		});
		expect(outcome.suggestion).toBe('outlook');
		expect(outcome.results.map((hit) => hit.id)).toEqual(['KB-1005']);
	});
});

describe('search across languages', () => {
	type Hit = { url: string; meta: { id?: string; title?: string; lang?: string } };
	const hit = (id: string | undefined, title: string): RankedHit<Hit> => ({
		id: `page-${title}`,
		score: 1,
		data: async () => ({ url: `/${title}/`, meta: { ...(id ? { id } : {}), title } }),
	});
	const outcome = (
		results: RankedHit<Hit>[],
		extra: Partial<SearchOutcome<Hit>> = {},
	): SearchOutcome<Hit> => ({ query: 'vpn', results, exact: false, pinned: false, ...extra });
	const titles = async (found: SearchOutcome<Hit>) =>
		Promise.all(found.results.map(async (result) => (await result.data()).meta.title));
	const getEntryId = (data: Hit) => data.meta.id;

	test('only a page in another language, and only without a good match, searches the default language too', () => {
		expect(shouldSearchDefaultLanguage({ exact: false }, 'de', 'en')).toBe(true);
		expect(shouldSearchDefaultLanguage({ exact: true }, 'de', 'en')).toBe(false);
		expect(shouldSearchDefaultLanguage({ exact: false }, 'en', 'en')).toBe(false);
	});

	test("the original's results follow the reader's, without the entries already found", async () => {
		const merged = await mergeOutcomes(
			outcome([hit('KB-1001', 'vpn-verbinden')]),
			outcome([hit('KB-1001', 'connect-vpn'), hit('KB-1002', 'vpn-drops')]),
			getEntryId,
		);
		expect(await titles(merged)).toEqual(['vpn-verbinden', 'vpn-drops']);
		expect(merged.exact).toBe(false);
	});

	test('a good match in the original goes first and makes the whole answer good', async () => {
		const merged = await mergeOutcomes(
			outcome([hit('KB-1001', 'vpn-verbinden')], { suggestion: 'vpn' }),
			outcome([hit('KE-0042', 'vpn-drops')], { exact: true, pinned: true }),
			getEntryId,
		);
		expect(await titles(merged)).toEqual(['vpn-drops', 'vpn-verbinden']);
		expect(merged).toMatchObject({ exact: true, pinned: true, suggestion: 'vpn' });
	});

	test("nothing in the original leaves the reader's answer as it was", async () => {
		const own = outcome([hit('KB-1001', 'vpn-verbinden')]);
		expect(await mergeOutcomes(own, outcome([]), getEntryId)).toBe(own);
	});

	test(`only the first ${MERGE_WINDOW} results of the original are added`, async () => {
		const many = Array.from({ length: MERGE_WINDOW + 5 }, (_, at) =>
			hit(`KB-${2000 + at}`, `e${at}`),
		);
		const merged = await mergeOutcomes(outcome([]), outcome(many), getEntryId);
		expect(merged.results).toHaveLength(MERGE_WINDOW);
	});

	test("a result from the original leads to the reader's page of the entry and says its language", () => {
		const pages = { 'KB-1001': '/de/articles/vpn-verbinden/' };
		expect(
			linkOriginalHit({ url: '/articles/connect-vpn/', meta: { id: 'KB-1001' } }, pages, 'en'),
		).toEqual({ url: '/de/articles/vpn-verbinden/', meta: { id: 'KB-1001', lang: 'en' } });
		expect(
			linkOriginalHit({ url: '/articles/other/', meta: { id: 'KB-1009' } }, pages, 'en-GB'),
		).toEqual({ url: '/articles/other/', meta: { id: 'KB-1009', lang: 'en-GB' } });
	});
});

describe('synonyms indexed at build time', () => {
	test('a query is one lookup per meaningful wording, never one per synonym', async () => {
		const engine = fakeEngine({
			...PAGES,
			// The page as indexed: its synonyms are among its words.
			'KB-1011': `${PAGES['KB-1011']} mobiletron mobile iron`,
		});
		const outcome = await searchEntries('Mobiletron', {
			engine,
			vocabulary: { ...VOCABULARY, synonymsIndexed: true },
			getEntryId: (data) => data.id,
		});
		expect(outcome.results[0]?.id).toBe('KB-1011');
		expect(engine.queries).toEqual(['mobiletron']);
	});

	test('finished words are the ones a space follows, without fillers or short bits', () => {
		expect(getFinishedWords('onedrive sto')).toEqual(['onedrive']);
		expect(getFinishedWords('my onedrive stops ')).toEqual(['onedrive', 'stops']);
		expect(getFinishedWords('outlook')).toEqual([]);
		expect(getFinishedWords('ab 12 vpn ')).toEqual(['12', 'vpn']);
	});
});
