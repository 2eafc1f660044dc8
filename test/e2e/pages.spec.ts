import { PAGE_TYPES, VIEWPORTS, expect, hasNoHorizontalOverflow, test } from './fixtures.ts';

for (const viewport of VIEWPORTS) {
	test.describe(`${viewport.name} (${viewport.width} px)`, () => {
		test.use({ viewport: { width: viewport.width, height: viewport.height } });

		for (const pageType of PAGE_TYPES) {
			test(`${pageType.name} renders with landmarks and no sideways scrolling`, async ({
				page,
				problems,
			}) => {
				await page.goto(pageType.path);
				await expect(page.getByRole('heading', { level: 1 })).toHaveText(pageType.heading);
				// Search results arrive after load; they must fit too.
				if (pageType.path.startsWith('/search/'))
					await expect(page.locator('[data-search-results] li').first()).toBeVisible();
				await expect(page.getByRole('banner')).toBeVisible();
				await expect(page.getByRole('main')).toBeVisible();
				await expect(page.getByRole('contentinfo')).toContainText('helpdesk@example.com');
				await expect(page.getByRole('contentinfo')).toContainText(
					'Monday to Friday, 08:00 to 18:00',
				);
				await expect(page.getByRole('search').first()).toBeVisible();
				expect(await hasNoHorizontalOverflow(page)).toBe(true);
				// `hidden` always hides: no component style may show an element marked hidden.
				const shownHidden = await page
					.locator('[hidden]')
					.evaluateAll((elements) =>
						elements
							.filter((el) => getComputedStyle(el).display !== 'none')
							.map((el) => el.outerHTML.slice(0, 80)),
					);
				expect(shownHidden).toEqual([]);
				expect(problems.consoleErrors).toEqual([]);
			});
		}
	});
}

test.describe('page content', () => {
	test('home lists open known issues, most severe first, and every topic', async ({ page }) => {
		await page.goto('/');
		const known = page.getByRole('region', { name: 'Known issues right now' });
		const titles = await known.getByRole('listitem').getByRole('heading').allTextContents();
		expect(titles[0]).toBe('Outlook for iOS keeps asking you to sign in');
		expect(titles).not.toContain('Laptops drop off Northwind-Staff Wi-Fi on the fifth floor');
		expect(titles).toHaveLength(5);
		const topics = page.getByRole('region', { name: 'Browse by topic' });
		await expect(topics.getByRole('link')).toHaveCount(9);
		await expect(topics.getByRole('link', { name: 'Phones, tablets and BYOD' })).toHaveAttribute(
			'href',
			'/categories/mobile/',
		);
	});

	test('a known error shows status, workaround first and the timeline newest first', async ({
		page,
	}) => {
		await page.goto('/known-errors/vpn-disconnects-after-globalprotect-6-3-update/');
		const facts = page.getByRole('region', { name: 'Status of this issue' });
		await expect(facts).toContainText('Workaround available');
		await expect(facts).toContainText('Major');
		await expect(facts).toContainText('VPN');
		await expect(facts).toContainText('Fix expected');
		await expect(facts).toContainText('Next update by');
		const sections = await page.locator('.kb-prose h2').allTextContents();
		expect(sections[0]).toBe('Workaround');
		const times = await page
			.getByRole('region', { name: 'Updates, newest first' })
			.locator('time')
			.evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
		expect(times.length).toBeGreaterThanOrEqual(3);
		expect([...times].sort().reverse()).toEqual(times);
	});

	test('a resolved known error says when it was resolved and hides the fix estimate', async ({
		page,
	}) => {
		await page.goto('/known-errors/laptops-drop-off-wifi-on-fifth-floor/');
		const facts = page.getByRole('region', { name: 'Status of this issue' });
		await expect(facts).toContainText('Resolved on 13 November 2026, 17:30 UTC');
		await expect(facts).not.toContainText('Next update by');
		await expect(facts).not.toContainText('Fix expected');
	});

	test('the BYOD policy shows who supports what', async ({ page }) => {
		await page.goto('/policies/byod-policy/');
		const table = page.getByRole('table');
		await expect(table.getByRole('row', { name: /Cracked screen/ })).toContainText(
			'Manufacturer or shop',
		);
		await expect(table.getByRole('row', { name: /Backing up personal photos/ })).toContainText(
			'You (self-service)',
		);
		await expect(table.getByRole('row', { name: /MobileIron enrolment/ })).toContainText(
			'IT helpdesk',
		);
	});

	test('steps are numbered and each has a link to itself', async ({ page }) => {
		await page.goto('/articles/reset-your-password/');
		const steps = page.locator('.kb-steps > li');
		expect(await steps.count()).toBeGreaterThanOrEqual(3);
		const first = steps.first();
		const id = await first.getAttribute('id');
		expect(id).toMatch(/^step-[a-z0-9-]+$/);
		await expect(first.getByRole('link', { name: /Link to step/ })).toHaveAttribute(
			'href',
			`#${id}`,
		);
	});

	test('print leaves out navigation and search', async ({ page }) => {
		await page.goto('/articles/reset-your-password/');
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	});

	test('the skip link moves focus to the main content', async ({ page }) => {
		await page.goto('/articles/reset-your-password/');
		await page.keyboard.press('Tab');
		const skip = page.getByRole('link', { name: 'Skip to content' });
		await expect(skip).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('main')).toBeFocused();
	});
});

test.describe('not found', () => {
	test.use({ allowProblems: true });
	test('an unknown address gets a helpful 404 page with search', async ({ page }) => {
		const response = await page.goto('/articles/no-such-page/');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
		await expect(page.getByRole('search').getByLabel('Search for help')).toBeVisible();
	});
});
