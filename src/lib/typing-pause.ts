/**
 * When search runs as someone types: once they pause, judged by their own rhythm rather than one
 * fixed delay. A pause longer than their usual gap between keys is when the index for the last word
 * can be looked up; a pause clearly longer than that gap is when the results are shown. Searching
 * sooner, on every key, would fetch the index for every prefix of every word.
 */

/** The pauses, in milliseconds after the last key. */
export interface TypingPause {
	/** Look the query up (fetch the last word's part of the index), without showing anything. */
	lookupMs: number;
	/** Show the results. */
	showMs: number;
}

/** Before the reader's rhythm is known (fewer gaps than RHYTHM_KEYS), or for a slow typist. */
export const DEFAULT_PAUSE: TypingPause = { lookupMs: 100, showMs: 120 };

/** Gaps between keys that tell a rhythm: fewer say little. */
export const RHYTHM_KEYS = 3;

/** A gap longer than this is the reader stopping to think, not their rhythm. */
const THINKING_MS = 600;

/** The shortest wait for results: a quick typist still finishes a word before it is searched. */
const MIN_SHOW_MS = 80;

/** The median of the last gaps between keys (ms), leaving out pauses to think. */
export function getTypingRhythm(gaps: readonly number[]): number | undefined {
	const typing = gaps.filter((gap) => gap > 0 && gap < THINKING_MS).slice(-8);
	if (typing.length < RHYTHM_KEYS) return undefined;
	const sorted = [...typing].sort((a, b) => a - b);
	const middle = sorted.length >> 1;
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * The pauses for a reader whose recent gaps between keys were `gaps`: results after 1.5 times their
 * median gap (between MIN_SHOW_MS and the default), the lookup after 1.2 times it (never later than
 * the results).
 */
export function getTypingPause(gaps: readonly number[]): TypingPause {
	const rhythm = getTypingRhythm(gaps);
	if (rhythm === undefined) return DEFAULT_PAUSE;
	const showMs = Math.round(Math.min(DEFAULT_PAUSE.showMs, Math.max(MIN_SHOW_MS, rhythm * 1.5)));
	const lookupMs = Math.round(Math.min(showMs, DEFAULT_PAUSE.lookupMs, rhythm * 1.2));
	return { lookupMs, showMs };
}

/** The word still being typed at the end of `query`; '' once a space has finished it. */
function getWordBeingTyped(query: string): string {
	return /\s$/.test(query) ? '' : (query.trimStart().split(/\s+/).at(-1) ?? '');
}

/**
 * Results as you type wait until the word being typed has this many characters: one or two letters
 * match half the index, and fetching it would cost more than the results are worth. Until then the
 * results for the words before it stay. Enter still searches anything.
 */
const MIN_CHARS = 3;

/** True while the word being typed is too short to search as you type ("onedrive s"); a number is not. */
export function isWordUnfinished(query: string): boolean {
	const word = getWordBeingTyped(query);
	return word.length > 0 && word.length < MIN_CHARS && !/^\d+$/.test(word);
}

/**
 * A query is looked up ahead, while someone types, once the word being typed has this many
 * characters. Pagefind stems a shorter start of a word as a word of its own ("oned" as "one"), which
 * fetches a part of the index the whole word never needs: at 10,000 entries, 4 characters fetched about
 * 36 KB more per search than 5 (measured with `npm run bench`).
 */
export const LOOK_AHEAD_CHARS = 5;

/**
 * Whether to look `query` up ahead as it is typed: once the word being typed is long enough, or
 * finished with a space, so the results are ready when the reader pauses.
 */
export function canLookAhead(query: string): boolean {
	if (!query.trim()) return false;
	const word = getWordBeingTyped(query);
	return word === '' || word.length >= LOOK_AHEAD_CHARS;
}
