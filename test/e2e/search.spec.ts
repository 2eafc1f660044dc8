import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, getAxeViolations, test } from './fixtures.ts';
import { SEARCH_QUERIES } from './search-queries.ts';
import { GERMAN_QUERIES, POLISH_QUERIES, type LanguageQuery } from './search-queries-i18n.ts';

const resultLinks = '[data-search-results] a';

/**
 * Runs `query` on the search page of `root` (`/`, `/de/`): the first by its URL, the next ones typed
 * into the page's box and sent with Enter, as someone refining a search does (one page, one engine,
 * so a suite of queries costs one page load). Resolves once its results are on the page.
 */
async function runOnSearchPage(page: import('@playwright/test').Page, root: string, query: string) {
	const box = page.locator('kb-search-page input[name="q"]');
	if (new URL(page.url(), 'http://x').pathname !== `${root}search/`) {
		await page.goto(`${root}search/?q=${encodeURIComponent(query)}`);
	} else {
		await box.fill(query);
		await box.press('Enter');
	}
	await expect(page.locator('kb-search-page[data-state="done"]')).toBeAttached();
	await expect(box).toHaveValue(query);
}

/** Entry ids of the results on /search/, in rank order. */
async function searchIds(page: import('@playwright/test').Page, query: string): Promise<string[]> {
	await runOnSearchPage(page, '/', query);
	await expect(
		page.getByRole('status').filter({ hasText: /results? for|No results|No exact match/ }),
	).toBeVisible();
	const types = await page.locator('[data-search-results] .kb-result__type').allTextContents();
	return types.map((text) => text.split(' · ')[1] ?? '');
}

test.describe('search quality', () => {
	test(`${SEARCH_QUERIES.length} queries in employees’ words find their entry in the top 3`, async ({
		page,
	}) => {
		test.setTimeout(120_000);
		const misses: string[] = [];
		let hit1 = 0;
		let hit3 = 0;
		for (const { query, expect: id } of SEARCH_QUERIES) {
			const top = (await searchIds(page, query)).slice(0, 3);
			if (top[0] === id) hit1++;
			if (top.includes(id)) hit3++;
			else misses.push(`${query} -> ${top.join(', ')} (wanted ${id})`);
		}
		const report = {
			queries: SEARCH_QUERIES.length,
			hitAt1: hit1 / SEARCH_QUERIES.length,
			hitAt3: hit3 / SEARCH_QUERIES.length,
			misses,
		};
		mkdirSync('test/.reports', { recursive: true });
		writeFileSync('test/.reports/search-quality.json', JSON.stringify(report, null, 2));
		console.log(
			`search quality: hit@1 ${(report.hitAt1 * 100).toFixed(1)}%, hit@3 ${(report.hitAt3 * 100).toFixed(1)}% over ${report.queries} queries`,
		);
		expect(SEARCH_QUERIES.length).toBeGreaterThanOrEqual(40);
		expect(report.hitAt3, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
	});
});

/** Entry ids of the results on a language's search page, in rank order, in any language. */
async function searchIdsIn(
	page: import('@playwright/test').Page,
	root: string,
	query: string,
): Promise<string[]> {
	await runOnSearchPage(page, root, query);
	return page
		.locator('[data-search-results] .kb-result')
		.evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.entryId ?? ''));
}

