import type { MessageKey } from '../../i18n/en.ts';
import {
	NOTICE_SEVERITIES,
	SEVERITIES,
	type NoticeSeverity,
	type Severity,
} from '../../schemas/enums.ts';

/**
 * The texts the status elements show, by key: the components that render them pass these to
 * `data-messages`, and the elements read them with `readMessages`. Free of the DOM and of zod, so both
 * sides import it.
 */

/** How a banner level reads: a notice by its severity ("Outage"), a known error as "Known issue". */
export function getBannerLevelKey(level: NoticeSeverity | Severity) {
	return (SEVERITIES as readonly string[]).includes(level)
		? (`banner.level.${level as Severity}` as const)
		: (`notice.${level as NoticeSeverity}` as const);
}

/** `<kb-status-banner>` (StatusBanner.astro). */
export const BANNER_MESSAGES = [
	...SEVERITIES.map((severity) => `banner.level.${severity}` as const),
	...NOTICE_SEVERITIES.map((severity) => `notice.${severity}` as const),
	'banner.itemLevel',
	'banner.announce',
	'banner.moreIssues',
	'banner.showMore',
	'banner.showLess',
	'banner.asOf',
	'banner.asOfStale',
	'banner.dismiss',
] as const satisfies readonly MessageKey[];

/** `<kb-next-update>` around a known error's facts (KnownErrorFacts.astro). */
export const NEXT_UPDATE_MESSAGES = [
	'facts.nextUpdate',
	'facts.updateOverdue',
] as const satisfies readonly MessageKey[];
