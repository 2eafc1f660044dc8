import type { StatusJson, StatusKnownError } from '../schemas/status-json.ts';
import {
	KNOWN_ERROR_STATUSES,
	NOTICE_SEVERITIES,
	SEVERITIES,
	type NoticeSeverity,
	type Severity,
} from '../schemas/enums.ts';
import { isNoticeEnded } from './notices.ts';
import { getSeverityRank, isOpenStatus } from './status.ts';

/**
 * `/status.json`: built from the content at build time, and read back (from this portal or an external
 * feed) in every reader's browser, where anything that is not its documented shape is refused.
 */

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
const PAGE_STATUS_KNOWN_ERRORS = 6;

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
	const notices = status.notices.filter((notice) => !isNoticeEnded(notice, builtAt));
	const worthy = status.knownErrors
		.filter((error) => isOpenStatus(error.status) && error.severity !== 'minor')
		.sort((a, b) => getSeverityRank(a.severity) - getSeverityRank(b.severity));
	return {
		status: { ...status, notices, knownErrors: worthy.slice(0, limit) },
		omitted: Math.max(0, worthy.length - limit),
	};
}
