import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../src/lib/content/problem.ts';
import type { CheckedEntry, CheckedTranslation, EntryData } from '../../src/lib/content/report.ts';
import type { RuleContext } from '../../src/lib/content/rules/context.ts';
import { troubleshooters as troubleshooterRule } from '../../src/lib/content/rules/troubleshooters.ts';
import { compareTroubleshooters } from '../../src/lib/content/troubleshooter-translations.ts';
import {
	checkTroubleshooters,
	readTroubleshooters,
} from '../../src/lib/content/troubleshooters.ts';

/** The example of DESIGN.md ("Troubleshooters"), verbatim. */
const DESIGN_EXAMPLE = `<Troubleshooter id="no-printout" title="Why does my job not print?">
<Check id="display" question="Does the printer's screen show your name after you tap your badge?" why="Then the printer knows you, and the problem is the job, not your badge.">
<Answer to="jobs">Yes, it shows my name</Answer>
<Answer to="badge">No, it says the badge is unknown</Answer>
</Check>
<Check id="jobs" question="Is your job in the list on the printer's screen?">
<Answer to="resend">No, the list is empty</Answer>
<Answer to="technician">Yes, but nothing comes out</Answer>
</Check>
<Solution id="badge" title="Register your badge again" contact>

Markdown, as anywhere in the body.

</Solution>
<Solution id="resend" title="Send the job again from the app">

...

</Solution>
<Solution id="technician" title="The printer needs a technician" contact>

...

</Solution>
</Troubleshooter>
`;

const TS = 'troubleshooter "no-printout"';

/** Every problem of a body, as `line: message`. */
function problemsOf(body: string): string[] {
	const read = readTroubleshooters(body);
	return [...read.problems, ...checkTroubleshooters(read.troubleshooters)]
		.sort((a, b) => a.line - b.line)
		.map(({ line, message }) => `${line}: ${message}`);
}

/** A small troubleshooter around `steps`. */
function wrap(steps: string, open = '<Troubleshooter id="t" title="T">'): string {
	return `${open}\n${steps}\n</Troubleshooter>\n`;
}

const SOLUTIONS = `<Solution id="a" title="A">

Do A.

</Solution>
<Solution id="b" title="B" contact>

Call us.

</Solution>`;

