import type { StatusNotice } from '../schemas/status-json.ts';

/**
 * When a notice applies, for the build (which groups the status page and writes the first banner) and
 * the browser (which regroups both by the reader's clock).
 */

export type NoticePhase = 'upcoming' | 'active' | 'ended';

/**
 * Where a notice stands at `now`: ended from `ends` on, coming up before `starts`, and active in
 * between (open-ended while `ends` is missing). The one rule the functions below read. A notice whose
 * end comes before its start (the content check refuses one) counts as ended once the end has passed.
 */
export function getNoticePhase(
	notice: { starts: string; ends?: string | null | undefined },
	now: Date,
): NoticePhase {
	const time = now.getTime();
	if (notice.ends && Date.parse(notice.ends) <= time) return 'ended';
	return Date.parse(notice.starts) > time ? 'upcoming' : 'active';
}

export function isNoticeActive(notice: Pick<StatusNotice, 'starts' | 'ends'>, now: Date): boolean {
	return getNoticePhase(notice, now) === 'active';
}

export function isNoticeUpcoming(
	notice: Pick<StatusNotice, 'starts' | 'ends'>,
	now: Date,
): boolean {
	return getNoticePhase(notice, now) === 'upcoming';
}

export function isNoticeEnded(notice: Pick<StatusNotice, 'starts' | 'ends'>, now: Date): boolean {
	return getNoticePhase(notice, now) === 'ended';
}

/**
 * Notices as the status page groups them at `now`: happening now, coming up (soonest first) and ended.
 * The build groups by its clock and the page's script regroups by the reader's.
 */
export function groupNoticesByTime<T extends { starts: Date; ends?: Date | undefined }>(
	notices: readonly T[],
	now: Date,
): { active: T[]; upcoming: T[]; ended: T[] } {
	const groups = { active: [] as T[], upcoming: [] as T[], ended: [] as T[] };
	const byStart = [...notices].sort((a, b) => a.starts.getTime() - b.starts.getTime());
	for (const notice of byStart) {
		const times = { starts: notice.starts.toISOString(), ends: notice.ends?.toISOString() ?? null };
		groups[getNoticePhase(times, now)].push(notice);
	}
	return groups;
}
