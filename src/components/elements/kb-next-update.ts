import { isUpdateOverdue } from '../../lib/status.ts';
import { readMessages } from './messages.ts';
import type { Translate } from '../../i18n/format.ts';
import type { MessageKey } from '../../i18n/en.ts';

/**
 * `<kb-next-update>` around a known error's facts: says "Next update by ..." or "Update overdue since ..."
 * (`[data-next-update]`) by the reader's clock, whichever the build said: a page built after the promised
 * time but read on a clock before it (or the other way round) ends up where its reader is.
 */
export class KbNextUpdate extends HTMLElement {
	#timer: ReturnType<typeof setInterval> | undefined;
	/** The labels (NEXT_UPDATE_MESSAGES, from `data-messages`). */
	#t: Translate<MessageKey> = () => '';

	connectedCallback() {
		this.#t = readMessages(this);
		this.#check();
		this.#timer = setInterval(() => this.#check(), 60_000);
	}

	disconnectedCallback() {
		clearInterval(this.#timer);
	}

	#check() {
		for (const fact of this.querySelectorAll<HTMLElement>('[data-next-update]')) {
			const label = fact.querySelector('dt');
			if (!label) continue;
			const overdue = isUpdateOverdue(fact.dataset.nextUpdate, new Date());
			label.textContent = this.#t(overdue ? 'facts.updateOverdue' : 'facts.nextUpdate');
			fact.classList.toggle('kb-facts__next-update--overdue', overdue);
		}
	}
}

if (!customElements.get('kb-next-update')) customElements.define('kb-next-update', KbNextUpdate);
