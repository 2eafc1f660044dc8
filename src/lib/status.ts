import type { KnownErrorStatus, Severity } from '../schemas/known-error.ts';

/*
 * How a status or severity reads is the catalog's (`status.*`, `severity.*` in src/i18n/en.ts and the
 * other languages); this module keeps the rules.
 */

/** Most severe first. */
const SEVERITY_RANK: Record<Severity, number> = { critical: 0, major: 1, minor: 2 };

/** A known error is open until it is resolved. */
export function isOpenStatus(status: KnownErrorStatus): boolean {
	return status !== 'resolved';
}

/** Sort key for severities: most severe first. */
export function getSeverityRank(severity: Severity): number {
	return SEVERITY_RANK[severity];
}

interface Timelined {
	updated: Date;
	firstSeen: Date;
	resolvedAt?: Date | undefined;
	updates?: { at: Date }[] | undefined;
}

/** The latest moment anything happened to a known error: its last update, edit or resolution. */
export function getLatestActivity(entry: Timelined): Date {
	let latest = Math.max(
		entry.updated.getTime(),
		entry.firstSeen.getTime(),
		entry.resolvedAt?.getTime() ?? 0,
	);
	for (const update of entry.updates ?? []) latest = Math.max(latest, update.at.getTime());
	return new Date(latest);
}

/** Open known errors ordered as people need them: most severe first, then most recently updated. */
export function compareKnownErrors<T extends Timelined & { severity: Severity }>(
	a: T,
	b: T,
): number {
	return (
		getSeverityRank(a.severity) - getSeverityRank(b.severity) ||
		getLatestActivity(b).getTime() - getLatestActivity(a).getTime()
	);
}

/** A timeline, newest first (the file may list it in any order). */
export function sortUpdatesNewestFirst<T extends { at: Date }>(
	updates: readonly T[] | undefined,
): T[] {
	return [...(updates ?? [])].sort((a, b) => b.at.getTime() - a.at.getTime());
}

/** True once the reader's clock has passed the promised next update of an open known error. */
export function isUpdateOverdue(nextUpdate: string | Date | null | undefined, now: Date): boolean {
	if (!nextUpdate) return false;
	const due = typeof nextUpdate === 'string' ? Date.parse(nextUpdate) : nextUpdate.getTime();
	return Number.isFinite(due) && due < now.getTime();
}
