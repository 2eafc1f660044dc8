import { LANGUAGE_STORAGE_KEY, chooseLanguage } from '../../i18n/languages.ts';
import { safeStorage } from './storage.ts';

/**
 * Where a short link's page sends the reader: the entry's page in their language (the one they chose
 * on this portal, else the first of the browser's languages the portal has), else the default one.
 */
export function chooseShortLinkTarget(root: HTMLElement): string | undefined {
	const fallback = root.dataset.redirectTo;
	let alternates: { lang: string; url: string }[] = [];
	try {
		alternates = JSON.parse(root.dataset.alternates ?? '[]') as typeof alternates;
	} catch {
		return fallback;
	}
	if (alternates.length < 2) return fallback;
	let stored: string | null = null;
	try {
		stored = safeStorage('localStorage')?.getItem(LANGUAGE_STORAGE_KEY) ?? null;
	} catch {
		stored = null;
	}
	const lang = chooseLanguage(stored, navigator.languages ?? [navigator.language], {
		defaultLanguage: root.dataset.defaultLanguage ?? alternates[0]!.lang,
		languages: alternates.map((alternate) => alternate.lang),
	});
	return alternates.find((alternate) => alternate.lang === lang)?.url ?? fallback;
}
