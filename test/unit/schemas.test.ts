import { describe, expect, test } from 'vitest';
import { checkSource } from '../../src/lib/content/check.ts';
import { formatProblem } from '../../src/lib/content/problem.ts';

const KE_FILE = 'content/known-errors/KE-0042-vpn-drops.mdx';
const KB_FILE = 'content/articles/KB-1042-reset-your-password.mdx';
const POL_FILE = 'content/policies/POL-001-byod-policy.mdx';
const NOTICE_FILE = 'content/notices/N-12-vpn-maintenance.yaml';

const KNOWN_ERROR = `id: KE-0042
title: VPN drops every few minutes
summary: The VPN disconnects every few minutes after the client update; connect to the London gateway.
category: vpn
updated: 2026-11-20
status: workaround
severity: major
services: [VPN]
firstSeen: 2026-11-18T07:40:00Z`;

const ARTICLE = `id: KB-1042
title: Reset your password
summary: Reset a forgotten password yourself with the self-service page.
category: accounts
updated: 2026-11-20`;

const POLICY = `id: POL-001
title: Personal devices policy
summary: What the helpdesk supports on personal phones and tablets.
category: mobile
updated: 2026-11-20
version: "2.1"
effective: 2026-09-01`;

const NOTICE = `id: N-12
title: VPN maintenance
severity: maintenance
starts: 2026-11-28T19:00:00Z
ends: 2026-11-28T23:00:00Z
services: [VPN]
message: The VPN is unavailable for up to ten minutes during the window.`;

function mdx(frontmatter: string) {
	return `---\n${frontmatter}\n---\n\n## Workaround\n\nConnect to the London gateway.\n`;
}

/** Replaces (or with `null` removes) a top-level field, or appends it when it is not there. */
function withField(yaml: string, field: string, value: string | null): string {
	const lines = yaml.split('\n');
	const index = lines.findIndex((line) => line.startsWith(`${field}:`));
	if (value === null) return lines.filter((_, i) => i !== index).join('\n');
	if (index === -1) return `${yaml}\n${field}: ${value}`;
	lines[index] = `${field}: ${value}`;
	return lines.join('\n');
}

function messages(kind: Parameters<typeof checkSource>[0], file: string, source: string): string[] {
	return checkSource(kind, file, source).problems.map(formatProblem);
}

describe('valid content passes', () => {
	test.each([
		['known-error', KE_FILE, mdx(KNOWN_ERROR)],
		['article', KB_FILE, mdx(ARTICLE)],
		['policy', POL_FILE, mdx(POLICY)],
		['notice', NOTICE_FILE, NOTICE],
	] as const)('%s', (kind, file, source) => {
		const result = checkSource(kind, file, source);
		expect(result.problems).toEqual([]);
		expect(result.data).toBeDefined();
	});

	test('dates become Date objects whichever way YAML wrote them', () => {
		const { data } = checkSource('known-error', KE_FILE, mdx(KNOWN_ERROR)) as {
			data: { firstSeen: Date; updated: Date };
		};
		expect(data.firstSeen.toISOString()).toBe('2026-11-18T07:40:00.000Z');
		expect(data.updated.toISOString()).toBe('2026-11-20T00:00:00.000Z');
	});

	test('drafts default to false and fixEta keeps words as words', () => {
		const { data } = checkSource(
			'known-error',
			KE_FILE,
			mdx(withField(KNOWN_ERROR, 'fixEta', "next Tuesday's patch")),
		) as {
			data: { draft: boolean; fixEta: unknown };
		};
		expect(data.draft).toBe(false);
		expect(data.fixEta).toBe("next Tuesday's patch");
	});

	test('a resolved known error with resolvedAt passes', () => {
		const source = withField(
			withField(KNOWN_ERROR, 'status', 'resolved'),
			'resolvedAt',
			'2026-11-21T10:00:00Z',
		);
		expect(messages('known-error', KE_FILE, mdx(source))).toEqual([]);
	});
});

