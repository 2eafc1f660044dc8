import { matchOffRoute, type OffRoute } from '../../lib/handoff.ts';
import { getEntryTypeOfId } from '../../lib/ids.ts';
import { isOpenStatus } from '../../lib/status.ts';
import type { KnownErrorStatus } from '../../schemas/enums.ts';

/**
 * What "Still stuck?" shows while someone types, before anything is sent: entries that may already
 * answer the summary, and a note when a personal device's topic is handled outside the helpdesk.
 */

const ROUTE_NAMES: Record<OffRoute['who'], string> = {
	vendor: 'the manufacturer or the shop you bought it from',
	carrier: 'your mobile carrier',
	'not-supported': 'nobody at the helpdesk: it is not supported',
};

/** The off-route topics; without them the form simply offers no routing hint. */
export async function loadOffRoutes(url: string | undefined): Promise<OffRoute[]> {
	if (!url) return [];
	try {
		const response = await fetch(url);
		const rows: unknown = response.ok ? await response.json() : [];
		return Array.isArray(rows) ? (rows as OffRoute[]) : [];
	} catch {
		return [];
	}
}

/** On a personal device, says who handles the summary's topic when it is not the helpdesk. */
export function showOffRoute(
	box: HTMLElement,
	summary: string,
	device: string,
	routes: OffRoute[],
): void {
	const match = device === 'personal' ? matchOffRoute(summary, routes) : undefined;
	box.replaceChildren();
	if (!match) return;
	const text = document.createElement('p');
	text.textContent = `On a personal device, “${match.topic}” is handled by ${ROUTE_NAMES[match.who]}. ${match.how} You can still send this to the helpdesk if you need to. `;
	const link = document.createElement('a');
	link.href = match.policy;
	link.textContent = 'See the personal devices policy';
	text.append(link);
	box.append(text);
}

/**
 * Up to three entries that match the summary, the best one named as a known issue (with its
 * workaround) when it is an open one. `isCurrent` says whether the summary is still what was searched:
 * a late answer for old text is dropped.
 */
export async function showSuggestions(
	box: HTMLElement,
	summary: string,
	isCurrent: () => boolean,
): Promise<void> {
	if (summary.trim().length < 3) {
		box.replaceChildren();
		return;
	}
	try {
		const { loadSearch } = await import('./search-client.ts');
		const outcome = await (await loadSearch()).search(summary);
		if (!isCurrent()) return;
		const top = await Promise.all(outcome.results.slice(0, 3).map((hit) => hit.data()));
		// Only the best match is offered as "this looks like": a weaker one would mislead.
		const first = top[0];
		const open = first?.meta.status && isOpenStatus(first.meta.status as KnownErrorStatus);
		const known =
			first?.meta.id && getEntryTypeOfId(first.meta.id) === 'known-error' && open
				? first
				: undefined;
		box.replaceChildren();
		if (top.length === 0) return;
		const heading = document.createElement('p');
		heading.className = 'kb-handoff__suggestions-title';
		heading.textContent = 'These may help before you send:';
		const list = document.createElement('ul');
		for (const data of top) {
			const item = document.createElement('li');
			const link = document.createElement('a');
			link.href = data.url;
			link.textContent = data.meta.title ?? data.url;
			if (data === known) {
				item.className = 'kb-handoff__known';
				item.append(`This looks like ${data.meta.id}, a known issue: `, link, '.');
				if (data.meta.workaround) {
					const tip = document.createElement('span');
					tip.textContent = ` Meanwhile: ${data.meta.workaround}`;
					item.append(tip);
				}
			} else item.append(link);
			list.append(item);
		}
		box.append(heading, list);
	} catch {
		box.replaceChildren();
	}
}
