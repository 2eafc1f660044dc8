import type { JiraSettings } from '../config.ts';
import { basicAuth, requestJson, TicketSystemError, type Connector } from './connector.ts';

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
