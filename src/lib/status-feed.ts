import type { StatusJson, StatusKnownError, StatusNotice } from '../schemas/status-json.ts';
import {
	KNOWN_ERROR_STATUSES,
	NOTICE_SEVERITIES,
	SEVERITIES,
	type NoticeSeverity,
	type Severity,
} from '../schemas/enums.ts';
import { isOpenStatus } from './status.ts';

/**
 * The status banner's rules, shared by the build (which writes `/status.json` and the first render)
 * and the browser (which refreshes it): which notices apply now, what is shown first, when data is
 * too old to trust, and when a dismissed item comes back.
 */

/** A notice is active from `starts` until `ends` (open-ended while `ends` is missing). */
export function isNoticeActive(notice: Pick<StatusNotice, 'starts' | 'ends'>, now: Date): boolean {
	const starts = Date.parse(notice.starts);
	const ends = notice.ends ? Date.parse(notice.ends) : Infinity;
	return starts <= now.getTime() && now.getTime() < ends;
}

export function isNoticeUpcoming(notice: Pick<StatusNotice, 'starts'>, now: Date): boolean {
	return Date.parse(notice.starts) > now.getTime();
}

export function isNoticeExpired(notice: Pick<StatusNotice, 'ends'>, now: Date): boolean {
	return notice.ends !== null && Date.parse(notice.ends) <= now.getTime();
}

/**
 * Notices as the status page groups them at `now`: happening now, coming up (soonest first) and ended.
 * The build groups by its clock and the page's script regroups by the reader's.
 */
export function groupNoticesByTime<T extends { starts: Date; ends?: Date | undefined }>(
	notices: readonly T[],
	now: Date,
): { active: T[]; upcoming: T[]; ended: T[] } {
	const groups = { active: [] as T[], upcoming: [] as T[], ended: [] as T[] };
	const byStart = [...notices].sort((a, b) => a.starts.getTime() - b.starts.getTime());
	for (const notice of byStart) {
		const times = { starts: notice.starts.toISOString(), ends: notice.ends?.toISOString() ?? null };
		if (isNoticeActive(times, now)) groups.active.push(notice);
		else if (isNoticeUpcoming(times, now)) groups.upcoming.push(notice);
		else groups.ended.push(notice);
	}
	return groups;
}

/** True once the reader's clock has passed the promised next update of an open known error. */
export function isUpdateOverdue(nextUpdate: string | Date | null | undefined, now: Date): boolean {
	if (!nextUpdate) return false;
	const due = typeof nextUpdate === 'string' ? Date.parse(nextUpdate) : nextUpdate.getTime();
	return Number.isFinite(due) && due < now.getTime();
}

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
const BANNER_KNOWN_ERROR_RANK: Record<Severity, number> = { critical: 3, major: 4, minor: 5 };
/** Most severe first, for lists of known errors. */
const KNOWN_ERROR_RANK: Record<Severity, number> = { critical: 0, major: 1, minor: 2 };

/** How each level reads in the banner. */
export const BANNER_LEVEL_LABELS: Record<NoticeSeverity | Severity, string> = {
	outage: 'Outage',
	degraded: 'Degraded service',
	maintenance: 'Planned maintenance',
	info: 'Information',
	critical: 'Critical known issue',
	major: 'Known issue',
	minor: 'Known issue',
};

/** The banner stays short on a phone: the rest is one link away, on /status/. */
export const BANNER_LIMIT = 3;

/** A notice's message in the banner is a line or two: a longer one is cut, and says so with "…". */
export const BANNER_TEXT_LIMIT = 280;

/** `text` cut to `limit` characters at a word where it can be, never inside an emoji, with "…". */
export function clampText(text: string, limit = BANNER_TEXT_LIMIT): string {
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
	text: string;
	url: string | null;
	/** Changes whenever anything shown changes, so a dismissed item returns when it is updated. */
	version: string;
	rank: number;
}

