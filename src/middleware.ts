import { defineMiddleware } from 'astro:middleware';
import { getPortalData, type PortalData } from './collections.ts';
import { getPageI18n } from './i18n/page.ts';
import { getSiteDataInLanguage } from './lib/site-language.ts';

/**
 * Gives every page and endpoint of the build the site's data as `Astro.locals.portal`, from one place,
 * as Starlight's route data does: components read it there instead of each loading it again. With it,
 * `Astro.locals.i18n`: the page's language, its text (`t`) and its links (`href`).
 */
export const onRequest = defineMiddleware(async (context, next) => {
	const portal = await getPortalData();
	// The page's language comes from its first folder (`/de/...`); the default language has none.
	const i18n = getPageI18n(context.url.pathname, portal.site, portal.uiText);
	context.locals.i18n = i18n;
	context.locals.portal = inLanguage(portal, i18n.lang);
	return next();
});

const localized = new Map<string, PortalData>();

/** The site's data in `lang`, worked out once per language and build. */
function inLanguage(portal: PortalData, lang: string): PortalData {
	let data = localized.get(lang);
	if (!data) {
		data = getSiteDataInLanguage(portal, lang);
		localized.set(lang, data);
	}
	return data;
}
