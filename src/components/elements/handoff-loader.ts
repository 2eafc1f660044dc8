import { recordViewedKnownError } from './storage.ts';

/**
 * Loads the "Still stuck?" form's code only when someone is about to use it: when its section is
 * opened, or pointed at or focused, or at once where the form is shown open (/help/). Until then the
 * form's fields stay disabled, and the page carries a few hundred bytes instead of the whole form.
 * Known errors the reader opens are remembered on every page, so a later request can list them.
 */
for (const form of document.querySelectorAll<HTMLElement>('kb-handoff')) {
	const { entryId, entryType } = form.dataset;
	if (entryId && entryType === 'known-error') recordViewedKnownError(entryId);
	const details = form.closest('details');
	const load = () => void import('./kb-handoff.ts');
	if (!details || details.open) {
		load();
		continue;
	}
	details.addEventListener('toggle', () => details.open && load());
	details.querySelector('summary')?.addEventListener('pointerenter', load, { once: true });
	details.querySelector('summary')?.addEventListener('focus', load, { once: true });
}

/**
 * A troubleshooter hands its path to the form (`kb-troubleshooter-handoff`, caught by `<kb-handoff>`)
 * possibly before the form's code has loaded: then it is loaded, and the same event is sent again
 * once the form listens, so the walk is never lost.
 */
if (document.querySelector('kb-handoff'))
	document.addEventListener('kb-troubleshooter-handoff', (event) => {
		if (customElements.get('kb-handoff')) return;
		const { detail } = event as CustomEvent<unknown>;
		void import('./kb-handoff.ts')
			.then(() => customElements.whenDefined('kb-handoff'))
			.then(() => document.dispatchEvent(new CustomEvent('kb-troubleshooter-handoff', { detail })));
	});
