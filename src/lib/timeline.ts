import { parseDocument } from 'yaml';
import { KNOWN_ERROR_STATUSES } from '../schemas/enums.ts';

const FRONTMATTER = /^(\uFEFF?---[ \t]*\r?\n)([\s\S]*?\r?\n?)(---[ \t]*(?:\r?\n|$))/;

export interface TimelineUpdate {
	note: string;
	status?: string | undefined;
	now: Date;
}

/**
 * Adds an update to a known error's file, keeping everything else as the author wrote it: appends
 * `{at, status, note}` to `updates`, sets `updated` to today, and with a new status sets `status`
 * (and `resolvedAt` when resolved, or removes it when the problem is open again).
 */
export function addTimelineUpdate(
	source: string,
	update: TimelineUpdate,
): { ok: true; text: string } | { ok: false; message: string } {
	const match = FRONTMATTER.exec(source);
	if (!match) return { ok: false, message: 'has no frontmatter between --- lines' };
	if (update.status && !(KNOWN_ERROR_STATUSES as readonly string[]).includes(update.status)) {
		return {
			ok: false,
			message: `"${update.status}" is not a status; use one of ${KNOWN_ERROR_STATUSES.join(', ')}`,
		};
	}
	if (!update.note.trim())
		return { ok: false, message: 'the update needs a note saying what changed' };
	const doc = parseDocument(match[2] ?? '');
	if (doc.errors.length > 0)
		return {
			ok: false,
			message: `the frontmatter has a YAML error: ${doc.errors[0]!.message.split('\n')[0]}`,
		};
	const at = update.now.toISOString().replace('.000Z', 'Z');
	const entry: Record<string, string> = { at };
	if (update.status) entry.status = update.status;
	entry.note = update.note.trim();
	if (!doc.has('updates') || doc.get('updates') === null)
		doc.set('updates', doc.createNode([entry]));
	else doc.addIn(['updates'], doc.createNode(entry));
	doc.set('updated', at.slice(0, 10));
	if (update.status) {
		doc.set('status', update.status);
		if (update.status === 'resolved') doc.set('resolvedAt', at);
		else doc.delete('resolvedAt');
	}
	const yaml = doc.toString({ lineWidth: 0 });
	return { ok: true, text: `${match[1]}${yaml}${match[3]}${source.slice(match[0].length)}` };
}
