import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { checkContent } from '../../src/lib/content/check.ts';
import { resolveContentDir } from '../../src/lib/content/files.ts';
import { getEntryPath } from '../../src/lib/ids.ts';
import { english } from '../../src/i18n/english.ts';
import { TEST_NOW } from '../clock.ts';

/** The moment every test runs at (see test/clock.ts): the build's KB_NOW and every page's clock. */
export const NOW = new Date(TEST_NOW);

interface PageProblems {
	consoleErrors: string[];
	failedRequests: string[];
}

/**
 * `page` with a record of console errors and failed requests that the test asserts
 * is empty at the end (unless it expects them, e.g. a 404 page).
 */
export const test = base.extend<{
	problems: PageProblems;
	allowProblems: boolean;
	cspViolations: string[];
	fixedClock: void;
}>({
	allowProblems: [false, { option: true }],
	// Every page runs at NOW, the instant the test build was made at (KB_NOW in the Playwright config), so
	// what the build rendered and what the page's scripts work out agree. A test that needs time to pass
	// installs the clock again from NOW and fast-forwards it.
	fixedClock: [
		async ({ page }, use) => {
			await page.clock.setFixedTime(NOW);
			await use();
		},
		{ auto: true },
	],
	// Every test, whatever it checks, fails when the page breaks its Content-Security-Policy.
	cspViolations: [
		async ({ page }, use) => {
			const violations: string[] = [];
			await page.exposeBinding('__kbCspViolation', (_source, text: string) =>
				violations.push(text),
			);
			await page.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (event) => {
					const report = (window as unknown as { __kbCspViolation: (text: string) => void })
						.__kbCspViolation;
					report(
						`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} on ${location.pathname}`,
					);
				});
			});
			await use(violations);
			expect(violations, 'Content-Security-Policy violations').toEqual([]);
		},
		{ auto: true },
	],
	problems: async ({ page, allowProblems }, use) => {
		const problems: PageProblems = { consoleErrors: [], failedRequests: [] };
		page.on('console', (message) => {
			if (message.type() === 'error') problems.consoleErrors.push(message.text());
		});
		page.on('pageerror', (error) => problems.consoleErrors.push(error.message));
		page.on('requestfailed', (request) =>
			problems.failedRequests.push(`${request.url()} ${request.failure()?.errorText}`),
		);
		page.on('response', (response) => {
			if (response.status() >= 400)
				problems.failedRequests.push(`${response.url()} ${response.status()}`);
		});
		await use(problems);
		if (!allowProblems) {
			expect(problems.consoleErrors, 'console errors').toEqual([]);
			expect(problems.failedRequests, 'failed requests').toEqual([]);
		}
	},
});

export { expect };

/** The sample content as the build sees it, for tests that walk every entry. */
export function getSampleContent() {
	const report = checkContent(resolveContentDir({}, new URL('../..', import.meta.url).pathname));
	return report.entries
		.filter((entry) => !entry.data.draft)
		.map((entry) => ({
			id: entry.id,
			title: entry.data.title,
			summary: entry.data.summary,
			status: 'status' in entry.data ? english(`status.${entry.data.status}`) : undefined,
			url: getEntryPath(entry.type, entry.slug),
			previousSlugs: entry.data.previousSlugs ?? [],
			type: entry.type,
		}));
}

/** One page of each type, with what a reader must see on it. */
export const PAGE_TYPES = [
	{ name: 'home', path: '/', heading: 'How can we help?' },
	{ name: 'article', path: '/articles/reset-your-password/', heading: 'Reset your password' },
	{
		name: 'article with platforms',
		path: '/articles/enrol-your-personal-phone-in-mobileiron-byod/',
		heading: 'Enrol your personal phone in MobileIron (BYOD)',
	},
	{ name: 'known errors list', path: '/known-errors/', heading: 'Known issues' },
	{
		name: 'open known error',
		path: '/known-errors/vpn-disconnects-after-globalprotect-6-3-update/',
		heading: 'VPN disconnects every few minutes after the GlobalProtect 6.3 update',
	},
	{
		name: 'resolved known error',
		path: '/known-errors/laptops-drop-off-wifi-on-fifth-floor/',
		heading: 'Laptops drop off Northwind-Staff Wi-Fi on the fifth floor',
	},
	{ name: 'policy', path: '/policies/byod-policy/', heading: 'Personal devices (BYOD) policy' },
	{ name: 'policies list', path: '/policies/', heading: 'Policies' },
	{ name: 'articles list', path: '/articles/', heading: 'All articles' },
	{ name: 'categories', path: '/categories/', heading: 'Help topics' },
	{ name: 'category', path: '/categories/mobile/', heading: 'Phones, tablets and BYOD' },
	{ name: 'search', path: '/search/?q=mobiletron', heading: 'Search help' },
	{ name: 'status', path: '/status/', heading: 'Service status' },
	{ name: 'help', path: '/help/?q=printer', heading: 'Contact the helpdesk' },
	{ name: 'ids', path: '/ids/', heading: 'All ids' },
] as const;

