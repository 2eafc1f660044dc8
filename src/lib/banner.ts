import type { StatusJson } from '../schemas/status-json.ts';
import type { NoticeSeverity, Severity } from '../schemas/enums.ts';
import { fitBannerItemsToPage } from './banner-page.ts';
import { isNoticeActive } from './notices.ts';
import { getSafeUrl } from './safe-url.ts';
import { getSeverityRank, isOpenStatus } from './status.ts';

/**
 * The status banner's rules, shared by the build (the first render) and the browser (which refreshes
 * it): what is shown first, when data is too old to trust, and when a dismissed item comes back.
 */

/**
 * The banner's order. What is happening now comes first: an outage, degraded service or maintenance
 * in its window is never pushed behind known errors; information notices come last.
 */
const NOTICE_RANK: Record<NoticeSeverity, number> = {
	outage: 0,
	degraded: 1,
	maintenance: 2,
	info: 6,
};
/** Known errors come after what is happening now, most severe first. */
const bannerKnownErrorRank = (severity: Severity) => 3 + getSeverityRank(severity);

/** The banner stays short on a phone: the rest is one link away, on /status/. */
export const BANNER_LIMIT = 3;

/** A notice's message in the banner is a line or two: a longer one is cut, and says so with "…". */
const BANNER_TEXT_LIMIT = 280;

/** `text` cut to `limit` characters at a word where it can be, never inside an emoji, with "…". */
function clampText(text: string, limit = BANNER_TEXT_LIMIT): string {
	if (text.length <= limit) return text;
	let cut = text.slice(0, limit);
	const space = cut.search(/\s\S*$/);
	if (space > limit * 0.75) cut = cut.slice(0, space);
	return `${cut.replace(/[\uD800-\uDBFF]$/, '').trimEnd()}…`;
}

/** One line of the banner: an active notice or an open critical or major known error. */
export interface BannerItem {
	kind: 'notice' | 'known-error';
	id: string;
	title: string;
	/** outage, degraded, maintenance, info, critical or major. */
	level: NoticeSeverity | Severity;
	/** A notice's message; empty for a known error, which the banner shows by its level and title. */
	text: string;
	url: string | null;
	/** Changes whenever anything shown changes, so a dismissed item returns when it is updated. */
	version: string;
	rank: number;
}

/** A short, stable fingerprint of the fields an item shows. */
function getVersion(parts: readonly unknown[]): string {
	const text = JSON.stringify(parts);
	let hash = 5381;
	for (let i = 0; i < text.length; i++) hash = ((hash << 5) + hash + text.charCodeAt(i)) | 0;
	return (hash >>> 0).toString(36);
}

/**
 * The banner: active notices and open critical or major known errors, what is happening now first. A
 * notice and the known error it links to are one item (the notice, ranked as the more severe of the
 * two). On the page at `currentPath`, a notice linking to it shows without its link and a known
 * error's own item is left out (see fitBannerItemsToPage).
 */
export function getBannerItems(status: StatusJson, now: Date, currentPath?: string): BannerItem[] {
	const items: BannerItem[] = [];
	for (const notice of status.notices) {
		if (!isNoticeActive(notice, now)) continue;
		items.push({
			kind: 'notice',
			id: notice.id,
			title: notice.title,
			level: notice.severity,
			text: clampText(notice.message),
			url: getSafeUrl(notice.url),
			version: getVersion([
				notice.title,
				notice.severity,
				notice.message,
				notice.starts,
				notice.ends,
				notice.url,
			]),
			rank: NOTICE_RANK[notice.severity],
		});
	}
	const byUrl = new Map(items.filter((item) => item.url).map((item) => [item.url, item]));
	for (const error of status.knownErrors) {
		if (!isOpenStatus(error.status) || error.severity === 'minor') continue;
		const rank = bannerKnownErrorRank(error.severity);
		const notice = byUrl.get(getSafeUrl(error.url));
		if (notice) {
			notice.rank = Math.min(notice.rank, rank);
			continue;
		}
		items.push({
			kind: 'known-error',
			id: error.id,
			title: error.title,
			level: error.severity,
			text: '',
			url: getSafeUrl(error.url),
			version: getVersion([
				error.title,
				error.status,
				error.severity,
				error.services,
				error.nextUpdate,
			]),
			rank,
		});
	}
	const onPage = currentPath === undefined ? items : fitBannerItemsToPage(items, currentPath);
	return onPage.sort((a, b) => a.rank - b.rank || a.title.localeCompare(b.title));
}

/** The key under which a dismissal is remembered: the item and the version that was dismissed. */
export function getDismissKey(item: Pick<BannerItem, 'kind' | 'id' | 'version'>): string {
	return `${item.kind}:${item.id}:${item.version}`;
}

/** Items still to show: a dismissed item comes back as soon as its version changes. */
export function getVisibleItems<T extends Pick<BannerItem, 'kind' | 'id' | 'version'>>(
	items: T[],
	dismissed: ReadonlySet<string>,
): T[] {
	return items.filter((item) => !dismissed.has(getDismissKey(item)));
}

/** How old status data may be before the banner says so: a live feed soon, the build's own after a week. */
export const LIVE_STATUS_MAX_AGE_MINUTES = 15;
const BUILT_STATUS_MAX_AGE_MINUTES = 7 * 24 * 60;

/**
 * The freshness limit of a site's banner: `statusMaxAgeMinutes` when support staff set it, else 15
 * minutes for a live `statusUrl` and a week for the build's own `/status.json`, which is only as new as
 * the last build.
 */
export function getStatusMaxAgeMinutes(site: {
	statusUrl?: string | undefined;
	statusMaxAgeMinutes?: number | undefined;
}): number {
	return (
		site.statusMaxAgeMinutes ??
		(site.statusUrl ? LIVE_STATUS_MAX_AGE_MINUTES : BUILT_STATUS_MAX_AGE_MINUTES)
	);
}

/** True when the data is older than `maxAgeMinutes`: shown, but marked as possibly out of date. */
export function isStatusStale(
	status: Pick<StatusJson, 'generated'>,
	now: Date,
	maxAgeMinutes: number,
): boolean {
	return now.getTime() - Date.parse(status.generated) > maxAgeMinutes * 60_000;
}
