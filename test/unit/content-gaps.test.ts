import { describe, expect, test } from 'vitest';
import {
	QUERY_LIMIT,
	checkAnalyticsEvent,
	normalizeEventQuery,
} from '../../src/lib/analytics-event.ts';
import {
	buildContentGapReport,
	findClosestEntry,
	findClosestWord,
	getWeekStart,
	type GapEntry,
	type ReportEvent,
} from '../../src/lib/content-gaps.ts';
import { seedEvents } from '../relay/seed-events.ts';

/** Where a troubleshooter run ended, as the browser sends it. */
const RUN_END = {
	type: 'troubleshooter',
	language: 'en',
	entryId: 'KB-1010',
	troubleshooter: 'no-printout',
	step: 'resend',
	outcome: 'solved',
};

describe('anonymous events: one check for the browser and the relay', () => {
	test('each type with its own fields, the query normalised', () => {
		expect(
			checkAnalyticsEvent({
				type: 'search',
				language: 'en-GB',
				query: '  VPN   Keeps dropping ',
				results: 3,
				pinned: false,
			}),
		).toEqual({
			ok: true,
			event: {
				type: 'search',
				language: 'en-gb',
				query: 'vpn keeps dropping',
				results: 3,
				pinned: false,
			},
		});
		expect(
			checkAnalyticsEvent({
				type: 'open',
				language: 'de',
				query: 'Passwort',
				entryId: 'kb-1001',
				rank: 1,
			}),
		).toEqual({
			ok: true,
			event: { type: 'open', language: 'de', query: 'passwort', entryId: 'KB-1001', rank: 1 },
		});
		expect(
			checkAnalyticsEvent({ type: 'vote', language: 'en', entryId: 'KE-0040', helpful: false }),
		).toMatchObject({ ok: true });
		expect(
			checkAnalyticsEvent({ type: 'handoff-sent', language: 'en', entryId: null, query: null }),
		).toMatchObject({ ok: true });
		expect(
			checkAnalyticsEvent({
				type: 'troubleshooter',
				language: 'en-GB',
				entryId: 'kb-1010',
				troubleshooter: 'no-printout',
				step: 'resend',
				outcome: 'not-solved',
			}),
		).toEqual({
			ok: true,
			event: {
				type: 'troubleshooter',
				language: 'en-gb',
				entryId: 'KB-1010',
				troubleshooter: 'no-printout',
				step: 'resend',
				outcome: 'not-solved',
			},
		});
	});

	test.each([
		[
			{
				type: 'search',
				language: 'en',
				query: 'vpn',
				results: 1,
				pinned: false,
				email: 'sam@example.com',
			},
			'email is not part of a search event.',
		],
		[
			{ type: 'handoff-sent', language: 'en', entryId: null, query: null, summary: 'My VPN' },
			'summary is not part of a handoff-sent event.',
		],
		[
			{ type: 'vote', language: 'en', entryId: 'KE-0040', helpful: true, userId: 'abc' },
			'userId is not part of a vote event.',
		],
		[
			{ type: 'pageview', language: 'en' },
			'type must be one of search, open, vote, handoff-start, handoff-sent, troubleshooter.',
		],
		[
			{ ...RUN_END, answer: 'No, the list is empty' },
			'answer is not part of a troubleshooter event.',
		],
		[{ ...RUN_END, entryId: null }, 'entryId must be an entry id such as KB-1042.'],
		[
			{ ...RUN_END, troubleshooter: 'No Printout' },
			'troubleshooter must be a troubleshooter id such as no-printout.',
		],
		[{ ...RUN_END, step: '<b>resend</b>' }, 'step must be a step id such as resend.'],
		[{ ...RUN_END, step: 'x'.repeat(101) }, 'step must be a step id such as resend.'],
		[
			{ ...RUN_END, outcome: 'gave-up' },
			'outcome must be one of solved, not-solved, contact, left.',
		],
		[
			{ type: 'search', language: 'english', query: 'x', results: 1, pinned: false },
			'language must be a language tag such as en or de.',
		],
		[
			{ type: 'search', language: 'en', query: '   ', results: 1, pinned: false },
			'query must be the text searched for.',
		],
		[
			{ type: 'search', language: 'en', query: 'vpn', results: -1, pinned: false },
			'results must be a whole number.',
		],
		[
			{ type: 'open', language: 'en', query: 'vpn', entryId: '<script>', rank: 1 },
			'entryId must be an entry id such as KB-1042.',
		],
		[
			{ type: 'open', language: 'en', query: 'vpn', entryId: 'KE-0040', rank: 0 },
			'rank must be the result’s place, from 1.',
		],
		[['search'], 'An event must be a JSON object.'],
	])('%j is refused: %s', (value, message) => {
		expect(checkAnalyticsEvent(value)).toEqual({ ok: false, message });
	});

	test('a pasted log is kept only as its first words, never longer than the cap', () => {
		const log = `Error 0x80070005 ${'at System.IO.FileStream.Init(String path) '.repeat(20)}`;
		const kept = normalizeEventQuery(log);
		expect(kept.length).toBeLessThanOrEqual(QUERY_LIMIT);
		expect(kept.startsWith('error 0x80070005 at system.io.filestream.init')).toBe(true);
		expect(kept.endsWith(' ')).toBe(false);
	});
});

