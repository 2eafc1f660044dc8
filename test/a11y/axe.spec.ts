import AxeBuilder from '@axe-core/playwright';
import { AXE_VIEWPORTS, PAGE_TYPES, expect, test } from '../e2e/fixtures.ts';

/** WCAG 2.2 AA, the portal's bar. No rule is disabled. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const scheme of ['light', 'dark'] as const) {
	for (const viewport of AXE_VIEWPORTS) {
		test.describe(`${scheme}, ${viewport.name}`, () => {
			test.use({
				colorScheme: scheme,
				viewport: { width: viewport.width, height: viewport.height },
			});
			for (const pageType of PAGE_TYPES) {
				test(`${pageType.name} has no axe violations`, async ({ page }) => {
					await page.goto(pageType.path);
					await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
					const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
					const summary = results.violations.map(
						(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
					);
					expect(summary).toEqual([]);
				});
			}
		});
	}
}