describe('reading troubleshooters', () => {
	test('the DESIGN example reads into its steps, with the line of each element', () => {
		const { troubleshooters, problems } = readTroubleshooters(DESIGN_EXAMPLE);
		expect(problems).toEqual([]);
		expect(troubleshooters).toEqual([
			{
				id: 'no-printout',
				title: 'Why does my job not print?',
				line: 1,
				steps: [
					{
						kind: 'check',
						id: 'display',
						question: "Does the printer's screen show your name after you tap your badge?",
						why: 'Then the printer knows you, and the problem is the job, not your badge.',
						answers: [
							{ to: 'jobs', label: 'Yes, it shows my name', line: 3 },
							{ to: 'badge', label: 'No, it says the badge is unknown', line: 4 },
						],
						line: 2,
					},
					{
						kind: 'check',
						id: 'jobs',
						question: "Is your job in the list on the printer's screen?",
						answers: [
							{ to: 'resend', label: 'No, the list is empty', line: 7 },
							{ to: 'technician', label: 'Yes, but nothing comes out', line: 8 },
						],
						line: 6,
					},
					{
						kind: 'solution',
						id: 'badge',
						title: 'Register your badge again',
						contact: true,
						line: 10,
					},
					{
						kind: 'solution',
						id: 'resend',
						title: 'Send the job again from the app',
						contact: false,
						line: 15,
					},
					{
						kind: 'solution',
						id: 'technician',
						title: 'The printer needs a technician',
						contact: true,
						line: 20,
					},
				],
			},
		]);
		expect(checkTroubleshooters(troubleshooters)).toEqual([]);
	});

	test('lines count from the body, or from the line of the file the body starts on', () => {
		const body = `Intro.\n\n${DESIGN_EXAMPLE}`;
		expect(readTroubleshooters(body).troubleshooters[0]!.steps[1]!.line).toBe(8);
		expect(readTroubleshooters(body, 14).troubleshooters[0]!.steps[1]!.line).toBe(21);
	});

	test('tags in code and in MDX comments are examples, not troubleshooters', () => {
		const body = [
			'```mdx',
			'<Troubleshooter id="example" title="x">',
			'<Check id="broken">',
			'```',
			'Write `<Check id="x">` inside a troubleshooter.',
			'{/* <Troubleshooter id="later"> not yet',
			'</Troubleshooter> */}',
			DESIGN_EXAMPLE,
		].join('\n');
		const { troubleshooters, problems } = readTroubleshooters(body);
		expect(problems).toEqual([]);
		expect(troubleshooters.map((t) => [t.id, t.line])).toEqual([['no-printout', 8]]);
	});

	test('labels lose their surrounding space; attributes may span lines and hold apostrophes and backticks', () => {
		const body = wrap(
			`<Check
  id="start"
  question="Does \`ipconfig\` show the office's network?"
>
<Answer to="a">
  Yes,   it does
</Answer>
<Answer to="b">No</Answer>
</Check>
${SOLUTIONS}`,
		);
		const [ts] = readTroubleshooters(body).troubleshooters;
		expect(ts!.steps[0]).toEqual({
			kind: 'check',
			id: 'start',
			question: "Does `ipconfig` show the office's network?",
			answers: [
				{ to: 'a', label: 'Yes, it does', line: 6 },
				{ to: 'b', label: 'No', line: 9 },
			],
			line: 2,
		});
		expect(problemsOf(body)).toEqual([]);
	});

	test('two troubleshooters in one body, and a body without any', () => {
		const second = DESIGN_EXAMPLE.replace('id="no-printout"', 'id="no-scan"');
		expect(
			readTroubleshooters(`${DESIGN_EXAMPLE}\n${second}`).troubleshooters.map((t) => t.id),
		).toEqual(['no-printout', 'no-scan']);
		expect(readTroubleshooters('Just text.\n')).toEqual({ troubleshooters: [], problems: [] });
	});
});

