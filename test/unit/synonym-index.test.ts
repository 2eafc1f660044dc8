import { describe, expect, test } from 'vitest';
import { SYNONYM_WEIGHT, getSynonymText } from '../../src/lib/synonym-index.ts';

const GROUPS = [
	['mobileiron', 'mobiletron', 'mobile iron', 'mdm'],
	['outlook', 'email', 'mail'],
	['password', 'log in', 'sign in'],
];

describe('getSynonymText: the synonyms an entry is indexed with', () => {
	test('a group the title uses is indexed at SYNONYM_WEIGHT of the title’s weight', () => {
		expect(
			getSynonymText([{ weight: 10, text: 'Enrol your phone in MobileIron' }], GROUPS),
		).toEqual([{ weight: 10 * SYNONYM_WEIGHT, text: 'mobiletron · mobile iron · mdm' }]);
	});

	test('the heaviest place an entry uses a group decides its weight; one text per weight', () => {
		const text = getSynonymText(
			[
				{ weight: 10, text: 'Outlook does not open' },
				{ weight: 1, text: 'Check your email. If you cannot sign in, reset your password.' },
			],
			GROUPS,
		);
		expect(text).toEqual([
			{ weight: 7, text: 'email · mail' },
			{ weight: 0.7, text: 'log in' },
		]);
	});

	test('phrases count only with their words together; words as prefixes (printers, emails)', () => {
		expect(getSynonymText([{ weight: 1, text: 'Sign the form in blue ink' }], GROUPS)).toEqual([]);
		expect(getSynonymText([{ weight: 1, text: 'Old emails' }], GROUPS)).toEqual([
			{ weight: 0.7, text: 'outlook · mail' },
		]);
	});

	test('no text for an entry that uses no group', () => {
		expect(getSynonymText([{ weight: 10, text: 'Book a meeting room' }], GROUPS)).toEqual([]);
	});
});
