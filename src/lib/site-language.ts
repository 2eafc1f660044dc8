/**
 * The site's data as a page in one language reads it. `site.yaml` and its companions hold the default
 * language; each other language may give its own portal name and opening hours, category titles and
 * synonyms, which win over the default's where given.
 */

/** The site's data with each language's own additions (the `site` collection's entry). */
export interface SiteDataByLanguage {
	site: { defaultLanguage: string };
	categories: Readonly<Record<string, object>>;
	synonyms: readonly (readonly unknown[])[];
	languages: Readonly<
		Record<
			string,
			{
				site?: object | undefined;
				categories?: Readonly<Record<string, object>> | undefined;
				synonyms?: readonly (readonly unknown[])[] | undefined;
			}
		>
	>;
}

/**
 * The data a page in `lang` reads: the language's site text over `site.yaml`'s, each category's
 * title and description in the language where given (the rest of the category kept), and the
 * language's synonyms first, then the default language's (readers mix both). The default language,
 * and a language without files of its own, get the data as it is.
 */
export function getSiteDataInLanguage<T extends SiteDataByLanguage>(data: T, lang: string): T {
	const own = data.languages[lang];
	if (!own || lang === data.site.defaultLanguage) return data;
	const categories = Object.fromEntries(
		Object.entries(data.categories).map(([key, category]) => [
			key,
			{ ...category, ...own.categories?.[key] },
		]),
	);
	return {
		...data,
		site: { ...data.site, ...own.site },
		categories,
		synonyms: [...(own.synonyms ?? []), ...data.synonyms],
	};
}
