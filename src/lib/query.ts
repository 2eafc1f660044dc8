/**
 * Query handling shared by the search page and the build: the words people type, cleaned of noise and
 * widened with the synonyms of `content/synonyms.yaml`.
 */

const NOISE_PREFIX = /^\s*(?:error(?:\s+code)?|code|message|exception)\s*[:#-]\s*/i;

/** Trims, collapses white space and drops quotes and an "Error:" prefix around a pasted message. */
export function normalizeQuery(raw: string): string {
	let query = raw.normalize('NFKC').replace(/[\u200B-\u200F\u202A-\u202E\u2060\uFEFF]/g, '');
	query = query.replace(/\s+/g, ' ').trim();
	query = query.replace(NOISE_PREFIX, '');
	query = query.replace(/^["'“”‘’`]+|["'“”‘’`.]+$/g, '').trim();
	return query;
}

/** Lowercase words of a text: letters and digits, so `0x8007016A` and `AADSTS50076` stay whole. */
export function tokenize(text: string): string[] {
	return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Synonym groups as lowercase token lists, for matching phrases such as "mobile iron". */
export function prepareSynonyms(groups: readonly (readonly string[])[]): string[][][] {
	return groups.map((group) => group.map((phrase) => tokenize(phrase)).filter((words) => words.length > 0));
}

function containsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
	outer: for (let i = 0; i + phrase.length <= words.length; i++) {
		for (let j = 0; j < phrase.length; j++) if (words[i + j] !== phrase[j]) continue outer;
		return true;
	}
	return false;
}

/**
 * The query's words, each with the alternatives its synonym groups allow. A phrase member ("mobile
 * iron") counts when its words appear together in the query.
 */
export function expandQuery(query: string, synonyms: string[][][]): string[][] {
	const words = tokenize(query);
	const alternatives = words.map((word) => new Set([word]));
	for (const group of synonyms) {
		for (const phrase of group) {
			if (!containsPhrase(words, phrase)) continue;
			const at = words.findIndex((_, i) => phrase.every((p, j) => words[i + j] === p));
			const others = group.filter((other) => other !== phrase).flat();
			for (const other of others) alternatives[at]!.add(other);
		}
	}
	return alternatives.map((set) => [...set]);
}