const ENTRIES: GapEntry[] = [
	{
		id: 'KB-1008',
		title: 'Connect to the office Wi-Fi',
		url: '/articles/connect-to-the-office-wi-fi/',
		aliases: [],
		text: 'Connect to the office Wi-Fi guest network password wifi',
	},
	{
		id: 'KB-1010',
		title: 'Print with follow-me printing',
		url: '/articles/print/',
		aliases: ['printer'],
		text: 'Print with follow-me printing printer badge release',
	},
	{
		id: 'KB-1011',
		title: 'Enrol your personal phone in MobileIron',
		url: '/articles/mobileiron/',
		aliases: [],
		text: 'Enrol your personal phone in MobileIron BYOD mdm',
	},
	{
		id: 'KB-1003',
		title: 'Set up Microsoft Authenticator',
		url: '/articles/mfa/',
		aliases: [],
		text: 'Set up Microsoft Authenticator app sign-in MFA',
	},
];

describe('what the report makes of events', () => {
	const at = (day: number, hour = 9) => new Date(Date.UTC(2026, 10, day, hour));
	const search = (query: string, results: number, day = 16): ReportEvent => ({
		type: 'search',
		language: 'en-gb',
		query,
		results,
		pinned: false,
		at: at(day),
	});
	const open = (query: string, entryId: string, day = 16): ReportEvent => ({
		type: 'open',
		language: 'en-gb',
		query,
		entryId,
		rank: 1,
		at: at(day, 10),
	});
	const period = { from: at(1), to: at(30) };

	test('a query that found nothing, or that nobody opened a result from, is a gap; one that was opened is not', () => {
		const report = buildContentGapReport(
			[
				search('mobiletron', 0),
				search('mobiletron', 0),
				search('guest wifi password', 2),
				search('printer', 3),
				open('printer', 'KB-1010'),
			],
			ENTRIES,
			['mobileiron', 'printer', 'wifi'],
			period,
		);
		expect(report.failedSearches.map((f) => [f.query, f.searches, f.noResults, f.opened])).toEqual([
			['mobiletron', 2, 2, 0],
			['guest wifi password', 1, 0, 0],
		]);
	});

	test('the suggested fix: an alias when one entry has the words, a synonym for a misspelling, else a new entry', () => {
		const report = buildContentGapReport(
			[
				search('guest wifi password', 0),
				search('mobiletron', 0),
				search('printer toner', 0),
				search('expenses app', 0),
			],
			ENTRIES,
			['mobileiron', 'printer', 'wifi', 'guest', 'password'],
			period,
		);
		const fix = (query: string) => report.failedSearches.find((f) => f.query === query)?.fix;
		expect(fix('guest wifi password')).toBe(
			'add "guest wifi password" to the aliases of KB-1008 (Connect to the office Wi-Fi)',
		);
		expect(fix('mobiletron')).toBe(
			'add "mobiletron" to the aliases of KB-1011 (Enrol your personal phone in MobileIron)',
		);
		expect(fix('printer toner')).toBe(
			'nothing covers "printer toner" yet: write an article or a known error about it; the closest, KB-1010, covers only "printer"',
		);
		expect(report.byClosestWord).toEqual([
			{ word: 'mobileiron', queries: ['mobiletron'], searches: 1 },
		]);
	});

	test('a misspelling with no entry behind it gets a synonym group', () => {
		expect(findClosestWord('certifcate', ['certificate', 'vpn'])).toBe('certificate');
		const report = buildContentGapReport(
			[search('certifcate', 0)],
			ENTRIES,
			['certificate'],
			period,
		);
		expect(report.failedSearches[0]!.fix).toBe(
			'add a synonym group to synonyms.yaml: - [certificate, certifcate]',
		);
	});

	test('closest entries ignore words found everywhere and prefer what covers most of the query', () => {
		expect(findClosestEntry('authenticator app', ENTRIES)?.entry.id).toBe('KB-1003');
		expect(findClosestEntry('mobiletron', ENTRIES)).toMatchObject({
			entry: { id: 'KB-1011' },
			likely: true,
		});
		expect(findClosestEntry('lunch menu', ENTRIES)).toBeUndefined();
	});

	test('a search ends in an opened entry when an open follows it in the same week, counted once', () => {
		const report = buildContentGapReport(
			[
				search('vpn', 4, 16),
				search('vpn', 4, 17),
				open('vpn', 'KE-0040', 17),
				open('vpn', 'KE-0040', 17),
				open('vpn', 'KE-0040', 17),
				search('vpn', 4, 23),
			],
			ENTRIES,
			[],
			period,
		);
		expect(report.weekly).toEqual([
			{ week: '2026-11-16', searches: 2, ended: 2, share: 1 },
			{ week: '2026-11-23', searches: 1, ended: 0, share: 0 },
		]);
		expect(getWeekStart(new Date('2026-11-22T23:59:00Z'))).toBe('2026-11-16');
	});

	test('troubleshooter runs are counted per troubleshooter by where and how they ended', () => {
		const end = (
			troubleshooter: string,
			step: string,
			outcome: 'solved' | 'not-solved' | 'contact' | 'left',
			entryId = 'KB-1010',
		): ReportEvent => ({
			type: 'troubleshooter',
			language: 'en-gb',
			entryId,
			troubleshooter,
			step,
			outcome,
			at: at(16),
		});
		const report = buildContentGapReport(
			[
				end('no-printout', 'resend', 'solved'),
				end('no-printout', 'resend', 'solved'),
				end('no-printout', 'resend', 'not-solved'),
				end('no-printout', 'technician', 'contact'),
				end('no-printout', 'jobs', 'left'),
				end('no-printout', 'jobs', 'left'),
				end('no-printout', 'jobs', 'left'),
				end('no-printout', 'jobs', 'left'),
				end('no-colour', 'driver', 'solved'),
				end('gone', 'first', 'left', 'KB-9999'),
				{ ...end('no-printout', 'resend', 'solved'), at: at(1, 0) },
			],
			ENTRIES,
			[],
			{ from: at(2), to: at(30) },
		);
		expect(report.troubleshooters).toEqual([
			{
				entry: { id: 'KB-1010', title: 'Print with follow-me printing', url: '/articles/print/' },
				id: 'no-printout',
				runs: 8,
				solved: 2,
				notSolved: 1,
				contact: 1,
				left: 4,
				ends: [
					{ step: 'jobs', outcome: 'left', runs: 4 },
					{ step: 'resend', outcome: 'solved', runs: 2 },
					{ step: 'resend', outcome: 'not-solved', runs: 1 },
					{ step: 'technician', outcome: 'contact', runs: 1 },
				],
			},
			{
				entry: { id: 'KB-9999', title: 'KB-9999 (no longer published)', url: '' },
				id: 'gone',
				runs: 1,
				solved: 0,
				notSolved: 0,
				contact: 0,
				left: 1,
				ends: [{ step: 'first', outcome: 'left', runs: 1 }],
			},
			{
				entry: { id: 'KB-1010', title: 'Print with follow-me printing', url: '/articles/print/' },
				id: 'no-colour',
				runs: 1,
				solved: 1,
				notSolved: 0,
				contact: 0,
				left: 0,
				ends: [{ step: 'driver', outcome: 'solved', runs: 1 }],
			},
		]);
	});

	test('a seeded month: the gaps, the unhelpful entries and the handoffs a support team would see', () => {
		const events = seedEvents({ start: new Date('2026-10-26T00:00:00Z'), days: 28 });
		const report = buildContentGapReport(
			events,
			ENTRIES,
			['mobileiron', 'globalprotect', 'authenticator'],
			{
				from: new Date('2026-10-26T00:00:00Z'),
				to: new Date('2026-11-23T00:00:00Z'),
			},
		);
		const failed = report.failedSearches.map((f) => f.query);
		expect(failed).toContain('printer toner');
		expect(failed).toContain('globalprotekt');
		expect(failed).not.toContain('reset password');
		// Most searched first.
		const counts = report.failedSearches.map((f) => f.searches);
		expect([...counts].sort((a, b) => b - a)).toEqual(counts);
		expect(report.byClosestWord.map((g) => g.word)).toEqual(
			expect.arrayContaining(['globalprotect', 'authenticator']),
		);
		// Teams sound and the VPN issue are the entries people most often say did not help.
		expect(
			report.unhelpful
				.slice(0, 2)
				.map((u) => u.id)
				.sort(),
		).toEqual(['KB-1013', 'KE-0040']);
		expect(
			report.followedByHandoff
				.slice(0, 2)
				.map((h) => h.id)
				.sort(),
		).toEqual(['KB-1013', 'KE-0040']);
		expect(report.weekly).toHaveLength(4);
		for (const week of report.weekly) expect(week.share).toBeGreaterThan(0.5);
		expect(report.handoffs.share).toBeGreaterThan(0);
		expect(report.handoffs.share).toBeLessThan(1);
		expect(report.languages.map((l) => l.language)).toEqual(['en-gb', 'de']);
		// The Follow-Me troubleshooter: most runs solved, and readers give up most at the queue question.
		const [printing] = report.troubleshooters;
		expect(report.troubleshooters).toHaveLength(1);
		expect(printing).toMatchObject({ entry: { id: 'KB-1010' }, id: 'no-printout' });
		expect(printing!.runs).toBe(
			printing!.solved + printing!.notSolved + printing!.contact + printing!.left,
		);
		expect(printing!.solved).toBeGreaterThan(printing!.runs / 3);
		expect(printing!.ends.find((end) => end.outcome === 'left')?.step).toBe('queue');
	});
});
