import { isNoticeActive, isNoticeUpcoming } from '../../lib/notices.ts';

/**
 * `<kb-notice-times>`: sorts server-rendered notices (`li[data-starts]`) into "Happening now" and
 * "Coming up" by the reader's clock, and hides the ones that have ended. The build groups them the same
 * way by its own clock, so without JavaScript the page is as it was when built.
 */
export class KbNoticeTimes extends HTMLElement {
	#timer: ReturnType<typeof setInterval> | undefined;

	connectedCallback() {
		this.#sort();
		this.#timer = setInterval(() => this.#sort(), 60_000);
	}

	disconnectedCallback() {
		clearInterval(this.#timer);
	}

	#sort() {
		const active = this.querySelector('[data-notice-group="active"]');
		const upcoming = this.querySelector('[data-notice-group="upcoming"]');
		if (!active || !upcoming) return;
		const now = new Date();
		const items = [...this.querySelectorAll<HTMLLIElement>('li[data-starts]')].sort(
			(a, b) => Date.parse(a.dataset.starts ?? '') - Date.parse(b.dataset.starts ?? ''),
		);
		for (const item of items) {
			const notice = { starts: item.dataset.starts ?? '', ends: item.dataset.ends || null };
			if (isNoticeActive(notice, now)) {
				item.hidden = false;
				active.append(item);
			} else if (isNoticeUpcoming(notice, now)) {
				item.hidden = false;
				upcoming.append(item);
			} else item.hidden = true;
		}
		for (const group of ['active', 'upcoming']) {
			const list = this.querySelector(`[data-notice-group="${group}"]`);
			const empty = this.querySelector<HTMLElement>(`[data-notice-empty="${group}"]`);
			if (list && empty)
				empty.hidden = [...list.children].some((child) => !(child as HTMLElement).hidden);
		}
	}
}

if (!customElements.get('kb-notice-times')) customElements.define('kb-notice-times', KbNoticeTimes);
