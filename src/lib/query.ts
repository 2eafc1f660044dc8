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

/** The words of a list written as text, one or more per line. */
function listWords(text: string): string[] {
	return text.split(/\s+/).filter(Boolean);
}

/**
 * The same in the portal's other languages, as people type them (with and without special letters):
 * "mein Outlook geht nicht mehr" and "nie działa mi poczta" keep only the words that matter.
 * Read at build time, into the language's search-data.json; the calls are marked pure so that the
 * browser's search, which never reads them, does not ship them (the bundler keeps a call it cannot
 * prove free of side effects).
 */
export const FILLER_WORDS_BY_LANGUAGE: Readonly<Record<string, readonly string[]>> = {
	de: /* @__PURE__ */ listWords(`aber alle als am an auch auf aus bei bin bis bitte da das dass dem den der des die doch du
	ein eine einen einem einer es funktioniert funktioniert geht gibt habe hat hilfe ich ihr im immer in
	ist ja jetzt kann kein keine klappt man mehr mein meine meinem meinen mich mir mit nach nicht noch nur
	oder problem probleme schon sich sie so und uns von was weiter wie wieder will wir wird zu zum zur`),
	pl: /* @__PURE__ */ listWords(`a albo ale bo być co czy dla do i ich jak jest już juz ma mam mi mnie moje mój moj może moze na nie
	no o od po pomoc problem problemy przez się sie są sa ta tak te to u w we z za ze że ze znowu wciąż
	wciaz działa dziala nadal jeszcze`),
	ru: /* @__PURE__ */ listWords(`а без более бы был была были в вот все всё да для до его ее её если есть ещё еще же за и из или
	им к как когда ли мне мой моя не нет ни но ну о он она они от по помощь почему при проблема проблемы
	с со так там то у уже что это я работает`),
	lv: /* @__PURE__ */ listWords(`ar arī ari bet bez es ir jā ja kā ka kad kas man mans mana nav ne no par pie problēma problema
	tas tā ta un uz vai vēl vel strādā strada joprojām joprojam`),
	el: /* @__PURE__ */ listWords(`α αλλά για δε δεν η και με μου να ο οι πρόβλημα προβλημα σε στο στη στην το τον της του των
	που είναι ειναι λειτουργεί λειτουργει ακόμα ακομα πάλι παλι`),
};
