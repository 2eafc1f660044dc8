import AxeBuilder from '@axe-core/playwright';
import {
	LANGUAGE_PAGE_TYPES,
	AXE_VIEWPORTS,
	expect,
	hasNoHorizontalOverflow,
	test,
} from '../e2e/fixtures.ts';

/** WCAG 2.2 AA, the portal's bar, on every page type in German and Polish. No rule is disabled. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const viewport of AXE_VIEWPORTS) {
	test.describe(viewport.name, () => {
		test.use({ viewport: { width: viewport.width, height: viewport.height } });
		for (const pageType of LANGUAGE_PAGE_TYPES) {
			test(`${pageType.name} has no axe violations and fits the screen`, async ({ page }) => {
				await page.goto(pageType.path);
				await expect(page.locator('html')).toHaveAttribute('lang', pageType.lang);
				await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
				const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
				const summary = results.violations.map(
					(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
				);
				expect(summary).toEqual([]);
				expect(await hasNoHorizontalOverflow(page)).toBe(true);
			});
		}
	});
}
