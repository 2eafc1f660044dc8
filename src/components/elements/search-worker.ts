/// <reference lib="webworker" />
import { createSearcher, type Searcher, type SearchPage } from './search-engine.ts';
import type { SearchFilters } from '../../lib/search-url.ts';
import type { SearchRequest, SearchResponse } from './search-protocol.ts';

/**
 * The search engine's thread (see search-engine.ts): search-client.ts sends what the reader types,
 * and gets outcomes back with each result as its id and score; a result's details come when the page
 * asks for them, by the outcome's number and the result's place in it.
 */

/** Outcomes whose results' details the page may still ask for: the panel's and the page's latest. */
const KEPT_OUTCOMES = 8;

let searcher: Promise<Searcher> | undefined;
const outcomes = new Map<number, Array<{ data: () => Promise<unknown> }>>();
let counter = 0;

const reply = (message: SearchResponse) => self.postMessage(message);

async function answer(request: SearchRequest): Promise<unknown> {
	switch (request.kind) {
		case 'init':
			searcher = createSearcher(request.page as SearchPage);
			await searcher;
			return undefined;
		case 'search': {
			const outcome = await (
				await searcher!
			).search(request.query, request.filters as SearchFilters);
			const serial = ++counter;
			outcomes.set(serial, outcome.results);
			if (outcomes.size > KEPT_OUTCOMES) outcomes.delete(outcomes.keys().next().value!);
			return {
				...outcome,
				serial,
				results: outcome.results.map((hit) => ({ id: hit.id, score: hit.score })),
			};
		}
		case 'data': {
			const hit = outcomes.get(request.serial)?.[request.index];
			if (!hit) throw new Error('That search is no longer kept; search again.');
			return hit.data();
		}
		case 'lookup':
			(await searcher!).lookup(request.query, request.filters as SearchFilters, {
				details: request.details,
			});
			return undefined;
		case 'preload':
			(await searcher!).preload(request.query);
			return undefined;
	}
}

self.addEventListener('message', (event: MessageEvent<SearchRequest>) => {
	const request = event.data;
	answer(request).then(
		(value) => {
			if (request.id !== undefined) reply({ id: request.id, ok: true, value });
		},
		(error: unknown) => {
			if (request.kind === 'init') searcher = undefined;
			if (request.id !== undefined)
				reply({
					id: request.id,
					ok: false,
					error: error instanceof Error ? error.message : String(error),
				});
		},
	);
});
