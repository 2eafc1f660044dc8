import type { Page } from '@playwright/test';
import { RECEIVER_PORT } from '../playwright.config.ts';
import { de } from '../../src/i18n/de.ts';
import { en } from '../../src/i18n/en.ts';
import { getTranslate } from '../../src/i18n/index.ts';
import { NOW, answerIntake, expect, getAxeViolations, test } from './fixtures.ts';
import { Receiver } from './receiver.ts';

const receiver = new Receiver(RECEIVER_PORT);
test.describe.configure({ mode: 'serial' });
test.beforeAll(() => receiver.start());
test.afterAll(() => receiver.stop());
test.beforeEach(() => receiver.reset());

const ARTICLE = '/articles/reset-your-password/';
const deText = getTranslate('de');

async function openForm(page: Page, path = ARTICLE, navigate = true) {
	if (navigate) await page.goto(path);
	if (path !== '/help/' && !path.startsWith('/help/?'))
		await page.locator('summary', { hasText: 'Still stuck?' }).click();
	await expect(page.getByLabel('What is wrong?')).toBeEnabled();
}

async function fillValid(page: Page, over: { summary?: string; details?: string } = {}) {
	await page
		.getByLabel('What is wrong?')
		.fill(over.summary ?? 'Password reset page says my account is disabled');
	await page.getByLabel('More detail').fill(over.details ?? 'Since this morning.');
	await page.getByLabel('Exact error message').fill('AADSTS50057');
	await page.getByLabel('I cannot work').check();
	await page.getByLabel('A company device').check();
	await page.getByLabel('System').selectOption('windows');
	await page.getByLabel('Your name').fill('Sam Jones');
	await page.getByLabel('Your work email address').fill('sam.jones@example.com');
}

const send = (page: Page) => page.getByRole('button', { name: 'Send to the helpdesk' }).click();

test('sends the payload of DESIGN.md once and shows the ticket number as text', async ({
	page,
}) => {
	await page.goto('/search/?q=vpn');
	await page.goto('/known-errors/vpn-disconnects-after-globalprotect-6-3-update/');
	await openForm(page, `/help/?q=${encodeURIComponent('password disabled')}`);
	await expect(page.getByLabel('What is wrong?')).toHaveValue('password disabled');
	await fillValid(page);
	await send(page);
	const outcome = page.locator('[data-outcome]');
	await expect(outcome).toContainText('Your ticket number is <b>INC-1000</b>');
	await expect(outcome).toBeFocused();
	expect(receiver.requests).toHaveLength(1);
	const { json, headers } = receiver.requests[0]!;
	expect(headers['content-type']).toBe('application/json');
	expect(headers['idempotency-key']).toBe(json.idempotencyKey);
	expect(json).toEqual({
		version: 1,
		idempotencyKey: expect.stringMatching(/^[0-9a-f-]{36}$/),
		submittedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
		summary: 'Password reset page says my account is disabled',
		details: 'Since this morning.',
		errorMessage: 'AADSTS50057',
		tried: '',
		urgency: 'blocked',
		device: 'corporate',
		platform: 'windows',
		contact: { name: 'Sam Jones', email: 'sam.jones@example.com' },
		context: {
			entryId: null,
			pageUrl: expect.stringContaining('/help/?q=password%20disabled'),
			searchQuery: 'password disabled',
			viewedKnownErrors: ['KE-0040'],
			userAgent: expect.stringContaining('Mozilla/5.0'),
			language: 'en-GB',
		},
	});
	await page.reload();
	await expect(page.getByLabel('Your work email address')).toHaveValue('');
});

