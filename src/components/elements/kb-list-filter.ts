/**
 * `<kb-list-filter>`: narrows a list as the reader types (on /ids/ the table of ids, on /articles/ the
 * articles by topic). Every word must appear in a row (`[data-filter-row]`); a group
 * (`[data-filter-group]`) with no row left is hidden with its heading. The count is announced:
 * "4 of 17 articles" (`data-noun`, default "entries"). Without JavaScript the whole list is shown.
 */
export class KbListFilter extends HTMLElement {
	connectedCallback() {
		const input = this.querySelector<HTMLInputElement>('input');
		const count = this.querySelector<HTMLElement>('[data-filter-count]');
		const rows = [...this.querySelectorAll<HTMLElement>('[data-filter-row]')];
		const groups = [...this.querySelectorAll<HTMLElement>('[data-filter-group]')];
		if (!input || !count) return;
		const noun = this.dataset.noun ?? 'entries';
		// A row matches its group's heading too: "printing" finds every article under Printing.
		const texts = rows.map((row) => {
			const heading = row.closest('[data-filter-group]')?.querySelector('h2, h3')?.textContent;
			return `${row.textContent ?? ''} ${heading ?? ''}`.toLowerCase().replace(/\s+/g, ' ');
		});
		const apply = () => {
			const words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
			let shown = 0;
			rows.forEach((row, i) => {
				row.hidden = !words.every((word) => texts[i]!.includes(word));
				if (!row.hidden) shown++;
			});
			for (const group of groups)
				group.hidden = ![...group.querySelectorAll<HTMLElement>('[data-filter-row]')].some(
					(row) => !row.hidden,
				);
			count.textContent = `${shown} of ${rows.length} ${noun}`;
		};
		input.addEventListener('input', apply);
		apply();
	}
}

if (!customElements.get('kb-list-filter')) customElements.define('kb-list-filter', KbListFilter);
