import {
	AXE_VIEWPORTS,
	LANGUAGE_PAGE_TYPES,
	expect,
	getAxeViolations,
	hasNoHorizontalOverflow,
	test,
} from '../e2e/fixtures.ts';

/**
 * Every page type in German and Polish at a phone's width, where their longer words and labels are
 * likeliest not to fit. The rules axe checks follow the markup and the text, which are the same at every
 * width, and the desktop layout is checked in English (axe.spec.ts).
 */
for (const viewport of AXE_VIEWPORTS.filter((v) => v.width < 768)) {
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
