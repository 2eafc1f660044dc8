import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SHIPPED_CATALOGS } from '../i18n/index.ts';
import {
	CONNECTOR_NAMES,
	CONNECTOR_SECRETS,
	isConnectorName,
	readConnectorSettings,
	type ConnectorSettings,
} from './connectors/index.ts';
import { ConfigError, createSettingsReader, parseSettingsFile } from './settings.ts';

/**
 * The relay's general settings: environment variables, plus an optional settings file named by
 * `KB_RELAY_CONFIG` in the `NAME=value` format systemd's `EnvironmentFile` reads. The environment wins
 * over the file; secrets (tokens, passwords, an SMTP address with a password) are read from the
 * environment only. The chosen connector reads its own settings (connectors/<name>.ts). Anything
 * missing or invalid stops the relay at start with one line naming the variable.
 */

export { ConfigError } from './settings.ts';
export type { ConnectorName, ConnectorSettings } from './connectors/index.ts';

export interface RelayConfig {
	host: string;
	port: number;
	dataDir: string;
	/** Origins of the portal (scheme, host and port) whose pages may send requests. */
	origins: string[];
	/** Requests a client (by address) may make per minute, to /tickets and /events together. */
	rateLimit: number;
	/** Read the client's address from X-Forwarded-For (only behind a proxy you run). */
	trustProxy: boolean;
	/** How long a request waits for the ticket system before the relay answers 202 and delivers later. */
	answerWithinMs: number;
	/** First retry delay; each failure doubles it, up to `retryMaxMs`. */
	retryBaseMs: number;
	retryMaxMs: number;
	/** How long one call to the ticket system may take. */
	connectorTimeoutMs: number;
	/** Days the anonymous events of the content-gap report are kept. */
	eventsDays: number;
	/** The language tickets are written in: the helpdesk's, usually the portal's `defaultLanguage`. */
	language: string;
	connector: ConnectorSettings;
}

/** The relay's settings from `env` (and the file it names), or a ConfigError naming the variable. */
export function readRelayConfig(
	env: Record<string, string | undefined> = process.env,
	cwd = process.cwd(),
): RelayConfig {
	let file: Record<string, string> = {};
	const configPath = env.KB_RELAY_CONFIG?.trim();
	if (configPath) {
		const path = resolve(cwd, configPath);
		let text: string;
		try {
			text = readFileSync(path, 'utf8');
		} catch (error) {
			throw new ConfigError(
				`KB_RELAY_CONFIG: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? error})`,
			);
		}
		file = parseSettingsFile(text, path, CONNECTOR_SECRETS);
	}
	const read = createSettingsReader(env, file);

	const origins = read
		.required(
			'KB_RELAY_ORIGIN',
			'the portal address(es) allowed to send requests, e.g. https://help.example.com',
		)
		.split(/[\s,]+/)
		.filter(Boolean)
		.map((origin) => {
			let parsed: URL;
			try {
				parsed = new URL(origin);
			} catch {
				throw new ConfigError(`KB_RELAY_ORIGIN: "${origin}" is not a web address`);
			}
			if (parsed.origin !== origin.replace(/\/$/, ''))
				throw new ConfigError(
					`KB_RELAY_ORIGIN: "${origin}" must be an origin only (scheme, host and port), like ${parsed.origin}`,
				);
			return parsed.origin;
		});

	const name = read.required(
		'KB_RELAY_CONNECTOR',
		`the ticket system to deliver to: ${CONNECTOR_NAMES.join(', ')}`,
	);
	if (!isConnectorName(name))
		throw new ConfigError(
			`KB_RELAY_CONNECTOR=${name} is not a connector; use one of ${CONNECTOR_NAMES.join(', ')}`,
		);
	const connector = readConnectorSettings(name, read);

	return {
		host: read.get('KB_RELAY_HOST') ?? '127.0.0.1',
		port: read.number('KB_RELAY_PORT', 8787, 0, 65535),
		dataDir: resolve(cwd, read.get('KB_RELAY_DATA') ?? '.relay-data'),
		origins,
		rateLimit: read.number('KB_RELAY_RATE_LIMIT', 30, 1, 100_000),
		trustProxy: read.get('KB_RELAY_TRUST_PROXY') === 'true',
		answerWithinMs: read.number('KB_RELAY_ANSWER_WITHIN_MS', 5000, 0, 9000),
		retryBaseMs: read.number('KB_RELAY_RETRY_BASE_MS', 10_000, 10, 3_600_000),
		retryMaxMs: read.number('KB_RELAY_RETRY_MAX_MS', 3_600_000, 10, 86_400_000),
		connectorTimeoutMs: read.number('KB_RELAY_CONNECTOR_TIMEOUT_MS', 15_000, 100, 120_000),
		eventsDays: read.number('KB_RELAY_EVENTS_DAYS', 180, 1, 3650),
		language: shippedLanguage(read.get('KB_RELAY_LANGUAGE') ?? 'en'),
		connector,
	};
}

/** A language whose text ships with the portal (the relay has no `content/ui/` to complete another). */
function shippedLanguage(lang: string): string {
	const tag = lang.toLowerCase();
	if (!Object.hasOwn(SHIPPED_CATALOGS, tag) && !Object.hasOwn(SHIPPED_CATALOGS, tag.split('-')[0]!))
		throw new ConfigError(
			`KB_RELAY_LANGUAGE=${lang} is not a language the portal's text ships in; use one of ${Object.keys(SHIPPED_CATALOGS).join(', ')}`,
		);
	return lang;
}
