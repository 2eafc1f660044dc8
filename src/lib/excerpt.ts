/**
 * A result's snippet from the entry's own text. An entry's page indexes words that are there only to
 * be found (its id, aliases, synonyms) and its header (title, summary) before its text; a result
 * already shows the title and summary, so its snippet is taken from the text after them.
 */

/** The id of the empty element an entry's page puts where its own text begins. */
export const TEXT_START_ID = 'kb-text';

/** Where a search word matched, as Pagefind reports it: a word position and how much it counts. */
export interface MatchLocation {
	location: number;
	balanced_score: number;
}

/** An element with an id in Pagefind's record of a page, and the word position it starts at. */
export interface PageAnchor {
	id: string;
	location: number;
}

/** The word position where the entry's own text begins, or undefined when it was not indexed. */
export function findTextStart(anchors: readonly PageAnchor[] | undefined): number | undefined {
	return anchors?.find((anchor) => anchor.id === TEXT_START_ID)?.location;
}

/**
 * Where the `length` words with the most matched weight begin, among positions from `from` on; the
 * middle one when several windows weigh the same (as Pagefind picks its own).
 */
function findBestWindow(matches: readonly MatchLocation[], from: number, length: number): number {
	const scores: number[] = [];
	for (const match of matches) {
		if (match.location < from) continue;
		const at = match.location - from;
		scores[at] = (scores[at] ?? 0) + match.balanced_score;
	}
	if (scores.length <= length) return from;
	let best = scores.slice(0, length).reduce((sum, score) => sum + (score ?? 0), 0);
	let sum = best;
	let starts = [0];
	for (let at = 0; at < scores.length; at++) {
		sum += (scores[at + length] ?? 0) - (scores[at] ?? 0);
		if (sum > best) {
			best = sum;
			starts = [at + 1];
		} else if (sum === best && starts.at(-1) === at) starts.push(at + 1);
	}
	return from + starts[Math.floor(starts.length / 2)]!;
}

/**
 * The snippet: `length` words of `rawContent` (Pagefind's escaped page text) from `from` on, around
 * the best matches there, each matched word in `<mark>`. With no match in the text, its first words.
 * Empty when the page has no text of its own after `from`.
 */
export function buildTextExcerpt(
	rawContent: string,
	matches: readonly MatchLocation[],
	from: number,
	length: number,
): string {
	// Pagefind separates the words of languages written without spaces with zero-width spaces.
	const spaced = !rawContent.includes('\u200B');
	const words = spaced ? rawContent.split(/[^\S\uFEFF]+/) : rawContent.split('\u200B');
	if (from >= words.length) return '';
	let start = findBestWindow(matches, from, length);
	start = Math.max(from, Math.min(start, words.length - length));
	const marked = new Set(matches.map((match) => match.location));
	return words
		.slice(start, start + length)
		.map((word, index) => (marked.has(start + index) && word ? `<mark>${word}</mark>` : word))
		.join(spaced ? ' ' : '')
		.trim();
}
