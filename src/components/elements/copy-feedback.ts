/** How long "Copied" stays on a button before it reads as before. */
const RESET_MS = 2500;

interface CopyTexts {
	/** The button's own label, shown again after the feedback. */
	label: string;
	/** Spoken by a live region, when the button has one beside it. */
	status?: Element | null;
}

/**
 * Copies `text` and says so on the button (and in `status`), then puts the label back. Returns the
 * function that cancels a pending reset, for `disconnectedCallback`.
 */
export function copyWithFeedback(
	button: HTMLElement,
	text: string,
	{ label, status }: CopyTexts,
): Promise<() => void> {
	return navigator.clipboard.writeText(text).then(
		() => show('Copied', 'Copied to the clipboard'),
		() => show('Copy failed', 'Could not copy; select the text and copy it instead'),
	);

	function show(feedback: string, spoken: string): () => void {
		button.textContent = feedback;
		if (status) status.textContent = spoken;
		const timer = setTimeout(() => {
			button.textContent = label;
			if (status) status.textContent = '';
		}, RESET_MS);
		return () => clearTimeout(timer);
	}
}
