import type { AnalyticsEvent, TroubleshooterOutcome } from './analytics-event.ts';
import { getEditDistance } from './edit-distance.ts';
import { FILLER_WORDS, tokenize } from './query.ts';

/**
 * The content-gap report's figures, from anonymous events (`npm run report`): what employees searched
 * for and did not find, which entries did not help, and how often a search ends in an opened entry.
 * Events carry no identifier, so a search and the result opened after it are matched by their query
 * within the same week: of `n` searches for a query and `m` opens from it, `min(n, m)` ended in an
 * opened entry. A troubleshooter run sends one event where it ends, so runs are counted per end.
 * Pure: the CLI reads the store and the content, this decides.
 */

export type ReportEvent = AnalyticsEvent & { at: Date };

/** What the report knows of an entry: to name it, link it, and match queries to it. */
export interface GapEntry {
	id: string;
	title: string;
	url: string;
	/** Title, aliases, tags, summary and the like: the words a query could have matched. */
	text: string;
	aliases: string[];
}

export interface FailedSearch {
	query: string;
	searches: number;
	/** Searches that found no result at all. */
	noResults: number;
	/** Results opened from this query. */
	opened: number;
	/** The entry whose words come closest to the query, if any does. */
	closest?: { id: string; title: string; url: string } | undefined;
	/** The portal's word a misspelt query word is closest to ("mobiletron" -> "mobileiron"). */
	closestWord?: { typed: string; known: string } | undefined;
	/** What support staff can do, in a line they can act on. */
	fix: string;
	languages: string[];
}

/** How many runs of one troubleshooter ended at one step, one way. */
export interface TroubleshooterEnd {
	step: string;
	outcome: TroubleshooterOutcome;
	runs: number;
}

/** Where readers of one troubleshooter end: solved, not solved, at the helpdesk, or gone. */
export interface TroubleshooterEnds {
	entry: { id: string; title: string; url: string };
	/** The troubleshooter's id within its entry. */
	id: string;
	runs: number;
	solved: number;
	notSolved: number;
	contact: number;
	left: number;
	/** Per step and outcome; the step with most runs first. */
	ends: TroubleshooterEnd[];
}

export interface ContentGapReport {
	from: Date;
	to: Date;
	totals: {
		searches: number;
		opens: number;
		votes: number;
		handoffStarts: number;
		handoffsSent: number;
	};
	/** Queries that found nothing, or that nobody opened a result from; most searched first. */
	failedSearches: FailedSearch[];
	/** The same, grouped by the known word their misspelling is closest to. */
	byClosestWord: { word: string; queries: string[]; searches: number }[];
	unhelpful: { id: string; title: string; url: string; no: number; yes: number }[];
	followedByHandoff: { id: string; title: string; url: string; started: number; sent: number }[];
	weekly: { week: string; searches: number; ended: number; share: number }[];
	/** Per troubleshooter, most runs that did not end solved first. */
	troubleshooters: TroubleshooterEnds[];
	handoffs: { sent: number; afterSearch: number; share: number };
	languages: {
		language: string;
		searches: number;
		failed: number;
		opens: number;
		handoffsSent: number;
	}[];
}

const meaningful = (text: string) => tokenize(text).filter((word) => !FILLER_WORDS.has(word));

/** Monday of the event's week (UTC), as `2026-11-16`. */
export function getWeekStart(date: Date): string {
	const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
	day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
	return day.toISOString().slice(0, 10);
}

/**
 * Two words are the same to a reader who mistyped or cut one: the start of a longer word
 * ("authent"), or a small edit of a word of five letters or more ("certifcate").
 */
function isCloseWord(typed: string, known: string): boolean {
	if (typed === known) return true;
	if (typed.length >= 5 && known.startsWith(typed)) return true;
	const limit = typed.length >= 8 ? 2 : typed.length >= 5 ? 1 : 0;
	return (
		limit > 0 &&
		Math.abs(typed.length - known.length) <= limit &&
		getEditDistance(typed, known) <= limit
	);
}

/** The known word a query word is closest to, when it is not itself a known word. */
export function findClosestWord(word: string, vocabulary: readonly string[]): string | undefined {
	if (word.length < 4 || vocabulary.includes(word)) return undefined;
	let best: { word: string; distance: number } | undefined;
	for (const known of vocabulary) {
		if (!isCloseWord(word, known)) continue;
		const distance = getEditDistance(word, known);
		if (!best || distance < best.distance) best = { word: known, distance };
	}
	return best?.word;
}

/** A word in more entries than this says little about which one a query meant ("app", "work"). */
const COMMON_IN = 4;

export interface ClosestEntry {
	entry: GapEntry;
	/** The query's words this entry has (or near misses of them). */
	covered: string[];
	/** Whether it has enough of them to be what the reader meant: all, or all but one of three or more. */
	likely: boolean;
}

/**
 * The entry a query most likely meant: the one with most of the query's words (near misses count),
 * the rarer the better; words found in many entries do not count.
 */
