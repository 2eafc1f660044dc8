import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import { checkAnalyticsEvent, EVENT_MAX_BYTES } from '../lib/analytics-event.ts';
import { checkHandoffPayload, PAYLOAD_MAX_BYTES } from '../lib/handoff-payload.ts';
import type { RefusalCode } from '../lib/handoff-refusal.ts';
import type { RelayConfig } from './config.ts';
import type { Connector } from './connectors/connector.ts';
import { Delivery } from './delivery.ts';
import { describeError, type Logger } from './log.ts';
import { RateLimiter } from './rate-limit.ts';
import { readBody, refusePayload, Refusal } from './refusal.ts';
import type { EventStore } from './event-store.ts';
import type { RelayStore, StoredRequest } from './store.ts';
import { getReference } from './ticket.ts';

/**
 * The relay's HTTP side (plain `node:http`: three routes need no framework):
 * - `POST /tickets` takes the portal's handoff payload, stores it, and answers `201 {ticketId}` when
 *   the ticket system made the ticket in time, or `202 {reference}` when it will be delivered later.
 * - `OPTIONS /tickets` answers the browser's CORS preflight for the portal's origins only.
 * - `POST /events` keeps one anonymous event of the content-gap report (`npm run report`); events
 *   older than `KB_RELAY_EVENTS_DAYS` are dropped.
 * - `GET /health` says whether the relay, its store and its ticket system are up.
 * Refusals are `4xx {code, message}`: a stable code (src/lib/handoff-refusal.ts) that the form shows in
 * the reader's language, and an English message for other clients.
 */

export interface Relay {
	server: Server;
	delivery: Delivery;
	/** Listens on the configured host and port (0 picks a free one); resolves to the base URL. */
	listen(): Promise<string>;
	close(): Promise<void>;
}

const JSON_TYPE = /^application\/json\s*(;|$)/i;
/** Beacons send plain text, so that the browser needs no preflight; the body is JSON all the same. */
const EVENT_TYPE = /^(application\/json|text\/plain)\s*(;|$)/i;
const DAY_MS = 24 * 3600_000;

/** Tickets and the content-gap report's events are kept apart (store.ts, event-store.ts). */
export interface RelayStores {
	tickets: RelayStore;
	events: EventStore;
}

