/**
 * What the page and the search worker say to each other (search-client.ts, search-worker.ts). Plain
 * data only: it crosses between threads by structured cloning.
 */

/** A request; those with an `id` are answered with a `SearchResponse` of the same id. */
export type SearchRequest =
	| { kind: 'init'; id: number; page: { lang: string; defaultLanguage: string; base: string } }
	| { kind: 'search'; id: number; query: string; filters: Record<string, string[]> }
	| { kind: 'data'; id: number; serial: number; index: number }
	| {
			kind: 'lookup';
			id?: undefined;
			query: string;
			filters: Record<string, string[]>;
			details: boolean;
	  }
	| { kind: 'preload'; id?: undefined; query: string };

export type SearchResponse =
	{ id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };
