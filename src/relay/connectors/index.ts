import type { RelayConfig } from '../config.ts';
import type { Connector } from './connector.ts';
import { createEmailConnector } from './email.ts';
import { createJiraConnector } from './jira.ts';
import { createRtConnector } from './rt.ts';
import { createWebhookConnector } from './webhook.ts';
import { createZendeskConnector } from './zendesk.ts';

/** The connector the settings name. */
export function createConnector(config: RelayConfig): Connector {
	const settings = config.connector;
	switch (settings.connector) {
		case 'rt':
			return createRtConnector(settings);
		case 'zendesk':
			return createZendeskConnector(settings);
		case 'jira':
			return createJiraConnector(settings);
		case 'email':
			return createEmailConnector(settings, config.connectorTimeoutMs);
		case 'webhook':
			return createWebhookConnector(settings);
	}
}
