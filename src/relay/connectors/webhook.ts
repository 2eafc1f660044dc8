import { readTicketId } from '../../lib/handoff.ts';
import type { SettingsReader } from '../settings.ts';
import { requestJson, type Connector, type ConnectorEntry } from './connector.ts';

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

export interface WebhookSettings {
	connector: 'webhook';
	url: string;
	token?: string | undefined;
}

/** `KB_RELAY_WEBHOOK_URL`, and an optional `KB_RELAY_WEBHOOK_TOKEN`. */
export function readWebhookSettings(read: SettingsReader): WebhookSettings {
	return {
		connector: 'webhook',
		url: read.url('KB_RELAY_WEBHOOK_URL', 'the address that takes the portal\u2019s payload'),
		token: read.get('KB_RELAY_WEBHOOK_TOKEN'),
	};
}

export const webhookConnector: ConnectorEntry<WebhookSettings> = {
	secrets: ['KB_RELAY_WEBHOOK_TOKEN'],
	readSettings: readWebhookSettings,
	create: (settings) => createWebhookConnector(settings),
};
