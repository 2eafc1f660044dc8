import { z } from 'astro/zod';
import { dateTimeField, linkField, text, textList } from './fields.ts';

import { NOTICE_SEVERITIES } from './enums.ts';

export { NOTICE_SEVERITIES, type NoticeSeverity } from './enums.ts';

/** Planned maintenance or an outage for the status banner (`content/notices/N-12-<slug>.yaml`). */
export const NoticeSchema = z
	.strictObject({
		/** `N-` followed by digits; unique. */
		id: z
			.string({ error: 'is required: write the notice id, e.g. N-12' })
			.regex(/^N-\d+$/, { error: 'must be N- followed by digits, e.g. N-12' }),
		/** A short headline. */
		title: text(120),
		/** `info`, `maintenance`, `degraded` or `outage`. */
		severity: z.enum(NOTICE_SEVERITIES),
		/** When the notice starts to apply. */
		starts: dateTimeField(),
		/** When it stops applying; leave out while the end is unknown. */
		ends: dateTimeField().optional(),
		/** Affected services as users know them. */
		services: textList(),
		/** One or two plain sentences for the banner. */
		message: text(),
		/** An entry id (KE-0042) or web address with details. */
		link: linkField().optional(),
	})
	.superRefine((notice, ctx) => {
		if (notice.ends && notice.ends <= notice.starts) {
			ctx.addIssue({
				code: 'custom',
				path: ['ends'],
				message: 'must be after starts; a notice cannot end before it begins',
			});
		}
	});

export type Notice = z.output<typeof NoticeSchema>;
