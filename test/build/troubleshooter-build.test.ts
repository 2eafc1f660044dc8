import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { buildPortal, type BuiltPortal } from './build-portal.ts';

const outDir = mkdtempSync(join(tmpdir(), 'kb-build-troubleshooter-'));
let build: BuiltPortal & { status: number | null; output: string };
let page: string;

beforeAll(() => {
	build = buildPortal('test/fixtures/troubleshooter', outDir);
	page = build.status === 0 ? build.read('articles/my-job-does-not-print/index.html') : '';
}, 300_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** The opening tag of the element with `id` on the page. */
function getOpeningTag(id: string): string {
	const tag = new RegExp(`<[a-z0-9]+ [^>]*\\bid="${id}"[^>]*>`).exec(page)?.[0];
	expect(tag, `an element with id="${id}"`).toBeDefined();
	return tag!;
}

/** The text of the page's Pagefind fragment for `url`. */
function readFragment(url: string): string {
	const dir = join(outDir, 'pagefind/fragment');
	const fragments = readdirSync(dir).map((file) => {
		const text = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
		return JSON.parse(text.replace(/^pagefind_dcd/, '')) as { url: string; content: string };
	});
	const fragment = fragments.find((item) => item.url === url);
	expect(fragment, `a Pagefind fragment for ${url}`).toBeDefined();
	return fragment!.content;
}

describe('a troubleshooter in an entry, built without JavaScript', () => {
	test('the fixture builds', () => {
		expect(build.status, build.output).toBe(0);
	});

	test('the troubleshooter and each step carry the anchors and data the contract names', () => {
		expect(getOpeningTag('ts-no-printout')).toBe(
			'<section class="kb-ts" id="ts-no-printout" data-troubleshooter="no-printout" aria-labelledby="ts-no-printout-title">',
		);
		expect(page).toContain('<h2 id="ts-no-printout-title">Why does my job not print?</h2>');
		expect(getOpeningTag('ts-no-printout-display')).toBe(
			'<div class="kb-ts__step kb-ts__check" id="ts-no-printout-display" data-step="display" data-kind="check">',
		);
		expect(getOpeningTag('ts-no-printout-resend')).toBe(
			'<div class="kb-ts__step kb-ts__solution" id="ts-no-printout-resend" data-step="resend" data-kind="solution">',
		);
		expect(getOpeningTag('ts-no-printout-badge')).toBe(
			'<div class="kb-ts__step kb-ts__solution" id="ts-no-printout-badge" data-step="badge" data-kind="solution" data-contact>',
		);
		expect(page).toContain(
			'<a class="kb-ts__answer" href="#ts-no-printout-jobs" data-to="jobs">Yes, it shows my name</a>',
		);
		// A second troubleshooter on the page has its own anchors, not the first one's.
		expect(getOpeningTag('ts-home-printing-vpn')).toContain('data-step="vpn"');
		expect(page).toContain(
			'<a class="kb-ts__answer" href="#ts-home-printing-restart-spooler" data-to="restart-spooler">',
		);
		expect(page).not.toContain('ts-&lt;&gt;');
		expect(page).not.toContain('ts-<>');
	});

	test('every answer and every link back to the start leads to an id on the page', () => {
		const links = [...page.matchAll(/<a class="kb-ts__(?:answer|restart)" href="#([^"]+)"/g)];
		expect(links.length).toBe(8 + 6);
		for (const [, id] of links) getOpeningTag(id!);
		for (const [, to] of page.matchAll(/href="#ts-no-printout-([a-z0-9-]+)" data-to="([^"]+)"/g)) {
			expect(getOpeningTag(`ts-no-printout-${to}`)).toContain(`data-step="${to}"`);
		}
	});

	test('steps are all on the page in order, under the troubleshooter title as h3 headings', () => {
		const order = ['display', 'jobs', 'badge', 'resend', 'technician'].map((step) =>
			page.indexOf(`id="ts-no-printout-${step}"`),
		);
		expect(order).toEqual([...order].sort((a, b) => a - b));
		expect(order[0]).toBeGreaterThan(page.indexOf('id="ts-no-printout-title"'));
		expect(page).toContain(
			'<h3 class="kb-ts__question">Is your job in the list on the printer&#39;s screen?</h3>',
		);
		expect(page).toContain('<h3 class="kb-ts__title">Register your badge again</h3>');
	});

	test('the first check says where to start, and only the first', () => {
		const start = `<p class="kb-ts__start" data-pagefind-ignore>${en['troubleshooter.start']}</p>`;
		expect(page).toContain(
			`data-step="display" data-kind="check">${start}<h3 class="kb-ts__question">`,
		);
		expect(page).toContain(`data-step="vpn" data-kind="check">${start}`);
		expect(page.split(start).length - 1).toBe(2);
	});

	test('a question shows why it is asked', () => {
		expect(page).toContain(
			`<p class="kb-ts__why"><span class="kb-ts__why-label">${en['troubleshooter.why']}</span> Then the printer knows you, and the problem is the job, not your badge.</p>`,
		);
	});

	test('a contact solution sends the reader to the "Still stuck?" form; the others ask if it helped', () => {
		expect(page).toContain('id="kb-handoff-heading"');
		expect(page).toContain(
			'<p class="kb-ts__contact">Only the helpdesk can fix this. <a href="#kb-handoff-heading">Ask the helpdesk</a></p>',
		);
		expect(page).toContain(
			'<p class="kb-ts__solved">Did this solve it? If not, <a href="#kb-handoff-heading">ask the helpdesk</a>.</p>',
		);
		const resend = page.slice(page.indexOf('id="ts-no-printout-resend"'));
		expect(resend.indexOf('kb-ts__solved')).toBeLessThan(resend.indexOf('kb-ts__step'));
		expect(resend).toContain('<a class="kb-ts__restart" href="#ts-no-printout">');
	});

	test('search indexes the questions, answers and solutions with the entry, not the controls', () => {
		const content = readFragment('/articles/my-job-does-not-print/');
		expect(content).toContain('Is your job in the list on the printer');
		expect(content).toContain('No, it says the badge is unknown');
		expect(content).toContain('Register your badge again');
		expect(content).toContain('The print server turns the job away');
		expect(content).not.toContain(en['troubleshooter.start']);
		expect(content).not.toContain(en['troubleshooter.restart']);
	});
});
