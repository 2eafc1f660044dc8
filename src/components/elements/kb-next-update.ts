import { isUpdateOverdue } from '../../lib/status-feed.ts';

/**
 * `<kb-next-update>` around a known error's facts: turns each "Next update by ..." (`[data-next-update]`)
 * into "Update overdue since ..." once the reader's clock passes the promised time.
 */
export class KbNextUpdate extends HTMLElement {
	connectedCallback() {
		this.#check();
		setInterval(() => this.#check(), 60_000);
	}

	#check() {
		for (const fact of this.querySelectorAll<HTMLElement>('[data-next-update]')) {
			const label = fact.querySelector('dt');
			if (!label || !isUpdateOverdue(fact.dataset.nextUpdate, new Date())) continue;
			label.textContent = 'Update overdue since';
			fact.classList.add('kb-facts__next-update--overdue');
		}
	}
}

if (!customElements.get('kb-next-update')) customElements.define('kb-next-update', KbNextUpdate);
