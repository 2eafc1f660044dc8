import { describe, expect, test } from 'vitest';
import { getSiteDataInLanguage } from '../../src/lib/site-language.ts';

const data = {
	site: { defaultLanguage: 'en', portalName: 'IT Help', openingHours: 'Mon-Fri 8-18' },
	categories: {
		vpn: { title: 'VPN', description: 'Remote access.', icon: 'globe' },
		accounts: { title: 'Accounts', description: 'Passwords and sign-in.' },
	},
	synonyms: [['vpn', 'remote access']],
	languages: {
		en: {},
		de: {
			site: { portalName: 'IT-Hilfe' },
			categories: { vpn: { title: 'VPN', description: 'Fernzugriff.' } },
			synonyms: [['vpn', 'fernzugriff']],
		},
		pl: {},
	},
};

describe('getSiteDataInLanguage: what a page in a language reads of the site data', () => {
	test('a German page gets the German portal name, keeping the opening hours it does not translate', () => {
		expect(getSiteDataInLanguage(data, 'de').site).toEqual({
			defaultLanguage: 'en',
			portalName: 'IT-Hilfe',
			openingHours: 'Mon-Fri 8-18',
		});
	});

	test('translated category text wins; untranslated categories and the icon stay', () => {
		expect(getSiteDataInLanguage(data, 'de').categories).toEqual({
			vpn: { title: 'VPN', description: 'Fernzugriff.', icon: 'globe' },
			accounts: { title: 'Accounts', description: 'Passwords and sign-in.' },
		});
	});

	test("the language's synonyms come first, then the default language's", () => {
		expect(getSiteDataInLanguage(data, 'de').synonyms).toEqual([
			['vpn', 'fernzugriff'],
			['vpn', 'remote access'],
		]);
	});

	test('the default language, and a language without files of its own, read the data as it is', () => {
		expect(getSiteDataInLanguage(data, 'en')).toBe(data);
		expect(getSiteDataInLanguage(data, 'pl').categories).toEqual(data.categories);
		expect(getSiteDataInLanguage(data, 'fr')).toBe(data);
	});
});
