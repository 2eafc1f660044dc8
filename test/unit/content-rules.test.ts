import { describe, expect, test } from 'vitest';
import type { CheckedEntry, CheckedNotice, EntryData } from '../../src/lib/content/report.ts';
import { bodyContent } from '../../src/lib/content/rules/body-content.ts';
import type { CrossEntryRule, RuleContext } from '../../src/lib/content/rules/context.ts';
import { emptyBody } from '../../src/lib/content/rules/empty-body.ts';
import { checkCrossEntryRules } from '../../src/lib/content/rules/index.ts';
import { knownCategory } from '../../src/lib/content/rules/known-category.ts';
import { noticeLinks } from '../../src/lib/content/rules/notice-links.ts';
import { overdueUpdate } from '../../src/lib/content/rules/overdue-update.ts';
import { previousSlugs } from '../../src/lib/content/rules/previous-slugs.ts';
import { relatedEntries } from '../../src/lib/content/rules/related-entries.ts';
import { sharedAliases } from '../../src/lib/content/rules/shared-aliases.ts';
import { staleReview } from '../../src/lib/content/rules/stale-review.ts';
import { startHere } from '../../src/lib/content/rules/start-here.ts';
import { supportMatrixLinks } from '../../src/lib/content/rules/support-matrix-links.ts';
import { uniqueIds } from '../../src/lib/content/rules/unique-ids.ts';
import { uniqueSlugs } from '../../src/lib/content/rules/unique-slugs.ts';
import { getEntryTypeOfId, parseEntryFileName } from '../../src/lib/ids.ts';
import { formatProblem } from '../../src/lib/content/problem.ts';
import type { Notice } from '../../src/schemas/notice.ts';

/** The line each top-level field is on in every test file, so messages show the line they would. */
const FIELD_LINES: Record<string, number> = {
	id: 2,
	category: 5,
	related: 7,
	previousSlugs: 8,
	aliases: 9,
	reviewBy: 10,
	nextUpdate: 11,
	supportMatrix: 12,
	link: 7,
};

const BODY_LINE = 14;
const CATEGORIES = {
	accounts: { title: 'Accounts', description: 'Passwords and sign-in.' },
	vpn: { title: 'VPN', description: 'Remote access.' },
};

/** A valid entry at `file` (whose name gives its id, type and slug) with `fields` on top of the usual ones. */
function entry(
	file: string,
	fields: Record<string, unknown> = {},
	body = '\nBody.\n',
): CheckedEntry {
	const named = parseEntryFileName(file)!;
	const data = {
		id: named.id,
		title: `Entry ${named.id}`,
		summary: `Summary of ${named.id}.`,
		category: 'accounts',
		updated: new Date('2026-11-01'),
		draft: false,
		...fields,
	} as EntryData;
	const type = getEntryTypeOfId(named.id)!;
	return { type, file, id: named.id, slug: named.slug, data, body, bodyLine: BODY_LINE };
}

function notice(file: string, fields: Partial<Notice> = {}): CheckedNotice {
	const id = parseEntryFileName(file)!.id;
	const data: Notice = {
		id,
		title: 'VPN work',
		severity: 'maintenance',
		starts: new Date('2026-11-28T19:00:00Z'),
		services: ['VPN'],
		message: 'Short break.',
		...fields,
	} as Notice;
	return { file, data };
}

function context(parts: Partial<RuleContext>): RuleContext {
	return {
		entries: [],
		notices: [],
		translations: [],
		noticeTranslations: [],
		languageData: {},
		sourceLanguage: 'English',
		categories: CATEGORIES,
		siteFile: 'site.yaml',
		lineOf: (_file, path) => FIELD_LINES[String(path[0])],
		...parts,
	};
}

/** What an author reads for each problem the rule finds, as `npm run check` and the build print it. */
function run(rule: CrossEntryRule, parts: Partial<RuleContext>): string[] {
	return rule(context(parts)).map(formatProblem);
}

const NOW = new Date('2026-11-23T12:00:00Z');

describe('unique ids', () => {
	test('a second file with an id already used is told to take a free one', () => {
		expect(
			run(uniqueIds, {
				entries: [
					entry('articles/KB-1001-reset.mdx'),
					entry('articles/sub/KB-1001-reset-again.mdx'),
				],
			}),
		).toEqual([
			'articles/sub/KB-1001-reset-again.mdx: id: KB-1001 is also the id of articles/KB-1001-reset.mdx; every id must be unique (run npm run new to get a free one) (line 2)',
		]);
	});

	test('two notices cannot share an id either', () => {
		const notices = [notice('notices/N-1-vpn-work.yaml'), notice('notices/N-1-mail-work.yaml')];
		expect(run(uniqueIds, { notices })).toEqual([
			'notices/N-1-mail-work.yaml: id: N-1 is also the id of notices/N-1-vpn-work.yaml; every id must be unique (run npm run new to get a free one) (line 2)',
		]);
	});
});