describe('the rules of a troubleshooter, with the message an author sees', () => {
	test('an answer to an unknown step suggests the closest id, or lists the steps', () => {
		expect(problemsOf(DESIGN_EXAMPLE.replace('<Answer to="jobs">', '<Answer to="job">'))).toEqual([
			`3: ${TS}, step "display": the answer "Yes, it shows my name" leads to "job", which is not a step of this troubleshooter; did you mean "jobs"?`,
		]);
		expect(
			problemsOf(DESIGN_EXAMPLE.replace('<Answer to="technician">', '<Answer to="helpdesk">')),
		).toEqual([
			`8: ${TS}, step "jobs": the answer "Yes, but nothing comes out" leads to "helpdesk", which is not a step of this troubleshooter; its steps are display, jobs, badge, resend, technician`,
		]);
	});

	test('a step no path reaches from the first check', () => {
		const body = DESIGN_EXAMPLE.replace(
			'</Troubleshooter>',
			'<Solution id="restart" title="Restart the printer">\n\nSwitch it off and on.\n\n</Solution>\n</Troubleshooter>',
		);
		expect(problemsOf(body)).toEqual([
			`25: ${TS}, step "restart": no answer leads here from the first check "display", so no reader reaches this step; lead an answer to it or remove it`,
		]);
	});

	test('a path that comes back to a check already on it', () => {
		const body = DESIGN_EXAMPLE.replace('<Answer to="resend">', '<Answer to="display">');
		expect(problemsOf(body)).toEqual([
			`7: ${TS}, step "jobs": the answer "No, the list is empty" leads back to "display", a check the reader already answered on this path (display → jobs → display); lead it on to another step`,
			`15: ${TS}, step "resend": no answer leads here from the first check "display", so no reader reaches this step; lead an answer to it or remove it`,
		]);
		const self = wrap(
			`<Check id="start" question="Q?">\n<Answer to="start">Ask again</Answer>\n<Answer to="a">Done</Answer>\n</Check>\n${SOLUTIONS.replace(' contact', '')}`,
		);
		expect(problemsOf(self)).toEqual([
			'3: troubleshooter "t", step "start": the answer "Ask again" leads back to "start", a check the reader already answered on this path (start → start); lead it on to another step',
			'11: troubleshooter "t", step "b": no answer leads here from the first check "start", so no reader reaches this step; lead an answer to it or remove it',
		]);
	});

	test('a check with fewer than two answers', () => {
		expect(
			problemsOf(
				DESIGN_EXAMPLE.replace(
					'<Answer to="badge">No, it says the badge is unknown</Answer>\n',
					'',
				),
			),
		).toEqual([
			`2: ${TS}, step "display": a check needs at least two answers and this one has only one; add <Answer to="...">...</Answer> inside the <Check>`,
			`9: ${TS}, step "badge": no answer leads here from the first check "display", so no reader reaches this step; lead an answer to it or remove it`,
		]);
		expect(problemsOf(wrap(`<Check id="start" question="Q?">\n</Check>\n${SOLUTIONS}`))).toEqual([
			'2: troubleshooter "t", step "start": a check needs at least two answers and this one has none; add <Answer to="...">...</Answer> inside the <Check>',
			'4: troubleshooter "t", step "a": no answer leads here from the first check "start", so no reader reaches this step; lead an answer to it or remove it',
			'9: troubleshooter "t", step "b": no answer leads here from the first check "start", so no reader reaches this step; lead an answer to it or remove it',
		]);
	});

	test('a duplicate step id, and a duplicate troubleshooter id in one body', () => {
		expect(
			problemsOf(DESIGN_EXAMPLE.replace('<Solution id="resend"', '<Solution id="badge"')),
		).toEqual([
			`7: ${TS}, step "jobs": the answer "No, the list is empty" leads to "resend", which is not a step of this troubleshooter; its steps are display, jobs, badge, technician`,
			`15: ${TS}, step "badge": the step on line 10 already has the id "badge"; give each step its own id`,
		]);
		expect(problemsOf(`${DESIGN_EXAMPLE}\n${DESIGN_EXAMPLE}`)).toEqual([
			`27: ${TS}: the troubleshooter on line 1 has the same id; give each troubleshooter of an entry its own id`,
		]);
	});

	test('a troubleshooter without a check, and one whose first step is a solution', () => {
		expect(problemsOf(wrap(SOLUTIONS))).toEqual([
			'1: troubleshooter "t" has no <Check>: it must start with a <Check>, the first question the reader answers',
		]);
		expect(problemsOf(wrap(''))).toEqual([
			'1: troubleshooter "t" has no <Check>: it must start with a <Check>, the first question the reader answers',
		]);
		const solutionFirst = DESIGN_EXAMPLE.replace(
			'<Check id="display"',
			'<Solution id="restart" title="Restart">\n\nSwitch it off.\n\n</Solution>\n<Check id="display"',
		);
		expect(problemsOf(solutionFirst)).toEqual([
			`2: ${TS}, step "restart": the first step must be a <Check>, where the reader starts; move this <Solution> below the first check`,
			`2: ${TS}, step "restart": no answer leads here from the first check "display", so no reader reaches this step; lead an answer to it or remove it`,
		]);
	});

	test('ids are lowercase letters, digits and hyphens', () => {
		const body = DESIGN_EXAMPLE.replace('id="no-printout"', 'id="No Printout"')
			.replace('<Solution id="badge"', '<Solution id="Badge_Again"')
			.replace('<Answer to="badge">', '<Answer to="Badge_Again">');
		expect(problemsOf(body)).toEqual([
			'1: troubleshooter "No Printout": the id "No Printout" may hold only lowercase letters, digits and hyphens, e.g. "no-printout"',
			'4: troubleshooter "No Printout", step "display": the answer "No, it says the badge is unknown" leads to "Badge_Again", which is not a step of this troubleshooter; its steps are display, jobs, resend, technician',
			'10: troubleshooter "No Printout", step "Badge_Again": the id "Badge_Again" may hold only lowercase letters, digits and hyphens, e.g. "badge-again"',
		]);
	});

	test('a missing id, title, question or to, and an empty answer', () => {
		const body = `<Troubleshooter>
<Check question="Q?">
<Answer to="a">Yes</Answer>
<Answer>No</Answer>
<Answer to="b"> </Answer>
</Check>
<Solution id="a">

A.

</Solution>
<Check id="more">
<Answer to="a"></Answer>
<Answer to="b">B</Answer>
</Check>
<Solution id="b" title="B">

B.

</Solution>
</Troubleshooter>
`;
		expect(problemsOf(body)).toEqual([
			'1: the troubleshooter on line 1 has no id: add id="..." to <Troubleshooter>, in lowercase letters, digits and hyphens',
			'1: the troubleshooter on line 1 has no title: add title="..." to <Troubleshooter>, the heading readers see',
			'2: the troubleshooter on line 1, the <Check> on line 2 has no id: add id="..." to <Check>',
			'4: the troubleshooter on line 1, the <Check> on line 2: the answer "No" has no to: add to="..." with the id of the step it leads to',
			'5: the troubleshooter on line 1, the <Check> on line 2: the answer to "b" has no text: write what the reader picks between <Answer to="b"> and </Answer>',
			'7: the troubleshooter on line 1, step "a": <Solution> has no title: add title="..."',
			'12: the troubleshooter on line 1, step "more": <Check> has no question: add question="..."',
			'13: the troubleshooter on line 1, step "more": the answer to "a" has no text: write what the reader picks between <Answer to="a"> and </Answer>',
		]);
	});
});

