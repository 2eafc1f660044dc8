/**
 * Reading settings, shared by the relay's general settings (config.ts) and each connector's own
 * (connectors/*.ts): environment variables, plus an optional settings file in the `NAME=value` format
 * systemd's `EnvironmentFile` reads. The environment wins over the file. Anything missing or invalid is
 * a ConfigError naming the variable, which stops the relay at start with that one line.
 */

export class ConfigError extends Error {
	override name = 'ConfigError';
}

/** What a settings reader offers: each helper names the variable in its error. */
export interface SettingsReader {
	/** The value from the environment or the file, trimmed; undefined when unset or blank. */
	get(name: string): string | undefined;
	/** The value, or a ConfigError saying `what` it should be. */
	required(name: string, what: string): string;
	/** A whole number from `min` to `max`, or `fallback` when unset. */
	number(name: string, fallback: number, min: number, max: number): number;
	/** A web address (or another of `protocols`), without a trailing slash. */
	url(name: string, what: string, protocols?: string[]): string;
	/** An email address, alone or as `Name <address>`. */
	email(name: string, what: string): string;
}

/**
 * Reads a `NAME=value` file: `#` comments, blank lines, optional quotes around the value. A name in
 * `secrets` is refused, so that a settings file can be shared or committed without them.
 */
export function parseSettingsFile(
	text: string,
	file: string,
	secrets: ReadonlySet<string>,
): Record<string, string> {
	const values: Record<string, string> = {};
	text.split(/\r?\n/).forEach((raw, index) => {
		const line = raw.trim();
		if (!line || line.startsWith('#')) return;
		const match = /^(?:export\s+)?([A-Z][A-Z0-9_]*)\s*=\s*(.*)$/.exec(line);
		if (!match)
			throw new ConfigError(`${file}: line ${index + 1}: expected NAME=value, found "${line}"`);
		const [, name, rawValue] = match;
		if (secrets.has(name!))
			throw new ConfigError(
				`${file}: line ${index + 1}: ${name} is a secret; set it in the environment, not in the settings file`,
			);
		values[name!] = rawValue!.replace(/^(['"])(.*)\1$/, '$2');
	});
	return values;
}

/** A reader over `env`, then `file` (already parsed, without secrets). */
export function createSettingsReader(
	env: Record<string, string | undefined>,
	file: Record<string, string>,
): SettingsReader {
	const get = (name: string): string | undefined => {
		const value = (env[name] ?? file[name])?.trim();
		return value ? value : undefined;
	};
	const required = (name: string, what: string): string => {
		const value = get(name);
		if (!value) throw new ConfigError(`${name} is not set: ${what}`);
		return value;
	};
	return {
		get,
		required,
		number(name, fallback, min, max) {
			const value = get(name);
			if (value === undefined) return fallback;
			const parsed = Number(value);
			if (!Number.isInteger(parsed) || parsed < min || parsed > max)
				throw new ConfigError(`${name}=${value} is not a whole number from ${min} to ${max}`);
			return parsed;
		},
		url(name, what, protocols = ['http:', 'https:']) {
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
		},
		email(name, what) {
			const value = required(name, what);
			if (!/^[^\s@]+@[^\s@]+$/.test(value.replace(/^.*<(.+)>$/, '$1')))
				throw new ConfigError(`${name}=${value} is not an email address`);
			return value;
		},
	};
}
