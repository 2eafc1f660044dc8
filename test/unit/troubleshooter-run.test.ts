import { describe, expect, test } from 'vitest';
import { english } from '../../src/i18n/english.ts';
import { getTranslate } from '../../src/i18n/index.ts';
import {
	buildHandoffPayload,
	emptyDraft,
	formatHandoffText,
	parseDraft,
	serializeDraft,
} from '../../src/lib/handoff.ts';
import {
	checkTroubleshooterRun,
	formatTroubleshooterPath,
	getTroubleshooterTried,
	readTroubleshooterRun,
	type TroubleshooterRun,
} from '../../src/lib/troubleshooter-run.ts';

const run = (over: Partial<TroubleshooterRun> = {}): TroubleshooterRun => ({
	id: 'no-printout',
	entryId: 'KB-1010',
	path: [
		{
			step: 'display',
			question: 'Does the printer’s screen show your name after you tap your badge?',
			answer: 'Yes, it shows my name',
		},
		{
			step: 'jobs',
			question: 'Is your job in the list on the printer’s screen?',
			answer: 'No, the list is empty',
		},
	],
	end: 'resend',
	solved: false,
	...over,
});

const shown = {
	title: 'Why does my job not print?',
	endTitle: 'Send the job again from the app',
	contact: false,
};

describe('a troubleshooter run, as the payload carries it', () => {
	test('a run of DESIGN.md’s shape reads as itself; anything more is dropped', () => {
		expect(checkTroubleshooterRun(run())).toEqual({ ok: true, run: run() });
		expect(
			readTroubleshooterRun({ ...run(), extra: 1, path: [{ ...run().path[0], x: 2 }] }),
		).toEqual(run({ path: [run().path[0]!] }));
		expect(readTroubleshooterRun('no-printout')).toBeUndefined();
	});

	const where = 'context.troubleshooter';
	const idRule = 'must be lowercase letters, digits and single hyphens (at most 100 characters).';
	test.each([
		[[], '', 'must be an object with id, entryId, path, end and solved.'],
		[{ ...run(), id: 'No Printout' }, '.id', idRule],
		[{ ...run(), id: 'x'.repeat(101) }, '.id', idRule],
		[{ ...run(), entryId: 'kb-1010' }, '.entryId', 'must be an entry id such as KB-1042.'],
		[{ ...run(), path: [] }, '.path', 'must be a list of 1 to 30 answered steps.'],
		[
			{ ...run(), path: Array.from({ length: 31 }, () => run().path[0]) },
			'.path',
			'must be a list of 1 to 30 answered steps.',
		],
		[{ ...run(), path: 'display' }, '.path', 'must be a list of 1 to 30 answered steps.'],
		[{ ...run(), path: [null] }, '.path[0]', 'must be an object with step, question and answer.'],
		[{ ...run(), path: [{ ...run().path[0], step: '<b>' }] }, '.path[0].step', idRule],
		[
			{ ...run(), path: [run().path[0], { ...run().path[1], question: 'x'.repeat(1001) }] },
			'.path[1].question',
			'must be text of 1 to 1,000 characters.',
		],
		[
			{ ...run(), path: [{ ...run().path[0], answer: ' ' }] },
			'.path[0].answer',
			'must be text of 1 to 500 characters.',
		],
		[{ ...run(), end: undefined }, '.end', idRule],
		[{ ...run(), solved: 'no' }, '.solved', 'must be true or false.'],
	])('%j is refused at %s', (value, field, message) => {
		expect(checkTroubleshooterRun(value, where)).toEqual({
			ok: false,
			field: `${where}${field}`,
			message: `${where}${field} ${message}`,
		});
	});
});

