import type { FieldError, HandoffTranslate } from '../../lib/handoff.ts';

/** The fields that can be wrong, in the order the summary lists them. */
const CHECKED_FIELDS = ['summary', 'urgency', 'device', 'email'] as const;
/** Radio groups have no one control: their errors point at the first choice. */
const FIRST_CHOICE: Record<string, string> = { urgency: 'blocked', device: 'corporate' };

/**
 * Shows the form's errors the way GOV.UK's pattern does: a summary at the top (focused) whose links
 * move to each field, and a message at each field, tied to its control for screen readers. `t` is the
 * form's text (HANDOFF_MESSAGES).
 */
export function showFieldErrors(
	host: HTMLElement,
	form: HTMLFormElement,
	errors: FieldError[],
	t: HandoffTranslate,
) {
	const summary = host.querySelector<HTMLElement>('[data-error-summary]')!;
	const list = host.querySelector<HTMLElement>('[data-error-list]')!;
	const control = (field: string) =>
		field in FIRST_CHOICE ? null : (form.elements.namedItem(field) as HTMLInputElement | null);
	const targetOf = (field: string) =>
		field in FIRST_CHOICE ? `kb-h-${field}-${FIRST_CHOICE[field]}` : (control(field)?.id ?? '');

	for (const field of CHECKED_FIELDS) {
		const message = host.querySelector<HTMLElement>(`#kb-h-${field}-error`);
		const wrapper = host.querySelector<HTMLElement>(`[data-field="${field}"]`);
		const error = errors.find((e) => e.field === field);
		if (message) {
			message.hidden = !error;
			message.textContent = error ? t('handoff.error.prefix', { message: error.message }) : '';
		}
		wrapper?.classList.toggle('kb-field--error', Boolean(error));
		const input = control(field);
		if (!input) continue;
		if (error) {
			input.setAttribute('aria-invalid', 'true');
			input.setAttribute('aria-describedby', `kb-h-${field}-error`);
		} else {
			input.removeAttribute('aria-invalid');
			input.removeAttribute('aria-describedby');
		}
	}
	list.replaceChildren(
		...errors.map((error) => {
			const item = document.createElement('li');
			const link = document.createElement('a');
			const target = targetOf(error.field);
			link.href = `#${target}`;
			link.textContent = error.message;
			link.addEventListener('click', (event) => {
				event.preventDefault();
				document.getElementById(target)?.focus();
			});
			item.append(link);
			return item;
		}),
	);
	summary.hidden = errors.length === 0;
	if (errors.length > 0) summary.focus();
}