for (const [name, root, queries] of [
	['German', '/de/', GERMAN_QUERIES],
	['Polish', '/pl/', POLISH_QUERIES],
] as [string, string, LanguageQuery[]][]) {
	test.describe(`search quality in ${name}`, () => {
		test(`${queries.length} ${name} queries find their entry in the top 3`, async ({ page }) => {
			test.setTimeout(120_000);
			const misses: string[] = [];
			let hit1 = 0;
			let hit3 = 0;
			for (const { query, expect: id } of queries) {
				const top = (await searchIdsIn(page, root, query)).slice(0, 3);
				if (top[0] === id) hit1++;
				if (top.includes(id)) hit3++;
				else misses.push(`${query} -> ${top.join(', ')} (wanted ${id})`);
			}
			const report = {
				language: root.slice(1, -1),
				queries: queries.length,
				hitAt1: hit1 / queries.length,
				hitAt3: hit3 / queries.length,
				misses,
			};
			mkdirSync('test/.reports', { recursive: true });
			writeFileSync(
				`test/.reports/search-quality-${report.language}.json`,
				JSON.stringify(report, null, 2),
			);
			console.log(
				`search quality (${name}): hit@1 ${(report.hitAt1 * 100).toFixed(1)}%, hit@3 ${(report.hitAt3 * 100).toFixed(1)}% over ${report.queries} queries`,
			);
			expect(queries.length).toBeGreaterThanOrEqual(15);
			expect(report.hitAt3, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
		});
	});
}

test.describe('search page', () => {
	test('is deep-linkable, reflects the query and keeps history', async ({ page }) => {
		await page.goto('/search/?q=vpn');
		const box = page.getByRole('searchbox', { name: 'Search for help' });
		await expect(box).toHaveValue('vpn');
		await expect(page.getByRole('status').filter({ hasText: 'for “vpn”' })).toBeVisible();
		const first = await page.locator(resultLinks).first().getAttribute('href');
		expect(first).toMatch(/vpn/);
		await box.fill('printer');
		await box.press('Enter');
		await expect(page).toHaveURL(/\/search\/\?q=printer$/);
		await expect(page.getByRole('status').filter({ hasText: 'for “printer”' })).toBeVisible();
		await page.goBack();
		await expect(page).toHaveURL(/\/search\/\?q=vpn$/);
		await expect(box).toHaveValue('vpn');
		await expect(page.getByRole('status').filter({ hasText: 'for “vpn”' })).toBeVisible();
	});

	test('filters narrow the results and show in the URL', async ({ page }) => {
		await page.goto('/search/?q=vpn');
		await expect(page.getByRole('status').filter({ hasText: 'for “vpn”' })).toBeVisible();
		await page.locator('summary', { hasText: 'Filter results' }).click();
		await page.getByLabel('Type').selectOption('Known error');
		await expect(page).toHaveURL(/type=Known\+error/);
		await expect(
			page.getByRole('status').filter({ hasText: 'with the chosen filters' }),
		).toBeVisible();
		const types = await page.locator('[data-search-results] .kb-result__type').allTextContents();
		expect(types.length).toBeGreaterThan(0);
		for (const type of types) expect(type).toMatch(/^Known error · KE-/);
		await page.reload();
		await expect(page.getByLabel('Type')).toHaveValue('Known error');
	});

	test('results show type, id, title, summary, status and the matching excerpt', async ({
		page,
	}) => {
		await page.goto('/search/?q=0x8007016A');
		const first = page.locator('[data-search-results] li').first();
		await expect(first.locator('.kb-result__type')).toHaveText('Known error · KE-0043');
		await expect(first.getByRole('link')).toHaveText(
			'OneDrive stops syncing with error 0x8007016A',
		);
		await expect(first).toContainText('Fix in progress');
		await expect(first.locator('.kb-result__summary')).not.toBeEmpty();
		await expect(first.locator('.kb-result__excerpt mark').first()).toBeVisible();
	});

	test('a snippet comes from the entry’s text, never from its id, aliases, title or summary', async ({
		page,
	}) => {
		// The entry lists "mobiletron" among its aliases and says it once in its text: the snippet is
		// that sentence, not the id and alias line nor the title and summary the result shows anyway.
		await page.goto('/search/?q=mobiletron');
		const first = page.locator('[data-search-results] li').first();
		await expect(first.locator('.kb-result__type')).toHaveText('Article · KB-1011');
		const title = (await first.getByRole('link').textContent()) ?? '';
		const summary = (await first.locator('.kb-result__summary').textContent()) ?? '';
		const excerpt = first.locator('.kb-result__excerpt');
		await expect(excerpt.locator('mark')).toHaveText([/mobiletron/i]);
		const text = (await excerpt.textContent()) ?? '';
		expect(text).not.toContain('KB-1011');
		expect(text).not.toContain(title);
		expect(text).not.toContain(summary.slice(0, 40));
	});

	test('a misspelling gets “Did you mean” and results for the right word', async ({ page }) => {
		const ids = await searchIds(page, 'autentcator');
		await expect(page.getByText('Did you mean')).toBeVisible();
		await expect(page.getByRole('link', { name: 'authenticator', exact: true })).toHaveAttribute(
			'href',
			'/search/?q=authenticator',
		);
		expect(ids.length).toBeGreaterThan(0);
	});

	test('no results offers the helpdesk, carrying the query', async ({ page }) => {
		await page.goto('/search/?q=zzqxv%20flurb');
		await expect(
			page.getByRole('status').filter({ hasText: 'No results for “zzqxv flurb”' }),
		).toBeVisible();
		const ask = page.getByRole('link', { name: 'ask the helpdesk about this' });
		await expect(ask).toHaveAttribute('href', '/help/?q=zzqxv%20flurb');
		await ask.click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contact the helpdesk');
		await expect(page.getByText('You searched for')).toContainText('zzqxv flurb');
		await expect(page.getByLabel('What is wrong?')).toHaveValue('zzqxv flurb');
	});

	test('a hostile query is shown as typed and runs nothing', async ({ page }) => {
		let dialogs = 0;
		page.on('dialog', async (dialog) => {
			dialogs++;
			await dialog.dismiss();
		});
		const query = '<img src=x onerror=alert(1)>';
		await page.goto(`/search/?q=${encodeURIComponent(query)}`);
		await expect(page.getByRole('searchbox', { name: 'Search for help' })).toHaveValue(query);
		await expect(page.getByRole('status').filter({ hasText: `for “${query}”` })).toBeVisible();
		await page.goto(`/help/?q=${encodeURIComponent(query)}`);
		await expect(page.getByText('You searched for')).toContainText(query);
		expect(await page.locator('img[src="x"]').count()).toBe(0);
		expect(dialogs).toBe(0);
	});

	test('works by keyboard alone: type, arrow into the results, Enter opens one', async ({
		page,
	}) => {
		await page.goto('/search/');
		await page.getByRole('searchbox', { name: 'Search for help' }).focus();
		await page.keyboard.type('Mobiletron');
		await expect(page.getByRole('status').filter({ hasText: 'for “Mobiletron”' })).toBeVisible();
		await page.keyboard.press('ArrowDown');
		const first = page.locator(resultLinks).first();
		await expect(first).toBeFocused();
		const href = await first.getAttribute('href');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(href!);
	});
});

test.describe('header search', () => {
	test('loads no search code until someone starts to search', async ({ page }) => {
		const searchRequests: string[] = [];
		page.on('request', (request) => {
			if (/pagefind|search-data|search-bundle|search-panel|search-client/.test(request.url()))
				searchRequests.push(request.url());
		});
		await page.goto('/articles/reset-your-password/');
		await page.waitForLoadState('networkidle');
		expect(searchRequests).toEqual([]);
		await page.getByRole('searchbox', { name: 'Search help articles' }).focus();
		await expect.poll(() => searchRequests.some((url) => url.includes('/pagefind/'))).toBe(true);
	});

	test('“/” focuses it; results appear as you type; arrows, Enter and Escape work', async ({
		page,
	}) => {
		await page.goto('/articles/reset-your-password/');
		await page.keyboard.press('/');
		const box = page.getByRole('searchbox', { name: 'Search help articles' });
		await expect(box).toBeFocused();
		await page.keyboard.type('wifi keeps dropping');
		const panel = page.locator('#kb-header-panel');
		await expect(panel).toBeVisible();
		await expect(box).toHaveAttribute('aria-controls', 'kb-header-panel');
		await expect(page.locator('[data-search-status]')).toHaveText(/\d+ results?/);
		await expect(panel.getByRole('link').first()).toHaveText('Wi-Fi keeps dropping on your laptop');
		await page.keyboard.press('Escape');
		await expect(panel).toBeHidden();
		await expect(box).toBeFocused();
		await page.keyboard.type(' ');
		await expect(panel).toBeVisible();
		await page.keyboard.press('ArrowDown');
		await expect(panel.getByRole('link').first()).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL('/articles/wi-fi-keeps-dropping-on-your-laptop/');
	});

	test('looks results up in a thread of its own, and on the page where no worker can start', async ({
		page,
	}) => {
		const workers: string[] = [];
		page.on('worker', (worker) => workers.push(worker.url()));
		await page.goto('/articles/reset-your-password/');
		const box = page.getByRole('searchbox', { name: 'Search help articles' });
		await box.pressSequentially('wifi keeps dropping', { delay: 30 });
		const panel = page.locator('#kb-header-panel');
		await expect(panel.getByRole('link').first()).toHaveText('Wi-Fi keeps dropping on your laptop');
		expect(workers.some((url) => url.includes('/_astro/search-worker'))).toBe(true);

		// A host whose policy or proxy keeps the worker's file away: search still answers.
		await page.route('**/_astro/search-worker*', (route) => route.abort());
		const onPage: string[] = [];
		page.on('request', (request) => {
			if (request.url().includes('/_astro/search-engine')) onPage.push(request.url());
		});
		await page.goto('/articles/reset-your-password/');
		await box.pressSequentially('wifi keeps dropping', { delay: 30 });
		await expect(panel.getByRole('link').first()).toHaveText('Wi-Fi keeps dropping on your laptop');
		expect(onPage).toHaveLength(1);
	});
});

test.describe('header search on a phone', () => {
	test.use({ viewport: { width: 375, height: 667 } });

	test('fetches the details of the results in view, and of the others once scrolled to', async ({
		page,
	}) => {
		const fragments: string[] = [];
		page.on('request', (request) => {
			if (request.url().includes('.pf_fragment')) fragments.push(request.url());
		});
		await page.goto('/articles/reset-your-password/');
		await page.getByRole('searchbox', { name: 'Search help articles' }).fill('outlook');
		const panel = page.locator('#kb-header-panel');
		await expect(page.locator('[data-search-status]')).toHaveText(/\d+ results?/);
		const rows = panel.locator('li.kb-result');
		const count = await rows.count();
		expect(count).toBeGreaterThan(3);
		const pending = panel.locator('li.kb-result--pending');
		await expect.poll(() => pending.count()).toBeGreaterThan(0);
		expect(fragments.length).toBeLessThan(count);
		await rows.last().scrollIntoViewIfNeeded();
		await expect(pending).toHaveCount(0);
		await expect(panel.locator('a.kb-result__title')).toHaveCount(count);
		expect(fragments.length).toBe(count);
	});
});

for (const viewport of [
	{ width: 375, height: 800 },
	{ width: 1280, height: 900 },
]) {
	test.describe(`search accessibility at ${viewport.width} px`, () => {
		test.use({ viewport });
		test('the search page with results open has no axe violations', async ({ page }) => {
			await page.goto('/search/?q=outlook');
			await expect(page.locator(resultLinks).first()).toBeVisible();
			await page.locator('summary', { hasText: 'Filter results' }).click();
			expect(await getAxeViolations(page)).toEqual([]);
		});

		test('the header panel with results open has no axe violations', async ({ page }) => {
			await page.goto('/');
			await page.getByRole('searchbox', { name: 'Search help articles' }).fill('vpn');
			await expect(page.locator('#kb-header-panel')).toBeVisible();
			expect(await getAxeViolations(page)).toEqual([]);
		});
	});
}