describe('unique slugs', () => {
	test('two entries of one type with the same slug are told to rename one file', () => {
		expect(
			run(uniqueSlugs, {
				entries: [entry('articles/KB-1001-reset.mdx'), entry('articles/KB-1002-reset.mdx')],
			}),
		).toEqual([
			'articles/KB-1002-reset.mdx: id: the slug "reset" is also used by articles/KB-1001-reset.mdx; rename one of the files (line 2)',
		]);
	});

	test('entries of different types may share a slug: their pages are in different folders', () => {
		expect(
			run(uniqueSlugs, {
				entries: [entry('articles/KB-1001-vpn.mdx'), entry('known-errors/KE-0001-vpn.mdx')],
			}),
		).toEqual([]);
	});
});

describe('previous slugs', () => {
	test('an old slug that is another entry’s slug cannot point to two pages', () => {
		expect(
			run(previousSlugs, {
				entries: [
					entry('articles/KB-1001-reset.mdx'),
					entry('articles/KB-1002-unlock.mdx', { previousSlugs: ['reset'] }),
				],
			}),
		).toEqual([
			'articles/KB-1002-unlock.mdx: previousSlugs[0]: "reset" is the slug of articles/KB-1001-reset.mdx; an old slug cannot point to two pages (line 8)',
		]);
	});

	test('two entries with one old slug: the second is the error', () => {
		expect(
			run(previousSlugs, {
				entries: [
					entry('articles/KB-1001-reset.mdx', { previousSlugs: ['old'] }),
					entry('articles/KB-1002-unlock.mdx', { previousSlugs: ['keep', 'old'] }),
				],
			}),
		).toEqual([
			'articles/KB-1002-unlock.mdx: previousSlugs[1]: "old" is the slug of articles/KB-1001-reset.mdx; an old slug cannot point to two pages (line 8)',
		]);
	});

	test('an entry may list its own slug, and another type’s slug', () => {
		expect(
			run(previousSlugs, {
				entries: [
					entry('articles/KB-1001-reset.mdx', { previousSlugs: ['reset', 'vpn'] }),
					entry('known-errors/KE-0001-vpn.mdx'),
				],
			}),
		).toEqual([]);
	});
});

describe('known category', () => {
	test('an unknown category suggests the closest one and lists the rest', () => {
		expect(
			run(knownCategory, {
				entries: [entry('articles/KB-1001-reset.mdx', { category: 'acounts' })],
			}),
		).toEqual([
			'articles/KB-1001-reset.mdx: category: "acounts" is not a category; did you mean accounts? Use one of accounts, vpn (from categories.yaml) (line 5)',
		]);
	});

	test('a category like none of them lists them all', () => {
		expect(
			run(knownCategory, {
				entries: [entry('articles/KB-1001-reset.mdx', { category: 'printing' })],
			}),
		).toEqual([
			'articles/KB-1001-reset.mdx: category: "printing" is not a category Use one of accounts, vpn (from categories.yaml) (line 5)',
		]);
	});

	test('without a valid categories.yaml, which has its own error, categories are not checked', () => {
		expect(
			run(knownCategory, {
				entries: [entry('articles/KB-1001-reset.mdx', { category: 'printing' })],
				categories: undefined,
			}),
		).toEqual([]);
	});
});

describe('related entries', () => {
	test('a related id must name an entry, be published and not be the entry itself', () => {
		expect(
			run(relatedEntries, {
				entries: [
					entry('articles/KB-1001-reset.mdx', { related: ['KB-9999', 'KB-1002', 'kb-1001'] }),
					entry('articles/KB-1002-draft.mdx', { draft: true }),
				],
			}),
		).toEqual([
			'articles/KB-1001-reset.mdx: related[0]: KB-9999 is not the id of any entry (line 7)',
			'articles/KB-1001-reset.mdx: related[1]: KB-1002 is a draft, which is not published; remove the link or publish that entry (line 7)',
			'articles/KB-1001-reset.mdx: related[2]: kb-1001 is this entry itself (line 7)',
		]);
	});

	test('related ids match in any letter case', () => {
		expect(
			run(relatedEntries, {
				entries: [
					entry('articles/KB-1001-reset.mdx', { related: ['kb-1002'] }),
					entry('articles/KB-1002-unlock.mdx'),
				],
			}),
		).toEqual([]);
	});
});