describe('“What have you already tried?” from a run, in the reader’s language', () => {
	test('English: the troubleshooter, each answer, and the solution that did not help', () => {
		expect(getTroubleshooterTried(run(), shown, english)).toBe(
			[
				'I went through “Why does my job not print?” on KB-1010:',
				'- Does the printer’s screen show your name after you tap your badge? Yes, it shows my name',
				'- Is your job in the list on the printer’s screen? No, the list is empty',
				'I tried “Send the job again from the app”: it did not help.',
			].join('\n'),
		);
	});

	test('a contact solution says the helpdesk has to do it; a solved one says it helped', () => {
		const badge = run({ path: [{ ...run().path[0]!, answer: 'No' }], end: 'badge' });
		expect(
			getTroubleshooterTried(
				badge,
				{ ...shown, endTitle: 'Register your badge again', contact: true },
				english,
			).split('\n')[2],
		).toBe('It ended at “Register your badge again”, which the helpdesk has to do.');
		expect(getTroubleshooterTried(run({ solved: true }), shown, english).split('\n')[3]).toBe(
			'I tried “Send the job again from the app”: it helped.',
		);
	});

	test.each([
		[
			'de',
			[
				'Ich bin „Warum wird nicht gedruckt?“ in KB-1010 durchgegangen:',
				'- Ist Ihr Auftrag in der Liste? Nein, die Liste ist leer',
				'Ich habe „Auftrag erneut senden“ ausprobiert: Es hat nicht geholfen.',
			],
			'Am Ende stand „Auftrag erneut senden“, und das kann nur der Helpdesk erledigen.',
		],
		[
			'pl',
			[
				'Przeprowadzono diagnostykę krok po kroku „Warum wird nicht gedruckt?” ze strony KB-1010:',
				'- Ist Ihr Auftrag in der Liste? Nein, die Liste ist leer',
				'Wypróbowano rozwiązanie „Auftrag erneut senden”: nie pomogło.',
			],
			'Diagnostyka zakończyła się na kroku „Auftrag erneut senden”, który może wykonać tylko helpdesk.',
		],
		[
			'ru',
			[
				'Пройдена пошаговая диагностика «Warum wird nicht gedruckt?» из KB-1010:',
				'- Ist Ihr Auftrag in der Liste? Nein, die Liste ist leer',
				'Испробовано решение «Auftrag erneut senden»: не помогло.',
			],
			'Диагностика завершилась на шаге «Auftrag erneut senden» — это может сделать только служба поддержки.',
		],
		[
			'lv',
			[
				'Izgāju problēmas novēršanas soļus „Warum wird nicht gedruckt?” (KB-1010):',
				'- Ist Ihr Auftrag in der Liste? Nein, die Liste ist leer',
				'Izmēģināju „Auftrag erneut senden”: tas nelīdzēja.',
			],
			'Nonācu līdz „Auftrag erneut senden”, un to var izdarīt tikai IT atbalsts.',
		],
		[
			'el',
			[
				'Ακολούθησα τα βήματα «Warum wird nicht gedruckt?» στο KB-1010:',
				'- Ist Ihr Auftrag in der Liste? Nein, die Liste ist leer',
				'Δοκίμασα τη λύση «Auftrag erneut senden»: δεν βοήθησε.',
			],
			'Κατέληξα στο «Auftrag erneut senden», που μπορεί να το κάνει μόνο το Helpdesk.',
		],
	])('%s', (lang, lines, contactLine) => {
		const t = getTranslate(lang);
		const walk = run({
			path: [
				{
					step: 'jobs',
					question: 'Ist Ihr Auftrag in der Liste?',
					answer: 'Nein, die Liste ist leer',
				},
			],
		});
		const page = { title: 'Warum wird nicht gedruckt?', endTitle: 'Auftrag erneut senden' };
		expect(getTroubleshooterTried(walk, { ...page, contact: false }, t)).toBe(lines.join('\n'));
		expect(getTroubleshooterTried(walk, { ...page, contact: true }, t).split('\n')[2]).toBe(
			contactLine,
		);
	});
});

describe('the path for the helpdesk, in its language', () => {
	test('which troubleshooter, each answer numbered in order, where it ended and whether it helped', () => {
		expect(formatTroubleshooterPath(run(), english)).toEqual([
			'Troubleshooter: no-printout in KB-1010',
			'  1. Does the printer’s screen show your name after you tap your badge? Answer: Yes, it shows my name',
			'  2. Is your job in the list on the printer’s screen? Answer: No, the list is empty',
			'Ended at: resend, which did not solve the problem',
		]);
		expect(formatTroubleshooterPath(run({ solved: true }), english)[3]).toBe(
			'Ended at: resend, which solved the problem',
		);
		const de = getTranslate('de');
		expect(formatTroubleshooterPath(run(), de)).toEqual([
			'Geführte Fehlersuche: no-printout in KB-1010',
			'  1. Does the printer’s screen show your name after you tap your badge? Antwort: Yes, it shows my name',
			'  2. Is your job in the list on the printer’s screen? Antwort: No, the list is empty',
			'Endete bei: resend, hat das Problem nicht gelöst',
		]);
	});

	const draft = {
		...emptyDraft(),
		summary: 'Nothing prints',
		tried: 'I went through it',
		urgency: 'degraded',
		device: 'corporate',
		email: 'sam@example.com',
	};
	const context = {
		entryId: 'KB-1010',
		pageUrl: 'https://help.example.com/articles/printing/',
		viewedKnownErrors: [],
		userAgent: 'UA',
	};

	test('the email lists the path right after what was tried', () => {
		const text = formatHandoffText(draft, { ...context, troubleshooter: run() }, english);
		expect(text).toContain(
			[
				'Already tried:\nI went through it',
				'Troubleshooter: no-printout in KB-1010',
				'  1. Does the printer’s screen show your name after you tap your badge? Answer: Yes, it shows my name',
				'  2. Is your job in the list on the printer’s screen? Answer: No, the list is empty',
				'Ended at: resend, which did not solve the problem',
				'Name: (not given)',
			].join('\n'),
		);
		expect(formatHandoffText(draft, context, english)).not.toContain('Troubleshooter');
	});

	test('the payload carries the run as context.troubleshooter, and only when there is one', () => {
		const keys = { idempotencyKey: 'key-12345', submittedAt: '2026-12-01T10:00:00.000Z' };
		const payload = buildHandoffPayload(draft, { ...context, troubleshooter: run() }, keys);
		expect(payload.context.troubleshooter).toEqual(run());
		expect('troubleshooter' in buildHandoffPayload(draft, context, keys).context).toBe(false);
	});
});

describe('the draft keeps the run across a reload', () => {
	test('round-trip with the run; a run that does not read as one is dropped, the text kept', () => {
		expect(parseDraft(serializeDraft(draft(), 'key-1', run()))).toEqual({
			draft: draft(),
			idempotencyKey: 'key-1',
			troubleshooter: run(),
		});
		const broken = JSON.parse(serializeDraft(draft(), 'key-1', run())) as Record<string, unknown>;
		broken.troubleshooter = { ...run(), solved: 'maybe' };
		expect(parseDraft(JSON.stringify(broken))).toEqual({ draft: draft(), idempotencyKey: 'key-1' });
		expect(parseDraft(serializeDraft(draft()))).toEqual({ draft: draft() });
	});

	function draft() {
		return { ...emptyDraft(), tried: 'I went through “Why does my job not print?” on KB-1010:' };
	}
});
