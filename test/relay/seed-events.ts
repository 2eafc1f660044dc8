import type { AnalyticsEvent } from '../../src/lib/analytics-event.ts';

/**
 * A realistic month of anonymous events for the sample portal (Northwind Traders), seeded so every run
 * gives the same month: most searches find their entry and it is opened; some find nothing because
 * employees use words the portal does not ("printer toner", "outlok signature"); a few entries get
 * "No" votes and are followed by requests to the helpdesk; readers walk the Follow-Me printing
 * troubleshooter, and most runs end solved, some at the helpdesk, and some stop at the queue question.
 * Working days are busier than weekends.
 */
export type SeededEvent = AnalyticsEvent & { at: Date };

/** Mulberry32: a tiny seeded generator, so the month is the same on every machine. */
function random(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Searches that find their entry: query, entry opened, its rank, how often per working day. */
const FOUND = [
	{ query: 'reset password', entry: 'KB-1001', rank: 1, daily: 6 },
	{ query: 'vpn keeps dropping', entry: 'KE-0040', rank: 1, daily: 5 },
	{ query: 'account locked', entry: 'KB-1002', rank: 1, daily: 3 },
	{ query: 'authenticator new phone', entry: 'KB-1004', rank: 1, daily: 2 },
	{ query: 'outlook not syncing', entry: 'KB-1005', rank: 1, daily: 3 },
	{ query: 'shared mailbox', entry: 'KB-1006', rank: 1, daily: 2 },
	{ query: 'follow me printing', entry: 'KB-1010', rank: 1, daily: 2 },
	{ query: 'mobiletron', entry: 'KB-1011', rank: 1, daily: 1 },
	{ query: 'onedrive 0x8007016a', entry: 'KE-0043', rank: 1, daily: 1 },
	{ query: 'teams no sound', entry: 'KB-1013', rank: 2, daily: 2 },
	{ query: 'wifi drops', entry: 'KB-1009', rank: 1, daily: 2 },
];

/** Searches that find nothing, or nothing anyone opens. */
const NOT_FOUND = [
	{ query: 'printer toner', results: 0, daily: 1.6 },
	{ query: 'outlok signature', results: 0, daily: 1.2 },
	{ query: 'second monitor flickering', results: 2, daily: 1.0 },
	{ query: 'expenses app', results: 0, daily: 0.8 },
	{ query: 'teams background blur', results: 3, daily: 0.7 },
	{ query: 'guest wifi password', results: 1, daily: 0.6 },
	{ query: 'vpn certifcate expired', results: 0, daily: 0.5 },
	{ query: 'globalprotekt', results: 0, daily: 0.9 },
	{ query: 'authenticater code not working', results: 0, daily: 0.7 },
];

/** German-speaking staff in the Hamburg office search too. */
const GERMAN = [
	{ query: 'passwort zurücksetzen', entry: 'KB-1001', daily: 0.8 },
	{ query: 'drucker toner', entry: null, daily: 0.4 },
];

/**
 * Where runs of KB-1010's troubleshooter end (its real step ids), and how often per working day. Most
 * find their fix; the question about which printer was chosen is where readers most often give up.
 */
const TROUBLESHOOTER_ENDS = [
	{ step: 'resend', outcome: 'solved', daily: 0.5 },
	{ step: 'resend', outcome: 'not-solved', daily: 0.15 },
	{ step: 'hold', outcome: 'solved', daily: 0.2 },
	{ step: 'hold', outcome: 'not-solved', daily: 0.05 },
	{ step: 'other-floor', outcome: 'solved', daily: 0.15 },
	{ step: 'register', outcome: 'contact', daily: 0.15 },
	{ step: 'technician', outcome: 'contact', daily: 0.2 },
	{ step: 'queue', outcome: 'left', daily: 0.3 },
	{ step: 'waiting', outcome: 'left', daily: 0.1 },
	{ step: 'jobs', outcome: 'left', daily: 0.05 },
] as const;

export function seedEvents({
	start,
	days = 30,
	seed = 42,
}: {
	start: Date;
	days?: number;
	seed?: number;
}): SeededEvent[] {
	const next = random(seed);
	// Its own sequence, so adding troubleshooter runs left every other seeded event as it was.
	const nextRun = random(seed + 1);
	const events: SeededEvent[] = [];
	const count = (daily: number, weekend: boolean) => {
		const mean = daily * (weekend ? 0.15 : 1);
		return Math.floor(mean) + (next() < mean - Math.floor(mean) ? 1 : 0);
	};
	for (let d = 0; d < days; d++) {
		const day = new Date(start.getTime() + d * 24 * 3600_000);
		const weekend = day.getUTCDay() === 0 || day.getUTCDay() === 6;
		// Office hours, 08:00 to 18:00 UTC, a few seconds between a search and what follows it.
		const at = (offset = 0) =>
			new Date(day.getTime() + (8 * 3600 + Math.floor(next() * 10 * 3600) + offset) * 1000);
		for (const found of FOUND) {
			for (let i = 0; i < count(found.daily, weekend); i++) {
				const t = at();
				const language = 'en-gb';
				events.push({
					type: 'search',
					language,
					query: found.query,
					results: 4,
					pinned: found.entry.startsWith('KE') && /0x/.test(found.query),
					at: t,
				});
				// Most people open the entry; some read the snippet and leave.
				if (next() < 0.85)
					events.push({
						type: 'open',
						language,
						query: found.query,
						entryId: found.entry,
						rank: found.rank,
						at: new Date(t.getTime() + 8000),
					});
				const stuck = found.entry === 'KB-1013' ? 0.35 : found.entry === 'KE-0040' ? 0.2 : 0.05;
				if (next() < 0.3) {
					const helpful = next() >= stuck * 2;
					events.push({
						type: 'vote',
						language,
						entryId: found.entry,
						helpful,
						at: new Date(t.getTime() + 120_000),
					});
					if (!helpful) {
						events.push({
							type: 'handoff-start',
							language,
							entryId: found.entry,
							query: null,
							at: new Date(t.getTime() + 130_000),
						});
						if (next() < 0.8)
							events.push({
								type: 'handoff-sent',
								language,
								entryId: found.entry,
								query: null,
								at: new Date(t.getTime() + 300_000),
							});
					}
				}
			}
		}
		for (const missing of NOT_FOUND) {
			for (let i = 0; i < count(missing.daily, weekend); i++) {
				const t = at();
				const language = 'en-gb';
				events.push({
					type: 'search',
					language,
					query: missing.query,
					results: missing.results,
					pinned: false,
					at: t,
				});
				// Half of them give up and ask the helpdesk from the search page.
				if (next() < 0.5) {
					events.push({
						type: 'handoff-start',
						language,
						entryId: null,
						query: missing.query,
						at: new Date(t.getTime() + 20_000),
					});
					events.push({
						type: 'handoff-sent',
						language,
						entryId: null,
						query: missing.query,
						at: new Date(t.getTime() + 200_000),
					});
				}
			}
		}
		for (const german of GERMAN) {
			for (let i = 0; i < count(german.daily, weekend); i++) {
				const t = at();
				events.push({
					type: 'search',
					language: 'de',
					query: german.query,
					results: german.entry ? 2 : 0,
					pinned: false,
					at: t,
				});
				if (german.entry)
					events.push({
						type: 'open',
						language: 'de',
						query: german.query,
						entryId: german.entry,
						rank: 1,
						at: new Date(t.getTime() + 9000),
					});
			}
		}
		for (const end of TROUBLESHOOTER_ENDS) {
			const mean = end.daily * (weekend ? 0.15 : 1);
			const runs = Math.floor(mean) + (nextRun() < mean - Math.floor(mean) ? 1 : 0);
			for (let i = 0; i < runs; i++)
				events.push({
					type: 'troubleshooter',
					language: 'en-gb',
					entryId: 'KB-1010',
					troubleshooter: 'no-printout',
					step: end.step,
					outcome: end.outcome,
					at: new Date(day.getTime() + (8 * 3600 + Math.floor(nextRun() * 10 * 3600)) * 1000),
				});
		}
	}
	return events.sort((a, b) => a.at.getTime() - b.at.getTime());
}
