import type { MessageKey } from '../../i18n/en.ts';

/**
 * The texts `<kb-feedback>` shows after a vote, by key: Feedback.astro passes these to the element's
 * `data-messages`. Free of the DOM and of zod, so both sides import it.
 */
export const FEEDBACK_MESSAGES = [
	'feedback.thanks',
	'feedback.sorry',
] as const satisfies readonly MessageKey[];