describe('the markup around the steps', () => {
	test('a <Check>, <Solution> or <Answer> outside its parent', () => {
		const body = `<Check id="lost" question="Q?">
<Answer to="a">Yes</Answer>
</Check>
<Answer to="a">Stray</Answer>
<Solution id="alone" title="Alone">

Text.

</Solution>
${DESIGN_EXAMPLE.replace('<Check id="jobs"', '<Answer to="jobs">Too early</Answer>\n<Check id="jobs"')}`;
		expect(problemsOf(body)).toEqual([
			'1: <Check> must be directly inside a <Troubleshooter>',
			'4: <Answer> must be directly inside a <Check>',
			'5: <Solution> must be directly inside a <Troubleshooter>',
			`15: ${TS}: <Answer> must be directly inside a <Check>, not inside a <Troubleshooter>`,
		]);
		const inSolution = DESIGN_EXAMPLE.replace(
			'Markdown, as anywhere in the body.',
			'<Answer to="jobs">Try again</Answer>',
		);
		expect(problemsOf(inSolution)).toEqual([
			`12: ${TS}: <Answer> must be directly inside a <Check>, not inside a <Solution>`,
		]);
		expect(
			problemsOf(`<Troubleshooter id="outer" title="O">\n${DESIGN_EXAMPLE}</Troubleshooter>\n`),
		).toEqual([
			'1: troubleshooter "outer" has no <Check>: it must start with a <Check>, the first question the reader answers',
			'2: troubleshooter "outer": <Troubleshooter> cannot be inside another troubleshooter; close the first one with </Troubleshooter> before',
		]);
	});

	test('a tag never closed, and a closing tag without its opening', () => {
		expect(
			problemsOf(DESIGN_EXAMPLE.replace('</Check>\n<Check id="jobs"', '<Check id="jobs"')),
		).toEqual(['2: <Check> is never closed: end it with </Check>']);
		expect(problemsOf(DESIGN_EXAMPLE.replace('</Check>', '</Check>\n</Check>'))).toEqual([
			'6: </Check> closes nothing: there is no <Check> open before it',
		]);
		const answerOpen = readTroubleshooters(
			DESIGN_EXAMPLE.replace('Yes, it shows my name</Answer>', 'Yes, it shows my name'),
		);
		expect(answerOpen.problems).toEqual([
			{ line: 3, message: '<Answer> is never closed: end it with </Answer>' },
		]);
		expect(answerOpen.troubleshooters[0]!.steps[0]).toMatchObject({
			answers: [
				{ to: 'jobs', label: 'Yes, it shows my name', line: 3 },
				{ to: 'badge', label: 'No, it says the badge is unknown', line: 4 },
			],
		});
		expect(problemsOf(DESIGN_EXAMPLE.replace('</Troubleshooter>\n', ''))).toEqual([
			'1: <Troubleshooter> is never closed: end it with </Troubleshooter>',
		]);
	});

	test('attribute values go in double quotes; contact stands alone', () => {
		const body = DESIGN_EXAMPLE.replace(
			'title="Register your badge again" contact',
			"title='Register' contact={true}",
		).replace('<Answer to="jobs">', '<Answer to={jobs}>');
		expect(problemsOf(body)).toEqual([
			`3: ${TS}: write the to of <Answer> in double quotes: to="..."`,
			`3: ${TS}, step "display": the answer "Yes, it shows my name" has no to: add to="..." with the id of the step it leads to`,
			`10: ${TS}: write the title of <Solution> in double quotes: title="..."`,
			`10: ${TS}: write contact on its own, without a value`,
			`10: ${TS}, step "badge": <Solution> has no title: add title="..."`,
		]);
	});
});

