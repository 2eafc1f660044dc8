import type { Translate } from '../../i18n/format.ts';
import type { MessageKey } from '../../i18n/en.ts';

/** How long "Copied" stays on a button before it reads as before. */
const RESET_MS = 2500;

interface CopyTexts {
	/** The button's own label, shown again after the feedback. */
	label: string;
	/** Spoken by a live region, when the button has one beside it. */
	status?: Element | null;
	/** The element's text, with the keys of COPY_FEEDBACK_MESSAGES (copy-messages.ts). */
	t: Translate<MessageKey>;
}

/** The feedback on a button, until it is put back: by its timer, or at once. */
export interface CopyFeedback {
	/** Stops the timer and leaves the feedback (a newer copy's feedback takes over). */
	cancel(): void;
	/** Puts the label back now (the button is leaving the page). */
	restore(): void;
}

/** Copies `text` and says so on the button (and in `status`), then puts the label back. */
export async function copyWithFeedback(
	button: HTMLElement,
	text: string,
	{ label, status, t }: CopyTexts,
): Promise<CopyFeedback> {
	const copied = await navigator.clipboard.writeText(text).then(
		() => true,
		() => false,
	);
	button.textContent = t(copied ? 'copy.copied' : 'copy.failed');
	if (status) status.textContent = t(copied ? 'copy.status.copied' : 'copy.status.failed');
	const restore = () => {
		clearTimeout(timer);
		button.textContent = label;
		if (status) status.textContent = '';
	};
	const timer = setTimeout(restore, RESET_MS);
	return { cancel: () => clearTimeout(timer), restore };
}
