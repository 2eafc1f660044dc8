import {
	buildHandoffPayload,
	buildMailto,
	formatHandoffText,
	getMailSubject,
	getTriedPrefill,
	getSentMessage,
	readReference,
	readTicketId,
	validateHandoff,
	type HandoffContext,
	type HandoffDraft,
	type HandoffTranslate,
	type OffRoute,
} from '../../lib/handoff.ts';
import { describeRefusal } from '../../lib/handoff-refusal.ts';
import { detectPlatform } from '../../lib/platform.ts';
import {
	getTroubleshooterTried,
	readTroubleshooterRun,
	type TroubleshooterRun,
} from '../../lib/troubleshooter-run.ts';
import { sendEvent } from './analytics.ts';
import { FetchTimeoutError, fetchWithTimeout } from './fetch-timeout.ts';
import { draftStore, fillDraftFields, readDraftFields } from './handoff-draft.ts';
import { showFieldErrors } from './handoff-errors.ts';
import { loadOffRoutes, showOffRoute, showSuggestions } from './handoff-hints.ts';
import { createHandoffTextSource, readFallbackWords } from './handoff-texts.ts';
import { pageLanguage } from './messages.ts';
import { VIEWED_KEY, readStorageSet, safeStorage } from './storage.ts';

const TIMEOUT_MS = 10_000;

/**
 * `<kb-handoff>`: the "Still stuck?" form. Saves the draft as it is typed, attaches what the page knows
 * (entry, search, known errors viewed), sends it once (webhook with an idempotency key, or email), and
 * after any failure keeps everything with retry, "email it instead" and "copy details".
 */
