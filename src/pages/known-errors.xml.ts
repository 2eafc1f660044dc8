import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getPublishedOfType } from '../collections.ts';
import {
	STATUS_LABELS,
	SEVERITY_LABELS,
	getLatestActivity,
	sortUpdatesNewestFirst,
} from '../lib/status.ts';

/**
 * One item per known error. The item's date and guid follow its latest activity, so feed readers show
 * it again whenever its timeline gets an update.
 */
export const GET: APIRoute = async (context) => {
	const { site } = context.locals.portal;
	const knownErrors = (await getPublishedOfType('known-error'))
		.map(({ entry, card }) => ({ data: entry.data, card, latest: getLatestActivity(entry.data) }))
		.sort((a, b) => b.latest.getTime() - a.latest.getTime());
	return rss({
		title: `${site.portalName}: known issues`,
		description: `Known IT issues at ${site.organisation}, with their status and workarounds.`,
		site: context.site ?? 'https://help.example.com',
		items: knownErrors.map(({ data, card, latest }) => {
			const update = sortUpdatesNewestFirst(data.updates)[0];
			return {
				title: `${data.title} (${STATUS_LABELS[data.status]})`,
				link: card.url,
				pubDate: latest,
				description: [
					data.summary,
					`Status: ${STATUS_LABELS[data.status]}. Severity: ${SEVERITY_LABELS[data.severity]}. Affects: ${data.services.join(', ')}.`,
					update ? `Latest update: ${update.note}` : '',
				]
					.filter(Boolean)
					.join(' '),
				categories: data.services,
				customData: `<guid isPermaLink="false">${data.id}@${latest.toISOString()}</guid>`,
			};
		}),
	});
};
