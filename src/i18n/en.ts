/**
 * The portal's own text in English: the catalog every other language translates key by key. A key
 * another catalog lacks is a type error, and the build checks it too (src/i18n/index.ts). Counts are
 * objects of plural forms, chosen by `Intl.PluralRules`.
 */
import { enSearchStatus } from './en-search-status.ts';
import { enHelp } from './en-help.ts';
import { enPages } from './en-pages.ts';

export const en = {
	...enSearchStatus,
	...enHelp,
	...enPages,
	// Entry types, statuses and severities (src/lib/ids.ts, status.ts)
	'type.article': 'Article',
	'type.known-error': 'Known error',
	'type.policy': 'Policy',
	'status.investigating': 'Investigating',
	'status.identified': 'Cause identified',
	'status.workaround': 'Workaround available',
	'status.fix-in-progress': 'Fix in progress',
	'status.monitoring': 'Fixed, monitoring',
	'status.resolved': 'Resolved',
	'severity.critical': 'Critical',
	'severity.major': 'Major',
	'severity.minor': 'Minor',
	// Notices and the banner (src/lib/notices.ts, banner.ts)
	'notice.info': 'Information',
	'notice.maintenance': 'Planned maintenance',
	'notice.degraded': 'Degraded service',
	'notice.outage': 'Outage',
	'banner.level.critical': 'Critical known issue',
	'banner.level.major': 'Known issue',
	'banner.level.minor': 'Known issue',
	// Platforms, devices and who supports what (src/lib/labels.ts)
	'platform.windows': 'Windows',
	'platform.macos': 'macOS',
	'platform.linux': 'Linux',
	'platform.ios': 'iPhone and iPad',
	'platform.android': 'Android',
	'platform.web': 'Web browser',
	'platform.other': 'Something else',
	'device.corporate': 'Company device',
	'device.personal': 'Personal device (BYOD)',
	'route.helpdesk': 'IT helpdesk',
	'route.vendor': 'Manufacturer or shop',
	'route.carrier': 'Mobile carrier',
	'route.self-service': 'You (self-service)',
	'route.not-supported': 'Not supported',
	// How urgent a request is (src/lib/handoff.ts)
	'urgency.blocked': 'I cannot work',
	'urgency.degraded': 'I can work, but slowly or with a workaround',
	'urgency.question': 'It is a question',
	// Languages (src/i18n)
	'language.picker': 'Language',
	'language.untranslated':
		'This page has not been translated yet, so it is shown in its original language.',
	'language.stale':
		'The original of this page was updated on {date}, after this translation was made, so some details here may be out of date.',
	'language.original': 'Read the original',
	// Known-error body sections, by their headings in this language (src/lib/reply.ts)
	'section.workaround': 'Workaround',
	// ---- The relay's refusals, by the code it answers with (src/lib/handoff-refusal.ts, README
	// "Refusals"). Kept together here so that a reorganisation of the en*.ts files merges easily. ----
	'handoff.refused.origin':
		"The helpdesk's system only takes requests from its own help portal, so this one was not sent. Nothing you typed is lost: email it instead.",
	/** `{count}` is the number of seconds to wait. */
	'handoff.refused.rateLimited': {
		one: 'Too many requests from your network just now. Wait {count} second and try again; nothing you typed is lost.',
		other:
			'Too many requests from your network just now. Wait {count} seconds and try again; nothing you typed is lost.',
	},
	'handoff.refused.tooLarge':
		'The request is too large to send. Shorten the longest field, or email it instead; nothing you typed is lost.',
	'handoff.refused.unreadable':
		"The helpdesk's system could not read the request, so it was not sent. Nothing you typed is lost: try again, or email it instead.",
	'handoff.refused.invalidField':
		"The helpdesk's system did not accept what is in one of the fields. Nothing you typed is lost: check the form and try again, or email it instead.",
	'handoff.refused.outdated':
		'This page is out of date, so the helpdesk could not read the request. Nothing you typed is lost: reload the page and send it again, or email it instead.',
	'handoff.refused.automated':
		'This request looks automated, so it was not sent. Nothing you typed is lost: email it to the helpdesk instead.',
	'handoff.refused.wrongAddress':
		"The help portal sends requests to an address where the helpdesk's system does not take them. Nothing you typed is lost: email it instead, and let the helpdesk know.",
	'handoff.refused.storeFailed':
		"The helpdesk's system could not save the request, so nothing was sent. Nothing you typed is lost: try again in a moment, or email it instead.",
	/** Before what another ticket system said, shown apart as it sent it (often in English). */
	'handoff.refused.reply': "The helpdesk's system replied:",
	// ---- end of the relay's refusals ----
} as const;

export type MessageKey = keyof typeof en;
