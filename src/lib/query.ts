/**
 * Query handling shared by the search page and the build: the words people type, cleaned of noise and
 * widened with the synonyms of `content/synonyms.yaml`.
 */

const NOISE_PREFIX = /^\s*(?:error(?:\s+code)?|code|message|exception)\s*[:#-]\s*/i;

/** Trims, collapses white space and drops quotes and an "Error:" prefix around a pasted message. */
export function normalizeQuery(raw: string): string {
	// Invisible characters go before NFKC, so it joins what they kept apart ("e\u200B\u0301" is "é").
	let query = raw.replace(/[\u200B-\u200F\u202A-\u202E\u2060\uFEFF]/g, '').normalize('NFKC');
	query = query.replace(/\s+/g, ' ').trim();
	// Until nothing changes: '"Error: 0x80070005"' loses its quotes, then its prefix.
	let previous: string;
	do {
		previous = query;
		query = query.replace(NOISE_PREFIX, '');
		query = query.replace(/^["'“”‘’`]+|["'“”‘’`.]+$/g, '').trim();
	} while (query !== previous);
	return query;
}

/** Lowercase words of a text: letters and digits, so `0x8007016A` and `AADSTS50076` stay whole. */
export function tokenize(text: string): string[] {
	return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Synonym groups as lowercase token lists, for matching phrases such as "mobile iron". */
export function prepareSynonyms(groups: readonly (readonly string[])[]): string[][][] {
	return groups.map((group) =>
		group.map((phrase) => tokenize(phrase)).filter((words) => words.length > 0),
	);
}

/**
 * The query's words, each with the alternatives its synonym groups allow. Each alternative is a phrase
 * (a list of words); a phrase member of a group ("mobile iron") counts when its words appear together
 * in the query, and is offered as a whole phrase, never as loose words.
 */
export function expandQuery(query: string, synonyms: string[][][]): string[][][] {
	const words = tokenize(query);
	const alternatives: string[][][] = words.map((word) => [[word]]);
	for (const group of synonyms) {
		for (const phrase of group) {
			const at = words.findIndex((_, i) => phrase.every((p, j) => words[i + j] === p));
			if (at === -1) continue;
			const known = new Set(alternatives[at]!.map((alt) => alt.join(' ')));
			for (const other of group) {
				if (known.has(other.join(' '))) continue;
				known.add(other.join(' '));
				alternatives[at]!.push(other);
			}
		}
	}
	return alternatives;
}

/** True when one of a term's alternative phrases appears among `words` (each word as a prefix). */
export function matchesTerm(alternatives: string[][], words: readonly string[]): boolean {
	return alternatives.some((phrase) =>
		phrase.every((part) =>
			words.some((word) => (part.length >= 3 ? word.startsWith(part) : word === part)),
		),
	);
}

/**
 * Words that carry no meaning for matching. They are dropped when a query finds little, so "my outlook
 * is not working" still finds the Outlook entries.
 */
export const FILLER_WORDS = new Set(
	`a an and are at be but by can cant cannot could do does doesnt dont for from get got have having help how i
	im is isnt it its just keeps keep me my no not of on or our please problem problems so still stopped stuck
	that the this to trying up wont was wasnt what when where why will with work working works you your
	anymore again any all issue issues broken`
		.split(/\s+/)
		.filter(Boolean),
);
