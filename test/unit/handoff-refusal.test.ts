import { describe, expect, test } from 'vitest';
import { english } from '../../src/i18n/english.ts';
import { getTranslate, SHIPPED_CATALOGS } from '../../src/i18n/index.ts';
import {
	describeRefusal,
	REFUSAL_CODES,
	REFUSAL_MESSAGE_KEYS,
} from '../../src/lib/handoff-refusal.ts';
import { HANDOFF_MESSAGES } from '../../src/components/elements/handoff-messages.ts';

/**
 * The relay's refusals as the form shows them: each code to its text in the reader's language, never
 * the relay's English spliced into a translated sentence; another receiver's own words set apart.
 */
const german = getTranslate('de');

describe('each refusal code has its text', () => {
	test.each([
		['origin-not-allowed', 'handoff.refused.origin'],
		['rate-limited', 'handoff.refused.rateLimited'],
		['unsupported-type', 'handoff.refused.unreadable'],
		['too-large', 'handoff.refused.tooLarge'],
		['invalid-json', 'handoff.refused.unreadable'],
		['key-mismatch', 'handoff.refused.unreadable'],
		['invalid-field', 'handoff.refused.invalidField'],
		['outdated-form', 'handoff.refused.outdated'],
		['automated', 'handoff.refused.automated'],
		['invalid-event', 'handoff.refused.unreadable'],
		['not-found', 'handoff.refused.wrongAddress'],
		['method-not-allowed', 'handoff.refused.wrongAddress'],
		['store-failed', 'handoff.refused.storeFailed'],
	] as const)('%s shows %s', (code, key) => {
		expect(REFUSAL_MESSAGE_KEYS[code]).toBe(key);
		const body = { code, message: 'English from the relay', retryAfter: 12 };
		const shown = describeRefusal(code === 'store-failed' ? 500 : 422, body, german, 'de');
		expect(shown).toEqual({
			message: german(key, key === 'handoff.refused.rateLimited' ? { count: 12 } : {}),
		});
		expect(shown.message).not.toContain('English');
	});

	test('every code is mapped, and the form carries every text it may show', () => {
		expect(Object.keys(REFUSAL_MESSAGE_KEYS).sort()).toEqual([...REFUSAL_CODES].sort());
		for (const key of [
			...Object.values(REFUSAL_MESSAGE_KEYS),
			'handoff.refused.reply',
			'handoff.failed.refused',
			'handoff.failed.refusedWithReason',
			'handoff.failed.server',
		] as const)
			expect(HANDOFF_MESSAGES).toContain(key);
	});

	test('all six languages have their own text for every code', () => {
		for (const [lang, catalog] of Object.entries(SHIPPED_CATALOGS)) {
			for (const key of Object.values(REFUSAL_MESSAGE_KEYS)) {
				expect(catalog[key], `${lang} ${key}`).toBeDefined();
				if (lang !== 'en')
					expect(catalog[key], `${lang} ${key}`).not.toEqual(SHIPPED_CATALOGS.en![key]);
			}
		}
	});
});

describe('what the form says about a refusal', () => {
	test('the seconds to wait are counted in the reader’s language', () => {
		const polish = getTranslate('pl');
		expect(
			describeRefusal(429, { code: 'rate-limited', retryAfter: 5 }, polish, 'pl').message,
		).toContain('Odczekaj 5 sekund ');
		expect(
			describeRefusal(429, { code: 'rate-limited', retryAfter: 1 }, english, 'en').message,
		).toBe(
			'Too many requests from your network just now. Wait 1 second and try again; nothing you typed is lost.',
		);
	});

	test('a refused field is named by its label on the form, and pointed at; unnamed when the form has none', () => {
		const body = { code: 'invalid-field', field: 'details', message: 'details is too long.' };
		const labels: Record<string, string> = { details: 'Weitere Details' };
		expect(describeRefusal(422, body, german, 'de', (field) => labels[field])).toEqual({
			message:
				'Das System des Helpdesks hat den Inhalt von „Weitere Details“ nicht akzeptiert. Ihre Eingaben bleiben erhalten: Prüfen Sie dieses Feld und versuchen Sie es erneut oder senden Sie die Anfrage stattdessen per E-Mail.',
			field: 'details',
		});
		expect(
			describeRefusal(
				422,
				{ ...body, field: 'context.entryId' },
				german,
				'de',
				(field) => labels[field],
			),
		).toEqual({ message: german('handoff.refused.invalidField') });
	});

	test('a rate limit without the seconds, or a code this page does not know, gets the general text', () => {
		const general = german('handoff.failed.refused', { status: '429' });
		expect(describeRefusal(429, { code: 'rate-limited' }, german, 'de')).toEqual({
			message: general,
		});
		// A newer relay's code, or another intake's own codes: its words, apart, as another intake's.
		expect(
			describeRefusal(422, { code: 'from-a-newer-relay', message: 'Something new.' }, german, 'de'),
		).toEqual({
			message: german('handoff.failed.refused', { status: '422' }),
			quote: 'Something new.',
		});
		expect(describeRefusal(422, { code: 'E42' }, german, 'de')).toEqual({
			message: german('handoff.failed.refused', { status: '422' }),
		});
	});

	test('another receiver’s words: in the sentence on an English page, apart on any other', () => {
		const body = { message: 'The email domain is not allowed' };
		expect(describeRefusal(422, body, english, 'en-GB')).toEqual({
			message:
				"The helpdesk's system did not accept the request (422: The email domain is not allowed). Nothing you typed is lost.",
		});
		expect(describeRefusal(422, body, german, 'de')).toEqual({
			message: german('handoff.failed.refused', { status: '422' }),
			quote: 'The email domain is not allowed',
		});
		expect(describeRefusal(400, { error: 'bad' }, german, 'de').quote).toBe('bad');
	});

	test('nothing readable: the status; a server error: that it had a problem', () => {
		expect(describeRefusal(403, 'Forbidden', german, 'de')).toEqual({
			message: german('handoff.failed.refused', { status: '403' }),
		});
		expect(describeRefusal(503, { error: 'maintenance' }, german, 'de')).toEqual({
			message: german('handoff.failed.server', { status: '503' }),
		});
	});
});
