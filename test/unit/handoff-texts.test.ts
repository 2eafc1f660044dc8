import { afterEach, describe, expect, test, vi } from 'vitest';
import {
	createHandoffTextSource,
	fetchHandoffTexts,
	forgetHandoffTexts,
	getFallbackTexts,
	loadHandoffTexts,
} from '../../src/components/elements/handoff-texts.ts';
import { en } from '../../src/i18n/en.ts';
import { getTranslate } from '../../src/i18n/index.ts';
import { formatHandoffText, getMailSubject, emptyDraft } from '../../src/lib/handoff.ts';

const deText = getTranslate('de');
const URL_DE = '/de/handoff-messages.json';
const FILE = {
	messages: {
		'handoff.send': deText('handoff.send'),
		'handoff.sent.plain': deText('handoff.sent.plain'),
	},
	mailLang: 'en-GB',
	mail: { 'mail.summary': en['mail.summary'] },
};
const WORDS = {
	lang: 'de',
	notice: deText('handoff.textsMissing'),
	sent: deText('handoff.sent.plain'),
	send: deText('handoff.send'),
	subject: 'Hilfe',
};

function answering(...answers: Array<() => Promise<Response>>) {
	const fetcher = vi.fn<typeof fetch>();
	for (const answer of answers) fetcher.mockImplementationOnce(answer);
	return fetcher;
}
const ok = () => Promise.resolve(Response.json(FILE));
const offline = () => Promise.reject(new TypeError('Failed to fetch'));

afterEach(() => forgetHandoffTexts());

describe('the handoff texts file', () => {
	test('is fetched once however many forms and texts ask for it', async () => {
		const fetcher = answering(ok);
		const [a, b] = await Promise.all([
			fetchHandoffTexts(URL_DE, fetcher),
			fetchHandoffTexts(URL_DE, fetcher),
		]);
		await fetchHandoffTexts(URL_DE, fetcher);
		expect(fetcher).toHaveBeenCalledTimes(1);
		expect(a).toEqual(FILE);
		expect(b).toBe(a);
	});

	test('gives the form its text in the page’s language and the email’s in the helpdesk’s', async () => {
		const texts = await loadHandoffTexts(URL_DE, 'de', WORDS, answering(ok));
		expect(texts.complete).toBe(true);
		expect(texts.t('handoff.send')).toBe('An den Helpdesk senden');
		expect(texts.mailT('mail.summary')).toBe('Summary');
	});

	test.each([
		['offline', offline],
		['a 404', () => Promise.resolve(new Response('Not found', { status: 404 }))],
		['not JSON', () => Promise.resolve(new Response('<html>'))],
		['another shape', () => Promise.resolve(Response.json({ messages: {} }))],
	])('%s gives the fallbacks, and the next need fetches again', async (_, failure) => {
		const fetcher = answering(failure, ok);
		const first = await loadHandoffTexts(URL_DE, 'de', WORDS, fetcher);
		expect(first.complete).toBe(false);
		const second = await loadHandoffTexts(URL_DE, 'de', WORDS, fetcher);
		expect(second.complete).toBe(true);
		expect(fetcher).toHaveBeenCalledTimes(2);
	});

	test('a form’s source loads once, and again only after a failure', async () => {
		const fetcher = answering(offline, ok);
		const source = createHandoffTextSource(
			() => URL_DE,
			() => WORDS,
			fetcher,
		);
		expect(source.get().complete).toBe(false);
		expect((await source.load()).complete).toBe(false);
		expect((await source.load()).complete).toBe(true);
		await source.load();
		expect(source.get().t('handoff.send')).toBe('An den Helpdesk senden');
		expect(fetcher).toHaveBeenCalledTimes(2);
	});
});

describe('without the file', () => {
	const { t, mailT } = getFallbackTexts(WORDS);

	test('the form shows the page’s own sentences, never a key', () => {
		expect(t('handoff.sent.ticket', { ticket: 'T-1' })).toBe(deText('handoff.sent.plain'));
		expect(t('handoff.sending')).toBe(deText('handoff.send'));
		for (const key of ['handoff.failed.offline', 'handoff.error.summary'] as const)
			expect(t(key)).toBe(deText('handoff.textsMissing'));
		expect(t('handoff.error.prefix', { message: t('handoff.error.summary') })).toBe(
			deText('handoff.textsMissing'),
		);
	});

	test('the email names each field as the request does, so a helpdesk reads it in any language', () => {
		const draft = { ...emptyDraft(), summary: 'VPN', urgency: 'blocked', device: 'personal' };
		const context = {
			pageUrl: 'https://help.example.com/de/help/',
			viewedKnownErrors: [],
			userAgent: 'Firefox',
			language: 'de',
		};
		const text = formatHandoffText(draft, context, mailT);
		expect(text).toContain('summary: VPN');
		expect(text).toContain('urgency: blocked');
		expect(text).toContain('device: personal');
		expect(text).toContain('name: -');
		expect(text).not.toMatch(/mail\./);
		expect(getMailSubject({ ...draft, summary: '' }, context, mailT)).toBe('Hilfe');
		expect(getMailSubject(draft, { ...context, entryId: 'KB-1001' }, mailT)).toBe('VPN (KB-1001)');
	});
});
