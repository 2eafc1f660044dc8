/**
 * The portal's own text in a language: messages with `{name}` slots, and counts in the forms the
 * language has (Polish, Russian and Latvian have more than "one" and "other"). Free of Astro and zod,
 * so the browser's custom elements use the same rules as the build.
 */

/** A count's forms, by the plural category `Intl.PluralRules` picks; `other` is always there. */
export type PluralMessage = { [category in Intl.LDMLPluralRule]?: string } & { other: string };
export type Message = string | PluralMessage;
export type Catalog = Readonly<Record<string, Message>>;
export type MessageVars = Readonly<Record<string, string | number>>;

export type Translate<Key extends string = string> = (key: Key, vars?: MessageVars) => string;

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const listFormats = new Map<string, Intl.ListFormat>();

/** Intl objects are slow to make and a build formats thousands of pages: one per language. */
function cached<T>(cache: Map<string, T>, lang: string, make: () => T): T {
	let value = cache.get(lang);
	if (!value) {
		value = make();
		cache.set(lang, value);
	}
	return value;
}

/** The plural category of `count` in `lang` ("few" for 3 in Polish, "many" for 5). */
export function getPluralCategory(lang: string, count: number): Intl.LDMLPluralRule {
	return cached(pluralRules, lang, () => new Intl.PluralRules(lang)).select(count);
}

/** The plural categories a language's counts need (`one`, `few`, `many`, `other` for Polish). */
export function getPluralCategories(lang: string): Intl.LDMLPluralRule[] {
	return new Intl.PluralRules(lang).resolvedOptions().pluralCategories as Intl.LDMLPluralRule[];
}

export function isPluralMessage(message: Message): message is PluralMessage {
	return typeof message === 'object' && message !== null;
}

/** Fills `{name}` slots; a number is written the language's way (1 234 in Polish, 1.234 in German). */
export function formatMessage(lang: string, message: Message, vars: MessageVars = {}): string {
	let text: string;
	if (isPluralMessage(message)) {
		const count = vars.count;
		if (typeof count !== 'number') throw new Error('a count message needs a number as {count}');
		text = message[getPluralCategory(lang, count)] ?? message.other;
	} else {
		text = message;
	}
	return text.replace(/\{(\w+)\}/g, (slot, name: string) => {
		const value = vars[name];
		if (value === undefined) return slot;
		return typeof value === 'number'
			? cached(numberFormats, lang, () => new Intl.NumberFormat(lang)).format(value)
			: value;
	});
}

/**
 * A translator for one language. A key the catalog lacks throws: the build fails rather than put an
 * English word, or a bare key, on a German page.
 */
export function createTranslate<Key extends string>(
	lang: string,
	catalog: Readonly<Record<Key, Message>>,
): Translate<Key> {
	return (key, vars) => {
		const message = catalog[key];
		if (message === undefined) throw new Error(`No text "${key}" for language ${lang}`);
		return formatMessage(lang, message, vars);
	};
}

/** `a, b and c` in the language's own way ("a, b und c", "a, b i c"). */
export function joinList(lang: string, words: readonly string[]): string {
	return cached(
		listFormats,
		lang,
		() => new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }),
	).format(words);
}
