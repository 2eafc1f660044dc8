import { describe, expect, test } from 'vitest';
import { getHandoffTransport } from '../../src/lib/service-urls.ts';
import type { Site } from '../../src/schemas/site.ts';

const site = {
	portalName: 'IT Help',
	organisation: 'Example Ltd',
	helpdeskEmail: 'helpdesk@example.com',
	defaultLanguage: 'en',
} as Site;

describe('getHandoffTransport: how the "Still stuck?" form reaches the helpdesk', () => {
	test('without handoff settings the form opens a mail to the helpdesk', () => {
		expect(getHandoffTransport(site, {})).toEqual({
			mode: 'mailto',
			url: undefined,
			email: 'helpdesk@example.com',
		});
	});

	test('mailto mode writes to its own address', () => {
		expect(
			getHandoffTransport(
				{ ...site, handoff: { mode: 'mailto', email: 'tickets@example.com' } },
				{},
			),
		).toEqual({ mode: 'mailto', url: undefined, email: 'tickets@example.com' });
	});

	test('webhook mode posts to its url, with the helpdesk address as the fallback mail', () => {
		expect(
			getHandoffTransport(
				{ ...site, handoff: { mode: 'webhook', url: 'https://relay.example.com/tickets' } },
				{},
			),
		).toEqual({
			mode: 'webhook',
			url: 'https://relay.example.com/tickets',
			email: 'helpdesk@example.com',
		});
	});

	test('webhook mode falls back to handoff.email when it names one', () => {
		expect(
			getHandoffTransport(
				{
					...site,
					handoff: {
						mode: 'webhook',
						url: 'https://relay.example.com/tickets',
						email: 'tickets@example.com',
					},
				},
				{},
			).email,
		).toBe('tickets@example.com');
	});

	test('KB_HANDOFF_URL makes any portal post to that intake', () => {
		expect(
			getHandoffTransport(
				{ ...site, handoff: { mode: 'mailto', email: 'tickets@example.com' } },
				{ KB_HANDOFF_URL: 'http://127.0.0.1:4466/intake' },
			),
		).toEqual({
			mode: 'webhook',
			url: 'http://127.0.0.1:4466/intake',
			email: 'tickets@example.com',
		});
	});
});