export function findClosestEntry(
	query: string,
	entries: readonly GapEntry[],
): ClosestEntry | undefined {
	const words = [...new Set(meaningful(query))];
	const vocabularies = entries.map((entry) => new Set(meaningful(entry.text)));
	let best: { index: number; covered: string[]; score: number } | undefined;
	const perEntry = entries.map(() => ({ covered: [] as string[], score: 0 }));
	for (const word of words) {
		const exact = vocabularies.map((own) => own.has(word));
		const near = vocabularies.map(
			(own, i) => !exact[i] && [...own].some((known) => isCloseWord(word, known)),
		);
		const spread = exact.filter(Boolean).length + near.filter(Boolean).length;
		if (spread === 0 || spread > COMMON_IN) continue;
		perEntry.forEach((row, i) => {
			if (!exact[i] && !near[i]) return;
			row.covered.push(word);
			row.score += (exact[i] ? 1 : 0.5) / spread;
		});
	}
	perEntry.forEach((row, index) => {
		if (row.covered.length === 0) return;
		if (
			!best ||
			row.covered.length > best.covered.length ||
			(row.covered.length === best.covered.length && row.score > best.score)
		)
			best = { index, ...row };
	});
	if (!best) return undefined;
	const found = best as { index: number; covered: string[] };
	const needed = words.length >= 3 ? words.length - 1 : words.length;
	return {
		entry: entries[found.index]!,
		covered: found.covered,
		likely: found.covered.length >= needed,
	};
}

function suggestFix(
	query: string,
	closest: ClosestEntry | undefined,
	word: FailedSearch['closestWord'],
): string {
	if (closest?.likely && !closest.entry.aliases.some((alias) => alias.toLowerCase() === query))
		return `add "${query}" to the aliases of ${closest.entry.id} (${closest.entry.title})`;
	if (word) return `add a synonym group to synonyms.yaml: - [${word.known}, ${word.typed}]`;
	const partly = closest
		? `; the closest, ${closest.entry.id}, covers only "${closest.covered.join('", "')}"`
		: '';
	return `nothing covers "${query}" yet: write an article or a known error about it${partly}`;
}

