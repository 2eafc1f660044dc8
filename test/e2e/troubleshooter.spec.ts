import type { Page } from '@playwright/test';
import { answerIntake, expect, getAxeViolations, test } from './fixtures.ts';

/**
 * The Follow-Me printing troubleshooter (KB-1010) as employees walk it: one step at a time with the
 * answers so far, back and start over, kept across a reload, ending at a fix that works, at one that
 * does not (the "Still stuck?" form opens with the path, and the request carries it), or at one only
 * the helpdesk can carry out; and without JavaScript, every step on the page with answers as links.
 */
const ARTICLE = '/articles/print-with-follow-me-printing/';

const troubleshooter = (page: Page) => page.locator('kb-troubleshooter').first();
const currentStep = (page: Page) => troubleshooter(page).locator('.kb-ts__step:not([hidden])');

async function answer(page: Page, label: string) {
	await currentStep(page).getByRole('link', { name: label }).click();
}

for (const viewport of [
	{ name: 'phone', width: 375, height: 800 },
	{ name: 'desktop', width: 1280, height: 900 },
]) {
	test.describe(`on a ${viewport.name}`, () => {
		test.use({ viewport: { width: viewport.width, height: viewport.height } });

		test('one step at a time to a fix that works: asked whether it helped, and thanked', async ({
			page,
		}) => {
			await page.goto(ARTICLE);
			await expect(currentStep(page)).toHaveCount(1);
			await expect(currentStep(page).getByRole('heading')).toHaveText(
				'What happens when you tap your badge on the reader?',
			);
			await expect(currentStep(page)).toContainText('Why we ask:');
			expect(await getAxeViolations(page)).toEqual([]);
			await answer(page, 'The screen shows my name');
			// Focus follows to the new question, for keyboard and screen-reader users.
			await expect(currentStep(page).getByRole('heading')).toBeFocused();
			await answer(page, 'No, the list is empty or my job is missing');
			await answer(page, 'Northwind-FollowMe');
			await answer(page, 'Yes, on my Mac it says Hold for Authentication');
			await expect(currentStep(page).getByRole('heading')).toHaveText(
				'Enter your new password on your Mac',
			);
			const path = troubleshooter(page).getByRole('list', { name: 'Your answers so far' });
			await expect(path.getByRole('listitem')).toHaveText([
				/What happens when you tap your badge on the reader\?\s*The screen shows my name/,
				/Is your job in the list on the printer's screen\?\s*No, the list is empty/,
				/Which printer did you choose when you printed\?\s*Northwind-FollowMe/,
				/Is the job still waiting.*\?\s*Yes, on my Mac it says Hold for Authentication/,
			]);
			await expect(currentStep(page)).toContainText('Did this solve it?');
			expect(await getAxeViolations(page)).toEqual([]);
			await currentStep(page).getByRole('button', { name: 'Yes, it works now' }).click();
			await expect(currentStep(page).getByRole('status')).toHaveText(
				'Good to hear. If it comes back, start over or ask the helpdesk.',
			);
			await expect(
				currentStep(page).getByRole('button', { name: 'Yes, it works now' }),
			).toBeHidden();
			await expect(page.getByLabel('What is wrong?')).toBeHidden();
		});

		test('a fix that does not help opens "Still stuck?" with the path, and the request carries it', async ({
			page,
		}) => {
			const sent = await answerIntake(page, 201, { ticketId: 'INC-2001' });
			await page.goto(ARTICLE);
			await answer(page, 'The screen shows my name');
			await answer(page, 'No, the list is empty or my job is missing');
			await answer(page, 'Another printer, or I’m not sure');
			await expect(currentStep(page).getByRole('heading')).toHaveText('Send the job again');
			await currentStep(page).getByRole('button', { name: 'No, ask the helpdesk' }).click();
			await expect(page.getByLabel('What is wrong?')).toBeFocused();
			await expect(page.getByLabel('What have you already tried?')).toHaveValue(
				[
					'I went through “Nothing comes out of the printer?” on KB-1010:',
					'- What happens when you tap your badge on the reader? The screen shows my name',
					"- Is your job in the list on the printer's screen? No, the list is empty or my job is missing",
					'- Which printer did you choose when you printed? Another printer, or I’m not sure',
					'I tried “Send the job again”: it did not help.',
				].join('\n'),
			);
			expect(await getAxeViolations(page)).toEqual([]);
			await page.getByLabel('What is wrong?').fill('My print job never comes out');
			await page.getByLabel('I cannot work').check();
			await page.getByLabel('A company device').check();
			await page.getByLabel('Your work email address').fill('sam.jones@example.com');
			await page.getByRole('button', { name: 'Send to the helpdesk' }).click();
			await expect(page.locator('[data-outcome]')).toContainText('INC-2001');
			expect(sent).toHaveLength(1);
			expect((sent[0]!.context as Record<string, unknown>).troubleshooter).toEqual({
				id: 'no-printout',
				entryId: 'KB-1010',
				path: [
					{
						step: 'badge',
						question: 'What happens when you tap your badge on the reader?',
						answer: 'The screen shows my name',
					},
					{
						step: 'jobs',
						question: "Is your job in the list on the printer's screen?",
						answer: 'No, the list is empty or my job is missing',
					},
					{
						step: 'queue',
						question: 'Which printer did you choose when you printed?',
						answer: 'Another printer, or I’m not sure',
					},
				],
				end: 'resend',
				solved: false,
			});
		});
	});
}

