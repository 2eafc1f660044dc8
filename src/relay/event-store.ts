import type { DatabaseSync } from 'node:sqlite';
import type { AnalyticsEvent, TroubleshooterOutcome } from '../lib/analytics-event.ts';
import { openRelayDatabase } from './store.ts';

/**
 * The anonymous events of the content-gap report (`POST /events`, read by `npm run report`), kept
 * apart from the tickets: a different lifetime (dropped after `KB_RELAY_EVENTS_DAYS`), no delivery,
 * and losing the last few in a power cut costs nothing a person typed.
 */

/** An anonymous event as stored: what the browser sent (checked), and when the relay received it. */
export type StoredEvent = AnalyticsEvent & { at: Date };

export interface EventStore {
	/** Keeps one anonymous event of the content-gap report. */
	addEvent(event: AnalyticsEvent, at: Date): void;
	/** Events received at or after `since`, oldest first. */
	listEvents(since: Date): StoredEvent[];
	/** Forgets events received before `before`; returns how many. */
	dropEventsBefore(before: Date): number;
	close(): void;
}

interface EventRow {
	at: number;
	type: string;
	language: string;
	query: string | null;
	results: number | null;
	pinned: number | null;
	entry_id: string | null;
	rank: number | null;
	helpful: number | null;
	troubleshooter: string | null;
	step: string | null;
	outcome: string | null;
}

/** Columns added since the table was first made: a relay upgraded in place gains them, events kept. */
const ADDED_COLUMNS = ['troubleshooter TEXT', 'step TEXT', 'outcome TEXT'];

function toEvent(row: EventRow): StoredEvent {
	const base = { at: new Date(row.at), language: row.language };
	switch (row.type) {
		case 'search':
			return {
				...base,
				type: 'search',
				query: row.query ?? '',
				results: row.results ?? 0,
				pinned: row.pinned === 1,
			};
		case 'open':
			return {
				...base,
				type: 'open',
				query: row.query ?? '',
				entryId: row.entry_id ?? '',
				rank: row.rank ?? 0,
			};
		case 'vote':
			return { ...base, type: 'vote', entryId: row.entry_id ?? '', helpful: row.helpful === 1 };
		case 'troubleshooter':
			return {
				...base,
				type: 'troubleshooter',
				entryId: row.entry_id ?? '',
				troubleshooter: row.troubleshooter ?? '',
				step: row.step ?? '',
				outcome: (row.outcome ?? 'left') as TroubleshooterOutcome,
			};
		default:
			return {
				...base,
				type: row.type === 'handoff-sent' ? 'handoff-sent' : 'handoff-start',
				entryId: row.entry_id,
				query: row.query,
			};
	}
}

/**
 * The events table in the relay's own SQLite file (relay.sqlite, beside the tickets' table, through
 * its own connection). The same file and the same table as before the two stores were split, so a
 * relay upgraded in place keeps every event it had, and one backup of the data folder holds both.
 * `synchronous=NORMAL`: in WAL mode the file stays consistent, and a beacon need not wait for a flush.
 */
export class SqliteEventStore implements EventStore {
	readonly db: DatabaseSync;
	readonly path: string;

	constructor(dataDir: string) {
		({ db: this.db, path: this.path } = openRelayDatabase(dataDir, 'NORMAL'));
		this.db.exec(`
			CREATE TABLE IF NOT EXISTS events (
				at INTEGER NOT NULL,
				type TEXT NOT NULL,
				language TEXT NOT NULL,
				query TEXT,
				results INTEGER,
				pinned INTEGER,
				entry_id TEXT,
				rank INTEGER,
				helpful INTEGER,
				troubleshooter TEXT,
				step TEXT,
				outcome TEXT
			);
			CREATE INDEX IF NOT EXISTS events_at ON events (at);
		`);
		this.#addMissingColumns();
	}

	/** SQLite has no ADD COLUMN IF NOT EXISTS: the table's own list of columns says what is missing. */
	#addMissingColumns() {
		const have = new Set(
			(this.db.prepare('PRAGMA table_info(events)').all() as { name: string }[]).map(
				(column) => column.name,
			),
		);
		for (const column of ADDED_COLUMNS)
			if (!have.has(column.split(' ')[0]!)) this.db.exec(`ALTER TABLE events ADD COLUMN ${column}`);
	}

	addEvent(event: AnalyticsEvent, at: Date) {
		const e = event as Partial<Record<string, unknown>>;
		const bool = (value: unknown) => (typeof value === 'boolean' ? Number(value) : null);
		this.db
			.prepare(
				`INSERT INTO events (at, type, language, query, results, pinned, entry_id, rank, helpful,
				 troubleshooter, step, outcome)
				 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			)
			.run(
				at.getTime(),
				event.type,
				event.language,
				(e.query as string | null | undefined) ?? null,
				(e.results as number | undefined) ?? null,
				bool(e.pinned),
				(e.entryId as string | null | undefined) ?? null,
				(e.rank as number | undefined) ?? null,
				bool(e.helpful),
				(e.troubleshooter as string | undefined) ?? null,
				(e.step as string | undefined) ?? null,
				(e.outcome as string | undefined) ?? null,
			);
	}

	listEvents(since: Date): StoredEvent[] {
		const rows = this.db
			.prepare('SELECT * FROM events WHERE at >= ? ORDER BY at, rowid')
			.all(since.getTime()) as unknown as EventRow[];
		return rows.map(toEvent);
	}

	dropEventsBefore(before: Date): number {
		return Number(this.db.prepare('DELETE FROM events WHERE at < ?').run(before.getTime()).changes);
	}

	close() {
		if (this.db.isOpen) this.db.close();
	}
}