describe('a translation repeats its source’s structure with its own words', () => {
	const GERMAN = DESIGN_EXAMPLE.replace(
		'Why does my job not print?',
		'Warum druckt mein Auftrag nicht?',
	)
		.replace(
			"Does the printer's screen show your name after you tap your badge?",
			'Zeigt der Drucker Ihren Namen, wenn Sie Ihren Ausweis auflegen?',
		)
		.replace('Then the printer knows you', 'Dann kennt der Drucker Sie')
		.replace('Yes, it shows my name', 'Ja, mein Name erscheint')
		.replace('No, it says the badge is unknown', 'Nein, der Ausweis ist unbekannt')
		.replace('Register your badge again', 'Ausweis neu registrieren')
		.replace('Markdown, as anywhere in the body.', 'Markdown, wie überall.');
	const SOURCE = 'the English article KB-1010';
	const compare = (translated: string) =>
		compareTroubleshooters(
			readTroubleshooters(translated).troubleshooters,
			readTroubleshooters(DESIGN_EXAMPLE).troubleshooters,
			SOURCE,
			1,
		).map(({ line, message }) => `${line}: ${message}`);

	test('the same structure with other words passes', () => {
		expect(GERMAN).not.toBe(DESIGN_EXAMPLE);
		expect(compare(GERMAN)).toEqual([]);
		expect(problemsOf(GERMAN)).toEqual([]);
	});

	test('what differs is named: troubleshooters, steps, kinds, answers and contact', () => {
		expect(compare(GERMAN.replace('id="no-printout"', 'id="kein-druck"'))).toEqual([
			`1: has the troubleshooters kein-druck but ${SOURCE} has no-printout: a translation keeps the same troubleshooters, with the same ids, in the same order`,
		]);
		expect(compare('Kein Ablauf.\n')).toEqual([
			`1: has the troubleshooters none but ${SOURCE} has no-printout: a translation keeps the same troubleshooters, with the same ids, in the same order`,
		]);
		expect(compare(GERMAN.replace('<Solution id="resend"', '<Solution id="neu-senden"'))).toEqual([
			`1: ${TS}: has the steps display, jobs, badge, neu-senden, technician but in ${SOURCE} it has display, jobs, badge, resend, technician; keep the same steps, with the same ids, in the same order`,
		]);
		expect(
			compare(
				GERMAN.replace(
					'<Answer to="jobs">Ja, mein Name erscheint</Answer>\n<Answer to="badge">Nein, der Ausweis ist unbekannt</Answer>',
					'<Answer to="badge">Nein, der Ausweis ist unbekannt</Answer>\n<Answer to="jobs">Ja, mein Name erscheint</Answer>',
				),
			),
		).toEqual([
			`2: ${TS}, step "display": the answers lead to badge, jobs but in ${SOURCE} to jobs, badge; keep the same answers in the same order, translating only their text`,
		]);
		expect(
			compare(
				GERMAN.replace(
					'title="Ausweis neu registrieren" contact',
					'title="Ausweis neu registrieren"',
				).replace(
					'<Solution id="resend" title="Send the job again from the app"',
					'<Solution id="resend" title="Erneut senden" contact',
				),
			),
		).toEqual([
			`10: ${TS}, step "badge": has no contact but the step in ${SOURCE} has; add contact here`,
			`15: ${TS}, step "resend": has contact but the step in ${SOURCE} does not; remove contact here`,
		]);
		const kind = GERMAN.replace(
			'<Solution id="resend" title="Send the job again from the app">\n\n...\n\n</Solution>',
			'<Check id="resend" question="Erneut?">\n<Answer to="badge">Ja</Answer>\n<Answer to="technician">Nein</Answer>\n</Check>',
		);
		expect(compare(kind)).toEqual([
			`15: ${TS}, step "resend": is a <Check> here but a <Solution> in ${SOURCE}; keep the same kind of step`,
		]);
	});
});

