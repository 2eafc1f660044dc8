import { getEditDistance } from './edit-distance.ts';
import { FILLER_WORDS, normalizeQuery, prepareSynonyms, tokenize } from './query.ts';
import type { SearchFilters } from './search-url.ts';

export type { SearchFilters } from './search-url.ts';

/**
 * Search that copes with how employees type: their own names for things (synonyms), extra words that
 * are not in any entry ("my outlook is not working"), typos, and pasted error messages. The engine
 * (Pagefind in the browser, a fake in tests) is injected; this module only decides what to ask it and
 * how to rank what comes back.
 */

/** One hit from the engine: a page and how well it matched one query. */
export interface EngineHit<T = unknown> {
	/** The engine's id of the page (stable within one index). */
	id: string;
	score: number;
	/** Loads the page's details (title, excerpt, meta) on demand. */
	data: () => Promise<T>;
}

export interface SearchEngine<T = unknown> {
	search(query: string, filters: SearchFilters): Promise<EngineHit<T>[]>;
}

/** Built at build time from titles, aliases, tags, services and error messages (`/search-data.json`). */
export interface SearchVocabulary {
	/**
	 * Every word worth suggesting, lowercase; or how to fetch them (`/search-words.json`), which search
	 * does only when a query finds few results.
	 */
	words: readonly string[] | (() => Promise<readonly string[]>);
	/** Error codes and messages (lowercase) to the id of the known error that lists them (KE-0042). */
	errors: Record<string, string>;
	/** Synonym groups of `content/synonyms.yaml` (and of the language's own `synonyms.<lang>.yaml`). */
	synonyms: string[][];
	/** Words of the page's language that carry no meaning ("nicht", "się"), besides the English ones. */
	fillers?: string[];
	/** Each entry's page in the page's language, by id: where a result from another language leads. */
	pages?: Record<string, string>;
	/**
	 * True when the index already holds each entry's synonyms (lib/synonym-index.ts): a query is then
	 * searched as typed, one lookup, instead of once per synonym.
	 */
	synonymsIndexed?: boolean;
}

export interface RankedHit<T = unknown> {
	id: string;
	score: number;
	data: () => Promise<T>;
}

export interface SearchOutcome<T = unknown> {
	/** The query as searched, cleaned of noise. */
	query: string;
	results: RankedHit<T>[];
	/** A corrected query when some words look misspelt ("outlok" -> "outlook"). */
	suggestion?: string;
	/**
	 * True when some entry matched every meaningful word (of the query, a synonym variant or the
	 * corrected spelling) or names the pasted error; false when results only match some words, which
	 * the page shows as "no exact match" with just the first few.
	 */
	exact: boolean;
	/** True when a known error that lists the pasted error message is among the results (and first). */
	pinned: boolean;
}

/** A few good hits is enough; below this, search widens the query and looks for typos. */
export const FEW_RESULTS = 3;

/** Code-like words in a query: 0x8007016A, AADSTS50076, 80070005. */
export function extractErrorCodes(query: string): string[] {
	return tokenize(query).filter(
		(word) =>
			/^0x[0-9a-f]{4,}$/.test(word) || /^[a-z]{2,}\d{3,}$/.test(word) || /^\d{5,}$/.test(word),
	);
}

/** The id of the known error whose error messages the query quotes or names by code. */
export function findKnownErrorByMessage(
	query: string,
	errors: Record<string, string>,
): string | undefined {
	const text = normalizeQuery(query).toLowerCase();
	if (!text) return undefined;
	if (errors[text]) return errors[text];
	for (const code of extractErrorCodes(text)) if (errors[code]) return errors[code];
	// A pasted message with extra words around it still counts when it contains the whole listed message.
	let best: { id: string; length: number } | undefined;
	for (const [message, id] of Object.entries(errors)) {
		if (message.length >= 12 && text.includes(message) && message.length > (best?.length ?? 0))
			best = { id, length: message.length };
	}
	return best?.id;
}