describe('bad content gets a plain-language message naming file and field', () => {
	const cases: [string, Parameters<typeof checkSource>[0], string, string, string][] = [
		[
			'unknown status',
			'known-error',
			KE_FILE,
			mdx(withField(KNOWN_ERROR, 'status', 'fixed')),
			`${KE_FILE}: status: "fixed" is not a status; use one of investigating, identified, workaround, fix-in-progress, monitoring, resolved (line 7)`,
		],
		[
			'unknown severity',
			'known-error',
			KE_FILE,
			mdx(withField(KNOWN_ERROR, 'severity', 'high')),
			`${KE_FILE}: severity: "high" is not a severity; use one of critical, major, minor (line 8)`,
		],
		[
			'misspelt field',
			'known-error',
			KE_FILE,
			mdx(`${KNOWN_ERROR}\nsumary: typo`),
			`${KE_FILE}: sumary: is not a known field; did you mean summary? (line 11)`,
		],
		[
			'missing summary',
			'article',
			KB_FILE,
			mdx(withField(ARTICLE, 'summary', null)),
			`${KB_FILE}: summary: is required`,
		],
		[
			'missing title',
			'article',
			KB_FILE,
			mdx(withField(ARTICLE, 'title', null)),
			`${KB_FILE}: title: is required`,
		],
		[
			'title too long',
			'article',
			KB_FILE,
			mdx(withField(ARTICLE, 'title', 'x'.repeat(121))),
			`${KB_FILE}: title: is 121 characters long; at most 120 are allowed (line 3)`,
		],
		[
			'summary too long',
			'article',
			KB_FILE,
			mdx(withField(ARTICLE, 'summary', 'y'.repeat(281))),
			`${KB_FILE}: summary: is 281 characters long; at most 280 are allowed (line 4)`,
		],
		[
			'empty title',
			'article',
			KB_FILE,
			mdx(withField(ARTICLE, 'title', '""')),
			`${KB_FILE}: title: is empty; write some text or remove the field (line 3)`,
		],
		[
			'article id with the wrong prefix',
			'article',
			'content/articles/KE-1042-reset.mdx',
			mdx(withField(ARTICLE, 'id', 'KE-1042')),
			'content/articles/KE-1042-reset.mdx: id: must be KB- followed by at least 4 digits, e.g. KB-0042 (line 2)',
		],
		[
			'known error id with too few digits',
			'known-error',
			'content/known-errors/KE-42-vpn.mdx',
			mdx(withField(KNOWN_ERROR, 'id', 'KE-42')),
			'content/known-errors/KE-42-vpn.mdx: id: must be KE- followed by at least 4 digits, e.g. KE-0042 (line 2)',
		],
		[
			'policy id with too few digits',
			'policy',
			'content/policies/POL-1-byod.mdx',
			mdx(withField(POLICY, 'id', 'POL-1')),
			'content/policies/POL-1-byod.mdx: id: must be POL- followed by at least 3 digits, e.g. POL-042 (line 2)',
		],
		[
			'id does not match the file name',
			'article',
			KB_FILE,
			mdx(withField(ARTICLE, 'id', 'KB-1043')),
			`${KB_FILE}: id: is KB-1043 but the file name starts with KB-1042; make them the same (line 2)`,
		],
		[
			'file name without a slug',
			'article',
			'content/articles/KB-1042.mdx',
			mdx(ARTICLE),
			"content/articles/KB-1042.mdx: file name must be the entry's id, a hyphen and a slug of lowercase words, e.g. KB-1042-reset-your-password.mdx",
		],
		[
			'unquoted hex error code',
			'known-error',
			KE_FILE,
			mdx(`${KNOWN_ERROR}\nerrorMessages: [0x80070005]`),
			`${KE_FILE}: errorMessages[0]: YAML read 0x80070005 as a number (2147942405); put error codes in quotes: "0x80070005" (line 11)`,
		],
		[
			'resolved without resolvedAt',
			'known-error',
			KE_FILE,
			mdx(withField(KNOWN_ERROR, 'status', 'resolved')),
			`${KE_FILE}: resolvedAt: is required when status is resolved: add when it was fixed, e.g. 2026-11-20T16:00:00Z`,
		],
		[
			'resolvedAt while still open',
			'known-error',
			KE_FILE,
			mdx(`${KNOWN_ERROR}\nresolvedAt: 2026-11-21T10:00:00Z`),
			`${KE_FILE}: resolvedAt: is only allowed when status is resolved (status is workaround); remove it or set status: resolved (line 11)`,
		],
		[
			'no services',
			'known-error',
			KE_FILE,
			mdx(withField(KNOWN_ERROR, 'services', '[]')),
			`${KE_FILE}: services: needs at least one affected service, e.g. [VPN] (line 9)`,
		],
		[
			'services as text instead of a list',
			'known-error',
			KE_FILE,
			mdx(withField(KNOWN_ERROR, 'services', 'VPN')),
			`${KE_FILE}: services: expected a list, written [first, second] or one "- item" per line, but found the text "VPN" (line 9)`,
		],
		[
			'date in words',
			'article',
			KB_FILE,
			mdx(withField(ARTICLE, 'updated', 'last week')),
			`${KB_FILE}: updated: expected a date written like 2026-11-20 (line 6)`,
		],
		[
			'firstSeen that is not a date and time',
			'known-error',
			KE_FILE,
			mdx(withField(KNOWN_ERROR, 'firstSeen', 'yesterday')),
			`${KE_FILE}: firstSeen: expected a date and time written like 2026-11-20T09:30:00Z (line 10)`,
		],
		[
			'unknown platform',
			'article',
			KB_FILE,
			mdx(`${ARTICLE}\nplatforms: [iphone]`),
			`${KB_FILE}: platforms[0]: "iphone" is not a platform; use one of windows, macos, linux, ios, android, web (line 7)`,
		],
		[
			'unknown device type',
			'article',
			KB_FILE,
			mdx(`${ARTICLE}\ndevices: [byod]`),
			`${KB_FILE}: devices[0]: "byod" is not a device type; use one of corporate, personal (line 7)`,
		],
		[
			'draft written as text',
			'article',
			KB_FILE,
			mdx(`${ARTICLE}\ndraft: "yes"`),
			`${KB_FILE}: draft: expected true or false but found the text "yes" (line 7)`,
		],
		[
			'previous slug with capitals',
			'article',
			KB_FILE,
			mdx(`${ARTICLE}\npreviousSlugs: [Reset_Password]`),
			`${KB_FILE}: previousSlugs[0]: must be a slug: lowercase letters, digits and single hyphens, e.g. vpn-drops (line 7)`,
		],
		[
			'timeline update with a bad status',
			'known-error',
			KE_FILE,
			mdx(
				`${KNOWN_ERROR}\nupdates:\n  - at: 2026-11-19T10:00:00Z\n    status: done\n    note: Fixed.`,
			),
			`${KE_FILE}: updates[0].status: "done" is not a status; use one of investigating, identified, workaround, fix-in-progress, monitoring, resolved (line 13)`,
		],
		[
			'timeline update without a note',
			'known-error',
			KE_FILE,
			mdx(`${KNOWN_ERROR}\nupdates:\n  - at: 2026-11-19T10:00:00Z`),
			`${KE_FILE}: updates[0].note: is required (line 12)`,
		],
		[
			'support matrix with an unknown route',
			'policy',
			POL_FILE,
			mdx(
				`${POLICY}\nsupportMatrix:\n  - topic: Cracked screen\n    who: manufacturer\n    how: Take it to the shop.`,
			),
			`${POL_FILE}: supportMatrix[0].who: "manufacturer" is not a support route; use one of helpdesk, vendor, carrier, self-service, not-supported (line 11)`,
		],
		[
			'support matrix link that is neither id nor URL',
			'policy',
			POL_FILE,
			mdx(
				`${POLICY}\nsupportMatrix:\n  - topic: Email\n    who: helpdesk\n    how: Ask us.\n    link: the email article`,
			),
			`${POL_FILE}: supportMatrix[0].link: expected an entry id such as KB-1042 or a web address starting with https:// (line 13)`,
		],
		[
			'policy version as a number',
			'policy',
			POL_FILE,
			mdx(withField(POLICY, 'version', '2.10')),
			`${POL_FILE}: version: expected text but found the number 2.10; put it in quotes: "2.10" (line 7)`,
		],
		[
			'YAML syntax error',
			'article',
			KB_FILE,
			mdx(withField(ARTICLE, 'title', '"Reset your password')),
			`${KB_FILE}: YAML syntax error: Missing closing "quote. Check indentation, colons and quotes on this line (line 6)`,
		],
		[
			'field written twice',
			'article',
			KB_FILE,
			mdx(`${ARTICLE}\ntitle: Again`),
			`${KB_FILE}: YAML syntax error: a field is written twice. Check indentation, colons and quotes on this line (line 7)`,
		],
		[
			'no frontmatter',
			'article',
			KB_FILE,
			'# Reset your password\n\nText.',
			`${KB_FILE}: has no frontmatter: the file must start with a line --- then the fields, then another --- (line 1)`,
		],
		[
			'notice ending before it starts',
			'notice',
			NOTICE_FILE,
			withField(NOTICE, 'ends', '2026-11-28T18:00:00Z'),
			`${NOTICE_FILE}: ends: must be after starts; a notice cannot end before it begins (line 5)`,
		],
		[
			'notice with an unknown severity',
			'notice',
			NOTICE_FILE,
			withField(NOTICE, 'severity', 'down'),
			`${NOTICE_FILE}: severity: "down" is not a severity; use one of info, maintenance, degraded, outage (line 3)`,
		],
		[
			'notice id without N-',
			'notice',
			NOTICE_FILE,
			withField(NOTICE, 'id', '12'),
			`${NOTICE_FILE}: id: expected text but found the number 12; put it in quotes: "12" (line 1)`,
		],
		[
			'site.yaml with a bad email',
			'site',
			'content/site.yaml',
			'portalName: IT Help\norganisation: Example\nhelpdeskEmail: helpdesk-at-example',
			'content/site.yaml: helpdeskEmail: expected an email address, e.g. helpdesk@example.com (line 3)',
		],
		[
			'site.yaml webhook without url',
			'site',
			'content/site.yaml',
			'portalName: IT Help\norganisation: Example\nhelpdeskEmail: helpdesk@example.com\nhandoff:\n  mode: webhook',
			'content/site.yaml: handoff.url: is required when mode is webhook: the address the form posts tickets to (line 5)',
		],
		[
			'category key with spaces',
			'categories',
			'content/categories.yaml',
			'Email and calendar:\n  title: Email\n  description: Outlook.',
			'content/categories.yaml: Email and calendar: category keys must be lowercase letters, digits and hyphens, e.g. email (line 2)',
		],
		[
			'synonym group of one word',
			'synonyms',
			'content/synonyms.yaml',
			'- [vpn]',
			'content/synonyms.yaml: [0]: a synonym group needs at least two words (line 1)',
		],
	];

	test.each(cases)('%s', (_name, kind, file, source, expected) => {
		const found = messages(kind, file, source);
		expect(found, found.join('\n')).toContain(expected);
		expect(checkSource(kind, file, source).data).toBeUndefined();
	});

	test('there are at least 20 bad-input cases', () => {
		expect(cases.length).toBeGreaterThanOrEqual(20);
	});
});
