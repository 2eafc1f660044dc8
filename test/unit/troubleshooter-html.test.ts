import { describe, expect, test } from 'vitest';
import {
	getStepAnchor,
	getTroubleshooterAnchor,
	PENDING_TROUBLESHOOTER,
	resolveTroubleshooterHtml,
} from '../../src/lib/troubleshooter-html.ts';

const pending = (step?: string) =>
	step
		? getStepAnchor(PENDING_TROUBLESHOOTER, step)
		: getTroubleshooterAnchor(PENDING_TROUBLESHOOTER);

describe('resolveTroubleshooterHtml', () => {
	test('makes the anchors of a troubleshooter and its steps', () => {
		expect(getTroubleshooterAnchor('no-printout')).toBe('ts-no-printout');
		expect(getStepAnchor('no-printout', 'display')).toBe('ts-no-printout-display');
	});

	test('fills the troubleshooter id into step ids, answer links and the link back to the start', () => {
		const html = [
			`<div class="kb-ts__step kb-ts__check" id="${pending('display')}" data-step="display" data-kind="check">`,
			`<a class="kb-ts__answer" href="#${pending('jobs')}" data-to="jobs">Yes</a></div>`,
			`<div class="kb-ts__step kb-ts__solution" id="${pending('badge')}" data-step="badge" data-kind="solution">`,
			`<a class="kb-ts__restart" href="#${pending()}">Back</a></div>`,
		].join('');
		const resolved = resolveTroubleshooterHtml(html, 'no-printout', 'Start here');
		expect(resolved).toContain('id="ts-no-printout-display"');
		expect(resolved).toContain('href="#ts-no-printout-jobs"');
		expect(resolved).toContain('id="ts-no-printout-badge"');
		expect(resolved).toContain('href="#ts-no-printout"');
		expect(resolved).not.toContain(PENDING_TROUBLESHOOTER);
	});

	test('puts the start note at the top of the first check only', () => {
		const check = (step: string) =>
			`<div class="kb-ts__step kb-ts__check" id="${pending(step)}" data-step="${step}" data-kind="check"><h3>Q</h3></div>`;
		const resolved = resolveTroubleshooterHtml(check('a') + check('b'), 'ts', 'Start & go');
		expect(resolved).toBe(
			'<div class="kb-ts__step kb-ts__check" id="ts-ts-a" data-step="a" data-kind="check">' +
				'<p class="kb-ts__start" data-pagefind-ignore>Start &amp; go</p><h3>Q</h3></div>' +
				'<div class="kb-ts__step kb-ts__check" id="ts-ts-b" data-step="b" data-kind="check"><h3>Q</h3></div>',
		);
	});

	test('leaves an author’s words alone, even when they spell the placeholder', () => {
		// Astro escapes `<` in text, so the placeholder can only come from the components' attributes.
		const text = '<p>Type ts-&lt;&gt;-x or ="#ts-&lt;&gt;-y" here</p>';
		expect(resolveTroubleshooterHtml(text, 'a', 'Start')).toBe(text);
	});
});
