import { matchOffRoute, type HandoffTranslate, type OffRoute } from '../../lib/handoff.ts';
import { getEntryTypeOfId } from '../../lib/ids.ts';
import { isOpenStatus } from '../../lib/status.ts';
import type { KnownErrorStatus } from '../../schemas/enums.ts';

/**
 * What "Still stuck?" shows while someone types, before anything is sent: entries that may already
 * answer the summary, and a note when a personal device's topic is handled outside the helpdesk.
 * `t` is the form's text (HANDOFF_MESSAGES).
 */

/**
 * `text` with an element where its `{slot}` is: the words stay text, and each language puts the
 * element where its sentence needs it.
 */
function withElement(text: string, slot: string, element: Node): (string | Node)[] {
	const at = text.indexOf(`{${slot}}`);
	if (at < 0) return [text, element];
	return [text.slice(0, at), element, text.slice(at + slot.length + 2)].filter(
		(part) => part !== '',
	);
}

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
	t: HandoffTranslate,
): void {
	const match = device === 'personal' ? matchOffRoute(summary, routes) : undefined;
	box.replaceChildren();
	if (!match) return;
	const text = document.createElement('p');
	const who = t(`handoff.route.${match.who}`);
	text.textContent = `${t('handoff.route.note', { topic: match.topic, who, how: match.how })} `;
	const link = document.createElement('a');
	link.href = match.policy;
	link.textContent = t('handoff.route.policyLink');
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
	t: HandoffTranslate,
): Promise<void> {
	if (summary.trim().length < 3) {
		box.replaceChildren();
		return;
	}
	try {
		const { loadSearch } = await import('./search-bundle.ts');
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
		heading.textContent = t('handoff.suggestions.title');
		const list = document.createElement('ul');
		for (const data of top) {
			const item = document.createElement('li');
			const link = document.createElement('a');
			link.href = data.url;
			link.textContent = data.meta.title ?? data.url;
			if (data === known) {
				item.className = 'kb-handoff__known';
				item.append(
					...withElement(t('handoff.suggestions.known', { id: data.meta.id ?? '' }), 'link', link),
				);
				if (data.meta.workaround) {
					const tip = document.createElement('span');
					tip.textContent = ` ${t('handoff.suggestions.meanwhile', { workaround: data.meta.workaround })}`;
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
