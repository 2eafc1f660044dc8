import { copyWithFeedback, type CopyFeedback } from './copy-feedback.ts';
import { readMessages } from './messages.ts';

/**
 * `<kb-anchor-links data-base="https://help.example.com/KB-1042">` around an entry's body: gives every
 * heading and step with an id a button that copies its link (the short link plus the anchor, which
 * survives renames). Without JavaScript the step's own `#` link still works. Its `data-messages`
 * carries ANCHOR_LINK_MESSAGES (copy-messages.ts).
 */
export class KbAnchorLinks extends HTMLElement {
	#feedback = new Map<HTMLElement, CopyFeedback>();

	connectedCallback() {
		// Connected again (moved in the page): the buttons are already there.
		if (this.querySelector('.kb-anchor-copy')) return;
		const base = this.dataset.base;
		if (!base || !navigator.clipboard) return;
		const t = readMessages(this);
		const label = t('copy.link');
		const targets = this.querySelectorAll<HTMLElement>('h2[id], h3[id], .kb-step[id]');
		for (const target of targets) {
			const isStep = target.matches('.kb-step');
			const name =
				(isStep ? target.querySelector('.kb-step__title strong') : target)?.textContent?.trim() ??
				'';
			const button = document.createElement('button');
			button.type = 'button';
			button.className = 'kb-anchor-copy';
			button.setAttribute('aria-label', t('copy.linkTo', { name }));
			button.textContent = label;
			button.addEventListener('click', async () => {
				const feedback = await copyWithFeedback(button, `${base}#${target.id}`, {
					label,
					t,
				});
				this.#feedback.get(button)?.cancel();
				this.#feedback.set(button, feedback);
			});
			if (isStep) target.querySelector('.kb-step__title')?.append(button);
			else {
				// Beside the heading, not inside it: a heading's name stays its own text.
				const row = document.createElement('div');
				row.className = 'kb-heading-row';
				target.before(row);
				row.append(target, button);
			}
		}
	}

	disconnectedCallback() {
		for (const feedback of this.#feedback.values()) feedback.restore();
		this.#feedback.clear();
	}
}

if (!customElements.get('kb-anchor-links')) customElements.define('kb-anchor-links', KbAnchorLinks);
