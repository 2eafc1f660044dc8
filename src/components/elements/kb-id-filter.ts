/**
 * `<kb-id-filter>` on /ids/: narrows the table of ids as the agent types (id, title, type or status;
 * every word must match). Without JavaScript the whole table is shown.
 */
export class KbIdFilter extends HTMLElement {
	connectedCallback() {
		const input = this.querySelector<HTMLInputElement>('input');
		const count = this.querySelector<HTMLElement>('[data-id-count]');
		const rows = [...this.querySelectorAll<HTMLTableRowElement>('tr[data-id-row]')];
		if (!input || !count) return;
		const texts = rows.map((row) => (row.textContent ?? '').toLowerCase().replace(/\s+/g, ' '));
		const apply = () => {
			const words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
			let shown = 0;
			rows.forEach((row, i) => {
				row.hidden = !words.every((word) => texts[i]!.includes(word));
				if (!row.hidden) shown++;
			});
			count.textContent = `${shown} of ${rows.length} entries`;
		};
		input.addEventListener('input', apply);
		apply();
	}
}

if (!customElements.get('kb-id-filter')) customElements.define('kb-id-filter', KbIdFilter);
