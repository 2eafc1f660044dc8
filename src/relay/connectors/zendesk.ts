import type { SettingsReader } from '../settings.ts';
import {
	basicAuth,
	requestJson,
	TicketSystemError,
	type Connector,
	type ConnectorEntry,
} from './connector.ts';

/**
 * Zendesk Support's Tickets API (`POST /api/v2/tickets.json`), with an API token
 * (`{email}/token:{token}`). The request's key goes as Zendesk's own `Idempotency-Key` header, and its
 * reference as the ticket's `external_id`, which is looked up before a repeat attempt: Zendesk keeps
 * idempotency keys for two hours, a relay may retry for longer.
 */
const PRIORITY = { high: 'high', normal: 'normal', low: 'low' } as const;

export function createZendeskConnector(settings: ZendeskSettings): Connector {
	const api = `${settings.url}/api/v2`;
	const headers = {
		Accept: 'application/json',
		Authorization: basicAuth(`${settings.email}/token`, settings.token),
	};
	const readId = (ticket: unknown): string | null => {
		const id = (ticket as { id?: unknown } | undefined)?.id;
		return typeof id === 'number' || typeof id === 'string' ? String(id) : null;
	};

	return {
		name: 'zendesk',
		async create(ticket, signal) {
			const body = (await requestJson('Zendesk', `${api}/tickets.json`, {
				method: 'POST',
				headers: {
					...headers,
					'Content-Type': 'application/json',
					'Idempotency-Key': ticket.idempotencyKey,
				},
				body: JSON.stringify({
					ticket: {
						subject: ticket.subject,
						comment: { body: ticket.body, public: false },
						requester: {
							email: ticket.requester.email,
							...(ticket.requester.name ? { name: ticket.requester.name } : {}),
						},
						priority: PRIORITY[ticket.priority],
						external_id: ticket.reference,
						tags: [
							'help-portal',
							...(ticket.language ? [`language_${ticket.language.toLowerCase()}`] : []),
						],
					},
				}),
				signal,
			})) as { ticket?: unknown } | undefined;
			const id = readId(body?.ticket);
			if (!id) throw new TicketSystemError('Zendesk created a ticket but did not say its id');
			return id;
		},
		async find(ticket, signal) {
			const body = (await requestJson(
				'Zendesk',
				`${api}/tickets.json?external_id=${encodeURIComponent(ticket.reference)}`,
				{ headers, signal },
			)) as { tickets?: unknown[] } | undefined;
			return readId(body?.tickets?.[0]) ?? undefined;
		},
		async check(signal) {
			await requestJson('Zendesk', `${api}/users/me.json`, { headers, signal });
		},
	};
}

export interface ZendeskSettings {
	connector: 'zendesk';
	url: string;
	email: string;
	token: string;
}

/** `KB_RELAY_ZENDESK_URL`, `KB_RELAY_ZENDESK_EMAIL` and `KB_RELAY_ZENDESK_TOKEN`. */
export function readZendeskSettings(read: SettingsReader): ZendeskSettings {
	return {
		connector: 'zendesk',
		url: read.url('KB_RELAY_ZENDESK_URL', 'your Zendesk address, e.g. https://example.zendesk.com'),
		email: read.email('KB_RELAY_ZENDESK_EMAIL', 'the agent the API token belongs to'),
		token: read.required('KB_RELAY_ZENDESK_TOKEN', 'a Zendesk API token'),
	};
}

export const zendeskConnector: ConnectorEntry<ZendeskSettings> = {
	secrets: ['KB_RELAY_ZENDESK_TOKEN'],
	readSettings: readZendeskSettings,
	create: (settings) => createZendeskConnector(settings),
};
