import type { StatusJson } from '../../schemas/status-json.ts';
import {
	BANNER_LIMIT,
	getBannerItems,
	getDismissKey,
	getVisibleItems,
	isStatusStale,
	LIVE_STATUS_MAX_AGE_MINUTES,
	type BannerItem,
} from '../../lib/banner.ts';
import { parseStatusJson } from '../../lib/status-document.ts';
import { fetchWithTimeout } from './fetch-timeout.ts';
import { readStorageSet, safeStorage, writeStorageSet } from './storage.ts';
import { pageLanguage, readMessages } from './messages.ts';
import { getBannerLevelKey } from './status-messages.ts';
import type { Translate } from '../../i18n/format.ts';
import type { MessageKey } from '../../i18n/en.ts';

const FETCH_TIMEOUT_MS = 5000;
const DISMISSED_KEY = 'kb-status-dismissed';
const ANNOUNCED_KEY = 'kb-status-announced';

/**
 * `<kb-status-banner>`: shows what applies by the reader's clock (a static page outlives its build),
 * refreshes from `data-status-url` on load and every few minutes, and keeps what it shows when a fetch
 * fails, times out or returns something else than status JSON. Every field is set as text.
 */
export class KbStatusBanner extends HTMLElement {
	#status: StatusJson | undefined;
	#dismissed = new Set<string>();
	#shownKeys = new Set<string>();
	/** Banner-worthy known errors the page was built without (see getPageStatus); none after a fetch. */
	#omitted = 0;
	#timers: ReturnType<typeof setInterval>[] = [];
	/** Removes the toggle's listener when the element leaves the page. */
	#stop: AbortController | undefined;
	/** On a phone the banner shows one item until the reader asks for the rest. */
	#expanded = false;
	/** Items beyond the first, shown or counted on /status/: what "Show N more" offers. */
	#remaining = 0;
	/** The banner's text (BANNER_MESSAGES, from `data-messages`). */
	#t: Translate<MessageKey> = () => '';

