import { copyWithFeedback, type CopyFeedback } from './copy-feedback.ts';
import { readMessages } from './messages.ts';

/**
 * `<kb-copy data-text="...">` with a hidden `<button>` inside: once running, shows the button and copies
 * the text on click. Without JavaScript (or a clipboard) the button stays hidden and the text stays
 * selectable on the page. Its `data-messages` carries COPY_MESSAGES (copy-messages.ts).
 */
export class KbCopy extends HTMLElement {
	#feedback: CopyFeedback | undefined;
	#stop: AbortController | undefined;

	connectedCallback() {
		const button = this.querySelector('button');
		if (!button || !navigator.clipboard) return;
		const t = readMessages(this);
		const label = button.textContent ?? t('copy.label');
		const status = this.querySelector('[data-copy-status]');
		button.hidden = false;
		this.#stop?.abort();
		this.#stop = new AbortController();
		button.addEventListener(
			'click',
			async () => {
				const feedback = await copyWithFeedback(button, this.dataset.text ?? '', {
					label,
					status,
					t,
				});
				// The latest copy's feedback is the one that stays its full time.
				this.#feedback?.cancel();
				this.#feedback = feedback;
			},
			{ signal: this.#stop.signal },
		);
	}

	disconnectedCallback() {
		this.#stop?.abort();
		this.#feedback?.restore();
	}
}

if (!customElements.get('kb-copy')) customElements.define('kb-copy', KbCopy);