describe('the rule over entries and translations', () => {
	const BODY_LINE = 8;
	function entry(file: string, type: CheckedEntry['type'], id: string, body: string): CheckedEntry {
		return { type, file, id, slug: 'x', data: {} as EntryData, body, bodyLine: BODY_LINE };
	}
	function translation(file: string, id: string, body: string): CheckedTranslation {
		return {
			type: 'article',
			lang: 'de',
			file,
			id,
			slug: 'x',
			data: {} as CheckedTranslation['data'],
			body,
			bodyLine: BODY_LINE,
		};
	}
	function run(entries: CheckedEntry[], translations: CheckedTranslation[] = []): string[] {
		const context = {
			entries,
			translations,
			notices: [],
			noticeTranslations: [],
			languageData: {},
			sourceLanguage: 'English',
			siteFile: 'site.yaml',
			lineOf: () => undefined,
		} satisfies RuleContext;
		return troubleshooterRule(context).map(formatProblem);
	}

	test('problems are at their line in the file, in the body field, for entries and translations alike', () => {
		const broken = `\nIntro.\n\n${DESIGN_EXAMPLE.replace('<Answer to="jobs">', '<Answer to="job">')}`;
		expect(
			run(
				[
					entry('articles/KB-1010-print.mdx', 'article', 'KB-1010', `\n${DESIGN_EXAMPLE}`),
					entry('known-errors/KE-0001-printers.mdx', 'known-error', 'KE-0001', broken),
				],
				[
					translation(
						'articles/de/KB-1010-drucken.mdx',
						'KB-1010',
						`\n${DESIGN_EXAMPLE.replaceAll(' contact>', '>')}`,
					),
				],
			).filter((line) => !line.includes('no reader reaches')),
		).toEqual([
			'known-errors/KE-0001-printers.mdx: body: troubleshooter "no-printout", step "display": the answer "Yes, it shows my name" leads to "job", which is not a step of this troubleshooter; did you mean "jobs"? (line 13)',
			'articles/de/KB-1010-drucken.mdx: body: troubleshooter "no-printout", step "badge": has no contact but the step in the English article KB-1010 has; add contact here (line 18)',
			'articles/de/KB-1010-drucken.mdx: body: troubleshooter "no-printout", step "technician": has no contact but the step in the English article KB-1010 has; add contact here (line 28)',
		]);
	});

	test('a translation is compared with the source of its own type and id, and names a known error as such', () => {
		const translated = {
			...translation('known-errors/de/KE-0001-drucker.mdx', 'KE-0001', 'Nichts.\n'),
			type: 'known-error' as const,
		};
		expect(
			run(
				[
					entry('articles/KB-0001-other.mdx', 'article', 'KB-0001', 'No troubleshooter.\n'),
					entry('known-errors/KE-0001-printers.mdx', 'known-error', 'KE-0001', DESIGN_EXAMPLE),
				],
				[translated],
			),
		).toEqual([
			'known-errors/de/KE-0001-drucker.mdx: body: has the troubleshooters none but the English known error KE-0001 has no-printout: a translation keeps the same troubleshooters, with the same ids, in the same order (line 8)',
		]);
	});
});
