import { defineMiddleware } from 'astro:middleware';
import { getPortalData } from './collections.ts';

/**
 * Gives every page and endpoint of the build the site's data as `Astro.locals.portal`, from one place,
 * as Starlight's route data does: components read it there instead of each loading it again.
 */
export const onRequest = defineMiddleware(async (context, next) => {
	context.locals.portal = await getPortalData();
	return next();
});
