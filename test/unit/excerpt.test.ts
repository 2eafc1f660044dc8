import { describe, expect, test } from 'vitest';
import { TEXT_START_ID, buildTextExcerpt, findTextStart } from '../../src/lib/excerpt.ts';

// As Pagefind records an entry page: the id, aliases and synonyms, the title and summary, then the text.
const CONTENT =
	'mobiletron · byod KB-1011 Enrol your personal phone in MobileIron (BYOD). Enrol your own iPhone. ' +
	'Install the Go app from the App Store and sign in with your work account to get mail on your phone.';
const TEXT_START = CONTENT.split(' ').indexOf('Install');
const at = (location: number, balanced_score = 1) => ({ location, balanced_score });

describe('findTextStart: where the entry’s own text begins', () => {
	test('the location of the page’s text marker', () => {
		expect(
			findTextStart([
				{ id: 'step-1', location: 40 },
				{ id: TEXT_START_ID, location: 17 },
			]),
		).toBe(17);
	});

	test('undefined when the page indexes no text of its own (not translated yet)', () => {
		expect(findTextStart([{ id: 'step-1', location: 3 }])).toBeUndefined();
		expect(findTextStart(undefined)).toBeUndefined();
	});
});

describe('buildTextExcerpt: a snippet that does not repeat the title, summary or aliases', () => {
	test('a word found only among the aliases gives the first words of the text, unmarked', () => {
		const excerpt = buildTextExcerpt(CONTENT, [at(0, 9)], TEXT_START, 8);
		expect(excerpt).toBe('Install the Go app from the App Store');
	});

	test('matches in the text are marked, around the best of them', () => {
		const words = CONTENT.split(' ');
		const mail = words.indexOf('mail');
		const excerpt = buildTextExcerpt(CONTENT, [at(0, 9), at(mail)], TEXT_START, 6);
		expect(excerpt).toContain('<mark>mail</mark>');
		expect(excerpt).not.toContain('mobiletron');
		expect(excerpt.split(' ')).toHaveLength(6);
	});

	test('the snippet never starts before the text, even near its end', () => {
		const short = 'alias Title. Summary. Short text.';
		expect(buildTextExcerpt(short, [at(4)], 3, 10)).toBe('Short <mark>text.</mark>');
	});

	test('empty when nothing follows the marker', () => {
		expect(buildTextExcerpt('alias Title', [at(0)], 2, 10)).toBe('');
	});

	test('words of languages written without spaces are joined as Pagefind splits them', () => {
		expect(buildTextExcerpt('別名\u200B見出し\u200B本文\u200Bです', [at(2)], 2, 5)).toBe(
			'<mark>本文</mark>です',
		);
	});
});
