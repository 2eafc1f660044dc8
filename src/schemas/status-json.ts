import { z } from 'astro/zod';
import { KNOWN_ERROR_STATUSES, SEVERITIES } from './known-error.ts';
import { NOTICE_SEVERITIES } from './notice.ts';

const isoDateTime = z.iso.datetime({ offset: true });

/** A notice as `/status.json` (or an external status service) publishes it. */
const StatusNoticeSchema = z.object({
	id: z.string().min(1),
	title: z.string().min(1),
	severity: z.enum(NOTICE_SEVERITIES),
	starts: isoDateTime,
	ends: isoDateTime.nullable(),
	services: z.array(z.string()),
	message: z.string(),
	/** Page with details: a path on the portal or an http(s) address; anything else is dropped. */
	url: z.string().nullable().optional(),
});

/** An open known error as `/status.json` publishes it. */
const StatusKnownErrorSchema = z.object({
	id: z.string().min(1),
	title: z.string().min(1),
	status: z.enum(KNOWN_ERROR_STATUSES),
	severity: z.enum(SEVERITIES),
	services: z.array(z.string()),
	url: z.string(),
	nextUpdate: isoDateTime.nullable().optional(),
});

/** The live status document of DESIGN.md: `/status.json`, or the `statusUrl` of `site.yaml`. */
export const StatusJsonSchema = z.object({
	generated: isoDateTime,
	notices: z.array(StatusNoticeSchema),
	knownErrors: z.array(StatusKnownErrorSchema),
});

export type StatusJson = z.output<typeof StatusJsonSchema>;
export type StatusNotice = z.output<typeof StatusNoticeSchema>;
export type StatusKnownError = z.output<typeof StatusKnownErrorSchema>;