export function buildContentGapReport(
	events: readonly ReportEvent[],
	entries: readonly GapEntry[],
	vocabulary: readonly string[],
	period: { from: Date; to: Date },
): ContentGapReport {
	const byId = new Map(entries.map((entry) => [entry.id, entry]));
	const name = (id: string) => ({
		id,
		title: byId.get(id)?.title ?? `${id} (no longer published)`,
		url: byId.get(id)?.url ?? '',
	});
	const totals = { searches: 0, opens: 0, votes: 0, handoffStarts: 0, handoffsSent: 0 };
	const queries = new Map<
		string,
		{ searches: number; noResults: number; opened: number; languages: Set<string> }
	>();
	const weeks = new Map<string, Map<string, { searches: number; opens: number }>>();
	const votes = new Map<string, { yes: number; no: number }>();
	const handoffsByEntry = new Map<string, { started: number; sent: number }>();
	const languages = new Map<
		string,
		{ searches: number; failed: number; opens: number; handoffsSent: number }
	>();
	let afterSearch = 0;
	/** Runs per `entryId troubleshooter`, then per `step outcome`. */
	const runs = new Map<string, Map<string, TroubleshooterEnd>>();

	const query = (text: string) => {
		let row = queries.get(text);
		if (!row)
			queries.set(text, (row = { searches: 0, noResults: 0, opened: 0, languages: new Set() }));
		return row;
	};
	const week = (at: Date, text: string) => {
		const key = getWeekStart(at);
		let map = weeks.get(key);
		if (!map) weeks.set(key, (map = new Map()));
		let row = map.get(text);
		if (!row) map.set(text, (row = { searches: 0, opens: 0 }));
		return row;
	};
	const language = (tag: string) => {
		let row = languages.get(tag);
		if (!row) languages.set(tag, (row = { searches: 0, failed: 0, opens: 0, handoffsSent: 0 }));
		return row;
	};

	for (const event of events) {
		if (event.at < period.from || event.at > period.to) continue;
		switch (event.type) {
			case 'search': {
				totals.searches++;
				const row = query(event.query);
				row.searches++;
				row.languages.add(event.language);
				if (event.results === 0) {
					row.noResults++;
					language(event.language).failed++;
				}
				week(event.at, event.query).searches++;
				language(event.language).searches++;
				break;
			}
			case 'open':
				totals.opens++;
				query(event.query).opened++;
				week(event.at, event.query).opens++;
				language(event.language).opens++;
				break;
			case 'vote': {
				totals.votes++;
				const row = votes.get(event.entryId) ?? { yes: 0, no: 0 };
				if (event.helpful) row.yes++;
				else row.no++;
				votes.set(event.entryId, row);
				break;
			}
			case 'handoff-start':
			case 'handoff-sent': {
				const sent = event.type === 'handoff-sent';
				if (sent) {
					totals.handoffsSent++;
					language(event.language).handoffsSent++;
					if (event.query) afterSearch++;
				} else totals.handoffStarts++;
				if (event.entryId) {
					const row = handoffsByEntry.get(event.entryId) ?? { started: 0, sent: 0 };
					if (sent) row.sent++;
					else row.started++;
					handoffsByEntry.set(event.entryId, row);
				}
				break;
			}
			case 'troubleshooter': {
				const key = `${event.entryId} ${event.troubleshooter}`;
				let ends = runs.get(key);
				if (!ends) runs.set(key, (ends = new Map()));
				const end = `${event.step} ${event.outcome}`;
				const row = ends.get(end) ?? { step: event.step, outcome: event.outcome, runs: 0 };
				row.runs++;
				ends.set(end, row);
				break;
			}
		}
	}

	const failedSearches: FailedSearch[] = [...queries]
		.filter(([, row]) => row.searches > 0 && (row.noResults > 0 || row.opened === 0))
		.map(([text, row]) => {
			const closestEntry = findClosestEntry(text, entries);
			const typo = meaningful(text)
				.map((typed) => ({ typed, known: findClosestWord(typed, vocabulary) }))
				.find((pair): pair is { typed: string; known: string } => Boolean(pair.known));
			return {
				query: text,
				searches: row.searches,
				noResults: row.noResults,
				opened: row.opened,
				closest: closestEntry
					? {
							id: closestEntry.entry.id,
							title: closestEntry.entry.title,
							url: closestEntry.entry.url,
						}
					: undefined,
				closestWord: typo,
				fix: suggestFix(text, closestEntry, typo),
				languages: [...row.languages].sort(),
			};
		})
		.sort((a, b) => b.searches - a.searches || a.query.localeCompare(b.query));

	const wordGroups = new Map<string, { queries: string[]; searches: number }>();
	for (const failed of failedSearches) {
		if (!failed.closestWord) continue;
		const group = wordGroups.get(failed.closestWord.known) ?? { queries: [], searches: 0 };
		group.queries.push(failed.query);
		group.searches += failed.searches;
		wordGroups.set(failed.closestWord.known, group);
	}

	const weekly = [...weeks]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([key, map]) => {
			let searches = 0;
			let ended = 0;
			for (const row of map.values()) {
				searches += row.searches;
				ended += Math.min(row.searches, row.opens);
			}
			return { week: key, searches, ended, share: searches ? ended / searches : 0 };
		});

	return {
		from: period.from,
		to: period.to,
		totals,
		failedSearches,
		byClosestWord: [...wordGroups]
			.map(([word, group]) => ({ word, ...group }))
			.sort((a, b) => b.searches - a.searches || a.word.localeCompare(b.word)),
		unhelpful: [...votes]
			.filter(([, row]) => row.no > 0)
			.map(([id, row]) => ({ ...name(id), ...row }))
			.sort((a, b) => b.no - a.no || a.yes - b.yes || a.id.localeCompare(b.id)),
		followedByHandoff: [...handoffsByEntry]
			.map(([id, row]) => ({ ...name(id), ...row }))
			.sort((a, b) => b.sent - a.sent || b.started - a.started || a.id.localeCompare(b.id)),
		weekly,
		troubleshooters: summarizeTroubleshooters(runs, name),
		handoffs: {
			sent: totals.handoffsSent,
			afterSearch,
			share: totals.handoffsSent ? afterSearch / totals.handoffsSent : 0,
		},
		languages: [...languages]
			.map(([tag, row]) => ({ language: tag, ...row }))
			.sort((a, b) => b.searches - a.searches || a.language.localeCompare(b.language)),
	};
}

/** Each troubleshooter's ends, counted by outcome, its steps with most runs first. */
function summarizeTroubleshooters(
	runs: Map<string, Map<string, TroubleshooterEnd>>,
	name: (id: string) => TroubleshooterEnds['entry'],
): TroubleshooterEnds[] {
	const stepRuns = (ends: TroubleshooterEnd[], step: string) =>
		ends.filter((end) => end.step === step).reduce((sum, end) => sum + end.runs, 0);
	return [...runs]
		.map(([key, map]) => {
			const [entryId = '', id = ''] = key.split(' ');
			const all = [...map.values()];
			const count = (outcome: TroubleshooterOutcome) =>
				all.filter((end) => end.outcome === outcome).reduce((sum, end) => sum + end.runs, 0);
			const order: readonly TroubleshooterOutcome[] = ['solved', 'not-solved', 'contact', 'left'];
			return {
				entry: name(entryId),
				id,
				runs: all.reduce((sum, end) => sum + end.runs, 0),
				solved: count('solved'),
				notSolved: count('not-solved'),
				contact: count('contact'),
				left: count('left'),
				ends: all.sort(
					(a, b) =>
						stepRuns(all, b.step) - stepRuns(all, a.step) ||
						a.step.localeCompare(b.step) ||
						order.indexOf(a.outcome) - order.indexOf(b.outcome),
				),
			};
		})
		.sort(
			(a, b) =>
				b.runs - b.solved - (a.runs - a.solved) ||
				b.runs - a.runs ||
				a.entry.id.localeCompare(b.entry.id) ||
				a.id.localeCompare(b.id),
		);
}
