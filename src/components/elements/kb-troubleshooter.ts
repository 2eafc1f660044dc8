import type { TroubleshooterOutcome } from '../../lib/analytics-event.ts';
import { readMessages } from './messages.ts';
import { safeStorage } from './storage.ts';

/**
 * `<kb-troubleshooter>`: one step at a time over the server-rendered troubleshooter, whose answers are
 * links to step anchors and read on their own without JavaScript. It shows the answers given so far, a
 * way back and a way to start over, keeps the path across a reload (this tab's sessionStorage), and moves
 * focus to each new step. A solution asks whether it helped; "No", or a solution only the helpdesk can
 * carry out, opens the page's "Still stuck?" form with the path (the `kb-troubleshooter-handoff` event).
 * Where the company collects anonymous events (`analyticsUrl`), each run sends one: where it ended and
 * how (solved, not solved, the helpdesk asked, or the page left after an answer), never the answers.
 */

interface PathItem {
	step: string;
	question: string;
	answer: string;
}

interface State {
	path: PathItem[];
	current: string;
	/** How the run ended at a solution, once the reader said. */
	outcome?: 'solved' | 'not-solved' | undefined;
	/** Whether this run's anonymous event went: one per run, kept across a reload like the path. */
	reported?: boolean | undefined;
}

export class KbTroubleshooter extends HTMLElement {
	#section!: HTMLElement;
	#steps = new Map<string, HTMLElement>();
	#first = '';
	#state: State = { path: [], current: '' };
	#pathList!: HTMLOListElement;
	#controls!: HTMLElement;
	#stop: AbortController | undefined;
	#t!: ReturnType<typeof readMessages>;
	#analytics: Promise<typeof import('./analytics.ts')> | undefined;