/** Only links that cannot run code: a path on this site or an http(s) address. */
export function getSafeUrl(url: string | null | undefined): string | null {
	if (!url) return null;
	const trimmed = url.trim();
	if (/^\/(?!\/)/.test(trimmed)) {
		// Browsers read `/\evil.example` (and `/<tab>/evil.example`) as `//evil.example`: not this site.
		const site = 'https://portal.invalid';
		try {
			return new URL(trimmed, site).origin === site ? trimmed : null;
		} catch {
			return null;
		}
	}
	try {
		const parsed = new URL(trimmed);
		return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
	} catch {
		return null;
	}
}

/** A short, stable fingerprint of the fields an item shows. */
export function getVersion(parts: readonly unknown[]): string {
	const text = JSON.stringify(parts);
	let hash = 5381;
	for (let i = 0; i < text.length; i++) hash = ((hash << 5) + hash + text.charCodeAt(i)) | 0;
	return (hash >>> 0).toString(36);
}

/**
 * The banner: active notices and open critical or major known errors, what is happening now first. A
 * notice and the known error it links to are one item (the notice, ranked as the more severe of the
 * two), and on a page the banner leaves out the item that links to that page itself.
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
		const rank = BANNER_KNOWN_ERROR_RANK[error.severity];
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
			text: `Known issue affecting ${error.services.join(', ')}.`,
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
	return items
		.filter((item) => !currentPath || item.url !== currentPath)
		.sort((a, b) => a.rank - b.rank || a.title.localeCompare(b.title));
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

/** True when the data is older than `maxAgeMinutes`: shown, but marked as possibly out of date. */
export function isStatusStale(
	status: Pick<StatusJson, 'generated'>,
	now: Date,
	maxAgeMinutes: number,
): boolean {
	return now.getTime() - Date.parse(status.generated) > maxAgeMinutes * 60_000;
}

export type ParsedStatus = { ok: true; status: StatusJson } | { ok: false; reason: string };

/** RFC 3339 as zod's `z.iso.datetime({ offset: true })` reads it: seconds required, 00-23 hours. */
const ISO_DATE_TIME =
	/^(\d{4})-(\d{2})-(\d{2})T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** A date and time on a real calendar day: `Date.parse` would read 2026-02-30 as 2 March. */
function isIsoDateTime(value: unknown): value is string {
	const match = typeof value === 'string' ? ISO_DATE_TIME.exec(value) : null;
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
	const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
	return days !== undefined && day >= 1 && day <= days && !Number.isNaN(Date.parse(match[0]));
}

/**
 * Checks a fetched document against the shape of `StatusJsonSchema` (src/schemas/status-json.ts) by
 * hand: this runs in every reader's browser, where zod would multiply the banner's size. The tests hold
 * both to the same documents.
 */
function findShapeError(value: unknown): string | undefined {
	const isObject = (v: unknown): v is Record<string, unknown> =>
		typeof v === 'object' && v !== null && !Array.isArray(v);
	const isText = (v: unknown) => typeof v === 'string';
	const isTime = isIsoDateTime;
	const isTextList = (v: unknown) => Array.isArray(v) && v.every(isText);
	if (!isObject(value)) return 'document: expected an object';
	if (!isTime(value.generated)) return 'generated: expected an ISO date and time';
	if (!Array.isArray(value.notices)) return 'notices: expected a list';
	if (!Array.isArray(value.knownErrors)) return 'knownErrors: expected a list';
	for (const [i, n] of value.notices.entries()) {
		const at = `notices.${i}`;
		if (!isObject(n)) return `${at}: expected an object`;
		if (!isText(n.id) || !n.id) return `${at}.id: expected text`;
		if (!isText(n.title) || !n.title) return `${at}.title: expected text`;
		if (!(NOTICE_SEVERITIES as readonly unknown[]).includes(n.severity))
			return `${at}.severity: expected one of ${NOTICE_SEVERITIES.join(', ')}`;
		if (!isTime(n.starts)) return `${at}.starts: expected an ISO date and time`;
		if (n.ends !== null && !isTime(n.ends))
			return `${at}.ends: expected an ISO date and time or null`;
		if (!isTextList(n.services)) return `${at}.services: expected a list of text`;
		if (!isText(n.message)) return `${at}.message: expected text`;
		if (n.url !== undefined && n.url !== null && !isText(n.url))
			return `${at}.url: expected text or null`;
	}
	for (const [i, k] of value.knownErrors.entries()) {
		const at = `knownErrors.${i}`;
		if (!isObject(k)) return `${at}: expected an object`;
		if (!isText(k.id) || !k.id) return `${at}.id: expected text`;
		if (!isText(k.title) || !k.title) return `${at}.title: expected text`;
		if (!(KNOWN_ERROR_STATUSES as readonly unknown[]).includes(k.status))
			return `${at}.status: expected one of ${KNOWN_ERROR_STATUSES.join(', ')}`;
		if (!(SEVERITIES as readonly unknown[]).includes(k.severity))
			return `${at}.severity: expected one of ${SEVERITIES.join(', ')}`;
		if (!isTextList(k.services)) return `${at}.services: expected a list of text`;
		if (!isText(k.url)) return `${at}.url: expected text`;
		if (k.nextUpdate !== undefined && k.nextUpdate !== null && !isTime(k.nextUpdate))
			return `${at}.nextUpdate: expected an ISO date and time or null`;
	}
	return undefined;
}

