import { getLanguages, getPublishedOfType } from '../collections.ts';
import type { EntryType } from '../lib/ids.ts';
import { getLanguageFolder } from './languages.ts';

/**
 * Every page is built once per language: the default language at the plain path (`lang` undefined,
 * the rest parameter of `src/pages/[...lang]/`), each other language under its folder (`/de/`).
 */
export async function getLanguagePaths(): Promise<{ lang: string; folder: string | undefined }[]> {
	const settings = await getLanguages();
	return settings.languages.map((lang) => ({ lang, folder: getLanguageFolder(lang, settings) }));
}

/** `getStaticPaths` of a page with nothing else to vary: one page per language. */
export async function languageStaticPaths() {
	return (await getLanguagePaths()).map(({ folder }) => ({ params: { lang: folder } }));
}

/** `getStaticPaths` of an entry page: each entry of `type` in each language, at its slug there. */
export async function entryStaticPaths<T extends EntryType>(type: T) {
	const paths = [];
	for (const { lang, folder } of await getLanguagePaths())
		for (const item of await getPublishedOfType(type, lang))
			paths.push({ params: { lang: folder, slug: item.card.slug }, props: item });
	return paths;
}
