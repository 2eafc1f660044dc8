import { AXE_VIEWPORTS, PAGE_TYPES, expect, getAxeViolations, test } from '../e2e/fixtures.ts';

/** Every page type, at a phone's and a desktop's width, in both colour schemes. */
for (const viewport of AXE_VIEWPORTS) {
	test.describe(viewport.name, () => {
		test.use({ viewport: { width: viewport.width, height: viewport.height } });
		for (const pageType of PAGE_TYPES) {
			// One page load, checked in both colour schemes: the scheme changes only what the styles say.
			test(`${pageType.name} has no axe violations, light or dark`, async ({ page }) => {
				await page.goto(pageType.path);
				await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
				const violations: string[] = [];
				for (const colorScheme of ['light', 'dark'] as const) {
					await page.emulateMedia({ colorScheme });
					for (const line of await getAxeViolations(page))
						violations.push(`${colorScheme}: ${line}`);
				}
				expect(violations).toEqual([]);
			});
		}
	});
}