	get #id(): string {
		return this.#section.dataset.troubleshooter ?? '';
	}

	get #storageKey(): string {
		return `kb-troubleshooter:${location.pathname}#${this.#id}`;
	}

	connectedCallback() {
		const section = this.querySelector<HTMLElement>('[data-troubleshooter]');
		if (!section) return;
		this.#section = section;
		this.#steps = new Map(
			[...section.querySelectorAll<HTMLElement>('[data-step]')].map((step) => [
				step.dataset.step!,
				step,
			]),
		);
		this.#first =
			section.querySelector<HTMLElement>('[data-kind="check"]')?.dataset.step ?? this.#first;
		if (!this.#first) return;
		this.#stop?.abort();
		this.#stop = new AbortController();
		const { signal } = this.#stop;
		const t = (this.#t = readMessages(this));

		// What only the page without scripts needs (where to start, "did this help?" as links) goes.
		for (const element of section.querySelectorAll<HTMLElement>('[data-ts-static]'))
			element.hidden = true;
		section.dataset.enhanced = '';

		this.#pathList = document.createElement('ol');
		this.#pathList.className = 'kb-ts__path';
		this.#pathList.setAttribute('aria-label', t('troubleshooter.yourAnswers'));
		this.#controls = document.createElement('div');
		this.#controls.className = 'kb-ts__controls';
		const back = this.#button(t('troubleshooter.back'), 'back');
		const restart = this.#button(t('troubleshooter.startOver'), 'restart');
		this.#controls.append(back, restart);
		// Before the first step: the title may since have been wrapped with its "Copy link" button.
		section.querySelector('[data-step]')?.before(this.#pathList, this.#controls);

		for (const [, step] of this.#steps) {
			if (step.dataset.kind !== 'solution') continue;
			const end = document.createElement('div');
			end.className = 'kb-ts__end';
			end.dataset.tsEnd = '';
			if (step.hasAttribute('data-contact')) {
				end.append(this.#button(t('troubleshooter.contact.handoff'), 'handoff'));
			} else {
				const question = document.createElement('p');
				question.className = 'kb-ts__end-question';
				question.textContent = t('troubleshooter.solved.question');
				const answers = document.createElement('div');
				answers.className = 'kb-ts__end-answers';
				answers.append(
					this.#button(t('troubleshooter.solved.yes'), 'solved'),
					this.#button(t('troubleshooter.solved.no'), 'not-solved'),
				);
				const result = document.createElement('p');
				result.className = 'kb-ts__end-result';
				result.dataset.tsResult = '';
				result.setAttribute('role', 'status');
				end.append(question, answers, result);
			}
			step.append(end);
		}

		section.addEventListener(
			'click',
			(event) => {
				const target = event.target as HTMLElement;
				const answer = target.closest<HTMLAnchorElement>('a[data-to]');
				if (answer && this.#steps.has(answer.dataset.to!)) {
					event.preventDefault();
					this.#answer(answer);
					return;
				}
				const action =
					target.closest<HTMLButtonElement>('button[data-ts-action]')?.dataset.tsAction;
				if (action === 'back') this.#back();
				else if (action === 'restart') this.#go({ path: [], current: this.#first });
				else if (action === 'solved') this.#end('solved', t('troubleshooter.solved.thanks'));
				else if (action === 'not-solved') this.#end('not-solved', '');
				else if (action === 'handoff') {
					this.#report('contact');
					void this.#handoff();
				}
			},
			{ signal },
		);
		// A reader who answered and then goes elsewhere tells where the troubleshooter lost them.
		addEventListener(
			'pagehide',
			() => {
				if (this.#state.path.length > 0) this.#report('left');
			},
			{ signal },
		);

		this.#state = this.#restore();
		if (this.#state.path.length > 0) void this.#loadAnalytics();
		this.#render(false);
	}

	/**
	 * The events' code loads only where the company collects them, once a run has begun: by the time the
	 * page is hidden it is ready, so the last event goes out within the `pagehide` task.
	 */
	#loadAnalytics() {
		if (!document.documentElement.dataset.analyticsUrl) return undefined;
		return (this.#analytics ??= import('./analytics.ts'));
	}

	/** Sends where this run ended, once per run ("Start over" begins a new one). */
	#report(outcome: TroubleshooterOutcome) {
		if (this.#state.reported) return;
		this.#state = { ...this.#state, reported: true };
		this.#save();
		const entryId = this.closest<HTMLElement>('[data-entry-id]')?.dataset.entryId;
		if (!entryId) return;
		const event = {
			type: 'troubleshooter',
			entryId,
			troubleshooter: this.#id,
			step: this.#state.current,
			outcome,
		} as const;
		void this.#loadAnalytics()?.then(({ sendEvent }) => sendEvent(event));
	}

	disconnectedCallback() {
		this.#stop?.abort();
	}

	#button(label: string, action: string): HTMLButtonElement {
		const button = document.createElement('button');
		button.type = 'button';
		button.className = 'kb-button kb-ts__button';
		button.dataset.tsAction = action;
		button.textContent = label;
		return button;
	}

	/** The saved path of this tab, or a link to one step (`#ts-<id>-<step>`), or the start. */
	#restore(): State {
		try {
			const saved = JSON.parse(
				safeStorage('sessionStorage')?.getItem(this.#storageKey) ?? 'null',
			) as State | null;
			if (
				saved &&
				this.#steps.has(saved.current) &&
				Array.isArray(saved.path) &&
				saved.path.every((item) => this.#steps.has(item.step))
			)
				return saved;
		} catch {
			// A path that cannot be read starts over.
		}
		const linked = decodeURIComponent(location.hash.slice(1));
		const prefix = `ts-${this.#id}-`;
		if (linked.startsWith(prefix) && this.#steps.has(linked.slice(prefix.length)))
			return { path: [], current: linked.slice(prefix.length) };
		return { path: [], current: this.#first };
	}

	#save() {
		try {
			safeStorage('sessionStorage')?.setItem(this.#storageKey, JSON.stringify(this.#state));
		} catch {
			// Without storage the path lasts as long as the page.
		}
	}

	#answer(link: HTMLAnchorElement) {
		const step = this.#steps.get(this.#state.current);
		if (!step) return;
		const question = step.querySelector('h3')?.textContent?.trim() ?? '';
		void this.#loadAnalytics();
		this.#go({
			path: [
				...this.#state.path,
				{ step: this.#state.current, question, answer: link.textContent?.trim() ?? '' },
			],
			current: link.dataset.to!,
			reported: this.#state.reported,
		});
	}

	#back() {
		const last = this.#state.path.at(-1);
		if (!last) return;
		this.#go({
			path: this.#state.path.slice(0, -1),
			current: last.step,
			reported: this.#state.reported,
		});
	}

	#go(state: State) {
		this.#state = state;
		this.#save();
		this.#render(true);
	}

	#end(outcome: 'solved' | 'not-solved', message: string) {
		this.#state = { ...this.#state, outcome };
		this.#save();
		this.#report(outcome);
		const result = this.#steps
			.get(this.#state.current)
			?.querySelector<HTMLElement>('[data-ts-result]');
		if (result) result.textContent = message;
		// Once it helped, the question is answered: the thanks takes the buttons' place.
		this.#showEndAnswers(outcome !== 'solved');
		if (outcome === 'not-solved') void this.#handoff();
	}

	#showEndAnswers(show: boolean) {
		const answers = this.#steps
			.get(this.#state.current)
			?.querySelector<HTMLElement>('.kb-ts__end-answers');
		if (answers) answers.hidden = !show;
	}

	/** Opens "Still stuck?" (loading its code) and hands it the path walked. */
	async #handoff() {
		const step = this.#steps.get(this.#state.current);
		const form = document.querySelector<HTMLElement>('kb-handoff');
		if (!step || !form) return;
		const details = form.closest('details');
		if (details) details.open = true;
		await customElements.whenDefined('kb-handoff');
		document.dispatchEvent(
			new CustomEvent('kb-troubleshooter-handoff', {
				detail: {
					run: {
						id: this.#id,
						entryId: this.closest<HTMLElement>('[data-entry-id]')?.dataset.entryId ?? '',
						path: this.#state.path,
						end: this.#state.current,
						solved: false,
					},
					title: this.#section.querySelector('h2')?.textContent?.trim() ?? '',
					endTitle: step.querySelector('h3')?.textContent?.trim() ?? '',
					contact: step.hasAttribute('data-contact'),
				},
			}),
		);
	}

	#render(moveFocus: boolean) {
		const { path, current, outcome } = this.#state;
		for (const [id, step] of this.#steps) step.hidden = id !== current;
		const items = path.map(({ question, answer }) => {
			const item = document.createElement('li');
			const asked = document.createElement('span');
			asked.className = 'kb-ts__asked';
			asked.textContent = question;
			const answered = document.createElement('strong');
			answered.textContent = answer;
			item.append(asked, ' ', answered);
			return item;
		});
		this.#pathList.replaceChildren(...items);
		this.#pathList.hidden = items.length === 0;
		this.#controls.hidden = items.length === 0 && current === this.#first;
		const back = this.#controls.querySelector<HTMLButtonElement>('[data-ts-action="back"]');
		if (back) back.hidden = items.length === 0;
		const step = this.#steps.get(current);
		const result = step?.querySelector<HTMLElement>('[data-ts-result]');
		if (result)
			result.textContent = outcome === 'solved' ? this.#t('troubleshooter.solved.thanks') : '';
		this.#showEndAnswers(outcome !== 'solved');
		if (moveFocus && step) {
			const heading = step.querySelector<HTMLElement>('h3');
			if (heading) {
				heading.tabIndex = -1;
				heading.focus();
			}
		}
	}
}

if (!customElements.get('kb-troubleshooter'))
	customElements.define('kb-troubleshooter', KbTroubleshooter);
