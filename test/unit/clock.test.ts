import { afterEach, describe, expect, test, vi } from 'vitest';
import { readClock } from '../../src/lib/clock.ts';
import { groupNoticesByTime } from '../../src/lib/notices.ts';

afterEach(() => vi.useRealTimers());

describe('the build clock', () => {
	test('KB_NOW pins "now" for the build and the scripts', () => {
		expect(readClock({ KB_NOW: '2027-11-23T12:00:00Z' }).toISOString()).toBe(
			'2027-11-23T12:00:00.000Z',
		);
		expect(readClock({ KB_NOW: '2026-11-23T13:00:00+01:00' }).toISOString()).toBe(
			'2026-11-23T12:00:00.000Z',
		);
	});

	test('without KB_NOW it is the machine clock', () => {
		vi.useFakeTimers();
		vi.setSystemTime(new Date('2030-01-02T03:04:05Z'));
		expect(readClock({}).toISOString()).toBe('2030-01-02T03:04:05.000Z');
		expect(readClock({ KB_NOW: '  ' }).toISOString()).toBe('2030-01-02T03:04:05.000Z');
	});

	test('a KB_NOW that is not a date and time stops with a clear message, never falls back to today', () => {
		for (const value of ['tomorrow', '2026-11-23', '2026-13-45T99:00:00Z'])
			expect(() => readClock({ KB_NOW: value })).toThrow(
				`KB_NOW=${JSON.stringify(value)} is not a date and time; use ISO 8601 such as 2026-11-23T12:00:00Z`,
			);
	});
});

describe('notices grouped by time, as the status page shows them', () => {
	const notice = (id: string, starts: string, ends?: string) => ({
		id,
		starts: new Date(starts),
		ends: ends ? new Date(ends) : undefined,
	});
	const notices = [
		notice('later', '2026-11-30T19:00:00Z', '2026-11-30T23:00:00Z'),
		notice('ongoing', '2026-11-20T09:00:00Z'),
		notice('window', '2026-11-23T08:00:00Z', '2026-11-23T18:00:00Z'),
		notice('soon', '2026-11-24T19:00:00Z', '2026-11-24T20:00:00Z'),
		notice('over', '2026-11-14T20:00:00Z', '2026-11-15T02:00:00Z'),
	];
	const ids = (list: { id: string }[]) => list.map((n) => n.id);

	test('happening now, coming up soonest first, and ended', () => {
		const groups = groupNoticesByTime(notices, new Date('2026-11-23T12:00:00Z'));
		expect(ids(groups.active)).toEqual(['ongoing', 'window']);
		expect(ids(groups.upcoming)).toEqual(['soon', 'later']);
		expect(ids(groups.ended)).toEqual(['over']);
	});

	test('a notice moves on at the exact end of its window, and an open-ended one stays', () => {
		const atEnd = groupNoticesByTime(notices, new Date('2026-11-23T18:00:00Z'));
		expect(ids(atEnd.active)).toEqual(['ongoing']);
		expect(ids(atEnd.ended)).toEqual(['over', 'window']);
		const yearOn = groupNoticesByTime(notices, new Date('2027-11-23T12:00:00Z'));
		expect(ids(yearOn.active)).toEqual(['ongoing']);
		expect(yearOn.upcoming).toEqual([]);
	});
});
