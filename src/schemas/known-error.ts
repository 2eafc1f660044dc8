import { z } from 'astro/zod';
import { entryFields } from './common.ts';
import { dateTimeField, text, textList } from './fields.ts';

import { KNOWN_ERROR_STATUSES, SEVERITIES } from './enums.ts';

export { KNOWN_ERROR_STATUSES, SEVERITIES, type KnownErrorStatus, type Severity } from './enums.ts';

/** One entry of a known error's timeline. */
const KnownErrorUpdateSchema = z.strictObject({
	/** When the update was posted. */
	at: dateTimeField(),
	/** The status from this update on, when it changed. */
	status: z.enum(KNOWN_ERROR_STATUSES).optional(),
	/** What changed, in a sentence or two. */
	note: text(),
});

/** A problem many people hit, with its workaround and progress (`content/known-errors/KE-0042-<slug>.mdx`). */
export const KnownErrorSchema = z
	.strictObject({
		...entryFields('known-error'),
		/** Where the problem stands now. */
		status: z.enum(KNOWN_ERROR_STATUSES),
		/** How badly people are affected. */
		severity: z.enum(SEVERITIES),
		/** Affected services as users know them ("VPN", "Outlook on iOS"). At least one. */
		services: z.array(text()).min(1, { error: 'needs at least one affected service, e.g. [VPN]' }),
		/** What the user sees. */
		symptoms: textList().optional(),
		/** Verbatim error texts and codes; searched with the highest weight. Quote codes such as "0x80070005". */
		errorMessages: textList().optional(),
		/** When the problem was first reported. */
		firstSeen: dateTimeField(),
		/** When it was resolved: required when status is resolved, not allowed otherwise. */
		resolvedAt: dateTimeField().optional(),
		/** When a fix is expected: a date and time, or words such as "next Tuesday's patch". */
		fixEta: z.union([dateTimeField(), text()]).optional(),
		/** When staff promise the next update; the page says the update is overdue after it. */
		nextUpdate: dateTimeField().optional(),
		/** The problem record in the ticket system, shown to agents. */
		problemRef: text().optional(),
		/** The timeline of updates (any order in the file; shown newest first). */
		updates: z.array(KnownErrorUpdateSchema).optional(),
	})
	.superRefine((entry, ctx) => {
		if (entry.status === 'resolved' && !entry.resolvedAt) {
			ctx.addIssue({
				code: 'custom',
				path: ['resolvedAt'],
				message:
					'is required when status is resolved: add when it was fixed, e.g. 2026-11-20T16:00:00Z',
			});
		}
		if (entry.status !== 'resolved' && entry.resolvedAt) {
			ctx.addIssue({
				code: 'custom',
				path: ['resolvedAt'],
				message: `is only allowed when status is resolved (status is ${entry.status}); remove it or set status: resolved`,
			});
		}
		if (entry.resolvedAt && entry.resolvedAt < entry.firstSeen) {
			ctx.addIssue({
				code: 'custom',
				path: ['resolvedAt'],
				message: 'is before firstSeen; a problem cannot be resolved before it was first seen',
			});
		}
	});

export type KnownError = z.output<typeof KnownErrorSchema>;
export type KnownErrorUpdate = z.output<typeof KnownErrorUpdateSchema>;
