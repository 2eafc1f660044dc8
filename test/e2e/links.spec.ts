import { expect, getSampleContent, test } from './fixtures.ts';

const entries = getSampleContent();

test.describe('short links and old slugs', () => {
	for (const entry of entries) {
		test(`${entry.id} and its old slugs lead to ${entry.url}`, async ({ page }) => {
			for (const from of [
				`/${entry.id}`,
				`/${entry.id.toLowerCase()}`,
				...entry.previousSlugs.map((slug) => entry.url.replace(/[^/]+\/$/, `${slug}/`)),
			]) {
				await page.goto(from);
				await expect(page).toHaveURL(entry.url);
				await expect(page.getByRole('heading', { level: 1 })).toHaveText(entry.title);
			}
		});
	}

	test('a short link keeps the step anchor', async ({ page }) => {
		await page.goto('/articles/reset-your-password/');
		const id = await page.locator('.kb-steps > li').first().getAttribute('id');
		await page.goto(`/KB-1001#${id}`);
		await expect(page).toHaveURL(`/articles/reset-your-password/#${id}`);
	});
});

test.describe('interactive parts', () => {
	test('platform blocks put the reader’s own platform first', async ({ browser }) => {
		const context = await browser.newContext({
			userAgent:
				'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148',
			viewport: { width: 375, height: 800 },
		});
		const page = await context.newPage();
		await page.goto('/articles/enrol-your-personal-phone-in-mobileiron-byod/');
		const blocks = page.locator('kb-platforms > details');
		await expect(blocks.first()).toHaveAttribute('data-os', 'ios');
		await expect(blocks.first()).toHaveAttribute('open', '');
		await expect(blocks.first().getByText('Your device')).toBeVisible();
		await expect(page.locator('kb-platforms > details[data-os="android"]')).not.toHaveAttribute(
			'open',
			'',
		);
		await context.close();
	});

	test('without JavaScript every platform block is open', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/articles/enrol-your-personal-phone-in-mobileiron-byod/');
		const blocks = page.locator('kb-platforms > details');
		expect(await blocks.count()).toBeGreaterThanOrEqual(2);
		for (const block of await blocks.all()) await expect(block).toHaveAttribute('open', '');
		await context.close();
	});

	test('the copy button copies the error text exactly', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('/known-errors/onedrive-stops-syncing-error-0x8007016a/');
		const block = page.locator('.kb-error-text').filter({ hasText: '0x8007016A' }).first();
		const text = await block.locator('code').textContent();
		await block.getByRole('button', { name: 'Copy' }).click();
		await expect(block.getByRole('button', { name: 'Copied' })).toBeVisible();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
	});
});
