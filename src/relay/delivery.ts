import type { Connector } from './connectors/connector.ts';
import { describeError, type Logger } from './log.ts';
import type { RelayStore, StoredRequest } from './store.ts';
import { getTranslate } from '../i18n/index.ts';
import { buildTicket, type TicketTranslate } from './ticket.ts';

/**
 * Gets stored requests into the ticket system: at once when one arrives, and again with backoff while
 * the system is down, for as long as it takes, across restarts (the store says what is still pending).
 * One attempt per request at a time. Each attempt is counted in the store before the system is called;
 * an attempt after an earlier one first looks for the ticket that one may have made, so a crash between
 * creating a ticket and recording it never makes two.
 */
export interface DeliveryOptions {
	origins: readonly string[];
	/** The language tickets are written in (`KB_RELAY_LANGUAGE`); English when not given. */
	language?: string;
	retryBaseMs: number;
	retryMaxMs: number;
	connectorTimeoutMs: number;
	/** How often the store is asked for requests whose retry is due. */
	pollMs?: number;
	now?: () => Date;
	random?: () => number;
}

/** The wait before attempt `attempts + 1`: doubling from `base`, capped, with ±20 % jitter. */
export function getRetryDelay(
	attempts: number,
	base: number,
	max: number,
	random = Math.random,
): number {
	const plain = Math.min(max, base * 2 ** Math.max(0, attempts - 1));
	return Math.round(plain * (0.8 + 0.4 * random()));
}

export class Delivery {
	readonly #store: RelayStore;
	readonly #connector: Connector;
	readonly #log: Logger;
	readonly #options: Required<Omit<DeliveryOptions, 'origins'>> & { origins: readonly string[] };
	readonly #t: TicketTranslate;
	#inFlight = new Map<string, Promise<StoredRequest | undefined>>();
	#timer: ReturnType<typeof setInterval> | undefined;
	#polling = false;

	constructor(store: RelayStore, connector: Connector, log: Logger, options: DeliveryOptions) {
		this.#store = store;
		this.#connector = connector;
		this.#log = log;
		this.#options = {
			pollMs: 1000,
			now: () => new Date(),
			random: Math.random,
			language: 'en',
			...options,
		};
		this.#t = getTranslate(this.#options.language);
	}

	/** Delivers a stored request now, or joins the attempt already under way for it. */
	deliver(key: string): Promise<StoredRequest | undefined> {
		let attempt = this.#inFlight.get(key);
		if (!attempt) {
			attempt = this.#attempt(key).finally(() => this.#inFlight.delete(key));
			this.#inFlight.set(key, attempt);
		}
		return attempt;
	}

	/** Starts retrying what is due; the first look is immediate, so a restart picks up at once. */
	start() {
		this.#timer = setInterval(() => void this.#poll(), this.#options.pollMs);
		void this.#poll();
	}

	/** Stops retrying and waits for attempts under way. */
	async stop() {
		clearInterval(this.#timer);
		this.#timer = undefined;
		await Promise.allSettled([...this.#inFlight.values()]);
	}

	async #poll() {
		if (this.#polling) return;
		this.#polling = true;
		try {
			const due = this.#store.listDue(this.#options.now(), 20);
			await Promise.allSettled(due.map((request) => this.deliver(request.key)));
		} catch (error) {
			this.#log('error', 'store-read-failed', { error: describeError(error) });
		} finally {
			this.#polling = false;
		}
	}

	async #attempt(key: string): Promise<StoredRequest | undefined> {
		const stored = this.#store.get(key);
		if (!stored || stored.state === 'delivered') return stored;
		const { now, connectorTimeoutMs } = this.#options;
		const ticket = buildTicket(stored.payload, this.#options.origins, this.#t);
		const earlier = stored.attempts;
		const request = this.#store.startAttempt(key);
		const started = Date.now();
		const fields = {
			reference: request.reference,
			attempt: request.attempts,
			connector: this.#connector.name,
		};
		try {
			let ticketId: string | null | undefined;
			if (earlier > 0 && this.#connector.find) {
				ticketId = await this.#connector.find(ticket, AbortSignal.timeout(connectorTimeoutMs));
				if (ticketId !== undefined) this.#log('info', 'ticket-found', { ...fields, ticketId });
			}
			if (ticketId === undefined) {
				ticketId = await this.#connector.create(ticket, AbortSignal.timeout(connectorTimeoutMs));
				this.#log('info', 'ticket-created', { ...fields, ticketId, ms: Date.now() - started });
			}
			this.#store.markDelivered(key, ticketId, now());
		} catch (error) {
			const delay = getRetryDelay(
				request.attempts,
				this.#options.retryBaseMs,
				this.#options.retryMaxMs,
				this.#options.random,
			);
			this.#store.markFailed(key, describeError(error), new Date(now().getTime() + delay));
			this.#log('warn', 'delivery-failed', {
				...fields,
				error: describeError(error),
				retryInMs: delay,
				ms: Date.now() - started,
			});
		}
		return this.#store.get(key);
	}
}
