import { readTicketId } from '../../lib/handoff.ts';
import type { WebhookSettings } from '../config.ts';
import { requestJson, type Connector } from './connector.ts';

/**
 * Forwards the portal's payload as it is, with its `Idempotency-Key`, to any intake that takes it (the
 * contract in the README): the relay adds durability, retries and a secret (`KB_RELAY_WEBHOOK_TOKEN`,
 * sent as a bearer token). The receiver deduplicates by the key, so there is nothing to look up.
 */
export function createWebhookConnector(settings: WebhookSettings): Connector {
	const auth: Record<string, string> = settings.token
		? { Authorization: `Bearer ${settings.token}` }
		: {};
	return {
		name: 'webhook',
		async create(ticket, signal) {
			const body = await requestJson('The webhook', settings.url, {
				method: 'POST',
				headers: {
					...auth,
					Accept: 'application/json',
					'Content-Type': 'application/json',
					'Idempotency-Key': ticket.idempotencyKey,
				},
				body: JSON.stringify(ticket.payload),
				signal,
			});
			return readTicketId(body) ?? null;
		},
		async check(signal) {
			// Any answer at all means the address is reachable; a webhook need not answer OPTIONS kindly.
			await fetch(settings.url, { method: 'OPTIONS', headers: auth, signal });
		},
	};
}