test('a request from a German page is in German and carries its language', async ({ page }) => {
	await page.goto('/de/help/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'de');
	const form = page.locator('kb-handoff');
	await expect(form.locator('[name=summary]')).toBeEnabled();
	await form.locator('[name=summary]').fill('Mein Konto ist gesperrt');
	await form.locator('[name=urgency][value=blocked]').check();
	await form.locator('[name=device][value=personal]').check();
	await form.locator('[name=email]').fill('sam.jones@example.com');
	// The form speaks German, errors included: send once without the name, which is optional.
	await expect(form.locator('[data-handoff-send]')).not.toHaveText('Send to the helpdesk');
	await form.locator('[data-handoff-send]').click();
	await expect.poll(() => receiver.requests.length).toBe(1);
	const { json } = receiver.requests[0]!;
	expect(json.context).toMatchObject({
		language: 'de',
		pageUrl: expect.stringContaining('/de/help/'),
	});
	await expect(page.locator('[data-outcome]')).toContainText('INC-');
	await expect(page.locator('[data-outcome]')).not.toContainText('Your ticket number');
});

/** Fills the German form's required fields (the labels are German: by name, as the form sends them). */
async function fillGerman(page: Page) {
	await page.goto('/de/help/');
	const form = page.locator('kb-handoff');
	await expect(form.locator('[name=summary]')).toBeEnabled();
	await form.locator('[name=summary]').fill('Mein Konto ist gesperrt');
	await form.locator('[name=urgency][value=blocked]').check();
	await form.locator('[name=device][value=corporate]').check();
	await form.locator('[name=email]').fill('sam.jones@example.com');
	return form;
}

test('a relay’s refusal on a German page is German: its code, never its English', async ({
	page,
}) => {
	await answerIntake(page, 429, {
		code: 'rate-limited',
		message: 'Too many requests from your network just now. Wait 12 seconds and try again.',
		retryAfter: 12,
	});
	const form = await fillGerman(page);
	await form.locator('[data-handoff-send]').click();
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('Warten Sie 12 Sekunden');
	await expect(alert).not.toContainText('Too many');
	await expect(page.locator('[data-outcome-quote]')).toBeHidden();
	await expect(form.locator('[name=summary]')).toHaveValue('Mein Konto ist gesperrt');
});

test('a field the relay did not accept is named by its label on the form, and focused', async ({
	page,
}) => {
	await answerIntake(page, 422, {
		code: 'invalid-field',
		field: 'details',
		message: 'details is too long: at most 40,000 characters.',
	});
	await openForm(page, '/help/');
	await fillValid(page);
	await send(page);
	await expect(page.getByRole('alert')).toContainText(
		"The helpdesk's system did not accept what is in “More detail”.",
	);
	await expect(page.getByLabel('More detail')).toBeFocused();
	await expect(page.getByLabel('More detail')).toHaveValue('Since this morning.');
});

test('another intake’s own words on a German page are quoted apart from the German sentence', async ({
	page,
}) => {
	receiver.mode = 'refuse';
	const form = await fillGerman(page);
	await form.locator('[data-handoff-send]').click();
	await expect(page.locator('[data-outcome-text]')).toHaveText(
		'Das System des Helpdesks hat die Anfrage nicht angenommen (422). Ihre Eingaben bleiben erhalten.',
	);
	const quote = page.locator('[data-outcome-quote]');
	await expect(quote).toHaveText('Antwort des Helpdesk-Systems: The email domain is not allowed');
	await expect(quote.locator('q')).toHaveAttribute('lang', '');
});

test('the email a German page offers is for the helpdesk: its labels in the portal’s language, with the reader’s', async ({
	page,
}) => {
	receiver.mode = 'server-error';
	const form = await fillGerman(page);
	await form.locator('[data-handoff-send]').click();
	const link = page.locator('[data-mailto]');
	await expect(link).toBeVisible();
	await expect(link).not.toHaveText('Email it instead');
	const body = decodeURIComponent((await link.getAttribute('href'))!.split('&body=')[1]!);
	expect(body).toContain(`${en['mail.summary']}: Mein Konto ist gesperrt`);
	expect(body).toContain(`${en['mail.urgency']}: ${en['urgency.blocked']}`);
	expect(body).toContain(`${en['mail.language']}: de`);
	expect(body).not.toContain(de['mail.summary']);
});

test('an entry page attaches the entry, pre-fills what was tried, and says so', async ({
	page,
}) => {
	await page.goto(ARTICLE);
	await page.locator('.kb-step').first().getByRole('checkbox').check();
	await openForm(page, ARTICLE, false);
	await expect(page.getByLabel('What have you already tried?')).toHaveValue(
		/^Followed KB-1001 "Reset your password"\.\nSteps I did: .+\.$/,
	);
	await fillValid(page);
	await send(page);
	await expect(page.locator('[data-outcome]')).toContainText('Your ticket number is');
	expect((receiver.requests[0]!.json.context as { entryId: string }).entryId).toBe('KB-1001');
	expect(receiver.requests[0]!.json.tried).toMatch(/^Followed KB-1001/);
});

/** A walk through a troubleshooter of KB-1001 that did not help, as `<kb-troubleshooter>` hands it over. */
const RUN = {
	id: 'no-reset-email',
	entryId: 'KB-1001',
	path: [
		{
			step: 'spam',
			question: 'Is the email in your junk or spam folder?',
			answer: 'No, it is not there',
		},
		{ step: 'address', question: 'Did you type your work address?', answer: 'Yes' },
	],
	end: 'wait',
	solved: false,
};
const RUN_TRIED = [
	'I went through “Why does the reset email not come?” on KB-1001:',
	'- Is the email in your junk or spam folder? No, it is not there',
	'- Did you type your work address? Yes',
	'I tried “Wait ten minutes and ask again”: it did not help.',
].join('\n');

/** What the troubleshooter element sends when its solution did not help (ts-contract). */
const handOver = (page: Page, run: unknown = RUN) =>
	page.evaluate((run) => {
		document.dispatchEvent(
			new CustomEvent('kb-troubleshooter-handoff', {
				detail: {
					run,
					title: 'Why does the reset email not come?',
					endTitle: 'Wait ten minutes and ask again',
					contact: false,
				},
			}),
		);
	}, run);

test('a troubleshooter that did not help opens the form with its path, kept across a reload and sent with the request', async ({
	page,
}) => {
	await page.goto(ARTICLE);
	// The form is still collapsed and its code not loaded: the path must not be lost.
	await handOver(page);
	await expect(page.locator('details:has(kb-handoff)')).toHaveAttribute('open', '');
	await expect(page.getByLabel('What is wrong?')).toBeFocused();
	await expect(page.getByLabel('What have you already tried?')).toHaveValue(RUN_TRIED);
	await page.reload();
	const saved = await page.evaluate(() => localStorage.getItem('kb-handoff-draft'));
	expect(JSON.parse(saved ?? '{}').troubleshooter).toEqual(RUN);
	await openForm(page, ARTICLE, false);
	await expect(page.getByLabel('What have you already tried?')).toHaveValue(RUN_TRIED);
	await fillValid(page);
	await send(page);
	await expect(page.locator('[data-outcome]')).toContainText('Your ticket number is');
	expect(receiver.requests).toHaveLength(1);
	const { json } = receiver.requests[0]!;
	expect(json.tried).toBe(RUN_TRIED);
	expect((json.context as { troubleshooter: unknown }).troubleshooter).toEqual(RUN);
	// Sent: the draft, run included, is forgotten.
	expect(await page.evaluate(() => localStorage.getItem('kb-handoff-draft'))).toBeNull();
});

test('the path goes above what the reader typed in “tried”, and a second walk replaces the first', async ({
	page,
}) => {
	await openForm(page);
	const tried = page.getByLabel('What have you already tried?');
	await tried.fill('I restarted my laptop.');
	await handOver(page);
	await expect(tried).toHaveValue(`${RUN_TRIED}\n\nI restarted my laptop.`);
	await expect(page.getByLabel('What is wrong?')).toBeFocused();
	await handOver(page, { ...RUN, path: [RUN.path[0]] });
	await expect(tried).toHaveValue(
		`${RUN_TRIED.split('\n')
			.filter((_line, i) => i !== 2)
			.join('\n')}\n\nI restarted my laptop.`,
	);
});

test('validation: an error summary linking to each field, messages beside them, focus on the summary', async ({
	page,
}) => {
	await openForm(page, '/help/');
	await send(page);
	const summary = page.getByRole('heading', { name: 'There is a problem' }).locator('..');
	await expect(summary).toBeFocused();
	const links = summary.getByRole('link');
	await expect(links).toHaveText([
		'Enter what is wrong, in a few words',
		'Select how urgent this is',
		'Select whether this is a company or a personal device',
		'Enter your email address, so the helpdesk can reply',
	]);
	await expect(page.getByText('Error: Enter what is wrong, in a few words')).toBeVisible();
	await links.first().click();
	await expect(page.getByLabel('What is wrong?')).toBeFocused();
	await expect(page.getByLabel('What is wrong?')).toHaveAttribute('aria-invalid', 'true');
	expect(receiver.requests).toHaveLength(0);
	expect(await getAxeViolations(page)).toEqual([]);
});

test('the draft survives a reload and the receiver being down; one retry later makes exactly one ticket', async ({
	page,
}) => {
	await openForm(page, '/help/');
	await fillValid(page);
	receiver.mode = 'server-error';
	await send(page);
	await expect(page.getByRole('alert')).toContainText('error 500');
	await receiver.stop();
	await page.reload();
	await expect(page.getByLabel('What is wrong?')).toHaveValue(
		'Password reset page says my account is disabled',
	);
	await expect(page.getByLabel('I cannot work')).toBeChecked();
	await expect(page.getByLabel('Your work email address')).toHaveValue('sam.jones@example.com');
	await send(page);
	await expect(page.getByRole('alert')).toContainText('Could not reach the helpdesk');
	await receiver.start();
	receiver.mode = 'ok';
	await page.getByRole('button', { name: 'Try again' }).click();
	await expect(page.locator('[data-outcome]')).toContainText('Your ticket number is');
	const keys = receiver.requests.map((r) => r.headers['idempotency-key']);
	expect(new Set(keys).size).toBe(1);
	expect(receiver.tickets.size).toBe(1);
});

test('a refusal shows the server’s message and keeps everything, with email and copy routes', async ({
	page,
	context,
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openForm(page, '/help/');
	await fillValid(page);
	receiver.mode = 'refuse';
	await send(page);
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('(422: The email domain is not allowed)');
	await expect(page.getByLabel('What is wrong?')).toHaveValue(
		'Password reset page says my account is disabled',
	);
	const mailto = decodeURIComponent(
		(await page.getByRole('link', { name: 'Email it instead' }).getAttribute('href')) ?? '',
	);
	for (const part of [
		'mailto:helpdesk@example.com',
		'Summary: Password reset page says my account is disabled',
		'How urgent: I cannot work',
		'Device: Company device',
		'Platform: windows',
		'Details:\nSince this morning.',
		'Exact error message:\nAADSTS50057',
		'Name: Sam Jones',
		'Email: sam.jones@example.com',
		'Came from: http',
	]) {
		expect(mailto).toContain(part);
	}
	await page.getByRole('button', { name: 'Copy details' }).click();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
		'Summary: Password reset page says my account is disabled',
	);
});

test('a request that hangs is given up after 10 seconds and the draft stays', async ({ page }) => {
	await page.clock.install({ time: NOW });
	await openForm(page, '/help/');
	await fillValid(page);
	receiver.mode = 'hang';
	await send(page);
	await page.clock.fastForward('00:09');
	await expect(page.getByRole('alert')).toBeHidden();
	await page.clock.fastForward('00:02');
	await expect(page.getByRole('alert')).toContainText('did not answer within 10 seconds');
	await expect(page.getByLabel('Your work email address')).toHaveValue('sam.jones@example.com');
});

test('a double click sends once', async ({ page }) => {
	await openForm(page, '/help/');
	await fillValid(page);
	receiver.mode = 'slow';
	await page.getByRole('button', { name: 'Send to the helpdesk' }).dblclick();
	await expect(page.locator('[data-outcome]')).toContainText('Your ticket number is');
	expect(receiver.requests).toHaveLength(1);
});

test('hostile and huge input is sent intact and runs nothing', async ({ page }) => {
	let dialogs = 0;
	page.on('dialog', async (dialog) => {
		dialogs++;
		await dialog.dismiss();
	});
	const details = `<script>alert(1)</script><img src=x onerror=alert(2)>\r\nÜñíçødé 😀👩‍💻 ${'long text '.repeat(2000)}`;
	await openForm(page, '/help/');
	await fillValid(page, { summary: '"><svg/onload=alert(3)>', details });
	await send(page);
	await expect(page.locator('[data-outcome]')).toContainText('Your ticket number is');
	expect(receiver.requests[0]!.json.summary).toBe('"><svg/onload=alert(3)>');
	expect(receiver.requests[0]!.json.details).toBe(details.replace(/\r\n/g, '\n'));
	expect(dialogs).toBe(0);
	expect(await page.locator('kb-handoff img, kb-handoff svg').count()).toBe(0);
});

test('on a personal device, a vendor topic is routed politely and can still be sent', async ({
	page,
}) => {
	await openForm(page, '/help/');
	await page.getByLabel('What is wrong?').fill('The screen of my phone is cracked');
	await page.getByLabel('My own device (BYOD)').check();
	await expect(page.locator('[data-off-route]')).toContainText(
		'On a personal device, “Cracked screen or broken keyboard” is handled by the manufacturer or the shop you bought it from.',
	);
	await expect(page.locator('[data-off-route]')).toContainText('You can still send this');
	await page.getByLabel('A company device').check();
	await expect(page.locator('[data-off-route]')).toBeEmpty();
});

test('while the summary is typed, a matching known issue is offered first', async ({ page }) => {
	await openForm(page, '/help/');
	await page.getByLabel('What is wrong?').fill('outlook on my iphone keeps asking me to sign in');
	await expect(page.locator('[data-suggestions]')).toContainText(
		'This looks like KE-0041, a known issue',
	);
	await expect(page.locator('[data-suggestions]')).toContainText('Meanwhile:');
});

test('“Was this helpful?”: yes thanks, no opens the form with the entry attached', async ({
	page,
}) => {
	await page.goto(ARTICLE);
	await page.getByRole('button', { name: 'Yes' }).click();
	await expect(page.getByText('Thank you: glad it helped.')).toBeVisible();
	await page.reload();
	await page.getByRole('button', { name: 'No, I am still stuck' }).click();
	await expect(page.getByLabel('What is wrong?')).toBeFocused();
	await expect(page.getByLabel('What have you already tried?')).toHaveValue(/^Followed KB-1001/);
});

test('an entry page loads the form’s code only when someone opens it', async ({ page }) => {
	const loaded: string[] = [];
	page.on('request', (request) => {
		if (/\/kb-handoff\.[\w-]+\.js$/.test(new URL(request.url()).pathname))
			loaded.push(request.url());
	});
	await page.goto('/known-errors/vpn-disconnects-after-globalprotect-6-3-update/');
	await page.waitForLoadState('networkidle');
	expect(loaded).toEqual([]);
	// The known error is remembered for a later request even though the form never loaded.
	expect(await page.evaluate(() => sessionStorage.getItem('kb-viewed-known-errors'))).toContain(
		'KE-0040',
	);
	await page.locator('summary', { hasText: 'Still stuck?' }).click();
	await expect(page.getByLabel('What is wrong?')).toBeEnabled();
	expect(loaded).toHaveLength(1);
});

test('the form’s texts come from one file per language, fetched once, and no longer sit in the page', async ({
	page,
}) => {
	const fetched: string[] = [];
	page.on('request', (request) => {
		if (new URL(request.url()).pathname.endsWith('/handoff-messages.json'))
			fetched.push(new URL(request.url()).pathname);
	});
	const response = await page.goto('/de/articles/kennwort-zuruecksetzen/');
	const html = (await response?.text()) ?? '';
	expect(html).not.toContain('data-mail-messages');
	expect(html).not.toContain(deText('handoff.failed.offline'));
	await page.locator('summary', { hasText: deText('handoff.heading.collapsed') }).click();
	await expect(page.getByLabel(deText('handoff.tried.label'))).toHaveValue(/KB-1001/);
	await page.getByRole('button', { name: deText('handoff.send') }).click();
	await expect(page.getByText(`Fehler: ${deText('handoff.error.summary')}`)).toBeVisible();
	await page.getByLabel(deText('handoff.summary.label')).fill('Kennwort zurücksetzen');
	await expect(page.getByText(deText('handoff.suggestions.title'))).toBeVisible();
	expect(fetched).toEqual(['/de/handoff-messages.json']);
});

test('without its texts file the form still sends, in the page’s words, never a key', async ({
	page,
}) => {
	await page.route('**/handoff-messages.json', (route) => route.abort('internetdisconnected'));
	await openForm(page, ARTICLE);
	await send(page);
	await expect(page.getByText(en['handoff.textsMissing']).first()).toBeVisible();
	await fillValid(page);
	await send(page);
	await expect(page.locator('[data-outcome-text]')).toHaveText(en['handoff.sent.plain']);
	expect(receiver.requests).toHaveLength(1);
	expect(receiver.requests[0]!.json).toMatchObject({
		summary: 'Password reset page says my account is disabled',
		context: { entryId: 'KB-1001' },
	});
	expect(await page.locator('kb-handoff').textContent()).not.toMatch(
		/\b(?:handoff|mail|urgency)\.\w/,
	);
});

test.describe('on a phone, by keyboard alone', () => {
	test.use({ viewport: { width: 375, height: 800 } });
	test('the form can be filled and sent with the keyboard', async ({ page }) => {
		await openForm(page, '/help/');
		await page.getByLabel('What is wrong?').focus();
		await page.keyboard.type('Printer will not release my job');
		// The entries that may help come next in the tab order, before the rest of the form.
		const suggestions = page.locator('[data-suggestions] a');
		await expect(suggestions.first()).toBeVisible();
		const links = await suggestions.count();
		for (let i = 0; i <= links; i++) await page.keyboard.press('Tab');
		await expect(page.getByLabel('More detail')).toBeFocused();
		await page.keyboard.type('Third floor.');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Space');
		await expect(page.getByLabel('I cannot work')).toBeChecked();
		await page.keyboard.press('Tab');
		await page.keyboard.press('Space');
		await expect(page.getByLabel('A company device')).toBeChecked();
		await page.getByLabel('Your work email address').focus();
		await page.keyboard.type('sam@example.com');
		await page.keyboard.press('Enter');
		await expect(page.locator('[data-outcome]')).toContainText('Your ticket number is');
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the page still offers the email route with the helpdesk address', async ({ page }) => {
		await page.goto('/help/');
		await expect(page.getByRole('link', { name: 'helpdesk@example.com' }).first()).toHaveAttribute(
			'href',
			'mailto:helpdesk@example.com',
		);
	});
});
