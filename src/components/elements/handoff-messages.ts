import type { MessageKey } from '../../i18n/en.ts';

/**
 * The texts `<kb-handoff>` and its helpers (handoff-errors.ts, handoff-hints.ts) show, by key, in the
 * page's language: written once per language to `handoff-messages.json`
 * (src/pages/[...lang]/handoff-messages.json.ts), which the element fetches (handoff-texts.ts). Free of
 * the DOM and of zod, so both sides import it.
 */
export const HANDOFF_MESSAGES = [
	'handoff.draftNotKept',
	'handoff.mailtoOpened',
	'handoff.send',
	'handoff.sending',
	'handoff.failed.refused',
	'handoff.failed.refusedWithReason',
	'handoff.failed.server',
	'handoff.failed.timeout',
	'handoff.failed.offline',
	'handoff.refused.origin',
	'handoff.refused.rateLimited',
	'handoff.refused.tooLarge',
	'handoff.refused.unreadable',
	'handoff.refused.invalidField',
	'handoff.refused.invalidFieldNamed',
	'handoff.refused.outdated',
	'handoff.refused.automated',
	'handoff.refused.wrongAddress',
	'handoff.refused.storeFailed',
	'handoff.refused.reply',
	'handoff.sent.received',
	'handoff.sent.receivedWithReference',
	'handoff.sent.ticket',
	'handoff.sent.reference',
	'handoff.sent.plain',
	'handoff.error.summary',
	'handoff.error.urgency',
	'handoff.error.device',
	'handoff.error.emailMissing',
	'handoff.error.emailFormat',
	'handoff.error.prefix',
	'handoff.route.note',
	'handoff.route.vendor',
	'handoff.route.carrier',
	'handoff.route.not-supported',
	'handoff.route.policyLink',
	'handoff.suggestions.title',
	'handoff.suggestions.known',
	'handoff.suggestions.meanwhile',
	'handoff.tried.followed',
	'handoff.tried.steps',
	'handoff.tried.troubleshooter',
	'handoff.tried.troubleshooter.answer',
	'handoff.tried.troubleshooter.notSolved',
	'handoff.tried.troubleshooter.solved',
	'handoff.tried.troubleshooter.contact',
] as const satisfies readonly MessageKey[];

/**
 * The texts of the request as an email (and as "Copy details" copies it: src/lib/handoff.ts
 * formatHandoffText), in the portal's default language, the helpdesk's, like the ticket the relay writes
 * and the feed; its "Language" line says which language the reader used. In the same file, as `mail`.
 */
export const HANDOFF_MAIL_MESSAGES = [
	'urgency.blocked',
	'urgency.degraded',
	'urgency.question',
	'mail.summary',
	'mail.urgency',
	'mail.device',
	'mail.device.corporate',
	'mail.device.personal',
	'mail.platform',
	'mail.details',
	'mail.errorMessage',
	'mail.tried',
	'mail.name',
	'mail.email',
	'mail.notGiven',
	'mail.context',
	'mail.cameFrom',
	'mail.searchedFor',
	'mail.viewed',
	'mail.browser',
	'mail.language',
	'mail.troubleshooter',
	'mail.troubleshooter.which',
	'mail.troubleshooter.step',
	'mail.troubleshooter.end',
	'mail.troubleshooter.notSolved',
	'mail.troubleshooter.solved',
	'mail.shortened',
	'mail.subject.default',
	'mail.subject.after',
] as const satisfies readonly MessageKey[];
