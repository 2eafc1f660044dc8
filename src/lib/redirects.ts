import type { EntryCard } from './entries.ts';
import { getEntryPath } from './ids.ts';

export interface Redirect {
	/** The path that must keep working, e.g. `/KB-1042` or `/articles/old-name/`. */
	from: string;
	/** The entry's current page. */
	to: string;
	title: string;
}

/**
 * Every path that leads to an entry without being its page: the short link in upper and lower case,
 * and each previous slug.
 */
export function getRedirects(cards: EntryCard[]): Redirect[] {
	const redirects: Redirect[] = [];
	for (const card of cards) {
		const upper = `/${card.id.toUpperCase()}`;
		redirects.push({ from: upper, to: card.url, title: card.title });
		redirects.push({ from: upper.toLowerCase(), to: card.url, title: card.title });
		for (const slug of card.previousSlugs) {
			if (slug === card.slug) continue;
			redirects.push({ from: getEntryPath(card.type, slug), to: card.url, title: card.title });
		}
	}
	return redirects;
}