/**
 * Every page type in German and in Polish: translated entries, an entry not translated yet (shown in
 * English), the lists, search, the form, status and "not found".
 */
export const LANGUAGE_PAGE_TYPES = [
	['de', 'Deutsch'],
	['pl', 'Polski'],
].flatMap(([lang]) => {
	const slugs =
		lang === 'de'
			? {
					article: 'kennwort-zuruecksetzen',
					knownError: 'vpn-trennt-sich-nach-globalprotect-6-3-update',
					policy: 'byod-richtlinie',
				}
			: {
					article: 'resetowanie-hasla',
					knownError: 'vpn-rozlacza-sie-po-aktualizacji-globalprotect-6-3',
					policy: 'polityka-byod',
				};
	return [
		{ name: 'home', path: '/' },
		{ name: 'article', path: `/articles/${slugs.article}/` },
		{ name: 'untranslated article', path: '/articles/no-sound-or-microphone-in-teams-calls/' },
		{ name: 'known errors list', path: '/known-errors/' },
		{ name: 'open known error', path: `/known-errors/${slugs.knownError}/` },
		{ name: 'policy', path: `/policies/${slugs.policy}/` },
		{ name: 'policies list', path: '/policies/' },
		{ name: 'articles list', path: '/articles/' },
		{ name: 'categories', path: '/categories/' },
		{ name: 'category', path: '/categories/mobile/' },
		{ name: 'search', path: '/search/?q=vpn' },
		{ name: 'help', path: '/help/' },
		{ name: 'status', path: '/status/' },
		{ name: 'not found', path: '/404/' },
	].map((page) => ({ lang: lang!, name: `${lang} ${page.name}`, path: `/${lang}${page.path}` }));
});

export const VIEWPORTS = [
	{ name: 'small phone', width: 320, height: 640 },
	{ name: 'phone', width: 375, height: 800 },
	{ name: 'desktop', width: 1280, height: 900 },
] as const;

/**
 * Where axe looks: a phone and a desktop. Colour contrast, names and roles do not change between the two
 * phone widths; the 320 px layout is still checked for sideways scrolling in pages.spec.ts.
 */
export const AXE_VIEWPORTS = VIEWPORTS.filter((v) => v.width === 375 || v.width === 1280);

/** True when nothing on the page is wider than the viewport (no sideways scrolling on a phone). */
export async function hasNoHorizontalOverflow(page: Page): Promise<boolean> {
	return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

/** WCAG 2.2 AA, the portal's bar. No rule is disabled. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe-core's violations on the page as it is now, one line each with the elements they concern: empty
 * when the page passes. (axe's `resultTypes: ['violations']` would be quicker, but rules that compare
 * elements, such as landmark-unique, then report passing pages.)
 */
export async function getAxeViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
	return results.violations.map(
		(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
	);
}

/**
 * Answers the test build's ticket intake in the browser, as a ticket system would (its CORS headers
 * included), with `status` and `body`; returns the payloads the page sent, as they arrive.
 */
export async function answerIntake(
	page: Page,
	status: number,
	body: Record<string, unknown>,
): Promise<Record<string, unknown>[]> {
	const sent: Record<string, unknown>[] = [];
	await page.route('**/intake', async (route) => {
		const cors = {
			'Access-Control-Allow-Origin': '*',
			'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key',
		};
		if (route.request().method() === 'OPTIONS')
			return route.fulfill({ status: 204, headers: cors });
		sent.push(route.request().postDataJSON() as Record<string, unknown>);
		await route.fulfill({
			status,
			headers: cors,
			contentType: 'application/json',
			body: JSON.stringify(body),
		});
	});
	return sent;
}
