import {
	AXE_VIEWPORTS,
	LANGUAGE_PAGE_TYPES,
	expect,
	getAxeViolations,
	hasNoHorizontalOverflow,
	test,
} from '../e2e/fixtures.ts';

/** Every page type in German and Polish, at a phone's and a desktop's width. */
for (const viewport of AXE_VIEWPORTS) {
	test.describe(viewport.name, () => {
		test.use({ viewport: { width: viewport.width, height: viewport.height } });
		for (const pageType of LANGUAGE_PAGE_TYPES) {
			test(`${pageType.name} has no axe violations and fits the screen`, async ({ page }) => {
				await page.goto(pageType.path);
				await expect(page.locator('html')).toHaveAttribute('lang', pageType.lang);
				await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
				expect(await getAxeViolations(page)).toEqual([]);
				expect(await hasNoHorizontalOverflow(page)).toBe(true);
			});
		}
	});
}
