/**
 * `<kb-anchor-links data-base="https://help.example.com/KB-1042">` around an entry's body: gives every
 * heading and step with an id a button that copies its link (the short link plus the anchor, which
 * survives renames). Without JavaScript the step's own `#` link still works.
 */
export class KbAnchorLinks extends HTMLElement {
	connectedCallback() {
		const base = this.dataset.base;
		if (!base || !navigator.clipboard) return;
		const targets = this.querySelectorAll<HTMLElement>('h2[id], h3[id], .kb-step[id]');
		for (const target of targets) {
			const place = target.matches('.kb-step') ? target.querySelector('.kb-step__title') : target;
			if (!place || place.querySelector('.kb-anchor-copy')) continue;
			const name = (target.matches('.kb-step') ? target.querySelector('.kb-step__title strong') : target)?.textContent?.trim() ?? '';
			const button = document.createElement('button');
			button.type = 'button';
			button.className = 'kb-anchor-copy';
			button.setAttribute('aria-label', `Copy link to: ${name}`);
			button.textContent = 'Copy link';
			button.addEventListener('click', async () => {
				try {
					await navigator.clipboard.writeText(`${base}#${target.id}`);
					button.textContent = 'Copied';
				} catch {
					button.textContent = 'Copy failed';
				}
				setTimeout(() => (button.textContent = 'Copy link'), 2500);
			});
			place.append(button);
		}
	}
}

if (!customElements.get('kb-anchor-links')) customElements.define('kb-anchor-links', KbAnchorLinks);
