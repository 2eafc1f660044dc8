/**
 * `npm run report -- [--since 30d] [--out content-gaps.html] [--events events.json] [--export events.json]`
 *
 * The content-gap report for support staff: what employees searched for and did not find (with the
 * closest entry and a fix to copy), entries voted unhelpful or most often followed by a ticket, and how
 * often a search ends in an opened entry, per week and per language. Reads the relay's store (found as
 * the relay finds it: KB_RELAY_DATA, default ./.relay-data) or an exported JSON file of events, and the
 * portal's content (KB_CONTENT_DIR). Writes one HTML file that reads offline: the charts are SVG drawn
 * now (Vega-Lite), no script runs in it. `--export` writes the events as JSON instead.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readClock } from '../src/lib/clock.ts';
import { checkContent } from '../src/lib/content/check.ts';
import { resolveContentDir } from '../src/lib/content/files.ts';
import { checkAnalyticsEvent } from '../src/lib/analytics-event.ts';
import { buildContentGapReport, type GapEntry, type ReportEvent } from '../src/lib/content-gaps.ts';
import { getEntryPath } from '../src/lib/ids.ts';
import { buildVocabulary } from '../src/lib/vocabulary.ts';
import { renderReport } from './report/render.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
	const at = args.indexOf(`--${name}`);
	return at === -1 ? undefined : args[at + 1];
};
const fail = (message: string): never => {
	console.error(message);
	process.exit(1);
};

const now = readClock();
const sinceText = option('since') ?? '30d';
const days = /^(\d+)d$/.exec(sinceText)?.[1];
const from = days
	? new Date(now.getTime() - Number(days) * 24 * 3600_000)
	: /^\d{4}-\d{2}-\d{2}/.test(sinceText)
		? new Date(sinceText)
		: fail(`--since ${sinceText}: give a number of days (30d) or a date (2026-11-01)`);

/** Events from an exported file, checked as the relay checks them (a file is input like any other). */
function readEventsFile(path: string): ReportEvent[] {
	let value: unknown;
	try {
		value = JSON.parse(readFileSync(path, 'utf8'));
	} catch (error) {
		return fail(`${path}: cannot be read as JSON (${(error as Error).message})`);
	}
	if (!Array.isArray(value)) return fail(`${path}: expected a JSON list of events`);
	return value.map((item: unknown, index) => {
		const { at: when, ...fields } = (item ?? {}) as Record<string, unknown>;
		const checked = checkAnalyticsEvent(fields);
		const at = new Date(typeof when === 'string' ? when : NaN);
		if (!checked.ok) return fail(`${path}: event ${index + 1}: ${checked.message}`);
		if (Number.isNaN(at.getTime()))
			return fail(`${path}: event ${index + 1}: at must be a date and time`);
		return { ...checked.event, at };
	});
}

async function readStoreEvents(): Promise<ReportEvent[]> {
	const dataDir = resolve(process.env.KB_RELAY_DATA?.trim() || '.relay-data');
	// Loaded only here: an exported file (--events) needs no SQLite.
	const { SqliteEventStore } = await import('../src/relay/event-store.ts');
	const { RELAY_DATABASE } = await import('../src/relay/store.ts');
	if (!existsSync(join(dataDir, RELAY_DATABASE)))
		return fail(
			`No relay store in ${dataDir} (KB_RELAY_DATA). Point KB_RELAY_DATA at the relay's data folder, or pass --events with an exported file.`,
		);
	const store = new SqliteEventStore(dataDir);
	try {
		return store.listEvents(from);
	} finally {
		store.close();
	}
}

const eventsFile = option('events');
const events = eventsFile ? readEventsFile(resolve(eventsFile)) : await readStoreEvents();

const exportTo = option('export');
if (exportTo) {
	writeFileSync(exportTo, `${JSON.stringify(events, null, 1)}\n`);
	console.log(
		`Wrote ${events.length} events since ${from.toISOString().slice(0, 10)} to ${exportTo}.`,
	);
	process.exit(0);
}

const contentDir = resolveContentDir();
const content = checkContent(contentDir);
if (content.problems.some((p) => p.level === 'error'))
	fail(`The content in ${contentDir} has errors; run npm run check first.`);
const published = content.entries.filter((entry) => !entry.data.draft);
const entries: GapEntry[] = published.map((entry) => {
	const data = entry.data as Record<string, unknown> & { title: string; summary: string };
	const list = (key: string) => (Array.isArray(data[key]) ? (data[key] as string[]) : []);
	return {
		id: entry.id,
		title: data.title,
		url: getEntryPath(entry.type, entry.slug),
		aliases: list('aliases'),
		text: [
			data.title,
			data.summary,
			...list('aliases'),
			...list('tags'),
			...list('services'),
			...list('errorMessages'),
		].join(' '),
	};
});
const vocabulary = buildVocabulary(
	published.map((entry) => ({ ...(entry.data as { title: string }), id: entry.id })),
	content.synonyms ?? [],
).words;

const report = buildContentGapReport(events, entries, vocabulary, { from, to: now });
const html = await renderReport(report, {
	portalName: content.site?.portalName ?? 'Help portal',
	siteUrl: process.env.KB_SITE_URL?.replace(/\/$/, '') ?? '',
	generated: now,
});
const out = option('out') ?? 'content-gaps.html';
writeFileSync(out, html);
console.log(
	`Wrote ${out}: ${report.totals.searches} searches, ${report.failedSearches.length} that found nothing or nothing opened, ${report.unhelpful.length} entries voted unhelpful, since ${from.toISOString().slice(0, 10)}.`,
);
