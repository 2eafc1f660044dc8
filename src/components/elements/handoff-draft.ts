import {
	DRAFT_FIELDS,
	emptyDraft,
	parseDraft,
	serializeDraft,
	type HandoffDraft,
} from '../../lib/handoff.ts';
import type { TroubleshooterRun } from '../../lib/troubleshooter-run.ts';
import { safeStorage } from './storage.ts';

const DRAFT_KEY = 'kb-handoff-draft';

/**
 * Where "Still stuck?" keeps what someone typed until it is sent: this browser's localStorage, which
 * some browsers refuse (private modes, full disks, strict settings). Every call survives that.
 */
export const draftStore = {
	/**
	 * The saved draft, its idempotency key and the troubleshooter run it carries, or undefined when
	 * there is none or it cannot be read.
	 */
	read(): ReturnType<typeof parseDraft> {
		try {
			return parseDraft(safeStorage('localStorage')?.getItem(DRAFT_KEY));
		} catch {
			return undefined;
		}
	},

	/** Saves the draft (and its run); false when the browser would not keep it, so the form can say so. */
	save(
		draft: HandoffDraft,
		idempotencyKey: string | undefined,
		troubleshooter?: TroubleshooterRun,
	): boolean {
		try {
			const storage = safeStorage('localStorage');
			if (!storage) return false;
			storage.setItem(DRAFT_KEY, serializeDraft(draft, idempotencyKey, troubleshooter));
			return true;
		} catch {
			return false;
		}
	},

	/** Forgets the draft once the helpdesk has it. */
	clear(): void {
		try {
			safeStorage('localStorage')?.removeItem(DRAFT_KEY);
		} catch {
			// Nothing was kept, so nothing is left to clear.
		}
	},
};

/** The draft as the form holds it now. */
export function readDraftFields(form: HTMLFormElement): HandoffDraft {
	const draft = emptyDraft();
	const data = new FormData(form);
	for (const field of DRAFT_FIELDS) draft[field] = String(data.get(field) ?? '');
	return draft;
}

/** Puts a saved draft back into the form, radio buttons included. */
export function fillDraftFields(form: HTMLFormElement, draft: HandoffDraft): void {
	for (const field of DRAFT_FIELDS) {
		const element = form.elements.namedItem(field);
		if (element instanceof RadioNodeList) {
			for (const radio of element)
				if (radio instanceof HTMLInputElement) radio.checked = radio.value === draft[field];
		} else if (
			element instanceof HTMLInputElement ||
			element instanceof HTMLTextAreaElement ||
			element instanceof HTMLSelectElement
		) {
			element.value = draft[field];
		}
	}
}
