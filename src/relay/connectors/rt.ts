import { ConfigError, type SettingsReader } from '../settings.ts';
import {
	basicAuth,
	requestJson,
	TicketSystemError,
	type Connector,
	type ConnectorEntry,
} from './connector.ts';

/**
 * Request Tracker's REST2 API (`<RT>/REST/2.0/`). RT has no idempotency key, so the request's reference
 * is in the subject (`[REQ-…]`) and a ticket with it is looked up before a repeat attempt creates one.
 * Priority uses RT's default names: High 100, Medium 50, Low 0. The payload as received is attached as
 * `portal-request.json`, byte for byte.
 */
const PRIORITY = { high: 100, normal: 50, low: 0 } as const;

export function createRtConnector(settings: RtSettings): Connector {
	const api = `${settings.url}/REST/2.0`;
	const headers = {
		Accept: 'application/json',
		Authorization:
			'token' in settings.auth
				? `token ${settings.auth.token}`
				: basicAuth(settings.auth.user, settings.auth.password),
	};
	const readId = (value: unknown): string | null => {
		const id = (value as { id?: unknown } | undefined)?.id;
		return typeof id === 'string' || typeof id === 'number' ? String(id) : null;
	};

	return {
		name: 'rt',
		async create(ticket, signal) {
			const created = await requestJson('Request Tracker', `${api}/ticket`, {
				method: 'POST',
				headers: { ...headers, 'Content-Type': 'application/json' },
				body: JSON.stringify({
					Queue: settings.queue,
					Subject: ticket.subject,
					Requestor: ticket.requester.email,
					Priority: PRIORITY[ticket.priority],
					Content: ticket.body,
					ContentType: 'text/plain',
					Attachments: [
						{
							FileName: 'portal-request.json',
							FileType: 'application/json',
							FileContent: Buffer.from(JSON.stringify(ticket.payload, null, 2)).toString('base64'),
						},
					],
				}),
				signal,
			});
			const id = readId(created);
			if (!id)
				throw new TicketSystemError('Request Tracker created a ticket but did not say its id');
			return id;
		},
		async find(ticket, signal) {
			// TicketSQL quotes with single quotes; a reference is letters, digits and a dash only.
			const query = `Queue = '${settings.queue.replace(/'/g, "\\'")}' AND Subject LIKE '[${ticket.reference}]'`;
			const found = (await requestJson(
				'Request Tracker',
				`${api}/tickets?query=${encodeURIComponent(query)}&orderby=id&order=ASC&per_page=1`,
				{ headers, signal },
			)) as { items?: unknown[] } | undefined;
			return readId(found?.items?.[0]) ?? undefined;
		},
		async check(signal) {
			// The queue by name: proves the address, the credentials and the queue in one call.
			await requestJson('Request Tracker', `${api}/queue/${encodeURIComponent(settings.queue)}`, {
				headers,
				signal,
			});
		},
	};
}

export interface RtSettings {
	connector: 'rt';
	url: string;
	queue: string;
	auth: { token: string } | { user: string; password: string };
}

/** `KB_RELAY_RT_URL`, `KB_RELAY_RT_QUEUE`, and a token or a user with a password. */
export function readRtSettings(read: SettingsReader): RtSettings {
	const token = read.get('KB_RELAY_RT_TOKEN');
	const user = read.get('KB_RELAY_RT_USER');
	const password = read.get('KB_RELAY_RT_PASSWORD');
	if (!token && !(user && password))
		throw new ConfigError(
			`KB_RELAY_RT_TOKEN is not set: give an RT auth token, or KB_RELAY_RT_USER and KB_RELAY_RT_PASSWORD${user && !password ? ' (KB_RELAY_RT_PASSWORD is missing)' : ''}`,
		);
	return {
		connector: 'rt',
		url: read.url(
			'KB_RELAY_RT_URL',
			'RT\u2019s address as its users know it, e.g. https://rt.example.com',
		),
		queue: read.get('KB_RELAY_RT_QUEUE') ?? 'General',
		auth: token ? { token } : { user: user!, password: password! },
	};
}

export const rtConnector: ConnectorEntry<RtSettings> = {
	secrets: ['KB_RELAY_RT_TOKEN', 'KB_RELAY_RT_PASSWORD'],
	readSettings: readRtSettings,
	create: (settings) => createRtConnector(settings),
};
