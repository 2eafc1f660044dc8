/**
 * `<kb-copy data-text="...">` with a hidden `<button>` inside: once running, shows the button and copies
 * the text on click. Without JavaScript (or a clipboard) the button stays hidden and the text stays
 * selectable on the page.
 */
export class KbCopy extends HTMLElement {
	#timer: ReturnType<typeof setTimeout> | undefined;

	connectedCallback() {
		const button = this.querySelector('button');
		const status = this.querySelector('[data-copy-status]');
		if (!button || !navigator.clipboard) return;
		const label = button.textContent ?? 'Copy';
		button.hidden = false;
		button.addEventListener('click', async () => {
			const text = this.dataset.text ?? '';
			try {
				await navigator.clipboard.writeText(text);
				button.textContent = 'Copied';
				if (status) status.textContent = 'Copied to the clipboard';
			} catch {
				button.textContent = 'Copy failed';
				if (status) status.textContent = 'Could not copy; select the text and copy it instead';
			}
			clearTimeout(this.#timer);
			this.#timer = setTimeout(() => {
				button.textContent = label;
				if (status) status.textContent = '';
			}, 2500);
		});
	}
}

if (!customElements.get('kb-copy')) customElements.define('kb-copy', KbCopy);
