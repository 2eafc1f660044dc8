import { detectPlatform } from '../../lib/platform.ts';

/**
 * `<kb-platforms>` around `<details data-os>` blocks: moves the reader's own platform to the top and
 * folds the others, so a phone user sees phone steps first. Without JavaScript every block stays open.
 */
export class KbPlatforms extends HTMLElement {
	connectedCallback() {
		const blocks = [...this.querySelectorAll<HTMLDetailsElement>(':scope > details[data-os]')];
		const mine = detectPlatform(navigator.userAgent, navigator.maxTouchPoints);
		const match = blocks.find((block) => block.dataset.os === mine);
		if (!match) return;
		this.prepend(match);
		match.querySelector('[data-your-device]')?.removeAttribute('hidden');
		for (const block of blocks) block.open = block === match;
	}
}

if (!customElements.get('kb-platforms')) customElements.define('kb-platforms', KbPlatforms);
