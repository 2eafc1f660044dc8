import { copyWithFeedback } from './copy-feedback.ts';

/**
 * `<kb-copy data-text="...">` with a hidden `<button>` inside: once running, shows the button and copies
 * the text on click. Without JavaScript (or a clipboard) the button stays hidden and the text stays
 * selectable on the page.
 */
export class KbCopy extends HTMLElement {
	#cancelReset: (() => void) | undefined;
	#stop: AbortController | undefined;

	connectedCallback() {
		const button = this.querySelector('button');
		if (!button || !navigator.clipboard) return;
		const label = button.textContent ?? 'Copy';
		const status = this.querySelector('[data-copy-status]');
		button.hidden = false;
		this.#stop = new AbortController();
		button.addEventListener(
			'click',
			async () => {
				this.#cancelReset?.();
				this.#cancelReset = await copyWithFeedback(button, this.dataset.text ?? '', {
					label,
					status,
				});
			},
			{ signal: this.#stop.signal },
		);
	}

	disconnectedCallback() {
		this.#stop?.abort();
		this.#cancelReset?.();
	}
}

if (!customElements.get('kb-copy')) customElements.define('kb-copy', KbCopy);
