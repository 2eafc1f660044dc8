import type { SettingsReader } from '../settings.ts';
import type { Connector, ConnectorEntry } from './connector.ts';
import { emailConnector } from './email.ts';
import { jiraConnector } from './jira.ts';
import { rtConnector } from './rt.ts';
import { webhookConnector } from './webhook.ts';
import { zendeskConnector } from './zendesk.ts';

/**
 * Every connector, by the name `KB_RELAY_CONNECTOR` takes, in the order error messages list them. A
 * new ticket system is one file beside this one (its settings reader and its create function) and one
 * line here.
 */
const CONNECTORS = {
	rt: rtConnector,
	zendesk: zendeskConnector,
	jira: jiraConnector,
	email: emailConnector,
	webhook: webhookConnector,
};

export type ConnectorName = keyof typeof CONNECTORS;
/** One connector's settings, told apart by `connector` (its name). */
export type ConnectorSettings = ReturnType<(typeof CONNECTORS)[ConnectorName]['readSettings']>;

export const CONNECTOR_NAMES = Object.keys(CONNECTORS) as ConnectorName[];

/** Every connector's secrets: refused in a settings file whichever connector it chooses. */
export const CONNECTOR_SECRETS: ReadonlySet<string> = new Set(
	Object.values(CONNECTORS).flatMap((entry) => entry.secrets),
);

export function isConnectorName(name: string): name is ConnectorName {
	return Object.hasOwn(CONNECTORS, name);
}

/** The named connector's settings, read and checked by the connector itself. */
export function readConnectorSettings(
	name: ConnectorName,
	read: SettingsReader,
): ConnectorSettings {
	return CONNECTORS[name].readSettings(read);
}

/** The connector the settings name. */
export function createConnector(config: {
	connector: ConnectorSettings;
	connectorTimeoutMs: number;
}): Connector {
	// Each entry's settings carry its own name, so the entry found by that name takes them.
	const entry = CONNECTORS[config.connector.connector] as ConnectorEntry<ConnectorSettings>;
	return entry.create(config.connector, { timeoutMs: config.connectorTimeoutMs });
}
