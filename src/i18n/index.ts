import { en, type LanguageCatalog, type MessageKey } from './en.ts';
import { de } from './de.ts';
import { pl } from './pl.ts';
import { ru } from './ru.ts';
import { lv } from './lv.ts';
import { el } from './el.ts';
import {
	createTranslate,
	getPluralCategories,
	isPluralMessage,
	type Message,
	type Translate,
} from './format.ts';

export type { LanguageCatalog, MessageKey } from './en.ts';

/** The languages whose text ships with the portal; `content/ui/<lang>.yaml` overrides any string. */
export const SHIPPED_CATALOGS: Readonly<Record<string, LanguageCatalog>> = {
	en,
	de,
	pl,
	ru,
	lv,
	el,
};

export const MESSAGE_KEYS = Object.keys(en) as MessageKey[];

/** The shipped catalog for a tag: exactly (`de`), else by its base language (`en` for `en-GB`). */
export function getShippedCatalog(lang: string): LanguageCatalog | undefined {
	const tag = lang.toLowerCase();
	return SHIPPED_CATALOGS[tag] ?? SHIPPED_CATALOGS[tag.split('-')[0]!];
}

/**
 * What is wrong with a language's text, in words an author can act on: missing keys (a language the
 * portal does not ship must give every key in its `content/ui/<lang>.yaml`), unknown keys, and counts
 * without a form the language needs ("few" and "many" in Polish).
 */
export function checkCatalog(lang: string, catalog: Readonly<Record<string, Message>>): string[] {
	const problems: string[] = [];
	const missing = MESSAGE_KEYS.filter((key) => catalog[key] === undefined);
	if (missing.length > 0)
		problems.push(
			`${lang} has no text for ${missing.length} key${missing.length === 1 ? '' : 's'}: ${missing.slice(0, 10).join(', ')}${missing.length > 10 ? ', …' : ''}`,
		);
	const categories = getPluralCategories(lang);
	for (const [key, message] of Object.entries(catalog)) {
		if (!Object.hasOwn(en, key)) {
			problems.push(
				`${key} is not a text of the portal (check the spelling against src/i18n/en.ts)`,
			);
			continue;
		}
		const english = en[key as MessageKey] as Message;
		if (isPluralMessage(english) !== isPluralMessage(message)) {
			problems.push(
				isPluralMessage(english)
					? `${key} is a count: give its forms (${categories.join(', ')})`
					: `${key} is plain text, not a count`,
			);
			continue;
		}
		if (isPluralMessage(message)) {
			const lacking = categories.filter((category) => message[category] === undefined);
			if (lacking.length > 0)
				problems.push(`${key} needs the ${lang} count forms ${lacking.join(', ')}`);
		}
	}
	return problems;
}

/**
 * A language's catalog: the shipped text with the portal's own overrides on top. Throws with every
 * problem when a key is missing or malformed, so no page is built half in another language.
 */
export function getCatalog(
	lang: string,
	overrides: Readonly<Record<string, Message>> = {},
): LanguageCatalog {
	const catalog = { ...getShippedCatalog(lang), ...overrides };
	const problems = checkCatalog(lang, catalog);
	if (problems.length > 0)
		throw new Error(`The portal's text in ${lang} is incomplete:\n- ${problems.join('\n- ')}`);
	return catalog as LanguageCatalog;
}

export function getTranslate(
	lang: string,
	overrides?: Readonly<Record<string, Message>>,
): Translate<MessageKey> {
	return createTranslate(lang, getCatalog(lang, overrides));
}

/** The subset of a catalog a custom element needs, for its `data-messages` attribute. */
export function pickMessages(
	catalog: LanguageCatalog,
	keys: readonly MessageKey[],
): Record<string, Message> {
	return Object.fromEntries(keys.map((key) => [key, catalog[key]]));
}
