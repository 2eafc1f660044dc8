import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getPublishedOfType } from '../collections.ts';
import { getLatestActivity, sortUpdatesNewestFirst } from '../lib/status.ts';

/**
 * One item per known error. The item's date and guid follow its latest activity, so feed readers show
 * it again whenever its timeline gets an update. The feed has one address, so it is in the portal's
 * default language (the language of this unprefixed path), and says so.
 */
export const GET: APIRoute = async (context) => {
	const { site } = context.locals.portal;
	const { t, lang } = context.locals.i18n;
	const knownErrors = (await getPublishedOfType('known-error'))
		.map(({ entry, card }) => ({ data: entry.data, card, latest: getLatestActivity(entry.data) }))
		.sort((a, b) => b.latest.getTime() - a.latest.getTime());
	return rss({
		title: t('feed.title', { portal: site.portalName }),
		description: t('feed.description', { organisation: site.organisation }),
		customData: `<language>${lang}</language>`,
		site: context.site ?? 'https://help.example.com',
		items: knownErrors.map(({ data, card, latest }) => {
			const update = sortUpdatesNewestFirst(data.updates)[0];
			const status = t(`status.${data.status}`);
			return {
				title: t('feed.itemTitle', { title: data.title, status }),
				link: card.url,
				pubDate: latest,
				description: [
					data.summary,
					t('feed.facts', {
						status,
						severity: t(`severity.${data.severity}`),
						services: data.services.join(', '),
					}),
					update ? t('feed.latestUpdate', { note: update.note }) : '',
				]
					.filter(Boolean)
					.join(' '),
				categories: data.services,
				customData: `<guid isPermaLink="false">${data.id}@${latest.toISOString()}</guid>`,
			};
		}),
	});
};