export function createRelay(
	config: RelayConfig,
	{ tickets: store, events }: RelayStores,
	connector: Connector,
	log: Logger,
): Relay {
	const delivery = new Delivery(store, connector, log, {
		origins: config.origins,
		language: config.language,
		retryBaseMs: config.retryBaseMs,
		retryMaxMs: config.retryMaxMs,
		connectorTimeoutMs: config.connectorTimeoutMs,
	});
	const limiter = new RateLimiter(config.rateLimit);
	// A reader sends a few events per search: they get a larger allowance of their own.
	const eventLimiter = new RateLimiter(config.rateLimit * 4);
	let retention: ReturnType<typeof setInterval> | undefined;
	const dropOldEvents = () => {
		try {
			const dropped = events.dropEventsBefore(new Date(Date.now() - config.eventsDays * DAY_MS));
			if (dropped > 0) log('info', 'events-dropped', { dropped, days: config.eventsDays });
		} catch (error) {
			log('error', 'events-drop-failed', { error: describeError(error) });
		}
	};

	const clientOf = (request: IncomingMessage): string => {
		const forwarded = config.trustProxy
			? String(request.headers['x-forwarded-for'] ?? '')
					.split(',')[0]
					?.trim()
			: '';
		return forwarded || request.socket.remoteAddress || 'unknown';
	};

	const send = (
		response: ServerResponse,
		status: number,
		body: unknown,
		headers: Record<string, string> = {},
	) => {
		response.writeHead(status, {
			'Content-Type': 'application/json; charset=utf-8',
			'Cache-Control': 'no-store',
			'X-Content-Type-Options': 'nosniff',
			...headers,
		});
		response.end(JSON.stringify(body));
	};

	/** CORS headers for an allowed Origin; a request without one (not from a browser) needs none. */
	const corsFor = (request: IncomingMessage): Record<string, string> => {
		const origin = request.headers.origin;
		if (origin === undefined) return {};
		if (!config.origins.includes(origin))
			throw new Refusal(
				403,
				'origin-not-allowed',
				'This relay only takes requests from its help portal.',
			);
		return { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' };
	};

	const answerFor = (stored: StoredRequest): { status: number; body: Record<string, string> } =>
		stored.state === 'delivered'
			? {
					status: 201,
					body: {
						...(stored.ticketId ? { ticketId: stored.ticketId } : {}),
						reference: stored.reference,
					},
				}
			: {
					status: 202,
					body: {
						reference: stored.reference,
						message:
							'Your request is saved. The ticket system is not answering right now, so the ticket will be created as soon as it is back; the ticket number follows by email.',
					},
				};

	async function postTicket(request: IncomingMessage, response: ServerResponse, started: number) {
		const cors = corsFor(request);
		const wait = limiter.take(clientOf(request));
		if (wait > 0)
			throw new Refusal(
				429,
				'rate-limited',
				`Too many requests from your network just now. Wait ${wait} seconds and try again; nothing you typed is lost.`,
				{ ...cors, 'Retry-After': String(wait) },
				// The browser cannot read Retry-After across origins: the form reads it here.
				{ retryAfter: wait },
			);
		const type = request.headers['content-type'] ?? '';
		if (!JSON_TYPE.test(type))
			throw new Refusal(
				415,
				'unsupported-type',
				'The request must be sent as JSON (Content-Type: application/json).',
				cors,
			);
		let body: string;
		try {
			body = await readBody(request, PAYLOAD_MAX_BYTES);
		} catch (error) {
			if (error instanceof Refusal) throw error.withHeaders(cors);
			throw error;
		}
		let value: unknown;
		try {
			value = JSON.parse(body);
		} catch {
			throw new Refusal(400, 'invalid-json', 'The request is not valid JSON.', cors);
		}
		const checked = checkHandoffPayload(value);
		if (!checked.ok) throw refusePayload(checked.field, checked.message, cors);
		const payload = checked.payload;
		const header = request.headers['idempotency-key'];
		if (header !== undefined && header !== payload.idempotencyKey)
			throw new Refusal(
				400,
				'key-mismatch',
				'The Idempotency-Key header and the idempotencyKey in the request differ.',
				cors,
			);

		const reference = getReference(payload.idempotencyKey);
		const { request: stored, created } = store.accept(
			payload.idempotencyKey,
			reference,
			payload,
			new Date(),
		);
		log('info', created ? 'request-accepted' : 'request-repeated', {
			reference,
			state: stored.state,
		});
		let current: StoredRequest | undefined = stored;
		if (stored.state === 'pending') {
			// Wait a while for the ticket system; past that, answer 202 and let the delivery go on.
			const waiting = new AbortController();
			current = await Promise.race([
				delivery.deliver(stored.key),
				delay(config.answerWithinMs, undefined, { signal: waiting.signal }).catch(() => undefined),
			]);
			waiting.abort();
			current ??= store.get(stored.key);
		}
		const answer = answerFor(current ?? stored);
		send(response, answer.status, answer.body, cors);
		log('info', 'request-answered', {
			reference,
			status: answer.status,
			ms: Date.now() - started,
		});
	}

	async function postEvent(request: IncomingMessage, response: ServerResponse) {
		const cors = corsFor(request);
		const wait = eventLimiter.take(clientOf(request));
		if (wait > 0)
			throw new Refusal(
				429,
				'rate-limited',
				'Too many events from your network just now.',
				{ ...cors, 'Retry-After': String(wait) },
				{ retryAfter: wait },
			);
		if (!EVENT_TYPE.test(request.headers['content-type'] ?? ''))
			throw new Refusal(
				415,
				'unsupported-type',
				'Events must be sent as JSON (text/plain or application/json).',
				cors,
			);
		let body: string;
		try {
			body = await readBody(request, EVENT_MAX_BYTES);
		} catch (error) {
			if (error instanceof Refusal)
				throw new Refusal(error.status, error.code, 'An event is at most 2 KB.', cors);
			throw error;
		}
		let value: unknown;
		try {
			value = JSON.parse(body);
		} catch {
			throw new Refusal(400, 'invalid-json', 'The event is not valid JSON.', cors);
		}
		const checked = checkAnalyticsEvent(value);
		if (!checked.ok) throw new Refusal(422, 'invalid-event', checked.message, cors);
		events.addEvent(checked.event, new Date());
		response.writeHead(204, { ...cors, 'Cache-Control': 'no-store' });
		response.end();
	}

	async function health(response: ServerResponse) {
		let storeOk = true;
		let storeError: string | undefined;
		try {
			store.checkWritable();
		} catch (error) {
			storeOk = false;
			storeError = describeError(error);
		}
		let connectorOk = true;
		let connectorError: string | undefined;
		try {
			await connector.check(AbortSignal.timeout(Math.min(config.connectorTimeoutMs, 5000)));
		} catch (error) {
			connectorOk = false;
			connectorError = describeError(error);
		}
		const stats = storeOk ? store.stats() : undefined;
		send(response, storeOk ? 200 : 503, {
			status: !storeOk ? 'down' : connectorOk ? 'ok' : 'degraded',
			store: { ok: storeOk, ...(storeError ? { error: storeError } : {}) },
			connector: {
				name: connector.name,
				ok: connectorOk,
				...(connectorError ? { error: connectorError } : {}),
			},
			...(stats
				? {
						pending: stats.pending,
						delivered: stats.delivered,
						oldestPendingAt: stats.oldestPendingAt?.toISOString() ?? null,
					}
				: {}),
		});
	}

	const server = createServer(async (request, response) => {
		const started = Date.now();
		const path = (request.url ?? '/').split('?')[0];
		try {
			if ((path === '/tickets' || path === '/events') && request.method === 'OPTIONS') {
				const cors = corsFor(request);
				response.writeHead(204, {
					...cors,
					'Access-Control-Allow-Methods': 'POST',
					'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key',
					'Access-Control-Max-Age': '600',
				});
				response.end();
			} else if (path === '/tickets' && request.method === 'POST') {
				await postTicket(request, response, started);
			} else if (path === '/events' && request.method === 'POST') {
				await postEvent(request, response);
			} else if (path === '/health' && (request.method === 'GET' || request.method === 'HEAD')) {
				await health(response);
			} else if (path === '/tickets' || path === '/events' || path === '/health') {
				throw new Refusal(405, 'method-not-allowed', `${request.method} is not allowed here.`, {
					Allow: path === '/health' ? 'GET' : 'POST, OPTIONS',
				});
			} else {
				throw new Refusal(
					404,
					'not-found',
					'Nothing here: the relay takes POST /tickets, POST /events and GET /health.',
				);
			}
		} catch (error) {
			if (error instanceof Refusal) {
				log('info', 'request-refused', {
					path,
					status: error.status,
					code: error.code,
					ms: Date.now() - started,
				});
				if (!response.headersSent)
					send(
						response,
						error.status,
						{ code: error.code, message: error.message, ...error.details },
						error.headers,
					);
				return;
			}
			log('error', 'request-failed', { path, error: describeError(error) });
			if (!response.headersSent)
				send(response, 500, {
					code: 'store-failed' satisfies RefusalCode,
					message:
						'The relay could not store the request. Nothing was sent: try again, or email it instead.',
				});
		}
	});
	server.requestTimeout = 30_000;
	server.headersTimeout = 10_000;

	return {
		server,
		delivery,
		listen: () =>
			new Promise((resolve, reject) => {
				server.once('error', reject);
				server.listen(config.port, config.host, () => {
					const address = server.address();
					const port = typeof address === 'object' && address ? address.port : config.port;
					delivery.start();
					dropOldEvents();
					retention = setInterval(dropOldEvents, 3600_000);
					log('info', 'relay-started', {
						host: config.host,
						port,
						connector: connector.name,
						origins: config.origins.join(' '),
					});
					resolve(`http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`);
				});
			}),
		close: async () => {
			clearInterval(retention);
			await new Promise<void>((resolve) => {
				server.close(() => resolve());
				server.closeIdleConnections();
			});
			await delivery.stop();
			await connector.close?.();
			store.close();
			events.close();
		},
	};
}
