import type { MessageKey } from '../../i18n/en.ts';

/**
 * The texts `<kb-troubleshooter>` shows, by key, in the page's language: Troubleshooter.astro passes them
 * to the element's `data-messages`. Free of the DOM, so both sides import it.
 */
export const TROUBLESHOOTER_MESSAGES = [
	'troubleshooter.yourAnswers',
	'troubleshooter.back',
	'troubleshooter.startOver',
	'troubleshooter.solved.question',
	'troubleshooter.solved.yes',
	'troubleshooter.solved.no',
	'troubleshooter.solved.thanks',
	'troubleshooter.contact.handoff',
] as const satisfies readonly MessageKey[];
