/**
 * The allowed values of the content model, without zod: the browser's scripts (status banner, handoff)
 * import them from here, so they never carry the schema library.
 */

/** The lifecycle of a known error, in the order it usually moves through. */
export const KNOWN_ERROR_STATUSES = [
	'investigating',
	'identified',
	'workaround',
	'fix-in-progress',
	'monitoring',
	'resolved',
] as const;
export type KnownErrorStatus = (typeof KNOWN_ERROR_STATUSES)[number];

/** Most severe first. */
export const SEVERITIES = ['critical', 'major', 'minor'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const NOTICE_SEVERITIES = ['info', 'maintenance', 'degraded', 'outage'] as const;
export type NoticeSeverity = (typeof NOTICE_SEVERITIES)[number];

export const PLATFORMS = ['windows', 'macos', 'linux', 'ios', 'android', 'web'] as const;
export type Platform = (typeof PLATFORMS)[number];

export const DEVICES = ['corporate', 'personal'] as const;
export type Device = (typeof DEVICES)[number];
