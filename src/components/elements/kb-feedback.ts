import { readMessages } from './messages.ts';

/**
 * `<kb-feedback>`: "Was this helpful?" Yes thanks the reader (and sends the vote to `feedbackUrl` when
 * the site has one, and as an anonymous event to `analyticsUrl`); No opens the "Still stuck?" form with
 * this entry attached. Its `data-messages` carries FEEDBACK_MESSAGES (feedback-messages.ts).
 */
export class KbFeedback extends HTMLElement {
	connectedCallback() {
		const buttons = this.querySelector<HTMLElement>('[data-feedback-buttons]');
		const thanks = this.querySelector<HTMLElement>('[data-feedback-thanks]');
		if (!buttons || !thanks) return;
		const t = readMessages(this);
		buttons.hidden = false;
		buttons.addEventListener('click', (event) => {
			const vote = (event.target as HTMLElement).closest<HTMLButtonElement>('[data-vote]')?.dataset
				.vote;
			if (!vote) return;
			this.#send(vote);
			const entryId = this.dataset.entryId;
			// The events' code loads only where the company collects them, and only on a vote.
			if (entryId && document.documentElement.dataset.analyticsUrl)
				void import('./analytics.ts').then(({ sendEvent }) =>
					sendEvent({ type: 'vote', entryId, helpful: vote === 'yes' }),
				);
			if (vote === 'yes') {
				buttons.hidden = true;
				thanks.textContent = t('feedback.thanks');
				return;
			}
			thanks.textContent = t('feedback.sorry');
			// Opening the form loads its code; once that has run, the cursor goes to its first field.
			const form = document.querySelector<HTMLElement & { open?: () => void }>('kb-handoff');
			const details = form?.closest('details');
			if (details) details.open = true;
			void customElements.whenDefined('kb-handoff').then(() => form?.open?.());
		});
	}

	#send(vote: string) {
		const url = this.dataset.feedbackUrl;
		if (!url) return;
		const body = JSON.stringify({
			entryId: this.dataset.entryId,
			helpful: vote === 'yes',
			pageUrl: location.href,
		});
		try {
			if (!navigator.sendBeacon?.(url, new Blob([body], { type: 'application/json' }))) {
				void fetch(url, {
					method: 'POST',
					body,
					headers: { 'Content-Type': 'application/json' },
					keepalive: true,
				}).catch(() => {});
			}
		} catch {
			// A vote that cannot be sent is not worth bothering the reader about.
		}
	}
}

if (!customElements.get('kb-feedback')) customElements.define('kb-feedback', KbFeedback);
