import type { RuleContext } from './context.ts';

interface IdOwner {
	file: string;
	id: string;
	draft: boolean;
}

/** Every id in use, entries first and then notices, each with its file. */
export function listIdOwners(context: RuleContext): IdOwner[] {
	return [
		...context.entries.map((e) => ({ file: e.file, id: e.id, draft: e.data.draft })),
		...context.notices.map((n) => ({ file: n.file, id: n.data.id, draft: false })),
	];
}

/** The first owner of each id, by the id in capitals: ids match in any letter case. */
export function indexIdOwners(context: RuleContext): Map<string, IdOwner> {
	const byId = new Map<string, IdOwner>();
	for (const owner of listIdOwners(context)) {
		const key = owner.id.toUpperCase();
		if (!byId.has(key)) byId.set(key, owner);
	}
	return byId;
}

/**
 * Why a link to `id` cannot be followed, or undefined when it can: it must name a published entry
 * (or a notice), and not the entry it is written in (`selfId`).
 */
export function describeBadLink(
	id: string,
	owners: ReadonlyMap<string, IdOwner>,
	selfId?: string,
): string | undefined {
	const target = owners.get(id.toUpperCase());
	if (id.toUpperCase() === selfId?.toUpperCase()) return `${id} is this entry itself`;
	if (!target) return `${id} is not the id of any entry`;
	if (target.draft)
		return `${id} is a draft, which is not published; remove the link or publish that entry`;
	return undefined;
}
