import { describe, expect, test } from 'vitest';
import {
	DEFAULT_PAUSE,
	canLookAhead,
	getTypingPause,
	getTypingRhythm,
	isWordUnfinished,
} from '../../src/lib/typing-pause.ts';

describe('when search runs as someone types', () => {
	test('until three gaps between keys are known, the default pause', () => {
		expect(getTypingPause([])).toEqual(DEFAULT_PAUSE);
		expect(getTypingPause([50, 50])).toEqual(DEFAULT_PAUSE);
	});

	test('the rhythm is the median of the last eight gaps, without pauses to think', () => {
		expect(getTypingRhythm([90, 80, 85])).toBe(85);
		expect(getTypingRhythm([90, 80, 85, 2000, 95])).toBe(87.5);
		expect(getTypingRhythm([500, 500, 500, 60, 60, 60, 60, 60, 60, 60, 60])).toBe(60);
		expect(getTypingRhythm([2000, 3000, 80, 80])).toBeUndefined();
	});

	test('results after 1.5 times the rhythm, the lookup after 1.2 times it', () => {
		expect(getTypingPause([60, 60, 60])).toEqual({ lookupMs: 72, showMs: 90 });
	});

	test('a slow typist waits no longer than the default; a quick one at least 80 ms', () => {
		expect(getTypingPause([85, 85, 85])).toEqual({ lookupMs: 100, showMs: 120 });
		expect(getTypingPause([200, 250, 220])).toEqual(DEFAULT_PAUSE);
		expect(getTypingPause([30, 30, 30])).toEqual({ lookupMs: 36, showMs: 80 });
	});

	test('a query is looked up ahead once the word being typed has five characters, or is finished', () => {
		expect(canLookAhead('')).toBe(false);
		expect(canLookAhead('   ')).toBe(false);
		// "oned" would be searched as "one": a part of the index "onedrive" never needs.
		expect(canLookAhead('oned')).toBe(false);
		expect(canLookAhead('onedr')).toBe(true);
		expect(canLookAhead('onedrive fil')).toBe(false);
		expect(canLookAhead('onedrive ')).toBe(true);
		expect(canLookAhead('onedrive fills')).toBe(true);
		expect(canLookAhead('vpn')).toBe(false);
		expect(canLookAhead('vpn ')).toBe(true);
	});

	test('results as you type wait for three characters of the word being typed, or a number', () => {
		expect(isWordUnfinished('onedrive s')).toBe(true);
		expect(isWordUnfinished('vp')).toBe(true);
		expect(isWordUnfinished('vpn')).toBe(false);
		expect(isWordUnfinished('vp ')).toBe(false);
		expect(isWordUnfinished('error 5')).toBe(false);
		expect(isWordUnfinished('')).toBe(false);
	});
});
