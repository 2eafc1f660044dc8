import { z } from 'astro/zod';
import { ENTRY_ID } from '../lib/ids.ts';
import { text, urlField } from './fields.ts';

/** How the "Still stuck?" form reaches the helpdesk. */
const HandoffSchema = z
	.strictObject({
		/** `webhook` posts JSON to `url`; `mailto` opens the reader's mail app addressed to `email`. */
		mode: z.enum(['webhook', 'mailto']),
		/** The ticket system's intake (or a relay in front of it). Required for `webhook`. */
		url: urlField().optional(),
		/** Address for `mailto`, and the fallback when the webhook fails. */
		email: z.email({ error: 'expected an email address, e.g. helpdesk@example.com' }).optional(),
	})
	.superRefine((handoff, ctx) => {
		if (handoff.mode === 'webhook' && !handoff.url) {
			ctx.addIssue({
				code: 'custom',
				path: ['url'],
				message: 'is required when mode is webhook: the address the form posts tickets to',
			});
		}
	});

/** The git hosts the browser editor at `/admin/` can save to. */
export const EDITOR_BACKENDS = ['github', 'gitlab', 'gitea'] as const;

/**
 * Where the browser editor at `/admin/` reads and saves content. Without it the editor works only on a
 * local copy of the repository. Nothing here is a secret: the page that carries it is public.
 */
const EditorSchema = z.strictObject({
	/** The git host: `github`, `gitlab`, or `gitea` (Gitea and Forgejo). */
	backend: z.enum(EDITOR_BACKENDS, { error: 'expected github, gitlab or gitea' }),
	/** The repository as `owner/name` (`northwind/helpdesk-portal`; GitLab subgroups as `group/sub/name`). */
	repo: z.string().regex(/^[^/\s:]+(?:\/[^/\s:]+)+$/, {
		error: 'expected the repository as owner/name, e.g. northwind/helpdesk-portal',
	}),
	/** The branch the editor saves to, e.g. `main`. */
	branch: text(),
	/** The host's API address, for a self-hosted GitLab or Gitea (`https://git.example.com/api/v1`). */
	apiRoot: urlField().optional(),
	/** The address of the OAuth helper that signs editors in to a self-hosted host. */
	authUrl: urlField().optional(),
	/**
	 * The OAuth application's client id on GitLab (signed in with PKCE) or Gitea/Forgejo. A client id is
	 * public; its secret, where the host has one, stays with the host or the OAuth helper.
	 */
	appId: text().optional(),
});

export type EditorSettings = z.output<typeof EditorSchema>;

/** The language of a portal whose `site.yaml` names none. */
export const DEFAULT_LANGUAGE = 'en';

const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;

/** `content/site.yaml`: settings every page reads. */
export const SiteSchema = z
	.strictObject({
		/** The portal's name, shown in the header and page titles. */
		portalName: text(80),
		/** The company the portal belongs to. */
		organisation: text(120),
		/** The helpdesk's email address, shown in the footer and used when nothing else works. */
		helpdeskEmail: z.email({ error: 'expected an email address, e.g. helpdesk@example.com' }),
		/** The helpdesk's phone number, as people should dial it. */
		phone: z.union([text(), z.number()]).transform(String).optional(),
		/** When the helpdesk answers, in plain words. */
		openingHours: text().optional(),
		/** BCP 47 language tag of the content, e.g. `en` or `en-GB`. */
		defaultLanguage: z
			.string()
			.regex(LANGUAGE_TAG, { error: 'expected a language tag such as en or en-GB' })
			.default(DEFAULT_LANGUAGE),
		/**
		 * Every language the portal is in, the default one included (`[en-GB, de, pl]`). The default language
		 * keeps the plain URLs; the others live under `/<lang>/`. Defaults to the default language alone.
		 */
		languages: z
			.array(
				z.string().regex(LANGUAGE_TAG, { error: 'expected language tags such as en-GB, de or pl' }),
			)
			.min(1, { error: 'lists at least the default language' })
			.optional(),
		/** How the handoff form sends tickets. */
		handoff: HandoffSchema.optional(),
		/** Address of a live status JSON; defaults to the portal's own `/status.json`. */
		statusUrl: z.union([urlField(), z.string().regex(/^\/[^\s]*$/)]).optional(),
		/**
		 * After how many minutes status data counts as possibly out of date. Defaults to 15 with a live
		 * `statusUrl`, and to 7 days for the portal's own `/status.json`, which is as fresh as the last publish.
		 */
		statusMaxAgeMinutes: z.number().int().positive().optional(),
		/** Address that receives "Was this helpful?" votes. */
		feedbackUrl: urlField().optional(),
		/**
		 * The ticket relay's `/events` address (`https://relay.example.com/events`). With it, the browser
		 * sends anonymous search, result, vote and handoff events for the content-gap report
		 * (`npm run report`); without it nothing is sent. See the README's privacy note.
		 */
		analyticsUrl: urlField().optional(),
		/**
		 * The entries people need most, as ids in the order to show them (at most 8): the home page's
		 * "Start here" list. Without it the home page shows the most recently updated articles.
		 */
		startHere: z
			.array(
				z.string().regex(ENTRY_ID, {
					error: 'expected an entry id such as KB-1001, KE-0040 or POL-001',
				}),
			)
			.max(8, { error: 'lists at most 8 entries; the home page is for the few people need most' })
			.optional(),
		/**
		 * Where the browser editor at `/admin/` saves: `backend` (github, gitlab or gitea), `repo`,
		 * `branch`, and for a self-hosted host `apiRoot` and `authUrl`. Without it, `/admin/` edits a
		 * local copy of the repository.
		 */
		editor: EditorSchema.optional(),
	})
	.superRefine((site, ctx) => {
		if (!site.languages) return;
		const lower = site.languages.map((lang) => lang.toLowerCase());
		if (!lower.includes(site.defaultLanguage.toLowerCase()))
			ctx.addIssue({
				code: 'custom',
				path: ['languages'],
				message: `must include the default language ${site.defaultLanguage}`,
			});
		lower.forEach((lang, index) => {
			if (lower.indexOf(lang) !== index)
				ctx.addIssue({
					code: 'custom',
					path: ['languages', index],
					message: `lists ${site.languages![index]} twice`,
				});
		});
	});

/**
 * `content/site.<lang>.yaml`: the settings readers see, in one language (the portal's name and the
 * helpdesk's opening hours); the rest of `site.yaml` holds for every language.
 */
export const TranslatedSiteSchema = z.strictObject({
	portalName: text(80).optional(),
	openingHours: text().optional(),
});

export type TranslatedSite = z.output<typeof TranslatedSiteSchema>;

export type Site = z.output<typeof SiteSchema>;
