import type { SettingsReader } from '../settings.ts';
import {
	basicAuth,
	requestJson,
	TicketSystemError,
	type Connector,
	type ConnectorEntry,
} from './connector.ts';

/**
 * Jira Service Management's customer request API (`POST /rest/servicedeskapi/request`), raised on
 * behalf of the person (`raiseOnBehalfOf`, their email), with an Atlassian API token. Jira has no
 * idempotency key: the reference is in the summary, and a repeat attempt first searches for it with
 * JQL (`/rest/api/3/search/jql`). Priority is sent unless `KB_RELAY_JIRA_PRIORITY=off` (a request
 * type without the Priority field refuses it).
 */
const PRIORITY = { high: 'High', normal: 'Medium', low: 'Low' } as const;

export function createJiraConnector(settings: JiraSettings): Connector {
	const headers = {
		Accept: 'application/json',
		Authorization: basicAuth(settings.email, settings.token),
	};

	return {
		name: 'jira',
		async create(ticket, signal) {
			const body = (await requestJson('Jira', `${settings.url}/rest/servicedeskapi/request`, {
				method: 'POST',
				headers: { ...headers, 'Content-Type': 'application/json' },
				body: JSON.stringify({
					serviceDeskId: settings.serviceDesk,
					requestTypeId: settings.requestType,
					raiseOnBehalfOf: ticket.requester.email,
					requestFieldValues: {
						summary: ticket.subject,
						description: ticket.body,
						...(settings.priority ? { priority: { name: PRIORITY[ticket.priority] } } : {}),
					},
				}),
				signal,
			})) as { issueKey?: unknown } | undefined;
			if (typeof body?.issueKey !== 'string')
				throw new TicketSystemError('Jira created a request but did not say its key');
			return body.issueKey;
		},
		async find(ticket, signal) {
			const jql = `summary ~ "\\"${ticket.reference}\\"" ORDER BY created ASC`;
			const body = (await requestJson(
				'Jira',
				`${settings.url}/rest/api/3/search/jql?jql=${encodeURIComponent(jql)}&fields=summary&maxResults=1`,
				{ headers, signal },
			)) as { issues?: { key?: unknown }[] } | undefined;
			const key = body?.issues?.[0]?.key;
			return typeof key === 'string' ? key : undefined;
		},
		async check(signal) {
			await requestJson(
				'Jira',
				`${settings.url}/rest/servicedeskapi/servicedesk/${encodeURIComponent(settings.serviceDesk)}`,
				{
					headers,
					signal,
				},
			);
		},
	};
}

export interface JiraSettings {
	connector: 'jira';
	url: string;
	email: string;
	token: string;
	serviceDesk: string;
	requestType: string;
	/** Send urgency as the request's priority (the request type must show the Priority field). */
	priority: boolean;
}

/** `KB_RELAY_JIRA_*`: address, account and token, service desk and request type, priority on or off. */
export function readJiraSettings(read: SettingsReader): JiraSettings {
	return {
		connector: 'jira',
		url: read.url('KB_RELAY_JIRA_URL', 'your Jira address, e.g. https://example.atlassian.net'),
		email: read.email('KB_RELAY_JIRA_EMAIL', 'the account the API token belongs to'),
		token: read.required('KB_RELAY_JIRA_TOKEN', 'an Atlassian API token'),
		serviceDesk: read.required('KB_RELAY_JIRA_SERVICE_DESK', 'the service desk id, e.g. 4'),
		requestType: read.required('KB_RELAY_JIRA_REQUEST_TYPE', 'the request type id, e.g. 25'),
		priority: read.get('KB_RELAY_JIRA_PRIORITY') !== 'off',
	};
}

export const jiraConnector: ConnectorEntry<JiraSettings> = {
	secrets: ['KB_RELAY_JIRA_TOKEN'],
	readSettings: readJiraSettings,
	create: (settings) => createJiraConnector(settings),
};
