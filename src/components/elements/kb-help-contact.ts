import { normalizeQuery } from '../../lib/query.ts';

/**
 * `<kb-help-contact>` on /help/: puts the reader's search (`?q=`) into the email to the helpdesk, so
 * what they already typed is not lost. Shown as text only.
 */
export class KbHelpContact extends HTMLElement {
	connectedCallback() {
		const query = normalizeQuery(new URLSearchParams(location.search).get('q') ?? '').slice(0, 500);
		if (!query) return;
		const notice = this.querySelector<HTMLElement>('[data-help-query]');
		const text = this.querySelector<HTMLElement>('[data-help-query-text]');
		const mail = this.querySelector<HTMLAnchorElement>('[data-help-mailto]');
		if (text) text.textContent = query;
		if (notice) notice.hidden = false;
		if (mail) {
			const subject = `Help request: ${query.slice(0, 80)}`;
			const body = `I searched the help portal for: ${query}\n\n${this.dataset.body ?? ''}`;
			mail.href = `mailto:${this.dataset.email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
		}
	}
}

if (!customElements.get('kb-help-contact')) customElements.define('kb-help-contact', KbHelpContact);
