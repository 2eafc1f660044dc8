import { LANGUAGE_STORAGE_KEY } from '../../i18n/languages.ts';
import { safeStorage } from './storage.ts';

/**
 * Remembers the language a reader picks, so a short link (`/KB-1042`) opens in it next time. The links
 * themselves work without this element.
 */
class KbLanguagePicker extends HTMLElement {
	#abort?: AbortController;

	connectedCallback() {
		this.#abort = new AbortController();
		this.addEventListener(
			'click',
			(event) => {
				const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-language]');
				if (!link?.dataset.language) return;
				try {
					safeStorage('localStorage')?.setItem(LANGUAGE_STORAGE_KEY, link.dataset.language);
				} catch {
					// Storage is full or disabled: the link still opens the page in that language.
				}
			},
			{ signal: this.#abort.signal },
		);
	}

	disconnectedCallback() {
		this.#abort?.abort();
	}
}

if (!customElements.get('kb-language-picker'))
	customElements.define('kb-language-picker', KbLanguagePicker);
