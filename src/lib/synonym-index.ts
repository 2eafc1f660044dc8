import { prepareSynonyms, tokenize } from './query.ts';

/**
 * Synonyms at build time: an entry that says "MobileIron" is also indexed under "mobiletron", "mdm"
 * and the rest of its group, so a reader's word is one lookup in the browser instead of one per
 * synonym (each of which fetches more of the index).
 */

/** A match through a synonym counts a little less than the word the entry itself uses. */
export const SYNONYM_WEIGHT = 0.7;

/** Some of an entry's indexed text and how much search weighs it (title 10, body 1). */
export interface WeightedSource {
	weight: number;
	text: string;
}

/** A source's words, and the quick test of whether a phrase could start anywhere in them. */
interface SourceWords {
	weight: number;
	words: string[];
	/** Every word, and every start of a word of 3 letters or more. */
	starts: Set<string>;
}

function readSource({ weight, text }: WeightedSource): SourceWords {
	const words = tokenize(text);
	const starts = new Set<string>();
	for (const word of words) {
		starts.add(word);
		for (let length = 3; length < word.length; length++) starts.add(word.slice(0, length));
	}
	return { weight, words, starts };
}

/** True when `phrase` appears in `words` as whole words in a row; words of 3 letters or more as prefixes. */
function containsPhrase({ words, starts }: SourceWords, phrase: readonly string[]): boolean {
	// Most phrases are in no source: one look-up says so, without walking the words.
	if (phrase.some((part) => !starts.has(part))) return false;
	const matches = (word: string | undefined, part: string) =>
		word !== undefined && (part.length >= 3 ? word.startsWith(part) : word === part);
	for (let at = 0; at + phrase.length <= words.length; at++) {
		if (phrase.every((part, j) => matches(words[at + j], part))) return true;
	}
	return false;
}

/**
 * The members of every synonym group the entry's text uses, weighted at SYNONYM_WEIGHT of the
 * heaviest place the entry uses one (a synonym of a title word counts more than one of a body word),
 * as the browser once weighed a match through a synonym. One text per weight, heaviest first;
 * phrases keep their words together.
 */
export function getSynonymText(
	sources: readonly WeightedSource[],
	groups: readonly (readonly string[])[],
): WeightedSource[] {
	const tokenized = sources.map(readSource);
	const byWeight = new Map<number, Set<string>>();
	for (const group of prepareSynonyms(groups)) {
		// How heavily the entry itself uses each member of the group (0: not at all).
		const used = group.map((phrase) =>
			Math.max(0, ...tokenized.filter((s) => containsPhrase(s, phrase)).map((s) => s.weight)),
		);
		const heaviest = Math.max(0, ...used);
		if (heaviest === 0) continue;
		const weight = Math.round(heaviest * SYNONYM_WEIGHT * 10) / 10;
		const phrases = byWeight.get(weight) ?? new Set<string>();
		// A member the entry already uses at least as heavily gains nothing from being repeated.
		for (const [at, phrase] of group.entries())
			if (used[at]! < weight) phrases.add(phrase.join(' '));
		if (phrases.size > 0) byWeight.set(weight, phrases);
	}
	return [...byWeight.entries()]
		.sort(([a], [b]) => b - a)
		.map(([weight, phrases]) => ({ weight, text: [...phrases].join(' · ') }));
}
