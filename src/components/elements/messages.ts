import { createTranslate, type Message, type Translate } from '../../i18n/format.ts';
import type { MessageKey } from '../../i18n/en.ts';

/**
 * The portal's text for a custom element, in the page's language: the component that renders the
 * element gives the keys it needs as JSON in `data-messages` (see `Astro.locals.i18n.messages`).
 * `attribute` and `lang` read another set, such as the email text in the helpdesk's language.
 */
export function readMessages(
	element: HTMLElement,
	attribute = 'messages',
	lang = pageLanguage(),
): Translate<MessageKey> {
	let catalog: Record<string, Message> = {};
	try {
		catalog = JSON.parse(element.dataset[attribute] ?? '{}') as Record<string, Message>;
	} catch {
		// A broken attribute is a build bug; the throw below names the missing key.
	}
	return createTranslate(lang, catalog as Record<MessageKey, Message>);
}

/** The page's language (`<html lang>`), for counts, dates and lists. */
export function pageLanguage(): string {
	return document.documentElement.lang || 'en';
}