describe('support matrix links', () => {
	const policy = (link: string) =>
		entry('policies/POL-001-devices.mdx', {
			version: '1.0',
			effective: new Date('2026-01-01'),
			supportMatrix: [
				{ topic: 'Screen', who: 'vendor', how: 'Call the vendor.', link: 'https://example.com' },
				{ topic: 'Email', who: 'helpdesk', how: 'See the guide.', link },
			],
		});

	test('a row linking to an unknown entry id names the row', () => {
		expect(run(supportMatrixLinks, { entries: [policy('KB-1099')] })).toEqual([
			'policies/POL-001-devices.mdx: supportMatrix[1].link: KB-1099 is not the id of any entry (line 12)',
		]);
	});

	test('a row linking to a draft is an error; web addresses are not checked here', () => {
		const draft = entry('articles/KB-1001-mail.mdx', { draft: true });
		expect(run(supportMatrixLinks, { entries: [policy('KB-1001'), draft] })).toEqual([
			'policies/POL-001-devices.mdx: supportMatrix[1].link: KB-1001 is a draft, which is not published; remove the link or publish that entry (line 12)',
		]);
	});
});

describe('notice links', () => {
	test('a notice linking to an unknown entry id is an error', () => {
		expect(
			run(noticeLinks, { notices: [notice('notices/N-1-vpn-work.yaml', { link: 'KE-0099' })] }),
		).toEqual(['notices/N-1-vpn-work.yaml: link: KE-0099 is not the id of any entry (line 7)']);
	});

	test('a notice may link to a published entry or a web address', () => {
		expect(
			run(noticeLinks, {
				entries: [entry('known-errors/KE-0001-vpn.mdx')],
				notices: [
					notice('notices/N-1-vpn-work.yaml', { link: 'ke-0001' }),
					notice('notices/N-2-mail-work.yaml', { link: 'https://status.example.com/' }),
				],
			}),
		).toEqual([]);
	});
});

describe('stale review', () => {
	const entries = [
		entry('articles/KB-1001-reset.mdx', { reviewBy: new Date('2026-10-01') }),
		entry('articles/KB-1002-draft.mdx', { reviewBy: new Date('2026-10-01'), draft: true }),
		entry('articles/KB-1003-fresh.mdx', { reviewBy: new Date('2026-12-01') }),
	];

	test('a published entry past its reviewBy date is a warning to check it and move the date on', () => {
		expect(run(staleReview, { entries, now: NOW })).toEqual([
			'articles/KB-1001-reset.mdx: reviewBy: was 2026-10-01: this entry is stale; check it is still right, then move reviewBy on (line 10)',
		]);
		expect(staleReview(context({ entries, now: NOW }))[0]?.level).toBe('warning');
	});

	test('without a clock nothing is stale', () => {
		expect(run(staleReview, { entries })).toEqual([]);
	});
});

describe('overdue update', () => {
	const knownError = (file: string, fields: Record<string, unknown>) =>
		entry(file, {
			severity: 'major',
			services: ['VPN'],
			firstSeen: new Date('2026-11-01T08:00:00Z'),
			nextUpdate: new Date('2026-11-02T08:00:00Z'),
			...fields,
		});
	const entries = [
		knownError('known-errors/KE-0001-vpn.mdx', { status: 'investigating' }),
		knownError('known-errors/KE-0002-mail.mdx', {
			status: 'resolved',
			resolvedAt: new Date('2026-11-03T08:00:00Z'),
		}),
		knownError('known-errors/KE-0003-print.mdx', {
			status: 'monitoring',
			nextUpdate: new Date('2026-11-24T08:00:00Z'),
		}),
	];

	test('an open known error past its nextUpdate is a warning that readers see it as overdue', () => {
		expect(run(overdueUpdate, { entries, now: NOW })).toEqual([
			'known-errors/KE-0001-vpn.mdx: nextUpdate: was 2026-11-02T08:00:00.000Z: readers see the update as overdue; add an entry to updates and move nextUpdate on (line 11)',
		]);
		expect(overdueUpdate(context({ entries, now: NOW }))[0]?.level).toBe('warning');
	});

	test('without a clock no update is overdue', () => {
		expect(run(overdueUpdate, { entries })).toEqual([]);
	});
});

