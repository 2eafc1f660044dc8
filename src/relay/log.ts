/**
 * The relay's log: one JSON line per event on stdout (errors on stderr), for journald or any log
 * collector. Events name the request by its reference, never by what the person typed: no summary,
 * details, name or email is ever logged.
 */
export type LogLevel = 'info' | 'warn' | 'error';

export interface LogFields {
	[field: string]: string | number | boolean | null | undefined;
}

export type Logger = (level: LogLevel, event: string, fields?: LogFields) => void;

export function createLogger(
	write: (line: string, level: LogLevel) => void = (line, level) =>
		(level === 'error' ? process.stderr : process.stdout).write(`${line}\n`),
	now: () => Date = () => new Date(),
): Logger {
	return (level, event, fields = {}) =>
		write(JSON.stringify({ time: now().toISOString(), level, event, ...fields }), level);
}

/** An error as a short line for the log: its message, cut, without the ticket system's whole reply. */
export function describeError(error: unknown): string {
	const text = error instanceof Error ? error.message : String(error);
	return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}
