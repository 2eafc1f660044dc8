import type { APIRoute } from 'astro';
import { languageStaticPaths } from '../../collections.ts';
import {
	HANDOFF_MAIL_MESSAGES,
	HANDOFF_MESSAGES,
} from '../../components/elements/handoff-messages.ts';
import { pickMessages } from '../../i18n/index.ts';
import { getLanguageI18n } from '../../i18n/page.ts';

export const getStaticPaths = languageStaticPaths;

/**
 * The "Still stuck?" form's texts in this language, and the email's in the helpdesk's (the portal's
 * default language, like the ticket): one file per language that the form fetches when it starts
 * (elements/handoff-texts.ts), instead of every page carrying them in attributes that Pagefind read
 * too. The browser keeps it for every later page.
 */
export const GET: APIRoute = ({ locals }) => {
	const { site, uiText } = locals.portal;
	const { catalog, settings } = locals.i18n;
	const helpdesk = getLanguageI18n(settings.defaultLanguage, site, uiText);
	const texts = {
		messages: pickMessages(catalog, HANDOFF_MESSAGES),
		mailLang: helpdesk.lang,
		mail: pickMessages(helpdesk.catalog, HANDOFF_MAIL_MESSAGES),
	};
	return new Response(JSON.stringify(texts), { headers: { 'Content-Type': 'application/json' } });
};