describe('shared aliases', () => {
	test('an alias of an earlier entry, in any case and spacing, is a warning on the later one', () => {
		const problems = sharedAliases(
			context({
				entries: [
					entry('articles/KB-1001-reset.mdx', { aliases: ['password', 'Mobiletron'] }),
					entry('articles/KB-1002-unlock.mdx', { aliases: ['locked out', ' mobiletron '] }),
				],
			}),
		);
		expect(problems.map(formatProblem)).toEqual([
			'articles/KB-1002-unlock.mdx: aliases[1]: " mobiletron " is also an alias of articles/KB-1001-reset.mdx; search cannot tell which one the reader means (line 9)',
		]);
		expect(problems.map((p) => p.level)).toEqual(['warning']);
	});

	test('an entry may repeat its own alias', () => {
		expect(
			run(sharedAliases, {
				entries: [entry('articles/KB-1001-reset.mdx', { aliases: ['vpn', 'VPN'] })],
			}),
		).toEqual([]);
	});
});

describe('empty body', () => {
	test('a published entry with nothing but comments below its frontmatter is told to write it or mark it a draft', () => {
		expect(
			run(emptyBody, {
				entries: [
					entry('articles/KB-1001-reset.mdx', {}, '\n{/* to do */}\n  \n'),
					entry('articles/KB-1002-draft.mdx', { draft: true }, '\n'),
				],
			}),
		).toEqual([
			'articles/KB-1001-reset.mdx: body: is empty: write what the reader should do below the frontmatter, or set draft: true until it is ready (line 14)',
		]);
	});
});

describe('body content', () => {
	test('links that lead nowhere and unknown components are at their line in the file', () => {
		const body = '\nSee [unlock](/articles/unlock/) and [old](/articles/gone/).\n\n<Tabs>\n';
		expect(
			run(bodyContent, {
				entries: [
					entry('articles/KB-1001-reset.mdx', {}, body),
					entry(
						'articles/KB-1002-unlock.mdx',
						{ previousSlugs: ['locked'] },
						'\n[back](/KB-1001)\n',
					),
				],
			}),
		).toEqual([
			'articles/KB-1001-reset.mdx: body: the link /articles/gone/ leads nowhere: no page of the portal has that address (line 15)',
			'articles/KB-1001-reset.mdx: body: <Tabs> is not a component you can use. The components are Answer, Callout, Check, ErrorText, Platform, Platforms, Solution, Step, Steps, Troubleshooter (line 17)',
		]);
	});

	test('links to a draft lead nowhere, and a zero-width space is only a warning', () => {
		const problems = bodyContent(
			context({
				entries: [
					entry('articles/KB-1001-reset.mdx', {}, '\n[draft](/articles/draft/) pass\u200Bword\n'),
					entry('articles/KB-1002-draft.mdx', { draft: true }),
				],
			}),
		);
		expect(problems.map((p) => [p.level, p.line, p.message])).toEqual([
			[
				'warning',
				15,
				'has an invisible zero-width space (U+200B) at character 31: readers who copy or search this text get a different word; delete it',
			],
			[
				'error',
				15,
				'the link /articles/draft/ leads nowhere: no page of the portal has that address',
			],
		]);
	});
});

describe('start here', () => {
	test('each startHere id must be a published entry, named by its place in the list', () => {
		const site = {
			portalName: 'IT Help',
			organisation: 'Example Ltd',
			helpdeskEmail: 'helpdesk@example.com',
			startHere: ['kb-1001', 'KB-1002', 'KB-9999'],
		} as RuleContext['site'];
		expect(
			run(startHere, {
				site,
				entries: [
					entry('articles/KB-1001-reset.mdx'),
					entry('articles/KB-1002-draft.mdx', { draft: true }),
				],
			}),
		).toEqual([
			'site.yaml: startHere[1]: KB-1002 is a draft, which is not published; remove it here or publish that entry',
			'site.yaml: startHere[2]: KB-9999 is not the id of any entry',
		]);
	});
});

describe('the rules together', () => {
	test('run in order, so two problems on one line read id first, then slug', () => {
		const entries = [entry('articles/KB-1001-reset.mdx'), entry('articles/sub/KB-1001-reset.mdx')];
		expect(checkCrossEntryRules(context({ entries })).map(formatProblem)).toEqual([
			'articles/sub/KB-1001-reset.mdx: id: KB-1001 is also the id of articles/KB-1001-reset.mdx; every id must be unique (run npm run new to get a free one) (line 2)',
			'articles/sub/KB-1001-reset.mdx: id: the slug "reset" is also used by articles/KB-1001-reset.mdx; rename one of the files (line 2)',
		]);
	});
});
