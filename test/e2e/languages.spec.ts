import { expect, test } from './fixtures.ts';

/**
 * The portal in German and Polish: the picker, short links that choose the reader's language,
 * translated and untranslated entries, search across languages, and the banner.
 */

const GERMAN_ARTICLE = '/de/articles/kennwort-zuruecksetzen/';
const POLISH_ARTICLE = '/pl/articles/resetowanie-hasla/';

test('the picker keeps the reader on the same entry and remembers the choice', async ({ page }) => {
	await page.goto('/articles/reset-your-password/');
	const picker = page.locator('kb-language-picker');
	await picker.locator('summary').click();
	await picker.getByRole('link', { name: 'Deutsch' }).click();
	await expect(page).toHaveURL(GERMAN_ARTICLE);
	await expect(page.locator('html')).toHaveAttribute('lang', 'de');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kennwort zurücksetzen');
	await page.locator('kb-language-picker summary').click();
	await expect(page.locator('kb-language-picker [aria-current="true"]')).toHaveText('Deutsch');
	await page.locator('kb-language-picker').getByRole('link', { name: 'Polski' }).click();
	await expect(page).toHaveURL(POLISH_ARTICLE);
	// The choice is remembered: a short link now opens the Polish page.
	await page.goto('/KB-1002');
	await expect(page).toHaveURL('/pl/articles/konto-zablokowane/');
});

test.describe('a browser in German', () => {
	test.use({ locale: 'de-DE' });

	test('a short link opens the German page, keeping the step anchor', async ({ page }) => {
		await page.goto('/KB-1001#step-choose-a-new-password');
		await expect(page).toHaveURL(`${GERMAN_ARTICLE}#step-choose-a-new-password`);
		await expect(page.locator('#step-choose-a-new-password')).toBeVisible();
		// An entry nobody has translated opens under /de/ too, in English, and says so.
		await page.goto('/KB-1013');
		await expect(page).toHaveURL('/de/articles/no-sound-or-microphone-in-teams-calls/');
		await expect(page.locator('[data-translation="missing"]')).toBeVisible();
		await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'en-GB');
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false, locale: 'de-DE' });

	test('a short link still leads to the entry, in the default language', async ({ page }) => {
		await page.goto('/KB-1001');
		await expect(page).toHaveURL('/articles/reset-your-password/');
	});
});

test('a stale translation says when the original changed and links to it', async ({ page }) => {
	await page.goto('/de/articles/vpn-von-zu-hause-verbinden/');
	const notice = page.locator('[data-translation="stale"]');
	await expect(notice).toContainText('5. November 2026');
	await notice.getByRole('link').click();
	await expect(page).toHaveURL('/articles/connect-to-the-vpn-from-home/');
});

test('the banner and the status page show notices in the reader’s language', async ({ page }) => {
	await page.goto('/pl/status/');
	await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Service status');
	await expect(page.locator('main')).toContainText('VPN');
	const banner = page.locator('kb-status-banner');
	await expect(banner).toBeVisible();
	await expect(banner).not.toContainText('VPN disconnects every few minutes for some laptops');
});

test('search finds German words, and an English-only entry, marked as not translated', async ({
	page,
}) => {
	await page.goto('/de/search/?q=Kennwort%20andern');
	await expect(page.locator('kb-search-page[data-state="done"]')).toBeAttached();
	await expect(page.locator('[data-search-results] .kb-result').first()).toHaveAttribute(
		'data-entry-id',
		'KB-1001',
	);
	// No German page mentions a microphone: the English pages answer, leading to their German pages.
	await page.goto('/de/search/?q=microphone%20teams');
	await expect(page.locator('kb-search-page[data-state="done"]')).toBeAttached();
	const result = page.locator('[data-search-results] .kb-result[data-entry-id="KB-1013"]');
	await expect(result).toBeVisible();
	await expect(result.locator('.kb-result__lang')).toHaveText(/Englisch/);
	await expect(result.locator('a')).toHaveAttribute(
		'href',
		'/de/articles/no-sound-or-microphone-in-teams-calls/',
	);
});

test('Polish search finds words typed without Polish letters', async ({ page }) => {
	await page.goto('/pl/search/?q=zmiana%20hasla');
	await expect(page.locator('kb-search-page[data-state="done"]')).toBeAttached();
	await expect(page.locator('[data-search-results] .kb-result').first()).toHaveAttribute(
		'data-entry-id',
		'KB-1001',
	);
});