/** Reads a fetched status document; anything that is not the documented shape is refused, with why. */
export function parseStatusJson(text: string): ParsedStatus {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return { ok: false, reason: 'the response is not JSON' };
	}
	const error = findShapeError(value);
	if (error) return { ok: false, reason: `the response has the wrong shape (${error})` };
	return { ok: true, status: value as StatusJson };
}

interface NoticeLike {
	id: string;
	title: string;
	severity: NoticeSeverity;
	starts: Date;
	ends?: Date | undefined;
	services: string[];
	message: string;
	link?: string | undefined;
}

interface KnownErrorLike {
	id: string;
	title: string;
	status: StatusKnownError['status'];
	severity: Severity;
	services: string[];
	url: string;
	nextUpdate?: Date | undefined;
}

/**
 * `/status.json` from the content: every notice (the reader's clock decides which apply) and every
 * open known error. `resolveLink` turns an entry id into its page.
 */
export function buildStatusJson(
	notices: NoticeLike[],
	knownErrors: KnownErrorLike[],
	generated: Date,
	resolveLink: (link: string) => string | null,
): StatusJson {
	return {
		generated: generated.toISOString(),
		notices: [...notices]
			.sort((a, b) => a.starts.getTime() - b.starts.getTime() || a.id.localeCompare(b.id))
			.map((notice) => ({
				id: notice.id,
				title: notice.title,
				severity: notice.severity,
				starts: notice.starts.toISOString(),
				ends: notice.ends?.toISOString() ?? null,
				services: notice.services,
				message: notice.message,
				url: notice.link ? resolveLink(notice.link) : null,
			})),
		knownErrors: knownErrors
			.filter((error) => isOpenStatus(error.status))
			.map((error) => ({
				id: error.id,
				title: error.title,
				status: error.status,
				severity: error.severity,
				services: error.services,
				url: error.url,
				nextUpdate: error.nextUpdate?.toISOString() ?? null,
			})),
	};
}

/** How many banner-worthy known errors a page carries for its first paint; the rest come with the fetch. */
export const PAGE_STATUS_KNOWN_ERRORS = 6;

/**
 * The status a page is built with, for showing the banner before (or without) a fetch: notices that
 * have not ended, and the most severe open known errors worth a banner. A portal with hundreds of
 * open known errors must not copy them all into every page; `omitted` counts the ones left out, so
 * "N more issues" stays right until the fetch brings the full list.
 */
export function getPageStatus(
	status: StatusJson,
	builtAt: Date,
	limit = PAGE_STATUS_KNOWN_ERRORS,
): { status: StatusJson; omitted: number } {
	const notices = status.notices.filter((notice) => !isNoticeExpired(notice, builtAt));
	const worthy = status.knownErrors
		.filter((error) => isOpenStatus(error.status) && error.severity !== 'minor')
		.sort((a, b) => KNOWN_ERROR_RANK[a.severity] - KNOWN_ERROR_RANK[b.severity]);
	return {
		status: { ...status, notices, knownErrors: worthy.slice(0, limit) },
		omitted: Math.max(0, worthy.length - limit),
	};
}