export class KbHandoff extends HTMLElement {
	#form!: HTMLFormElement;
	#key: string | undefined;
	#sending = false;
	/** Whether the reader has begun typing here (a "handoff-start" for the content-gap report). */
	#started = false;
	#triedEdited = false;
	/** Only what the reader typed is saved: prefilled text alone is not a draft. */
	#dirty = false;
	#saveTimer: ReturnType<typeof setTimeout> | undefined;
	#suggestTimer: ReturnType<typeof setTimeout> | undefined;
	/** Topics handled elsewhere on personal devices, fetched when the form starts. */
	#routes: OffRoute[] = [];
	/** Removes the form's listeners, and the window's, when the element leaves the page. */
	#stop: AbortController | undefined;
	/** The form's texts (handoff-texts.ts): fetched when the form starts, awaited where one is needed. */
	#texts = createHandoffTextSource(
		() => this.dataset.messagesUrl,
		() => readFallbackWords(this, pageLanguage()),
	);
	/** The troubleshooter walk the reader came from (`kb-troubleshooter-handoff`), sent as context. */
	#run: TroubleshooterRun | undefined;
	/** The path text last put into "tried", so a second walk replaces it instead of stacking. */
	#runText: string | undefined;

	/** The form's text, once loaded: every caller runs after `#texts.load()`. */
	get #t(): HandoffTranslate {
		return this.#texts.get().t;
	}

	connectedCallback() {
		const form = this.querySelector<HTMLFormElement>('[data-handoff-form]');
		const fields = this.querySelector<HTMLFieldSetElement>('[data-handoff-fields]');
		if (!form || !fields) return;
		this.#form = form;
		fields.disabled = false;
		this.#stop?.abort();
		this.#stop = new AbortController();
		const { signal } = this.#stop;

		const saved = draftStore.read();
		if (saved) {
			fillDraftFields(this.#form, saved.draft);
			this.#key = saved.idempotencyKey;
			this.#run = saved.troubleshooter;
			this.#triedEdited = true;
			this.#dirty = true;
		} else {
			const platform = detectPlatform(navigator.userAgent, navigator.maxTouchPoints);
			if (platform) this.#field('platform').value = platform;
			const query = new URLSearchParams(location.search).get('q')?.trim();
			if (query) this.#field('summary').value = query.slice(0, 300);
		}

		form.addEventListener(
			'input',
			(event) => {
				if (!this.#started) {
					this.#started = true;
					this.#track('handoff-start');
				}
				this.#dirty = true;
				if ((event.target as HTMLElement).getAttribute('name') === 'tried')
					this.#triedEdited = true;
				this.#scheduleSave();
				this.#checkRoute();
				if ((event.target as HTMLElement).getAttribute('name') === 'summary')
					this.#scheduleSuggestions();
			},
			{ signal },
		);
		form.addEventListener(
			'change',
			() => {
				this.#dirty = true;
				this.#scheduleSave();
				this.#checkRoute();
			},
			{ signal },
		);
		window.addEventListener('pagehide', () => this.#save(), { signal });
		form.addEventListener(
			'submit',
			(event) => {
				event.preventDefault();
				void this.#submit();
			},
			{ signal },
		);
		this.querySelector('[data-retry]')?.addEventListener('click', () => void this.#submit(), {
			signal,
		});
		void loadOffRoutes(this.dataset.offRoutesUrl).then((routes) => {
			this.#routes = routes;
			this.#checkRoute();
		});
		this.closest('details')?.addEventListener('toggle', () => void this.#prefillTried(), {
			signal,
		});
		document.addEventListener(
			'kb-troubleshooter-handoff',
			(event) => void this.#takeRun((event as CustomEvent<unknown>).detail),
			{ signal },
		);
		void this.#texts.load().then(() => {
			void this.#prefillTried();
			this.#checkRoute();
		});
	}

	disconnectedCallback() {
		// What was typed is kept before the form goes; nothing fires for a form that is gone.
		this.#save();
		this.#stop?.abort();
		clearTimeout(this.#suggestTimer);
	}

	/** An anonymous event: which entry the request starts from and what was searched, never its text. */
	#track(type: 'handoff-start' | 'handoff-sent') {
		const { entryId, searchQuery } = this.#context();
		sendEvent({ type, entryId: entryId ?? null, query: searchQuery ?? null });
	}

	/** Opens the form (from "Was this helpful? No") and puts the cursor in the first field. */
	open() {
		const details = this.closest('details');
		if (details) details.open = true;
		void this.#prefillTried();
		this.#field('summary').focus();
	}

	/** The box of the form field a payload field (`details`, `contact.email`) comes from. */
	#fieldBox(payloadField: string): HTMLElement | null {
		const name = payloadField.replace(/^contact\./, '');
		return this.querySelector<HTMLElement>(`.kb-field[data-field="${CSS.escape(name)}"]`);
	}

	/** That field's label as the form shows it, without its hint ("More detail", not "(optional)"). */
	#labelOf(payloadField: string): string | undefined {
		const label = this.#fieldBox(payloadField)?.querySelector(':scope > label, :scope > legend');
		return label?.firstChild?.textContent?.trim() || undefined;
	}

	/**
	 * A troubleshooter did not help (or ends with the helpdesk): its path goes into "tried", above what
	 * the reader typed there themselves, and travels with the request as `context.troubleshooter`.
	 */
	async #takeRun(detail: unknown) {
		const shown = (detail ?? {}) as Record<string, unknown>;
		const run = readTroubleshooterRun(shown.run);
		// Without its texts the path still travels with the request, only not written into "tried".
		if (run && !(await this.#texts.load()).complete) {
			this.#run = run;
			this.#dirty = true;
			this.#save();
		} else if (run) {
			const text = getTroubleshooterTried(
				run,
				{
					title: typeof shown.title === 'string' ? shown.title : run.id,
					endTitle: typeof shown.endTitle === 'string' ? shown.endTitle : run.end,
					contact: shown.contact === true,
				},
				this.#t,
			);
			const tried = this.#field('tried');
			// Only the reader's own words are kept: the entry's pre-fill and an earlier path are replaced.
			let own = this.#triedEdited ? tried.value : '';
			if (this.#runText && own.startsWith(this.#runText)) own = own.slice(this.#runText.length);
			own = own.trim();
			tried.value = own ? `${text}\n\n${own}` : text;
			this.#run = run;
			this.#runText = text;
			this.#triedEdited = true;
			this.#dirty = true;
			this.#save();
		}
		this.open();
	}

	#field(name: string): HTMLInputElement {
		return this.#form.elements.namedItem(name) as HTMLInputElement;
	}

	#read(): HandoffDraft {
		return readDraftFields(this.#form);
	}

	#scheduleSave() {
		clearTimeout(this.#saveTimer);
		this.#saveTimer = setTimeout(() => this.#save(), 250);
	}

	#save() {
		clearTimeout(this.#saveTimer);
		if (!this.#dirty) return;
		if (!draftStore.save(this.#read(), this.#key, this.#run)) {
			// Storage is full or blocked: the text stays in the form, and "Copy details" still works,
			// but the promise above the form no longer holds, so it says so.
			const note = this.querySelector<HTMLElement>('[data-draft-note]');
			if (note)
				void this.#texts.load().then(({ t }) => (note.textContent = t('handoff.draftNotKept')));
		}
	}

	async #prefillTried() {
		if (this.#triedEdited || !this.dataset.entryId) return;
		// The reader may start typing in "tried" while the texts load: then their words stay.
		const { complete } = await this.#texts.load();
		if (this.#triedEdited || !complete) return;
		const done = [
			...document.querySelectorAll<HTMLInputElement>('input[data-step-done]:checked'),
		].map(
			(box) =>
				box.closest('.kb-step')?.querySelector('.kb-step__title strong')?.textContent?.trim() ?? '',
		);
		this.#field('tried').value = getTriedPrefill(
			{ id: this.dataset.entryId, title: this.dataset.entryTitle ?? '' },
			done.filter(Boolean),
			this.#t,
		);
	}

	#context(): HandoffContext {
		const query = new URLSearchParams(location.search).get('q')?.trim();
		return {
			entryId: this.dataset.entryId,
			pageUrl: location.href,
			searchQuery: query || undefined,
			viewedKnownErrors: [...readStorageSet(safeStorage('sessionStorage'), VIEWED_KEY)],
			userAgent: navigator.userAgent,
			language: pageLanguage(),
			troubleshooter: this.#run,
		};
	}

	#checkRoute() {
		const box = this.querySelector<HTMLElement>('[data-off-route]');
		// A hint, not a step: without the form's texts it is left out.
		if (!box || !this.#texts.get().complete) return;
		const { summary, device } = this.#read();
		showOffRoute(box, summary, device, this.#routes, this.#t);
	}

	#scheduleSuggestions() {
		clearTimeout(this.#suggestTimer);
		this.#suggestTimer = setTimeout(() => void this.#suggest(), 300);
	}

	async #suggest() {
		const box = this.querySelector<HTMLElement>('[data-suggestions]');
		if (!box || !(await this.#texts.load()).complete) return;
		const summary = this.#field('summary').value;
		await showSuggestions(box, summary, () => this.#field('summary').value === summary, this.#t);
	}

	#showOutcome(message: string, failed: boolean, quote?: string) {
		const outcome = this.querySelector<HTMLElement>('[data-outcome]')!;
		const text = this.querySelector<HTMLElement>('[data-outcome-text]')!;
		const actions = this.querySelector<HTMLElement>('[data-outcome-actions]')!;
		outcome.hidden = false;
		outcome.classList.toggle('kb-handoff__outcome--failed', failed);
		outcome.setAttribute('role', failed ? 'alert' : 'status');
		text.textContent = message;
		this.#showQuote(quote);
		actions.hidden = !failed;
		if (failed) this.#prepareFallbacks(true);
		outcome.focus();
	}

	/**
	 * Another ticket system's own words about a refusal, as it sent them: apart from the sentence in the
	 * reader's language, marked as of unknown language (`lang=""`), never inside a translated sentence.
	 */
	#showQuote(quote: string | undefined) {
		const box = this.querySelector<HTMLElement>('[data-outcome-quote]');
		if (!box) return;
		box.hidden = !quote;
		if (!quote) return box.replaceChildren();
		const words = document.createElement('q');
		words.lang = '';
		words.textContent = quote;
		box.replaceChildren(`${this.#t('handoff.refused.reply')} `, words);
	}

	/** The email route and the copy button carry exactly what the form holds. */
	#prepareFallbacks(showRetry: boolean) {
		const draft = this.#read();
		const context = this.#context();
		const t = this.#texts.get().mailT;
		const text = formatHandoffText(draft, context, t);
		const mail = buildMailto(this.dataset.email ?? '', getMailSubject(draft, context, t), text, t);
		const link = this.querySelector<HTMLAnchorElement>('[data-mailto]');
		if (link) link.href = mail.href;
		const note = this.querySelector<HTMLElement>('[data-mailto-note]');
		if (note) note.hidden = mail.complete;
		const copy = this.querySelector<HTMLElement>('[data-copy-details]');
		if (copy) copy.dataset.text = text;
		const retry = this.querySelector<HTMLElement>('[data-retry]');
		if (retry) retry.hidden = !showRetry;
		return mail;
	}

	async #submit() {
		if (this.#sending) return;
		const { t } = await this.#texts.load();
		// A second click waited for the texts too: only one of them goes on.
		if (this.#sending) return;
		const draft = this.#read();
		const trap = this.#form.elements.namedItem('website') as HTMLInputElement | null;
		const errors = validateHandoff(draft, t);
		showFieldErrors(this, this.#form, errors, t);
		if (errors.length > 0) return;
		this.#save();
		if (trap?.value) return;
		if (this.dataset.mode !== 'webhook' || !this.dataset.url) {
			const mail = this.#prepareFallbacks(false);
			const outcome = this.querySelector<HTMLElement>('[data-outcome]')!;
			outcome.hidden = false;
			outcome.setAttribute('role', 'status');
			this.querySelector<HTMLElement>('[data-outcome-text]')!.textContent =
				t('handoff.mailtoOpened');
			this.#showQuote(undefined);
			this.querySelector<HTMLElement>('[data-outcome-actions]')!.hidden = false;
			this.#track('handoff-sent');
			location.href = mail.href;
			return;
		}
		this.#key ??= crypto.randomUUID();
		this.#save();
		this.#sending = true;
		const button = this.querySelector<HTMLButtonElement>('[data-handoff-send]');
		if (button) {
			button.disabled = true;
			button.textContent = t('handoff.sending');
		}
		try {
			const payload = buildHandoffPayload(draft, this.#context(), {
				idempotencyKey: this.#key,
				submittedAt: new Date(),
			});
			const { response, body } = await fetchWithTimeout(
				this.dataset.url,
				{
					method: 'POST',
					headers: { 'Content-Type': 'application/json', 'Idempotency-Key': this.#key },
					body: JSON.stringify(payload),
				},
				TIMEOUT_MS,
				async (response) => ({
					response,
					body: (await response.json().catch(() => undefined)) as unknown,
				}),
			);
			if (response.ok) {
				// 202: accepted and stored (a relay delivers it when the ticket system is back), so done here too.
				const ticket = response.status === 202 ? undefined : readTicketId(body);
				const reference = readReference(body);
				draftStore.clear();
				this.#key = undefined;
				this.#form.reset();
				this.#triedEdited = false;
				this.#dirty = false;
				this.#run = undefined;
				this.#runText = undefined;
				this.#showOutcome(getSentMessage(response.status, ticket, reference, t), false);
				this.#track('handoff-sent');
				return;
			}
			const refusal = describeRefusal(response.status, body, t, pageLanguage(), (field) =>
				this.#labelOf(field),
			);
			this.#showOutcome(refusal.message, true, refusal.quote);
			if (refusal.field)
				this.#fieldBox(refusal.field)?.querySelector<HTMLElement>('input, textarea')?.focus();
		} catch (error) {
			this.#showOutcome(
				error instanceof FetchTimeoutError
					? t('handoff.failed.timeout', { seconds: TIMEOUT_MS / 1000 })
					: t('handoff.failed.offline'),
				true,
			);
		} finally {
			this.#sending = false;
			if (button) {
				button.disabled = false;
				button.textContent = t('handoff.send');
			}
		}
	}
}

if (!customElements.get('kb-handoff')) customElements.define('kb-handoff', KbHandoff);
