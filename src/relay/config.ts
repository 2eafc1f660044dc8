import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SHIPPED_CATALOGS } from '../i18n/index.ts';

/**
 * The relay's settings: environment variables, plus an optional settings file named by
 * `KB_RELAY_CONFIG` in the `NAME=value` format systemd's `EnvironmentFile` reads. The environment wins
 * over the file; secrets (tokens, passwords, an SMTP address with a password) are read from the
 * environment only, so a settings file can be shared or committed without them. Anything missing or
 * invalid stops the relay at start with one line naming the variable.
 */

const CONNECTORS = ['rt', 'zendesk', 'jira', 'email', 'webhook'] as const;
export type ConnectorName = (typeof CONNECTORS)[number];

export interface RtSettings {
	connector: 'rt';
	url: string;
	queue: string;
	auth: { token: string } | { user: string; password: string };
}
export interface ZendeskSettings {
	connector: 'zendesk';
	url: string;
	email: string;
	token: string;
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
export interface EmailSettings {
	connector: 'email';
	smtpUrl: string;
	to: string;
	from: string;
}
export interface WebhookSettings {
	connector: 'webhook';
	url: string;
	token?: string | undefined;
}
export type ConnectorSettings =
	RtSettings | ZendeskSettings | JiraSettings | EmailSettings | WebhookSettings;

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

export class ConfigError extends Error {
	override name = 'ConfigError';
}

/** Names whose values are secrets: never read from the settings file. */
const SECRETS = new Set([
	'KB_RELAY_RT_TOKEN',
	'KB_RELAY_RT_PASSWORD',
	'KB_RELAY_ZENDESK_TOKEN',
	'KB_RELAY_JIRA_TOKEN',
	'KB_RELAY_SMTP_URL',
	'KB_RELAY_WEBHOOK_TOKEN',
]);

/** Reads a `NAME=value` file: `#` comments, blank lines, optional quotes around the value. */
function parseSettingsFile(text: string, file: string): Record<string, string> {
	const values: Record<string, string> = {};
	text.split(/\r?\n/).forEach((raw, index) => {
		const line = raw.trim();
		if (!line || line.startsWith('#')) return;
		const match = /^(?:export\s+)?([A-Z][A-Z0-9_]*)\s*=\s*(.*)$/.exec(line);
		if (!match)
			throw new ConfigError(`${file}: line ${index + 1}: expected NAME=value, found "${line}"`);
		const [, name, rawValue] = match;
		if (SECRETS.has(name!))
			throw new ConfigError(
				`${file}: line ${index + 1}: ${name} is a secret; set it in the environment, not in the settings file`,
			);
		values[name!] = rawValue!.replace(/^(['"])(.*)\1$/, '$2');
	});
	return values;
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
		file = parseSettingsFile(text, path);
	}
	const get = (name: string): string | undefined => {
		const value = (env[name] ?? file[name])?.trim();
		return value ? value : undefined;
	};
	const required = (name: string, what: string): string => {
		const value = get(name);
		if (!value) throw new ConfigError(`${name} is not set: ${what}`);
		return value;
	};
	const number = (name: string, fallback: number, min: number, max: number): number => {
		const value = get(name);
		if (value === undefined) return fallback;
		const parsed = Number(value);
		if (!Number.isInteger(parsed) || parsed < min || parsed > max)
			throw new ConfigError(`${name}=${value} is not a whole number from ${min} to ${max}`);
		return parsed;
	};
	const url = (name: string, what: string, protocols = ['http:', 'https:']): string => {
		const value = required(name, what);
		let parsed: URL;
		try {
			parsed = new URL(value);
		} catch {
			throw new ConfigError(`${name}=${value} is not a web address; ${what}`);
		}
		if (!protocols.includes(parsed.protocol))
			throw new ConfigError(
				`${name} must start with ${protocols.map((p) => `${p}//`).join(' or ')}; found ${parsed.protocol}//`,
			);
		return value.replace(/\/+$/, '');
	};
	const email = (name: string, what: string): string => {
		const value = required(name, what);
		if (!/^[^\s@]+@[^\s@]+$/.test(value.replace(/^.*<(.+)>$/, '$1')))
			throw new ConfigError(`${name}=${value} is not an email address`);
		return value;
	};

	const origins = required(
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

	const name = required(
		'KB_RELAY_CONNECTOR',
		`the ticket system to deliver to: ${CONNECTORS.join(', ')}`,
	);
	if (!(CONNECTORS as readonly string[]).includes(name))
		throw new ConfigError(
			`KB_RELAY_CONNECTOR=${name} is not a connector; use one of ${CONNECTORS.join(', ')}`,
		);

	let connector: ConnectorSettings;
	switch (name as ConnectorName) {
		case 'rt': {
			const token = get('KB_RELAY_RT_TOKEN');
			const user = get('KB_RELAY_RT_USER');
			const password = get('KB_RELAY_RT_PASSWORD');
			if (!token && !(user && password))
				throw new ConfigError(
					`KB_RELAY_RT_TOKEN is not set: give an RT auth token, or KB_RELAY_RT_USER and KB_RELAY_RT_PASSWORD${user && !password ? ' (KB_RELAY_RT_PASSWORD is missing)' : ''}`,
				);
			connector = {
				connector: 'rt',
				url: url(
					'KB_RELAY_RT_URL',
					'RT\u2019s address as its users know it, e.g. https://rt.example.com',
				),
				queue: get('KB_RELAY_RT_QUEUE') ?? 'General',
				auth: token ? { token } : { user: user!, password: password! },
			};
			break;
		}
		case 'zendesk':
			connector = {
				connector: 'zendesk',
				url: url('KB_RELAY_ZENDESK_URL', 'your Zendesk address, e.g. https://example.zendesk.com'),
				email: email('KB_RELAY_ZENDESK_EMAIL', 'the agent the API token belongs to'),
				token: required('KB_RELAY_ZENDESK_TOKEN', 'a Zendesk API token'),
			};
			break;
		case 'jira':
			connector = {
				connector: 'jira',
				url: url('KB_RELAY_JIRA_URL', 'your Jira address, e.g. https://example.atlassian.net'),
				email: email('KB_RELAY_JIRA_EMAIL', 'the account the API token belongs to'),
				token: required('KB_RELAY_JIRA_TOKEN', 'an Atlassian API token'),
				serviceDesk: required('KB_RELAY_JIRA_SERVICE_DESK', 'the service desk id, e.g. 4'),
				requestType: required('KB_RELAY_JIRA_REQUEST_TYPE', 'the request type id, e.g. 25'),
				priority: get('KB_RELAY_JIRA_PRIORITY') !== 'off',
			};
			break;
		case 'email':
			connector = {
				connector: 'email',
				smtpUrl: url(
					'KB_RELAY_SMTP_URL',
					'the SMTP server, e.g. smtps://user:password@mail.example.com',
					['smtp:', 'smtps:'],
				),
				to: email(
					'KB_RELAY_MAIL_TO',
					'the ticket system\u2019s intake address, e.g. helpdesk@example.com',
				),
				from: email('KB_RELAY_MAIL_FROM', 'the sender address the SMTP server accepts'),
			};
			break;
		case 'webhook':
			connector = {
				connector: 'webhook',
				url: url('KB_RELAY_WEBHOOK_URL', 'the address that takes the portal\u2019s payload'),
				token: get('KB_RELAY_WEBHOOK_TOKEN'),
			};
			break;
	}

	return {
		host: get('KB_RELAY_HOST') ?? '127.0.0.1',
		port: number('KB_RELAY_PORT', 8787, 0, 65535),
		dataDir: resolve(cwd, get('KB_RELAY_DATA') ?? '.relay-data'),
		origins,
		rateLimit: number('KB_RELAY_RATE_LIMIT', 30, 1, 100_000),
		trustProxy: get('KB_RELAY_TRUST_PROXY') === 'true',
		answerWithinMs: number('KB_RELAY_ANSWER_WITHIN_MS', 5000, 0, 9000),
		retryBaseMs: number('KB_RELAY_RETRY_BASE_MS', 10_000, 10, 3_600_000),
		retryMaxMs: number('KB_RELAY_RETRY_MAX_MS', 3_600_000, 10, 86_400_000),
		connectorTimeoutMs: number('KB_RELAY_CONNECTOR_TIMEOUT_MS', 15_000, 100, 120_000),
		eventsDays: number('KB_RELAY_EVENTS_DAYS', 180, 1, 3650),
		language: shippedLanguage(get('KB_RELAY_LANGUAGE') ?? 'en'),
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
