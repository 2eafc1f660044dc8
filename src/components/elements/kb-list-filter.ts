import { readMessages } from './messages.ts';
import { LIST_FILTER_NOUNS, type ListFilterNoun } from './filter-messages.ts';

/**
 * `<kb-list-filter>`: narrows a list as the reader types (on /ids/ the table of ids, on /articles/ the
 * articles by topic). Every word must appear in a row (`[data-filter-row]`); a group
 * (`[data-filter-group]`) with no row left is hidden with its heading. The count is announced:
 * "4 of 17 articles" (`data-noun`, one of LIST_FILTER_NOUNS, default "entries"; its `data-messages`
 * carries LIST_FILTER_MESSAGES, filter-messages.ts). Without JavaScript the whole list is shown.
 */
export class KbListFilter extends HTMLElement {
	connectedCallback() {
		const input = this.querySelector<HTMLInputElement>('input');
		const count = this.querySelector<HTMLElement>('[data-filter-count]');
		const rows = [...this.querySelectorAll<HTMLElement>('[data-filter-row]')];
		const groups = [...this.querySelectorAll<HTMLElement>('[data-filter-group]')];
		if (!input || !count) return;
		const t = readMessages(this);
		const noun: ListFilterNoun = LIST_FILTER_NOUNS.includes(this.dataset.noun as ListFilterNoun)
			? (this.dataset.noun as ListFilterNoun)
			: 'entries';
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
			count.textContent = t(`filter.count.${noun}`, { shown, count: rows.length });
		};
		input.addEventListener('input', apply);
		apply();
	}
}

if (!customElements.get('kb-list-filter')) customElements.define('kb-list-filter', KbListFilter);
