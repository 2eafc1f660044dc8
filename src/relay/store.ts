import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { HandoffPayload } from '../lib/handoff.ts';

/**
 * Where the relay keeps what it accepted, durably, before it answers. One row per idempotency key: the
 * payload as received, whether it has reached the ticket system, and when to try again. The interface
 * is small so that a deployment with two relays behind a load balancer can put a shared database
 * (PostgreSQL, say) behind it instead of the embedded SQLite file; see the README. The anonymous events
 * of the content-gap report are not tickets: they have their own store (event-store.ts).
 */

export interface StoredRequest {
	key: string;
	/** Short, stable name of the request (from its key): shown to the person, tagged on the ticket. */
	reference: string;
	payload: HandoffPayload;
	receivedAt: Date;
	state: 'pending' | 'delivered';
	/** The ticket system's id once delivered (null for a connector that has none, such as email). */
	ticketId: string | null;
	/** Delivery attempts started, counted before each call to the ticket system. */
	attempts: number;
	nextAttemptAt: Date;
	lastError: string | null;
	deliveredAt: Date | null;
}

export interface StoreStats {
	pending: number;
	delivered: number;
	oldestPendingAt: Date | null;
}

export interface RelayStore {
	/** Stores a new request, or returns the one already stored under the key (`created` false). */
	accept(
		key: string,
		reference: string,
		payload: HandoffPayload,
		now: Date,
	): { request: StoredRequest; created: boolean };
	get(key: string): StoredRequest | undefined;
	/** Counts an attempt before the ticket system is called, so a crash during it is known afterwards. */
	startAttempt(key: string): StoredRequest;
	markDelivered(key: string, ticketId: string | null, now: Date): void;
	markFailed(key: string, error: string, nextAttemptAt: Date): void;
	/** Pending requests whose next attempt is due, oldest first. */
	listDue(now: Date, limit: number): StoredRequest[];
	stats(): StoreStats;
	/** Throws when the store cannot be written (for /health). */
	checkWritable(): void;
	close(): void;
}

interface Row {
	key: string;
	reference: string;
	payload: string;
	received_at: number;
	state: string;
	ticket_id: string | null;
	attempts: number;
	next_attempt_at: number;
	last_error: string | null;
	delivered_at: number | null;
}

function toRequest(row: Row): StoredRequest {
	return {
		key: row.key,
		reference: row.reference,
		payload: JSON.parse(row.payload) as HandoffPayload,
		receivedAt: new Date(row.received_at),
		state: row.state === 'delivered' ? 'delivered' : 'pending',
		ticketId: row.ticket_id,
		attempts: row.attempts,
		nextAttemptAt: new Date(row.next_attempt_at),
		lastError: row.last_error,
		deliveredAt: row.delivered_at === null ? null : new Date(row.delivered_at),
	};
}

/** The relay's database in its data folder: tickets here, and the events of event-store.ts beside them. */
export const RELAY_DATABASE = 'relay.sqlite';

/**
 * The relay's SQLite file in `dataDir`, opened in WAL mode with the durability its caller needs: `FULL`
 * for requests, which must be on disk before the relay answers; `NORMAL` for anonymous events.
 */
export function openRelayDatabase(
	dataDir: string,
	synchronous: 'FULL' | 'NORMAL',
): { db: DatabaseSync; path: string } {
	mkdirSync(dataDir, { recursive: true });
	const path = join(dataDir, RELAY_DATABASE);
	const db = new DatabaseSync(path);
	db.exec(`
		PRAGMA journal_mode = WAL;
		PRAGMA synchronous = ${synchronous};
		PRAGMA busy_timeout = 5000;
	`);
	return { db, path };
}

/**
 * The embedded store: one SQLite file in the relay's data folder, through Node's own `node:sqlite`
 * (no native module to build). WAL with `synchronous=FULL`: a request is on disk before the relay
 * answers, and survives a crash or a power cut.
 */
export class SqliteStore implements RelayStore {
	readonly db: DatabaseSync;
	readonly path: string;

	constructor(dataDir: string) {
		({ db: this.db, path: this.path } = openRelayDatabase(dataDir, 'FULL'));
		this.db.exec(`
			CREATE TABLE IF NOT EXISTS requests (
				key TEXT PRIMARY KEY,
				reference TEXT NOT NULL,
				payload TEXT NOT NULL,
				received_at INTEGER NOT NULL,
				state TEXT NOT NULL DEFAULT 'pending',
				ticket_id TEXT,
				attempts INTEGER NOT NULL DEFAULT 0,
				next_attempt_at INTEGER NOT NULL,
				last_error TEXT,
				delivered_at INTEGER
			);
			CREATE INDEX IF NOT EXISTS requests_due ON requests (state, next_attempt_at);
			CREATE TABLE IF NOT EXISTS health (id INTEGER PRIMARY KEY CHECK (id = 1), checked_at INTEGER);
		`);
	}

	accept(key: string, reference: string, payload: HandoffPayload, now: Date) {
		const inserted = this.db
			.prepare(
				`INSERT INTO requests (key, reference, payload, received_at, next_attempt_at)
				 VALUES (?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING`,
			)
			.run(key, reference, JSON.stringify(payload), now.getTime(), now.getTime());
		return { request: this.get(key)!, created: Number(inserted.changes) === 1 };
	}

	get(key: string): StoredRequest | undefined {
		const row = this.db.prepare('SELECT * FROM requests WHERE key = ?').get(key) as Row | undefined;
		return row ? toRequest(row) : undefined;
	}

	startAttempt(key: string): StoredRequest {
		this.db.prepare('UPDATE requests SET attempts = attempts + 1 WHERE key = ?').run(key);
		return this.get(key)!;
	}

	markDelivered(key: string, ticketId: string | null, now: Date) {
		this.db
			.prepare(
				`UPDATE requests SET state = 'delivered', ticket_id = ?, delivered_at = ?, last_error = NULL
				 WHERE key = ?`,
			)
			.run(ticketId, now.getTime(), key);
	}

	markFailed(key: string, error: string, nextAttemptAt: Date) {
		this.db
			.prepare(
				`UPDATE requests SET last_error = ?, next_attempt_at = ? WHERE key = ? AND state = 'pending'`,
			)
			.run(error, nextAttemptAt.getTime(), key);
	}

	listDue(now: Date, limit: number): StoredRequest[] {
		return (
			this.db
				.prepare(
					`SELECT * FROM requests WHERE state = 'pending' AND next_attempt_at <= ?
					 ORDER BY received_at LIMIT ?`,
				)
				.all(now.getTime(), limit) as unknown as Row[]
		).map(toRequest);
	}

	stats(): StoreStats {
		const row = this.db
			.prepare(
				`SELECT
					SUM(state = 'pending') AS pending,
					SUM(state = 'delivered') AS delivered,
					MIN(CASE WHEN state = 'pending' THEN received_at END) AS oldest
				 FROM requests`,
			)
			.get() as { pending: number | null; delivered: number | null; oldest: number | null };
		return {
			pending: row.pending ?? 0,
			delivered: row.delivered ?? 0,
			oldestPendingAt: row.oldest === null ? null : new Date(row.oldest),
		};
	}

	checkWritable() {
		this.db
			.prepare(
				'INSERT INTO health (id, checked_at) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET checked_at = excluded.checked_at',
			)
			.run(Date.now());
	}

	close() {
		if (this.db.isOpen) this.db.close();
	}
}
