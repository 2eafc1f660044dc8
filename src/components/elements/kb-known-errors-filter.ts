import { readMessages } from './messages.ts';

/**
 * `<kb-known-errors-filter>` on /known-errors/: shows open or resolved issues and one service, with the
 * choice kept in the URL (`?status=open&service=VPN`) so a filtered list can be shared. Without
 * JavaScript every known issue is listed, grouped into open and resolved. Its `data-messages` carries
 * KNOWN_ERRORS_FILTER_MESSAGES (filter-messages.ts).
 */
export class KbKnownErrorsFilter extends HTMLElement {
	/** Removes its listeners, Back and Forward included, when the element leaves the page. */
	#stop: AbortController | undefined;

	connectedCallback() {
		const status = this.querySelector<HTMLSelectElement>('select[name="status"]');
		const service = this.querySelector<HTMLSelectElement>('select[name="service"]');
		if (!status || !service) return;
		const t = readMessages(this);
		const fromUrl = () => {
			const params = new URLSearchParams(location.search);
			const pick = (select: HTMLSelectElement, value: string | null) => {
				select.value = [...select.options].some((o) => o.value === value) ? (value ?? '') : '';
			};
			pick(status, params.get('status'));
			pick(service, params.get('service'));
		};
		const apply = () => {
			let shown = 0;
			for (const group of this.querySelectorAll<HTMLElement>('[data-group]')) {
				const groupShown = !status.value || status.value === group.dataset.group;
				group.hidden = !groupShown;
				let count = 0;
				for (const item of group.querySelectorAll<HTMLElement>('li[data-entry-id]')) {
					const services = (item.dataset.services ?? '').split('|');
					item.hidden = Boolean(service.value) && !services.includes(service.value);
					if (!item.hidden) count++;
				}
				const counter = group.querySelector('[data-group-count]');
				if (counter) counter.textContent = String(count);
				const empty = group.querySelector<HTMLElement>('[data-group-empty]');
				if (empty) empty.hidden = count > 0;
				if (groupShown) shown += count;
			}
			const announce = this.querySelector('[data-filter-count]');
			if (announce) announce.textContent = t('filter.knownErrors.count', { count: shown });
		};
		const toUrl = () => {
			const params = new URLSearchParams();
			if (status.value) params.set('status', status.value);
			if (service.value) params.set('service', service.value);
			const query = params.toString();
			history.pushState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
		};
		this.#stop?.abort();
		this.#stop = new AbortController();
		for (const select of [status, service]) {
			select.addEventListener(
				'change',
				() => {
					toUrl();
					apply();
				},
				{ signal: this.#stop.signal },
			);
		}
		window.addEventListener(
			'popstate',
			() => {
				fromUrl();
				apply();
			},
			{ signal: this.#stop.signal },
		);
		fromUrl();
		apply();
	}

	disconnectedCallback() {
		this.#stop?.abort();
	}
}

if (!customElements.get('kb-known-errors-filter'))
	customElements.define('kb-known-errors-filter', KbKnownErrorsFilter);
