import { getEntryPath } from '../ids.ts';
import type { Categories } from '../../schemas/categories.ts';
import type { CheckedEntry } from './report.ts';

/** Pages and feeds every portal has, whatever its content. */
const STATIC_ROUTES = [
	'/',
	'/articles/',
	'/search/',
	'/known-errors/',
	'/status/',
	'/help/',
	'/ids/',
	'/policies/',
	'/categories/',
	'/status.json',
	'/known-errors.xml',
	'/api/entries.json',
	'/sitemap-index.xml',
];

/** Every path a link in content may point to: pages, short links, old slugs, feeds. */
export function getKnownRoutes(report: {
	entries: readonly CheckedEntry[];
	categories?: Categories | undefined;
}): Set<string> {
	const routes = new Set(STATIC_ROUTES);
	for (const key of Object.keys(report.categories ?? {})) routes.add(`/categories/${key}/`);
	for (const entry of report.entries) {
		if (entry.data.draft) continue;
		routes.add(getEntryPath(entry.type, entry.slug));
		routes.add(`/${entry.id.toUpperCase()}`);
		for (const old of entry.data.previousSlugs ?? []) routes.add(getEntryPath(entry.type, old));
	}
	return routes;
}