/** The query with every misspelt word replaced by the closest known word; undefined when none is. */
export function suggestCorrection(
	query: string,
	vocabulary: readonly string[],
	fillers: ReadonlySet<string> = FILLER_WORDS,
): string | undefined {
	const known = new Set(vocabulary);
	const words = tokenize(query);
	let changed = false;
	const corrected = words.map((word) => {
		if (known.has(word) || fillers.has(word) || word.length < 4 || /\d/.test(word)) return word;
		const allowed = word.length <= 5 ? 1 : 2;
		let best: string | undefined;
		let bestDistance = allowed + 1;
		for (const candidate of vocabulary) {
			if (Math.abs(candidate.length - word.length) > allowed) continue;
			const distance = getEditDistance(word, candidate);
			if (distance < bestDistance) {
				best = candidate;
				bestDistance = distance;
			}
		}
		if (!best) return word;
		changed = true;
		return best;
	});
	return changed ? corrected.join(' ') : undefined;
}

/**
 * The query, then the query with one word (or phrase) at a time swapped for each of its synonyms:
 * "email on my iphone" also becomes "email on my phone" and "outlook on my iphone". At most `limit`.
 */
export function getSynonymVariants(query: string, synonyms: string[][][], limit = 12): string[] {
	const words = tokenize(query);
	// Each swap replaces the whole phrase that matched ("mobile iron" -> "mdm"), not just its first word.
	const swaps: { at: number; length: number; words: string[] }[] = [];
	for (const group of synonyms) {
		for (const phrase of group) {
			const at = words.findIndex((_, i) => phrase.every((p, j) => words[i + j] === p));
			if (at === -1) continue;
			for (const other of group) swaps.push({ at, length: phrase.length, words: other });
		}
	}
	swaps.sort((a, b) => a.at - b.at);
	const variants = [words.join(' ')];
	for (const swap of swaps) {
		variants.push(
			[...words.slice(0, swap.at), ...swap.words, ...words.slice(swap.at + swap.length)].join(' '),
		);
	}
	return [...new Set(variants)].slice(0, limit);
}

/**
 * The words of a query being typed that the reader has finished (a space follows them) and that
 * search will look up: not filler words, and long enough to search as you type. Their part of the
 * index can be fetched before the reader finishes the query.
 */
export function getFinishedWords(
	query: string,
	fillers: ReadonlySet<string> = FILLER_WORDS,
): string[] {
	const finished = /\s$/.test(query) ? query : query.replace(/\S+$/, '');
	return [...new Set(tokenize(finished))].filter(
		(word) => !fillers.has(word) && (word.length >= 3 || /^\d+$/.test(word)),
	);
}

/** The query without filler words, when it has any other words; else the query as it is. */
export function getMeaningfulQuery(
	query: string,
	fillers: ReadonlySet<string> = FILLER_WORDS,
): string {
	const words = tokenize(query);
	const meaningful = words.filter((word) => !fillers.has(word));
	return (meaningful.length > 0 ? meaningful : words).join(' ');
}

class Ranking<T> {
	readonly hits = new Map<string, RankedHit<T>>();
	add(hits: EngineHit<T>[], weight: number) {
		for (const hit of hits) {
			const existing = this.hits.get(hit.id);
			if (existing) existing.score += hit.score * weight;
			else this.hits.set(hit.id, { id: hit.id, score: hit.score * weight, data: hit.data });
		}
	}
	sorted(): RankedHit<T>[] {
		return [...this.hits.values()].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
	}
}

/**
 * Engine scores below this are noise: Pagefind answers a word it does not know with loose partial
 * matches scoring a fraction of a real one. Dropping them lets "no results" and typo help kick in.
 */
export const NOISE_FLOOR = 0.5;

/** A match through a synonym counts a little less than the word the reader typed. */
const SYNONYM_WEIGHT = 0.7;

/** Words searched one by one at most, so a pasted page of text stays quick. */
const MAX_WORD_SEARCHES = 8;

/** How many of the best hits are checked for the known error a pasted message names. */
const PIN_WINDOW = 20;

export interface SearchOptions<T> {
	engine: SearchEngine<T>;
	vocabulary: SearchVocabulary;
	filters?: SearchFilters;
	/** The entry id (KE-0042) of a hit's loaded data. */
	getEntryId: (data: T) => string | undefined;
	/**
	 * False to skip step 3 (the closest spelling): a look ahead while someone types, where a word
	 * still being typed would fetch the suggestion words for nothing.
	 */
	correct?: boolean;
}

