import type { MessageKey } from '../../i18n/en.ts';

/**
 * The texts of copy buttons, by key: the components that render `<kb-copy>` and `<kb-anchor-links>`
 * pass these to the element's `data-messages`, and the element reads them with `readMessages`. Free of
 * the DOM and of zod, so both sides import it.
 */

/** What a button says once it has copied, or could not (copy-feedback.ts). */
export const COPY_FEEDBACK_MESSAGES = [
	'copy.copied',
	'copy.failed',
	'copy.status.copied',
	'copy.status.failed',
] as const satisfies readonly MessageKey[];

/** `<kb-copy>`: its button keeps its own label, given in the markup. */
export const COPY_MESSAGES = [
	...COPY_FEEDBACK_MESSAGES,
	'copy.label',
] as const satisfies readonly MessageKey[];

/** `<kb-anchor-links>` around an entry's body: the "Copy link" buttons it adds. */
export const ANCHOR_LINK_MESSAGES = [
	...COPY_FEEDBACK_MESSAGES,
	'copy.link',
	'copy.linkTo',
] as const satisfies readonly MessageKey[];
