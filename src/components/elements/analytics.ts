import { normalizeEventQuery, type AnalyticsEvent } from '../../lib/analytics-event.ts';

/**
 * Sends the anonymous events of the content-gap report to `<html data-analytics-url>`, when the
 * company has set `analyticsUrl` and the reader's browser does not ask not to be tracked (Global
 * Privacy Control, Do Not Track). Events go as plain-text beacons: no cookie, no preflight, nothing
 * read back, and a failure is silent. A search is sent once the reader stops typing, not per keystroke.
 */
type EventBody = AnalyticsEvent extends infer E
	? E extends AnalyticsEvent
		? Omit<E, 'language'>
		: never
	: never;

/** How long a search must stay unchanged before it counts as one. */
const SEARCH_SETTLE_MS = 1500;

function getTarget(): string | undefined {
	const url = document.documentElement.dataset.analyticsUrl;
	if (!url) return undefined;
	const privacy = navigator as Navigator & { globalPrivacyControl?: boolean };
	if (privacy.globalPrivacyControl === true || navigator.doNotTrack === '1') return undefined;
	return url;
}

export function sendEvent(event: EventBody) {
	const url = getTarget();
	if (!url) return;
	const language = (document.documentElement.lang || 'en').toLowerCase();
	const body = JSON.stringify({ ...event, language });
	try {
		const type = 'text/plain;charset=UTF-8';
		if (navigator.sendBeacon?.(url, new Blob([body], { type }))) return;
		void fetch(url, {
			method: 'POST',
			body,
			keepalive: true,
			mode: 'no-cors',
			headers: { 'Content-Type': type },
		}).catch(() => undefined);
	} catch {
		// Analytics never gets in the reader's way.
	}
}

let pending: { query: string; send: () => void; timer: ReturnType<typeof setTimeout> } | undefined;
let lastSent = '';

/** A search and how many results it found; sent once it has stood for a moment (or a result opens). */
export function trackSearch(query: string, results: number, pinned: boolean) {
	if (!getTarget()) return;
	const normal = normalizeEventQuery(query);
	if (pending) clearTimeout(pending.timer);
	pending = undefined;
	if (!normal) return;
	const send = () => {
		pending = undefined;
		const key = `${normal}\u0000${results}`;
		if (key === lastSent) return;
		lastSent = key;
		sendEvent({ type: 'search', query: normal, results, pinned });
	};
	pending = { query: normal, send, timer: setTimeout(send, SEARCH_SETTLE_MS) };
}

/**
 * The reader typed on: the search shown so far is not the one they settled on, so it is not sent (on a
 * slow device a pause mid-word can show results for half a word for longer than the settle time).
 */
export function holdSearch() {
	if (pending) clearTimeout(pending.timer);
	pending = undefined;
}

/** A result opened from a search: the search is sent first if it has not been yet. */
function trackOpen(query: string, entryId: string | undefined, rank: number) {
	if (!entryId || !getTarget()) return;
	if (pending) {
		clearTimeout(pending.timer);
		pending.send();
	}
	const normal = normalizeEventQuery(query);
	if (normal) sendEvent({ type: 'open', query: normal, entryId, rank });
}

// A search still settling when the reader leaves the page is a search all the same.
addEventListener('pagehide', () => {
	if (!pending) return;
	clearTimeout(pending.timer);
	pending.send();
});

/** Reports results opened from `list` (rendered by `renderResult`), with their rank from 1. */
export function watchOpens(list: HTMLElement, getQuery: () => string, signal?: AbortSignal) {
	list.addEventListener(
		'click',
		(event) => {
			const link = (event.target as Element | null)?.closest?.('a.kb-result__title');
			const item = link?.closest<HTMLElement>('li.kb-result');
			if (!item) return;
			const rank = [...list.querySelectorAll('li.kb-result')].indexOf(item) + 1;
			trackOpen(getQuery(), item.dataset.entryId, rank);
		},
		{ signal },
	);
}
