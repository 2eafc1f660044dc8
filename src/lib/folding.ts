/**
 * Special letters typed plainly: people type `haslo` for `hasło` and `andern` or `aendern` for
 * `ändern`. Pagefind folds letters that Unicode decomposes (ä, é, ś are a letter and a mark), but not
 * the letters that are letters of their own (ł, ß, ø, đ, æ, œ). The build adds the folded forms of a
 * page's words that hold such letters, and of German words with umlauts their `ae` spellings, so either
 * way of typing finds the page. Free of DOM and zod: the build and the tests use it.
 */

/** Letters that do not decompose, as people type them on a keyboard without them. */
const PLAIN: Readonly<Record<string, string>> = {
	ł: 'l',
	ß: 'ss',
	ẞ: 'ss',
	ø: 'o',
	đ: 'd',
	ð: 'd',
	þ: 'th',
	æ: 'ae',
	œ: 'oe',
	ı: 'i',
	ħ: 'h',
	ŧ: 't',
};

const NEEDS_FOLDING = new RegExp(`[${Object.keys(PLAIN).join('')}]`, 'u');
const GERMAN_UMLAUTS: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue' };

/**
 * Whether a text has a letter whose plain spelling search would miss: a quick test, so the build only
 * reads the words of texts that have one (smart quotes and dashes do not count).
 */
export function hasPlainSpellings(text: string, lang: string): boolean {
	return (
		NEEDS_FOLDING.test(text.toLowerCase()) ||
		(lang.toLowerCase().split('-')[0] === 'de' && /[äöü]/iu.test(text.normalize('NFC')))
	);
}

/** A word with its special letters typed plainly and its marks dropped: `hasło` is `haslo`. */
export function foldWord(word: string): string {
	return word
		.toLowerCase()
		.replace(/./gu, (letter) => PLAIN[letter] ?? letter)
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.normalize('NFC');
}

/**
 * The spellings of a text's words that search would otherwise miss, once each: the folded form of
 * every word with a letter Pagefind keeps apart (`hasło` gives `haslo`), and in German the `ae`, `oe`,
 * `ue` spelling of a word with an umlaut (`ändern` gives `aendern`).
 */
export function getPlainSpellings(text: string, lang: string): string[] {
	const german = lang.toLowerCase().split('-')[0] === 'de';
	const spellings = new Set<string>();
	for (const word of text.toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? []) {
		if (NEEDS_FOLDING.test(word)) spellings.add(foldWord(word));
		if (german && /[äöü]/u.test(word.normalize('NFC')))
			spellings.add(foldWord(word.normalize('NFC').replace(/[äöü]/gu, (u) => GERMAN_UMLAUTS[u]!)));
	}
	return [...spellings].sort();
}
