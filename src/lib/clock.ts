/**
 * "Now" for everything the build and the authoring scripts decide by time: which notices are active or
 * coming up, which updates are overdue, which entries are stale, and the `generated` time of the status
 * feed. A static page is built once and read for days, so tests and previews need to say when "now" is:
 * `KB_NOW` (an ISO 8601 date-time) when set, else the machine's clock.
 */

/** The variable that pins the clock. */
const CLOCK_VARIABLE = 'KB_NOW';

/** Reads `KB_NOW` from `env`; a value that is not a date-time is an error, never silently today. */
export function readClock(env: Record<string, string | undefined> = process.env): Date {
	const value = env[CLOCK_VARIABLE]?.trim();
	if (!value) return new Date();
	// A bare day would be read as midnight UTC by some parsers and local midnight by others: ask for the time.
	const parsed = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) ? new Date(value) : new Date(NaN);
	if (Number.isNaN(parsed.getTime()))
		throw new Error(
			`${CLOCK_VARIABLE}=${JSON.stringify(value)} is not a date and time; use ISO 8601 such as 2026-11-23T12:00:00Z`,
		);
	return parsed;
}
