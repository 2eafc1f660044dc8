import type { SettingsReader } from '../settings.ts';
import type { Ticket } from '../ticket.ts';

/**
 * One ticket system. A connector maps a ticket to the system's API and back, nothing else: storing,
 * retrying and answering the browser are the relay's. Each lives in its own file beside this one.
 */
export interface Connector {
	readonly name: string;
	/** Creates the ticket; resolves to the system's id for it (null when the system gives none). */
	create(ticket: Ticket, signal: AbortSignal): Promise<string | null>;
	/**
	 * The ticket an earlier attempt may already have created for this request (found by its reference),
	 * so that a crash between creating and recording never makes a second one. Absent when the system
	 * cannot be searched and deduplicates by itself (email by Message-ID, a webhook by its key).
	 */
	find?(ticket: Ticket, signal: AbortSignal): Promise<string | null | undefined>;
	/** Resolves when the system answers and accepts the relay's credentials; throws otherwise. */
	check(signal: AbortSignal): Promise<void>;
	close?(): Promise<void> | void;
}

/** What every connector is given besides its own settings. */
export interface ConnectorOptions {
	/** How long one call to the ticket system may take (`KB_RELAY_CONNECTOR_TIMEOUT_MS`). */
	timeoutMs: number;
}

/**
 * One line of the registry (connectors/index.ts): how a connector reads its settings and how it is
 * made from them. `connector` in the settings is the connector's name.
 */
export interface ConnectorEntry<S extends { connector: string }> {
	/** Variables holding secrets: read from the environment only, refused in the settings file. */
	readonly secrets: readonly string[];
	/** Reads and checks the connector's settings; a ConfigError names the variable that is wrong. */
	readSettings(read: SettingsReader): S;
	create(settings: S, options: ConnectorOptions): Connector;
}

/** A reply from the ticket system that was not a success. */
export class TicketSystemError extends Error {
	override name = 'TicketSystemError';
	readonly status: number | undefined;

	constructor(message: string, status?: number) {
		super(message);
		this.status = status;
	}
}

/** `fetch`, reading JSON, turning any non-2xx into a TicketSystemError that says what the system said. */
export async function requestJson(
	system: string,
	url: string,
	init: RequestInit & { signal: AbortSignal },
): Promise<unknown> {
	const response = await fetch(url, init);
	const text = await response.text();
	if (!response.ok) {
		const said = text.replace(/\s+/g, ' ').trim().slice(0, 200);
		throw new TicketSystemError(
			`${system} answered ${response.status} to ${init.method ?? 'GET'} ${new URL(url).pathname}${said ? `: ${said}` : ''}`,
			response.status,
		);
	}
	if (!text) return undefined;
	try {
		return JSON.parse(text);
	} catch {
		throw new TicketSystemError(
			`${system} answered ${response.status} with something that is not JSON`,
		);
	}
}

export const basicAuth = (user: string, password: string) =>
	`Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
