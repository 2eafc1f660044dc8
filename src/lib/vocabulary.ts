import { tokenize } from './query.ts';
import type { SearchVocabulary } from './search.ts';

interface VocabularySource {
	id: string;
	title: string;
	aliases?: string[] | undefined;
	tags?: string[] | undefined;
	services?: string[] | undefined;
	errorMessages?: string[] | undefined;
	supportTopics?: string[] | undefined;
}

/**
 * The words search may suggest when a query finds little ("Did you mean outlook?"), and the error
 * messages that lead straight to their known error. Built once per build from titles, aliases, tags,
 * services, support-matrix topics and error messages.
 */
export function buildVocabulary(
	entries: VocabularySource[],
	synonyms: string[][],
): SearchVocabulary & { words: string[] } {
	// Words from titles, services, tags and topics come first: when two spellings are equally close,
	// the suggestion is the one the portal itself uses, not a user's misspelling kept as an alias.
	const canonical = new Set<string>();
	const informal = new Set<string>();
	const errors: Record<string, string> = {};
	const add = (into: Set<string>, text: string) => {
		for (const word of tokenize(text)) if (word.length >= 3 && !/^\d+$/.test(word)) into.add(word);
	};
	for (const entry of entries) {
		for (const text of [
			entry.title,
			...(entry.tags ?? []),
			...(entry.services ?? []),
			...(entry.supportTopics ?? []),
		])
			add(canonical, text);
		for (const text of entry.aliases ?? []) add(informal, text);
		for (const message of entry.errorMessages ?? []) {
			const text = message.trim().toLowerCase();
			if (text) errors[text] ??= entry.id;
			for (const word of tokenize(message)) {
				if (/\d/.test(word) && word.length >= 5) errors[word] ??= entry.id;
			}
		}
	}
	for (const group of synonyms) for (const phrase of group) add(informal, phrase);
	const words = [
		...[...canonical].sort(),
		...[...informal].filter((word) => !canonical.has(word)).sort(),
	];
	return { words, errors, synonyms };
}