test('a fix only the helpdesk can carry out goes straight on to the form', async ({ page }) => {
	await page.goto(ARTICLE);
	await answer(page, 'Nothing happens, or the screen shows an error');
	await expect(currentStep(page).getByRole('heading')).toHaveText('The printer needs a technician');
	await expect(currentStep(page).getByText('Did this solve it?')).toHaveCount(0);
	await currentStep(page).getByRole('button', { name: 'Ask the helpdesk' }).click();
	await expect(page.getByLabel('What have you already tried?')).toHaveValue(
		[
			'I went through “Nothing comes out of the printer?” on KB-1010:',
			'- What happens when you tap your badge on the reader? Nothing happens, or the screen shows an error',
			'It ended at “The printer needs a technician”, which the helpdesk has to do.',
		].join('\n'),
	);
});

test('the path survives a reload; back goes one answer back, and start over to the first question', async ({
	page,
}) => {
	await page.goto(ARTICLE);
	await answer(page, 'It says my card is not recognised');
	await answer(page, 'No, it is on another floor');
	await expect(currentStep(page).getByRole('heading')).toHaveText('Register your badge again');
	await page.reload();
	await expect(currentStep(page).getByRole('heading')).toHaveText('Register your badge again');
	const path = troubleshooter(page).getByRole('list', { name: 'Your answers so far' });
	await expect(path.getByRole('listitem')).toHaveCount(2);
	await troubleshooter(page).getByRole('button', { name: 'Back' }).click();
	await expect(currentStep(page).getByRole('heading')).toHaveText(
		'Is the printer on the third floor?',
	);
	await expect(path.getByRole('listitem')).toHaveCount(1);
	await answer(page, 'Yes, it is on the third floor');
	await expect(currentStep(page).getByRole('heading')).toHaveText(
		'Release your jobs on another floor',
	);
	await troubleshooter(page).getByRole('button', { name: 'Start over' }).click();
	await expect(currentStep(page).getByRole('heading')).toHaveText(
		'What happens when you tap your badge on the reader?',
	);
	await expect(path).toBeHidden();
	await expect(troubleshooter(page).getByRole('button', { name: 'Back' })).toBeHidden();
});

test('in German, the form is filled in German', async ({ page }) => {
	await page.goto('/de/articles/mit-follow-me-printing-drucken/');
	await currentStep(page).locator('a[data-to="technician"]').click();
	await currentStep(page).getByRole('button', { name: 'Fragen Sie den Helpdesk' }).click();
	await expect(page.locator('textarea[name="tried"]')).toHaveValue(
		/^Ich bin „Der Drucker gibt nichts aus\?“ in KB-1010 durchgegangen:\n- /,
	);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('every step is on the page, and each answer leads to the step it names', async ({
		page,
	}) => {
		await page.goto(ARTICLE);
		const steps = page.locator('[data-troubleshooter="no-printout"] .kb-ts__step');
		await expect(steps).toHaveCount(10);
		for (const step of await steps.all()) await expect(step).toBeVisible();
		await page.getByRole('link', { name: 'The screen shows my name' }).click();
		await expect(page).toHaveURL(/#ts-no-printout-jobs$/);
		const target = page.locator('#ts-no-printout-jobs');
		await expect(target).toBeInViewport();
		await expect(target.getByRole('heading')).toHaveText(
			"Is your job in the list on the printer's screen?",
		);
		await target
			.getByRole('link', { name: 'Yes, but nothing comes out when I release it' })
			.click();
		await expect(page).toHaveURL(/#ts-no-printout-technician$/);
		await expect(page.locator('#ts-no-printout-technician')).toContainText(
			'Only the helpdesk can fix this.',
		);
	});
});
