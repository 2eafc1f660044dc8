import type { Site } from '../schemas/site.ts';

/**
 * The services outside the portal that the browser talks to, as `site.yaml` (or the environment) names
 * them: the handoff intake, the live status feed, feedback and analytics.
 */

/** Where the browser may send requests besides the portal itself: the handoff webhook, status and feedback. */
export interface OutboundUrls {
	handoff?: string | undefined;
	status?: string | undefined;
	feedback?: string | undefined;
	analytics?: string | undefined;
}

/**
 * The URLs the browser talks to. `KB_HANDOFF_URL` sends tickets to another intake (a staging relay, or a
 * test receiver), and `KB_ANALYTICS_URL` events to another relay, without editing site.yaml.
 */
export function outboundUrls(
	site: Site,
	env: Record<string, string | undefined> = process.env,
): OutboundUrls {
	const handoff = site.handoff;
	return {
		handoff: env.KB_HANDOFF_URL || (handoff?.mode === 'webhook' ? handoff.url : undefined),
		status: site.statusUrl,
		feedback: site.feedbackUrl,
		analytics: env.KB_ANALYTICS_URL || site.analyticsUrl,
	};
}

/** The distinct origins of the absolute URLs among `urls`; relative ones are the portal's own. */
export function originsOf(urls: OutboundUrls): string[] {
	const origins = new Set<string>();
	for (const url of Object.values(urls)) {
		if (!url || url.startsWith('/')) continue;
		origins.add(new URL(url).origin);
	}
	return [...origins].sort();
}

/** How the "Still stuck?" form reaches the helpdesk on this build. */
export interface HandoffTransport {
	mode: 'webhook' | 'mailto';
	/** Where the form posts tickets: only in `webhook` mode. */
	url?: string | undefined;
	/** The address the form opens a mail to: in `mailto` mode, and when the webhook fails. */
	email: string;
}

/**
 * The form posts to a webhook whenever there is one to post to (`handoff.url`, or `KB_HANDOFF_URL`
 * over any mode), else opens a mail. The mail goes to `handoff.email`, else the helpdesk's address.
 */
export function getHandoffTransport(
	site: Site,
	env: Record<string, string | undefined> = process.env,
): HandoffTransport {
	const url = outboundUrls(site, env).handoff;
	return {
		mode: url ? 'webhook' : 'mailto',
		url,
		email: site.handoff?.email ?? site.helpdeskEmail,
	};
}
