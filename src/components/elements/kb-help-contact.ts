import { normalizeQuery } from '../../lib/query.ts';

/**
 * `<kb-help-contact>` on /help/: shows the search the reader came from (`?q=`), as text, so they see
 * that what they typed was kept.
 */
export class KbHelpContact extends HTMLElement {
	connectedCallback() {
		const query = normalizeQuery(new URLSearchParams(location.search).get('q') ?? '').slice(0, 300);
		if (!query) return;
		const notice = this.querySelector<HTMLElement>('[data-help-query]');
		const text = this.querySelector<HTMLElement>('[data-help-query-text]');
		if (text) text.textContent = query;
		if (notice) notice.hidden = false;
	}
}

if (!customElements.get('kb-help-contact')) customElements.define('kb-help-contact', KbHelpContact);