/**
 * Runs a query the way a helpful colleague would read it:
 * 1. the whole query and its synonym variants, weighted highest;
 * 2. each meaningful word on its own (with its synonyms), so pages matching most words rank next;
 * 3. when that still finds little, the closest known spelling of misspelt words ("Did you mean");
 * and a known error that lists the pasted error code or message always comes first. The outcome is
 * `exact` when some page matched every meaningful word, or names the pasted error.
 */
export async function searchEntries<T>(
	rawQuery: string,
	options: SearchOptions<T>,
): Promise<SearchOutcome<T>> {
	const { engine, vocabulary, filters = {}, getEntryId, correct = true } = options;
	const query = normalizeQuery(rawQuery);
	const outcome: SearchOutcome<T> = { query, results: [], exact: false, pinned: false };
	if (!query) return outcome;
	// With synonyms in the index, the query alone is its only variant.
	const synonyms = vocabulary.synonymsIndexed ? [] : prepareSynonyms(vocabulary.synonyms);
	const fillers = vocabulary.fillers?.length
		? new Set([...FILLER_WORDS, ...vocabulary.fillers])
		: FILLER_WORDS;
	const meaningfulOf = (text: string) => getMeaningfulQuery(text, fillers);
	const ranking = new Ranking<T>();

	const runWhole = async (text: string, weight: number): Promise<Set<string>> => {
		// Synonyms are read from the whole query ("log in" is a phrase), then filler words go.
		const variants = [...new Set(getSynonymVariants(text, synonyms).map(meaningfulOf))];
		const lists = await Promise.all(variants.map((variant) => engine.search(variant, filters)));
		// A page counts once per query, with its best variant; the words as typed count most.
		const best = new Map<string, EngineHit<T>>();
		for (const [index, list] of lists.entries()) {
			for (const hit of list) {
				if (hit.score < NOISE_FLOOR) continue;
				const score = hit.score * (index === 0 ? 1 : SYNONYM_WEIGHT);
				if ((best.get(hit.id)?.score ?? -1) < score) best.set(hit.id, { ...hit, score });
			}
		}
		ranking.add([...best.values()], weight);
		return new Set(best.keys());
	};
	/**
	 * Searches the query's words one by one; true when some page matched every one of them (the
	 * engine answers a query of several words with pages that match any of them).
	 */
	const runWords = async (
		text: string,
		pending: Promise<Set<string>>,
		weight: number,
	): Promise<boolean> => {
		// A pasted log repeats words: each distinct word is searched once, and only the first few.
		const words = [...new Set(tokenize(text))].slice(0, MAX_WORD_SEARCHES);
		// Alongside the whole query, not after it: they need the same part of the index, and the
		// results appear one engine round sooner.
		const perWord = words.length <= 1 ? [] : words.map((word) => runWhole(word, weight));
		const whole = await pending;
		if (words.length <= 1) return whole.size > 0;
		const found = await Promise.all(perWord);
		return [...whole].some((id) => found.every((ids) => ids.has(id)));
	};

	outcome.exact = await runWords(meaningfulOf(query), runWhole(query, 3), 1);

	if (correct && ranking.hits.size < FEW_RESULTS) {
		const words =
			typeof vocabulary.words === 'function' ? await vocabulary.words() : vocabulary.words;
		const suggestion = suggestCorrection(query, words, fillers);
		if (suggestion && suggestion !== query.toLowerCase()) {
			outcome.suggestion = suggestion;
			if (await runWords(meaningfulOf(suggestion), runWhole(suggestion, 2), 0.5))
				outcome.exact = true;
		}
	}
	outcome.results = ranking.sorted();

	const errorEntry = findKnownErrorByMessage(query, vocabulary.errors);
	if (errorEntry) {
		const top = outcome.results.slice(0, PIN_WINDOW);
		const ids = await Promise.all(top.map(async (hit) => getEntryId(await hit.data())));
		const at = ids.indexOf(errorEntry);
		if (at > 0) outcome.results.unshift(...outcome.results.splice(at, 1));
		if (at >= 0) outcome.exact = outcome.pinned = true;
	}
	return outcome;
}