	connectedCallback() {
		this.#t = readMessages(this);
		const initial = this.querySelector('[data-status-initial]')?.textContent ?? '';
		const parsed = parseStatusJson(initial);
		if (parsed.ok) this.#status = parsed.status;
		this.#omitted = Number(this.dataset.statusOmitted) || 0;
		this.#dismissed = readStorageSet(safeStorage('localStorage'), DISMISSED_KEY);
		// What the page already shows is not news: only items that appear later are announced.
		this.#shownKeys = new Set(this.#items().map((item) => getDismissKey(item)));
		this.#stop?.abort();
		this.#stop = new AbortController();
		this.querySelector('[data-status-toggle]')?.addEventListener(
			'click',
			() => {
				this.#expanded = !this.#expanded;
				this.#updateToggle();
				// Collapsing hides the items after the first: focus never stays on something hidden.
				const toggle = this.querySelector<HTMLElement>('[data-status-toggle]');
				if (!this.#expanded && toggle && document.activeElement !== toggle) toggle.focus();
			},
			{ signal: this.#stop.signal },
		);
		this.#render();
		void this.#refresh();
		const minutes = Number(this.dataset.refreshMinutes) || 5;
		this.#timers = [
			setInterval(() => void this.#refresh(), minutes * 60_000),
			// Notices start and end by the clock, even when nothing is fetched.
			setInterval(() => this.#render(), 60_000),
		];
	}

	disconnectedCallback() {
		this.#stop?.abort();
		for (const timer of this.#timers) clearInterval(timer);
		this.#timers = [];
	}

	#items(): BannerItem[] {
		return this.#status ? getBannerItems(this.#status, new Date(), location.pathname) : [];
	}

	async #refresh() {
		const url = this.dataset.statusUrl || '/status.json';
		try {
			const text = await fetchWithTimeout(
				url,
				{ cache: 'no-store', headers: { Accept: 'application/json' } },
				FETCH_TIMEOUT_MS,
				(response) => {
					if (!response.ok) throw new Error(`the server answered ${response.status}`);
					return response.text();
				},
			);
			const parsed = parseStatusJson(text);
			if (!parsed.ok) throw new Error(parsed.reason);
			this.#status = parsed.status;
			this.#omitted = 0;
			this.#render();
		} catch (error) {
			const reason = error instanceof Error ? error.message : String(error);
			console.warn(
				`Service status could not be refreshed from ${url} (${reason}); showing the last known status.`,
			);
		}
	}

	#render() {
		const region = this.querySelector<HTMLElement>('[data-status-region]');
		const list = this.querySelector<HTMLUListElement>('[data-status-list]');
		const freshness = this.querySelector<HTMLElement>('[data-status-freshness]');
		const announce = this.querySelector<HTMLElement>('[data-status-announce]');
		if (!region || !list || !freshness || !announce || !this.#status) return;
		const items = getVisibleItems(this.#items(), this.#dismissed);
		const t = this.#t;
		const rows = items.slice(0, BANNER_LIMIT).map((item) => this.#renderItem(item));
		if (items.length + this.#omitted > BANNER_LIMIT) {
			const more = document.createElement('li');
			more.className = 'kb-status-banner__more';
			const link = document.createElement('a');
			link.href = this.dataset.statusPageUrl || '/status/';
			const extra = items.length + this.#omitted - BANNER_LIMIT;
			link.textContent = t('banner.moreIssues', { count: extra });
			more.append(link);
			rows.push(more);
		}
		list.replaceChildren(...rows);
		region.hidden = items.length === 0;
		this.#remaining = Math.max(0, items.length + this.#omitted - 1);
		this.#updateToggle();

		const now = new Date();
		const generated = new Date(this.#status.generated);
		const stale = isStatusStale(
			this.#status,
			now,
			Number(this.dataset.maxAgeMinutes) || LIVE_STATUS_MAX_AGE_MINUTES,
		);
		freshness.textContent = t(stale ? 'banner.asOfStale' : 'banner.asOf', {
			time: formatTime(generated, now),
		});
		freshness.classList.toggle('kb-status-banner__freshness--stale', stale);

		const news = items.filter((item) => !this.#shownKeys.has(getDismissKey(item)));
		for (const item of items) this.#shownKeys.add(getDismissKey(item));
		const announced = readStorageSet(safeStorage('sessionStorage'), ANNOUNCED_KEY);
		const toAnnounce = news.filter((item) => !announced.has(getDismissKey(item)));
		if (toAnnounce.length > 0) {
			announce.textContent = toAnnounce
				.map((item) =>
					t('banner.announce', { level: t(getBannerLevelKey(item.level)), title: item.title }),
				)
				.join('. ');
			for (const item of toAnnounce) announced.add(getDismissKey(item));
			writeStorageSet(safeStorage('sessionStorage'), ANNOUNCED_KEY, announced);
		}
	}

	/** "Show 2 more" while collapsed, "Show less" while expanded; nothing to toggle with one line. */
	#updateToggle() {
		const toggle = this.querySelector<HTMLButtonElement>('[data-status-toggle]');
		if (!toggle) return;
		// With the script running, the button replaces the plain link to the status page.
		const link = this.querySelector<HTMLElement>('[data-status-all]');
		if (link) link.hidden = true;
		toggle.hidden = this.#remaining === 0;
		toggle.textContent = this.#expanded
			? this.#t('banner.showLess')
			: this.#t('banner.showMore', { count: this.#remaining });
		toggle.setAttribute('aria-expanded', String(this.#expanded));
		this.toggleAttribute('data-expanded', this.#expanded);
	}

	#renderItem(item: BannerItem): HTMLLIElement {
		const li = document.createElement('li');
		li.className = `kb-status-item kb-status-item--${item.level}`;
		li.dataset.key = `${item.kind}:${item.id}`;
		const text = document.createElement('p');
		const label = document.createElement('span');
		label.className = 'kb-status-item__level';
		label.textContent = `${this.#t('banner.itemLevel', { level: this.#t(getBannerLevelKey(item.level)) })} `;
		const title = item.url ? document.createElement('a') : document.createElement('strong');
		title.className = 'kb-status-item__title';
		title.textContent = item.title;
		if (title instanceof HTMLAnchorElement && item.url) title.href = item.url;
		text.append(label, title);
		if (item.kind === 'notice') {
			const message = document.createElement('span');
			message.className = 'kb-status-item__text';
			message.textContent = ` ${item.text}`;
			text.append(message);
		}
		const dismiss = document.createElement('button');
		dismiss.type = 'button';
		dismiss.className = 'kb-status-item__dismiss';
		dismiss.setAttribute('aria-label', this.#t('banner.dismiss', { title: item.title }));
		dismiss.textContent = '×';
		dismiss.addEventListener('click', () => {
			this.#dismissed.add(getDismissKey(item));
			writeStorageSet(safeStorage('localStorage'), DISMISSED_KEY, this.#dismissed);
			this.#render();
			document.getElementById('main')?.focus();
		});
		li.append(text, dismiss);
		return li;
	}
}

/** `10:42`, or `20 Nov, 10:42` when not today, in the reader's time zone. */
function formatTime(date: Date, now: Date): string {
	const locale = pageLanguage();
	const time = date.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
	return date.toDateString() === now.toDateString()
		? time
		: `${date.toLocaleDateString(locale, { day: 'numeric', month: 'short' })}, ${time}`;
}

if (!customElements.get('kb-status-banner'))
	customElements.define('kb-status-banner', KbStatusBanner);
