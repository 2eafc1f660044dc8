import { createTranslate, type Message } from '../../i18n/format.ts';
import type { MessageKey } from '../../i18n/en.ts';
import type { HandoffTranslate } from '../../lib/handoff.ts';

/**
 * The "Still stuck?" form's texts (HANDOFF_MESSAGES in the page's language, HANDOFF_MAIL_MESSAGES in
 * the helpdesk's) come from one file per language, `handoff-messages.json`, instead of attributes on
 * every page. The file is fetched once per page and kept by the browser for later pages; a fetch that
 * failed is tried again the next time a text is needed. Only `readFallbackWords` reads the page, so
 * the rest is unit-tested without a browser.
 */
export interface HandoffTexts {
	/** The form's own text. */
	t: HandoffTranslate;
	/** The email's labels (and "Copy details"'), in the helpdesk's language. */
	mailT: HandoffTranslate;
	/** False when the file could not be had and `t` and `mailT` are the fallbacks below. */
	complete: boolean;
}

/** The few words the page itself gives for when the file cannot be fetched (see `getFallbackTexts`). */
export interface HandoffFallbackWords {
	/** The page's language. */
	lang: string;
	/** Says that part of the form could not load, nothing is lost, and the email route is there. */
	notice: string;
	/** Says the request was sent (`handoff.sent.plain`). */
	sent: string;
	/** The send button's label as the page shows it. */
	send: string;
	/** The form's heading, as the email's subject. */
	subject: string;
}

/**
 * The fallback words of a `<kb-handoff>` from its page: its `data-texts-missing` and `data-sent-text`,
 * its send button and the form's heading, all rendered in the page's language.
 */
export function readFallbackWords(element: HTMLElement, lang: string): HandoffFallbackWords {
	const heading = element.closest('section')?.querySelector('h2');
	return {
		lang,
		notice: element.dataset.textsMissing ?? '',
		sent: element.dataset.sentText ?? '',
		send: element.querySelector('[data-handoff-send]')?.textContent?.trim() ?? '',
		subject: heading?.textContent?.trim() ?? '',
	};
}

interface TextsFile {
	messages: Record<string, Message>;
	mailLang: string;
	mail: Record<string, Message>;
}

const files = new Map<string, Promise<TextsFile | undefined>>();

function isTextsFile(value: unknown): value is TextsFile {
	if (!value || typeof value !== 'object') return false;
	const { messages, mailLang, mail } = value as Record<string, unknown>;
	return (
		!!messages &&
		typeof messages === 'object' &&
		typeof mailLang === 'string' &&
		!!mail &&
		typeof mail === 'object'
	);
}

/**
 * The texts file at `url`, fetched once however many forms and texts ask; undefined when it cannot be
 * had. A failure is not kept: the next call fetches again (a dropped connection may be back).
 */
export function fetchHandoffTexts(
	url: string,
	fetcher: typeof fetch = fetch,
): Promise<TextsFile | undefined> {
	let file = files.get(url);
	if (!file) {
		file = fetcher(url)
			.then(async (response) => {
				const body: unknown = response.ok ? await response.json() : undefined;
				return isTextsFile(body) ? body : undefined;
			})
			.catch(() => undefined)
			.then((body) => {
				if (!body) files.delete(url);
				return body;
			});
		files.set(url, file);
	}
	return file;
}

/** Forgets every fetched file (tests). */
export function forgetHandoffTexts(): void {
	files.clear();
}

/**
 * The form's texts from the file at `url`, or, when it cannot be fetched, the fallbacks: the reader
 * can still send, and sees the page's own sentence saying part of the form did not load, never a key.
 */
export async function loadHandoffTexts(
	url: string | undefined,
	lang: string,
	fallback: HandoffFallbackWords,
	fetcher: typeof fetch = fetch,
): Promise<HandoffTexts> {
	const file = url ? await fetchHandoffTexts(url, fetcher) : undefined;
	if (!file) return getFallbackTexts(fallback);
	return {
		t: createTranslate(lang, file.messages as Record<MessageKey, Message>),
		mailT: createTranslate(file.mailLang, file.mail as Record<MessageKey, Message>),
		complete: true,
	};
}

/** The texts of one form: loaded once, and again after a failure, until the file is there. */
export interface HandoffTextSource {
	load(): Promise<HandoffTexts>;
	/** The texts last loaded; the fallbacks before any were. */
	get(): HandoffTexts;
}

/** `getUrl` and `getWords` are read when the texts are first needed, not when the form is made. */
export function createHandoffTextSource(
	getUrl: () => string | undefined,
	getWords: () => HandoffFallbackWords,
	fetcher: typeof fetch = fetch,
): HandoffTextSource {
	let texts: HandoffTexts | undefined;
	let loading: Promise<HandoffTexts> | undefined;
	return {
		load() {
			if (texts?.complete) return Promise.resolve(texts);
			const words = getWords();
			return (loading ??= loadHandoffTexts(getUrl(), words.lang, words, fetcher).then((loaded) => {
				loading = undefined;
				return (texts = loaded);
			}));
		},
		get: () => texts ?? getFallbackTexts(getWords()),
	};
}

/**
 * Texts without the file. On the form: "sent" for a sent request, the button's own label, and the
 * notice for anything else (an error, a refusal). In the email and "Copy details": each field named as
 * the request names it (`summary`, `urgency: blocked`, `device: personal`), which a helpdesk reads in
 * any language, rather than labels that could not be had.
 */
export function getFallbackTexts(words: HandoffFallbackWords): HandoffTexts {
	const t: HandoffTranslate = (key, vars = {}) => {
		if (key.startsWith('handoff.sent.')) return words.sent;
		if (key === 'handoff.error.prefix') return String(vars.message ?? words.notice);
		if (key === 'handoff.send' || key === 'handoff.sending') return words.send;
		return words.notice;
	};
	const mailT: HandoffTranslate = (key, vars = {}) => {
		if (key === 'mail.notGiven') return '-';
		if (key === 'mail.subject.default') return words.subject;
		if (key === 'mail.subject.after')
			return `${String(vars.subject ?? '')} (${String(vars.id ?? '')})`;
		if (key === 'mail.context') return 'context:';
		if (key === 'mail.shortened') return '[...]';
		// `mail.troubleshooter.step` and the like carry their values: name them, each once.
		const name = key.slice(key.lastIndexOf('.') + 1);
		const values = Object.entries(vars).map(([slot, value]) => `${slot}: ${String(value)}`);
		return values.length > 0 ? `${name} (${values.join(', ')})` : name;
	};
	return { t, mailT, complete: false };
}
