import { readMessages } from './messages.ts';
import type { Translate } from '../../i18n/format.ts';
import type { MessageKey } from '../../i18n/en.ts';

/**
 * `<kb-search>` around the header's search form. Until someone focuses the box (or presses `/`), this
 * tiny element is all the search code a page has; then it loads the search itself and shows results
 * as they type. Without JavaScript the form still submits to /search/.
 */
export class KbSearch extends HTMLElement {
	#started = false;
	/** The panel's text (SEARCH_PANEL_MESSAGES, from `data-messages`). */
	#t: Translate<MessageKey> | undefined;
	/** Removes the page-wide `/` shortcut when the element leaves the page. */
	#stop: AbortController | undefined;

	connectedCallback() {
		const input = this.querySelector<HTMLInputElement>('input[name="q"]');
		if (!input) return;
		this.#t = readMessages(this);
		const start = () => this.#start(input);
		input.addEventListener('focus', start, { once: true });
		input.addEventListener('input', start, { once: true });
		this.#stop?.abort();
		this.#stop = new AbortController();
		document.addEventListener(
			'keydown',
			(event) => {
				if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
				const target = event.target as HTMLElement | null;
				if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
				event.preventDefault();
				input.focus();
			},
			{ signal: this.#stop.signal },
		);
	}

	disconnectedCallback() {
		this.#stop?.abort();
	}

	async #start(input: HTMLInputElement) {
		if (this.#started) return;
		this.#started = true;
		const { attachSearchPanel } = await import('./search-bundle.ts');
		attachSearchPanel(this, input, this.#t ?? readMessages(this));
	}
}

if (!customElements.get('kb-search')) customElements.define('kb-search', KbSearch);
