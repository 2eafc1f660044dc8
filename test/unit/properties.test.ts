import { english } from '../../src/i18n/english.ts';
/**
 * Property-based tests of the pure rules in src/lib: for any input fast-check can think of, the rules
 * keep the promises their names and DESIGN.md make. Times are always explicit; nothing reads the clock.
 */
import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { expandQuery, normalizeQuery, prepareSynonyms, tokenize } from '../../src/lib/query.ts';
import { getSynonymVariants } from '../../src/lib/search.ts';
import {
	DRAFT_FIELDS,
	buildHandoffPayload,
	buildMailto,
	emptyDraft,
	formatHandoffText,
	getMailSubject,
	parseDraft,
	serializeDraft,
	type HandoffContext,
	type HandoffDraft,
} from '../../src/lib/handoff.ts';
import { buildStatusJson, parseStatusJson } from '../../src/lib/status-document.ts';
import {
	getBannerItems,
	getDismissKey,
	getVisibleItems,
	isStatusStale,
} from '../../src/lib/banner.ts';
import { getSafeUrl } from '../../src/lib/safe-url.ts';
import { isNoticeActive, isNoticeEnded, isNoticeUpcoming } from '../../src/lib/notices.ts';
import { isUpdateOverdue } from '../../src/lib/status.ts';
import { compareKnownErrors, getLatestActivity } from '../../src/lib/status.ts';
import {
	ENTRY_FOLDERS,
	getEntryTypeOfId,
	getShortPath,
	parseEntryFileName,
	slugify,
	type EntryType,
} from '../../src/lib/ids.ts';
import { toEntryCard } from '../../src/lib/entries.ts';
import {
	formatNetlifyRedirects,
	formatNginxRedirects,
	getRedirects,
} from '../../src/lib/redirects.ts';
import { getNewEntryPath } from '../../src/lib/scaffold.ts';
import { getWorkaroundFirstLine } from '../../src/lib/reply.ts';
import { en } from '../../src/i18n/en.ts';
import { formatDateTime, formatDay } from '../../src/i18n/dates.ts';
import { ID_RULES } from '../../src/lib/ids.ts';
import { SLUG } from '../../src/schemas/fields.ts';
import { KNOWN_ERROR_STATUSES, NOTICE_SEVERITIES, SEVERITIES } from '../../src/schemas/enums.ts';
import { StatusJsonSchema, type StatusJson } from '../../src/schemas/status-json.ts';

// ---------------------------------------------------------------------------------------------------
// Text people type or paste

/** Pieces that break naive text handling: invisible and bidi controls, odd white space, quotes and
 * "Error:" noise, combining marks, compatibility forms, case oddities, emoji, RTL letters. */
const WELL_FORMED_PIECES = [
	'\u202E', // right-to-left override
	'\u202A',
	'\u200B', // zero-width space
	'\u200D',
	'\u200E',
	'\u2060',
	'\uFEFF',
	'\u00A0',
	'\u3000',
	'\t',
	'\r\n',
	'\n',
	'\u0000',
	'\u001B',
	'\u0085',
	'\u2028',
	' ',
	'"',
	"'",
	'“',
	'”',
	'‘',
	'’',
	'`',
	'.',
	'…',
	':',
	'#',
	'-',
	'Error: ',
	'error code #',
	'Message - ',
	'exception:',
	'e',
	'\u0301', // combining acute
	'\u0308',
	'ﬁ',
	'Ａ',
	'İ',
	'ß',
	'Σ',
	'😀',
	'👩‍💻',
	'👍🏽',
	'0x8007016A',
	'AADSTS50076',
	'mobile',
	'iron',
	'שלום',
	'مرحبا',
];
const LONE_SURROGATES = ['\uD800', '\uDBFF', '\uDC00', '\uDFFF'];

const piecesText = (pieces: string[], maxLength = 40) =>
	fc.string({ unit: fc.constantFrom(...pieces), maxLength });

/** Any text at all, lone surrogates included. */
const anyText = fc.oneof(
	fc.string({ unit: 'grapheme', size: 'medium' }),
	fc.string({ unit: 'binary', size: 'medium' }),
	piecesText([...WELL_FORMED_PIECES, ...LONE_SURROGATES]),
);
/** Text as a browser's form field holds it after typing or pasting: well-formed UTF-16. */
const typedText = fc.oneof(
	fc.string({ unit: 'grapheme', size: 'medium' }),
	piecesText(WELL_FORMED_PIECES),
);
/** About 10,000 characters of the nasty pieces above. */
const longText = fc.string({
	unit: fc.oneof(
		fc.constantFrom(...WELL_FORMED_PIECES, ...LONE_SURROGATES),
		fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
	),
	minLength: 2_000,
	maxLength: 3_000,
});

const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060\uFEFF]/;

// ---------------------------------------------------------------------------------------------------
// 1. Query normalisation and synonym expansion

describe('query normalisation', () => {
	const checkNormalized = (raw: string) => {
		const once = normalizeQuery(raw);
		expect(normalizeQuery(once)).toBe(once);
		expect(once).toBe(once.trim());
		expect(once).not.toMatch(/\s\s/);
		expect(once).not.toMatch(INVISIBLE);
		expect(once.normalize('NFKC')).toBe(once);
	};

	test.prop([anyText])(
		'is idempotent, never throws, and leaves no invisible characters, loose white space or un-normalised forms',
		checkNormalized,
	);

	test.prop([longText], { numRuns: 15 })('the same holds for ~10,000-character pastes', (raw) => {
		const big = raw.repeat(4);
		expect(big.length).toBeGreaterThanOrEqual(8_000);
		checkNormalized(big);
	});

	test.prop([
		fc.constantFrom('', 'Error: ', 'error code # ', 'Exception - ', 'message:'),
		fc.constantFrom('', '"', '“', "'", '`'),
		fc.stringMatching(/^[A-Za-z0-9]+( [A-Za-z0-9]+){0,3}$/),
		fc.constantFrom('', '"', '”', '.', '."', '…'),
	])(
		'quotes and an "Error:" prefix around a pasted message go, in whichever order they were pasted',
		(prefix, open, message, close) => {
			fc.pre(!/^(?:error|code|message|exception)\b/i.test(message));
			expect(normalizeQuery(`${prefix}${open}${message}${close}`)).toBe(message);
			expect(normalizeQuery(`${open}${prefix}${message}${close}`)).toBe(message);
		},
	);
});

/** Words no synonym group uses, and words groups use, to build queries that hit and miss groups. */
const VOCABULARY = [
	'mobile',
	'iron',
	'mobileiron',
	'mdm',
	'vpn',
	'wifi',
	'email',
	'outlook',
	'log',
	'in',
	'sign',
	'my',
];
const synonymGroups = fc.array(
	fc.array(
		fc
			.array(fc.constantFrom(...VOCABULARY, 'Mobile', 'IRON', '!!'), { maxLength: 3 })
			.map((w) => w.join(' ')),
		{ minLength: 1, maxLength: 4 },
	),
	{ maxLength: 4 },
);
const vocabularyQuery = fc
	.array(
		fc.oneof(
			fc.constantFrom(...VOCABULARY, 'MobileIron', 'VPN'),
			fc.constantFrom(...WELL_FORMED_PIECES),
		),
		{
			maxLength: 12,
		},
	)
	.map((parts) => parts.join(' '));

const firstIndexOf = (words: string[], phrase: string[]) =>
	words.findIndex((_, i) => phrase.every((p, j) => words[i + j] === p));

describe('synonym expansion', () => {
	test.prop([fc.oneof(vocabularyQuery, anyText), synonymGroups])(
		'keeps every typed word first, adds only whole members of a group found at that word, and depends only on the words',
		(query, groups) => {
			const synonyms = prepareSynonyms(groups);
			const words = tokenize(query);
			const terms = expandQuery(query, synonyms);
			expect(terms.map((alternatives) => alternatives[0])).toEqual(words.map((word) => [word]));
			for (const [at, alternatives] of terms.entries()) {
				const keys = alternatives.map((alternative) => alternative.join(' '));
				expect(new Set(keys).size).toBe(keys.length);
				const matched = synonyms.filter((group) =>
					group.some((p) => firstIndexOf(words, p) === at),
				);
				const offered = new Set([words[at], ...matched.flat().map((p) => p.join(' '))]);
				expect(new Set(keys)).toEqual(offered);
			}
			// Re-expanding the query's own words (what search does with a normalised query) changes nothing.
			expect(tokenize(words.join(' '))).toEqual(words);
			expect(expandQuery(words.join(' '), synonyms)).toEqual(terms);
			expect(expandQuery(normalizeQuery(query), synonyms)).toEqual(
				expandQuery(normalizeQuery(normalizeQuery(query)), synonyms),
			);
		},
	);

	/**
	 * Groups whose members (1-3 words each) share no word with each other or with the rest of the query;
	 * the query holds at most one member of each group, in any case, between filler words.
	 */
	const variantCase = fc
		.array(fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 2, maxLength: 3 }), {
			minLength: 1,
			maxLength: 3,
		})
		.chain((shapes) => {
			const groups = shapes.map((lengths, g) =>
				lengths.map((n, m) => Array.from({ length: n }, (_, w) => `g${g}m${m}w${w}`)),
			);
			return fc.record({
				groups: fc.constant(groups),
				picks: fc.array(fc.option(fc.nat({ max: 2 }), { nil: undefined }), {
					minLength: groups.length,
					maxLength: groups.length,
				}),
				fillers: fc.integer({ min: 0, max: 4 }),
				order: fc.array(fc.integer(), { minLength: 8, maxLength: 8 }),
				upper: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
			});
		});

	test.prop([variantCase])(
		'variants swap one whole word or phrase at a time, and swapping back gives the query again',
		({ groups, picks, fillers, order, upper }) => {
			type Segment = { group?: number; words: string[] };
			const segments: Segment[] = [
				...Array.from({ length: fillers }, (_, i) => ({ words: [`filler${i}`] })),
				...picks.flatMap((pick, group) =>
					pick === undefined
						? []
						: [{ group, words: groups[group]![pick % groups[group]!.length]! }],
				),
			]
				.map((segment, i) => ({ segment, key: order[i] ?? 0 }))
				.sort((a, b) => a.key - b.key)
				.map(({ segment }) => segment);
			const join = (list: Segment[]) => list.flatMap((s) => s.words).join(' ');
			const query = segments
				.map((s, i) => s.words.map((w) => (upper[i] ? w.toUpperCase() : w)).join(' '))
				.join(' ');
			const synonyms = prepareSynonyms(groups.map((members) => members.map((m) => m.join(' '))));
			const expected = new Set([join(segments)]);
			for (const [i, segment] of segments.entries()) {
				if (segment.group === undefined) continue;
				for (const member of groups[segment.group]!)
					expected.add(join(segments.map((s, j) => (j === i ? { words: member } : s))));
			}
			const variants = getSynonymVariants(query, synonyms, 1_000);
			expect(variants[0]).toBe(join(segments));
			expect(new Set(variants)).toEqual(expected);
			expect(variants).toHaveLength(expected.size);
			for (const variant of variants)
				expect(getSynonymVariants(variant, synonyms, 1_000)).toContain(join(segments));
		},
	);
});

// ---------------------------------------------------------------------------------------------------
// 2. The handoff payload and drafts

const draftOf = (text: fc.Arbitrary<string>) =>
	fc.record({
		summary: text,
		details: text,
		errorMessage: text,
		tried: text,
		// Also names an object has without being given them: a lookup table must not answer for those.
		urgency: fc.oneof(
			fc.constantFrom('blocked', 'degraded', 'question', 'toString', 'constructor', '__proto__'),
			text,
		),
		device: fc.oneof(fc.constantFrom('corporate', 'personal'), text),
		platform: fc.oneof(fc.constantFrom('ios', 'windows', ''), text),
		name: text,
		email: fc.oneof(fc.constantFrom('sam@example.com', ' sam@example.com\r\n'), text),
	});
const contextOf = (text: fc.Arbitrary<string>) =>
	fc.record({
		entryId: fc.option(fc.constantFrom('KB-1042', 'KE-0042', 'POL-001'), { nil: undefined }),
		pageUrl: fc.oneof(fc.webUrl(), text),
		searchQuery: fc.option(text, { nil: undefined }),
		viewedKnownErrors: fc.array(fc.oneof(fc.constantFrom('KE-0042', 'KE-0043'), text), {
			maxLength: 3,
		}),
		userAgent: text,
	});
const when = { idempotencyKey: 'k-1', submittedAt: new Date('2026-11-23T12:00:00.000Z') };

/** The payload of DESIGN.md ("Handoff"): typed text exactly as typed, the email trimmed for sending. */
function expectedPayload(draft: HandoffDraft, context: HandoffContext) {
	return {
		version: 1,
		idempotencyKey: 'k-1',
		submittedAt: '2026-11-23T12:00:00.000Z',
		summary: draft.summary,
		details: draft.details,
		errorMessage: draft.errorMessage,
		tried: draft.tried,
		urgency: draft.urgency,
		device: draft.device,
		platform: draft.platform,
		contact: { name: draft.name, email: draft.email.trim() },
		context: {
			entryId: context.entryId ?? null,
			pageUrl: context.pageUrl,
			searchQuery: context.searchQuery || null,
			viewedKnownErrors: context.viewedKnownErrors,
			userAgent: context.userAgent,
		},
	};
}

describe('handoff payload', () => {
	test.prop([draftOf(anyText), contextOf(anyText)])(
		'every field and the context arrive as typed after the JSON trip, lone surrogates included',
		(draft, context) => {
			const body = JSON.stringify(buildHandoffPayload(draft, context, when));
			// Escaped, so a UTF-8 request body cannot turn half an emoji into U+FFFD on the way.
			expect(body.isWellFormed()).toBe(true);
			expect(JSON.parse(body)).toStrictEqual(expectedPayload(draft, context));
		},
	);

	test.prop(
		[
			draftOf(typedText),
			fc.constantFrom(...DRAFT_FIELDS),
			fc.string({
				unit: fc.constantFrom('a', 'é', ' ', '\r\n', '😀', '\u202E', '\u200B', '"'),
				minLength: 1,
				maxLength: 50,
			}),
		],
		{ numRuns: 20 },
	)('a 20,000-character field arrives whole', (draft, field, piece) => {
		const long = piece.repeat(Math.ceil(20_000 / piece.length)).slice(0, 20_000);
		const big = { ...draft, [field]: long };
		const context = { pageUrl: '/help/', viewedKnownErrors: [], userAgent: 'UA' };
		const back = JSON.parse(JSON.stringify(buildHandoffPayload(big, context, when)));
		expect(back).toStrictEqual(expectedPayload(big, context));
	});
});

describe('handoff drafts', () => {
	/** Mostly empty fields, some only white space: the edge of "is there anything to restore?". */
	const sparse = fc.oneof(
		{ weight: 5, arbitrary: fc.constant('') },
		fc.constantFrom(' ', '\r\n', '\t', '\u200B'),
		anyText,
	);
	const isUuid = (key: string | undefined) =>
		key !== undefined && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(key);
	test.prop([
		fc.oneof(draftOf(anyText), draftOf(sparse)),
		fc.option(fc.oneof(fc.uuid(), anyText), { nil: undefined }),
	])(
		'a saved draft comes back exactly, with the idempotency key the page made; an empty one is not restored',
		(draft, key) => {
			const saved = serializeDraft(draft, key);
			expect(saved.isWellFormed()).toBe(true);
			const restored = parseDraft(saved);
			if (DRAFT_FIELDS.every((field) => draft[field] === '')) {
				expect(restored).toBeUndefined();
				return;
			}
			expect(restored?.draft).toStrictEqual({ ...draft });
			// The page makes keys with crypto.randomUUID(); any other key comes back as saved or not at all.
			if (isUuid(key)) expect(restored?.idempotencyKey).toBe(key);
			else if (restored?.idempotencyKey !== undefined) expect(restored.idempotencyKey).toBe(key);
			if (!key) expect(restored && 'idempotencyKey' in restored).toBe(false);
		},
	);
});

describe('handoff by email', () => {
	const splitBody = (href: string) => decodeURIComponent(href.slice(href.indexOf('&body=') + 6));
	const NOTE = '\n\n[This email was shortened to fit.';

	test.prop([draftOf(typedText), contextOf(typedText), fc.integer({ min: 1_200, max: 4_000 })], {
		numRuns: 200,
	})(
		'the mailto link never throws, stays within the limit, and says when it was shortened',
		(draft, context, limit) => {
			const text = formatHandoffText(draft, context, english);
			const mail = buildMailto(
				'helpdesk@example.com',
				getMailSubject(draft, context, english),
				text,
				english,
				limit,
			);
			const body = splitBody(mail.href);
			if (mail.complete) {
				expect(body).toBe(text);
				expect(mail.href.length).toBeLessThanOrEqual(limit);
			} else {
				expect(mail.href.length).toBeLessThanOrEqual(limit);
				const cut = body.lastIndexOf(NOTE);
				expect(cut).toBeGreaterThanOrEqual(0);
				expect(text.startsWith(body.slice(0, cut))).toBe(true);
				expect(body.slice(0, cut).length).toBeLessThan(text.length);
			}
		},
	);

	test.prop([
		fc.string({ unit: fc.constantFrom('a', ' ', 'é', '😀', '👩‍💻'), minLength: 40, maxLength: 120 }),
		fc.option(fc.constantFrom('KB-1042', 'KE-0042'), { nil: undefined }),
	])('the subject never splits an emoji, whatever the summary', (summary, entryId) => {
		const draft = { ...emptyDraft(), summary };
		const context = { entryId, pageUrl: '/help/', viewedKnownErrors: [], userAgent: 'UA' };
		const subject = getMailSubject(draft, context, english);
		expect(subject.isWellFormed()).toBe(true);
		const about = entryId ? subject.slice(0, -` (after ${entryId})`.length) : subject;
		expect(about.length).toBeLessThanOrEqual(80);
		expect(summary.trim().startsWith(about) || about === 'Help request').toBe(true);
		expect(() => buildMailto('helpdesk@example.com', subject, 'body', english)).not.toThrow();
	});
});

// ---------------------------------------------------------------------------------------------------
// 3. Status rules over time

const BASE = Date.UTC(2026, 10, 23, 9, 0, 0);
const minutes = (n: number) => new Date(BASE + n * 60_000);
/** The same instant written with a UTC offset, as an external status service may write it. */
function isoWithOffset(ms: number, offset: string): string {
	if (offset === 'Z') return new Date(ms).toISOString();
	const sign = offset.startsWith('-') ? -1 : 1;
	const [h, m] = offset.slice(1).split(':').map(Number) as [number, number];
	return `${new Date(ms + sign * (h * 60 + m) * 60_000).toISOString().slice(0, -1)}${offset}`;
}
const OFFSETS = ['Z', '+00:00', '+02:00', '-05:30', '+14:00', '-12:00'];

/** Three moments in order, in minutes from BASE, some before and some long after everything. */
const threeTimes = fc
	.array(fc.integer({ min: -60, max: 700 }), { minLength: 3, maxLength: 3 })
	.map((list) => [...list].sort((a, b) => a - b).map(minutes) as [Date, Date, Date]);

const noticeArb = fc.record({
	severity: fc.constantFrom(...NOTICE_SEVERITIES),
	start: fc.integer({ min: 0, max: 300 }),
	length: fc.option(fc.integer({ min: 1, max: 300 }), { nil: null }),
	offset: fc.constantFrom(...OFFSETS),
	title: fc.string({ maxLength: 8 }),
	message: fc.string({ maxLength: 8 }),
});
const knownErrorArb = fc.record({
	title: fc.string({ minLength: 1, maxLength: 8 }),
	status: fc.constantFrom(...KNOWN_ERROR_STATUSES),
	severity: fc.constantFrom(...SEVERITIES),
	nextUpdate: fc.option(fc.integer({ min: -1_000, max: 10_000 }), { nil: null }),
});

type ValueOf<A> = A extends fc.Arbitrary<infer T> ? T : never;

function statusOf(
	notices: ValueOf<typeof noticeArb>[],
	knownErrors: ValueOf<typeof knownErrorArb>[],
): StatusJson {
	return {
		generated: new Date(BASE).toISOString(),
		notices: notices.map((n, i) => ({
			id: `N-${i}`,
			title: n.title || 'Notice',
			severity: n.severity,
			starts: isoWithOffset(minutes(n.start).getTime(), n.offset),
			ends:
				n.length === null ? null : isoWithOffset(minutes(n.start + n.length).getTime(), n.offset),
			services: ['VPN'],
			message: n.message,
			url: '/status/',
		})),
		knownErrors: knownErrors.map((k, i) => ({
			id: `KE-${String(i).padStart(4, '0')}`,
			title: k.title,
			status: k.status,
			severity: k.severity,
			services: ['VPN'],
			url: '/known-errors/x/',
			nextUpdate: k.nextUpdate === null ? null : minutes(k.nextUpdate).toISOString(),
		})),
	};
}

describe('status rules over time', () => {
	test.prop([
		fc.array(noticeArb, { maxLength: 6 }),
		fc.array(knownErrorArb, { maxLength: 4 }),
		threeTimes,
	])(
		'a banner item shows for one unbroken stretch of time, with the same level and version, so a dismissal holds',
		(notices, knownErrors, [t1, t2, t3]) => {
			const status = statusOf(notices, knownErrors);
			const banners = [t1, t2, t3].map((t) => getBannerItems(status, t));
			for (const notice of status.notices) {
				const shown = banners.map((items) =>
					items.some((item) => item.kind === 'notice' && item.id === notice.id),
				);
				expect(shown).toEqual([t1, t2, t3].map((t) => isNoticeActive(notice, t)));
				if (shown[0] && shown[2]) expect(shown[1]).toBe(true);
				if (shown[0] && !shown[1]) expect(shown[2]).toBe(false);
				if (!shown[0] && shown[1]) expect(isNoticeUpcoming(notice, t1)).toBe(true);
				if (shown[1] && !shown[2]) expect(isNoticeEnded(notice, t3)).toBe(true);
			}
			const errorsAt = banners.map((items) => items.filter((item) => item.kind === 'known-error'));
			expect(errorsAt[1]).toEqual(errorsAt[0]);
			expect(errorsAt[2]).toEqual(errorsAt[0]);
			for (const items of banners) {
				const ranks = items.map((item) => item.rank);
				expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
			}
			// Dismiss everything shown at t1: nothing of it comes back later just because time passed.
			const dismissed = new Set(banners[0]!.map(getDismissKey));
			const dismissedIds = new Set(banners[0]!.map((item) => `${item.kind}:${item.id}`));
			for (const later of banners.slice(1)) {
				for (const item of getVisibleItems(later, dismissed))
					expect(dismissedIds.has(`${item.kind}:${item.id}`)).toBe(false);
			}
			const seen = new Map<string, unknown>();
			for (const item of banners.flat()) {
				const key = `${item.kind}:${item.id}`;
				const shown = [item.level, item.version, item.rank, item.title, item.text, item.url];
				if (seen.has(key)) expect(shown).toEqual(seen.get(key));
				else seen.set(key, shown);
			}
		},
	);

	/** Minutes from a moment: often right at the boundary, sometimes far either side. */
	const delta = fc.oneof(
		fc.integer({ min: -2, max: 2 }),
		fc.integer({ min: -100_000, max: 100_000 }),
	);
	const jitter = fc.constantFrom(0, 1, 59_999);

	test.prop([
		fc.integer({ min: -100_000, max: 100_000 }),
		fc.constantFrom(...OFFSETS),
		fc.integer({ min: 0, max: 2_880 }),
		delta,
		jitter,
		fc.integer({ min: 0, max: 100_000 }),
		fc.integer({ min: 0, max: 2_880 }),
	])(
		'data is stale once older than the allowed age, stays stale as time goes on and as the allowed age shrinks, in any offset',
		(generatedAt, offset, maxAge, beyond, ms, later, smaller) => {
			const g = minutes(generatedAt).getTime();
			const generated = { generated: isoWithOffset(g, offset) };
			const t = new Date(g + (maxAge + beyond) * 60_000 + ms);
			const stale = isStatusStale(generated, t, maxAge);
			expect(stale).toBe(beyond > 0 || (beyond === 0 && ms > 0));
			expect(stale).toBe(isStatusStale({ generated: new Date(g).toISOString() }, t, maxAge));
			if (stale) {
				expect(isStatusStale(generated, new Date(t.getTime() + later * 1_000), maxAge)).toBe(true);
				expect(isStatusStale(generated, t, Math.min(maxAge, smaller))).toBe(true);
			}
		},
	);

	test.prop([
		fc.integer({ min: -100_000, max: 100_000 }),
		fc.constantFrom(...OFFSETS),
		delta,
		jitter,
		fc.integer({ min: 0, max: 100_000 }),
	])(
		'an update is overdue only after its promised time, then stays overdue, whether the promise is a Date or text in any offset',
		(due, offset, beyond, ms, later) => {
			const dueDate = minutes(due);
			const t = new Date(dueDate.getTime() + beyond * 60_000 + ms);
			const overdue = isUpdateOverdue(isoWithOffset(dueDate.getTime(), offset), t);
			expect(overdue).toBe(beyond > 0 || (beyond === 0 && ms > 0));
			expect(overdue).toBe(isUpdateOverdue(dueDate, t));
			if (overdue)
				expect(isUpdateOverdue(dueDate, new Date(t.getTime() + later * 1_000))).toBe(true);
			expect(isUpdateOverdue(null, t) || isUpdateOverdue(undefined, t)).toBe(false);
		},
	);

	const timeline = fc.record({
		updated: fc.integer({ min: 0, max: 50_000 }).map(minutes),
		firstSeen: fc.integer({ min: 0, max: 50_000 }).map(minutes),
		resolvedAt: fc.option(fc.integer({ min: 0, max: 50_000 }).map(minutes), { nil: undefined }),
		updates: fc.array(fc.record({ at: fc.integer({ min: 0, max: 50_000 }).map(minutes) }), {
			maxLength: 5,
		}),
		severity: fc.constantFrom(...SEVERITIES),
	});

	test.prop([timeline, fc.integer({ min: 0, max: 50_000 }).map(minutes)])(
		'latest activity is the newest moment listed, and a new update never moves it back',
		(entry, at) => {
			const latest = getLatestActivity(entry).getTime();
			const moments = [
				entry.updated,
				entry.firstSeen,
				entry.resolvedAt,
				...entry.updates.map((u) => u.at),
			]
				.filter((d): d is Date => d !== undefined)
				.map((d) => d.getTime());
			expect(latest).toBe(Math.max(...moments));
			const after = getLatestActivity({ ...entry, updates: [...entry.updates, { at }] }).getTime();
			expect(after).toBeGreaterThanOrEqual(latest);
			expect(after).toBe(Math.max(latest, at.getTime()));
		},
	);

	test.prop([fc.array(timeline, { maxLength: 8 })])(
		'known errors sort consistently: most severe first, then newest activity, whatever the input order',
		(list) => {
			const sorted = [...list].sort(compareKnownErrors);
			const rank = { critical: 0, major: 1, minor: 2 };
			for (let i = 0; i < sorted.length; i++) {
				for (let j = i + 1; j < sorted.length; j++) {
					const [a, b] = [sorted[i]!, sorted[j]!];
					expect(compareKnownErrors(a, b)).toBeLessThanOrEqual(0);
					expect(rank[a.severity]).toBeLessThanOrEqual(rank[b.severity]);
					if (a.severity === b.severity)
						expect(getLatestActivity(a).getTime()).toBeGreaterThanOrEqual(
							getLatestActivity(b).getTime(),
						);
				}
			}
			const reversed = [...list].reverse().sort(compareKnownErrors);
			expect(reversed.map((e) => [e.severity, getLatestActivity(e).getTime()])).toEqual(
				sorted.map((e) => [e.severity, getLatestActivity(e).getTime()]),
			);
		},
	);

	/** Starts that browsers read in surprising ways, then pieces of addresses. */
	const urlLike = fc
		.tuple(
			fc.constantFrom(
				'',
				' ',
				'/',
				'/\\',
				'/\t/',
				'/\n\\',
				'//',
				'\\\\',
				'javascript:',
				'https://',
				'http:',
			),
			piecesText(
				[
					'/',
					'\\',
					'javascript:',
					'data:',
					'https:',
					' ',
					'\t',
					'\u0000',
					'evil.com',
					'a',
					'%2F',
					'?',
					'#',
				],
				6,
			),
		)
		.map(([start, rest]) => start + rest);
	test.prop([fc.oneof(urlLike, anyText)])(
		'a kept banner link is a path on this site or an http(s) address',
		(url) => {
			const safe = getSafeUrl(url);
			if (safe === null) return;
			const resolved = new URL(safe, 'https://help.example.com/status/');
			expect(resolved.protocol).toMatch(/^https?:$/);
			// A path stays on this site: not `//host`, nor `/\\host`, which browsers read the same way.
			if (safe.startsWith('/')) expect(resolved.origin).toBe('https://help.example.com');
			else expect(safe).toBe(new URL(url.trim()).href);
		},
	);
});

describe('status JSON from the network', () => {
	const pad = (n: number, width = 2) => String(n).padStart(width, '0');
	/** Date-times near the edges of what is valid: bad days and hours, missing seconds, odd zones. */
	const dateTime = fc.oneof(
		fc
			.integer({ min: -62_167_219_200_000, max: 253_402_300_799_999 })
			.map((ms) => new Date(ms).toISOString()),
		fc
			.record({
				year: fc.constantFrom(0, 4, 1900, 2000, 2024, 2026, 2100, 9999),
				month: fc.integer({ min: 0, max: 13 }),
				day: fc.integer({ min: 0, max: 32 }),
				hour: fc.integer({ min: 0, max: 25 }),
				minute: fc.integer({ min: 0, max: 61 }),
				second: fc.option(fc.integer({ min: 0, max: 61 }), { nil: undefined }),
				fraction: fc.constantFrom('', '.5', '.123', '.1234567'),
				zone: fc.constantFrom(
					'Z',
					'z',
					'',
					'+00:00',
					'+02:00',
					'-23:59',
					'+24:00',
					'+02:60',
					'+0200',
				),
			})
			.map(
				(p) =>
					`${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}` +
					`${p.second === undefined ? '' : `:${pad(p.second)}${p.fraction}`}${p.zone}`,
			),
		fc.constantFrom('yesterday', '', '2026-11-23', '2026-11-23 10:00:00Z'),
	);
	const maybeBroken = <T>(valid: fc.Arbitrary<T>) =>
		fc.oneof(
			{ weight: 6, arbitrary: valid as fc.Arbitrary<unknown> },
			fc.constantFrom<unknown>('', 1, null, [], {}),
		);

	const document = fc.record({
		generated: dateTime,
		notices: fc.array(
			fc.record(
				{
					id: maybeBroken(fc.constantFrom('N-1', 'N-2')),
					title: maybeBroken(fc.constantFrom('VPN', 'Email')),
					severity: maybeBroken(fc.constantFrom(...NOTICE_SEVERITIES, 'down')),
					starts: maybeBroken(dateTime),
					ends: fc.oneof(fc.constant(null), maybeBroken(dateTime)),
					services: maybeBroken(fc.array(fc.string({ maxLength: 4 }), { maxLength: 2 })),
					message: maybeBroken(fc.string({ maxLength: 6 })),
					url: fc.oneof(
						fc.constant(null),
						maybeBroken(fc.constantFrom('/x/', 'javascript:alert(1)')),
					),
				},
				{ requiredKeys: ['id', 'title', 'severity', 'starts', 'ends', 'services', 'message'] },
			),
			{ maxLength: 2 },
		),
		knownErrors: fc.array(
			fc.record(
				{
					id: maybeBroken(fc.constantFrom('KE-0001')),
					title: maybeBroken(fc.constantFrom('VPN drops')),
					status: maybeBroken(fc.constantFrom(...KNOWN_ERROR_STATUSES, 'open')),
					severity: maybeBroken(fc.constantFrom(...SEVERITIES)),
					services: maybeBroken(fc.array(fc.string({ maxLength: 4 }), { maxLength: 2 })),
					url: maybeBroken(fc.constantFrom('/known-errors/x/')),
					nextUpdate: fc.oneof(fc.constant(null), maybeBroken(dateTime)),
				},
				{ requiredKeys: ['id', 'title', 'status', 'severity', 'services', 'url'] },
			),
			{ maxLength: 2 },
		),
	});

	test.prop([document], { numRuns: 300 })(
		'the browser’s hand-written check accepts exactly what the zod schema accepts',
		(doc) => {
			const text = JSON.stringify(doc);
			expect(parseStatusJson(text).ok).toBe(StatusJsonSchema.safeParse(JSON.parse(text)).success);
		},
	);

	const instant = fc
		.integer({ min: -62_167_219_200_000, max: 253_402_300_799_999 })
		.map((ms) => new Date(ms));
	test.prop([
		fc.array(
			fc.record({
				starts: instant,
				ends: fc.option(instant, { nil: undefined }),
				severity: fc.constantFrom(...NOTICE_SEVERITIES),
			}),
			{ maxLength: 4 },
		),
		fc.array(
			fc.record({
				status: fc.constantFrom(...KNOWN_ERROR_STATUSES),
				severity: fc.constantFrom(...SEVERITIES),
				nextUpdate: fc.option(instant, { nil: undefined }),
			}),
			{ maxLength: 4 },
		),
		instant,
	])(
		'what the build writes, the browser reads back (years 0000-9999)',
		(notices, knownErrors, generated) => {
			const json = buildStatusJson(
				notices.map((n, i) => ({
					...n,
					id: `N-${i}`,
					title: 'T',
					services: [],
					message: 'm',
					link: 'KB-1042',
				})),
				knownErrors.map((k, i) => ({
					...k,
					id: `KE-000${i}`,
					title: 'T',
					services: ['VPN'],
					url: '/known-errors/x/',
				})),
				generated,
				() => '/articles/x/',
			);
			const text = JSON.stringify(json);
			expect(parseStatusJson(text)).toStrictEqual({ ok: true, status: JSON.parse(text) });
			expect(StatusJsonSchema.safeParse(JSON.parse(text)).success).toBe(true);
			expect(json.knownErrors.every((k) => k.status !== 'resolved')).toBe(true);
			expect(json.knownErrors).toHaveLength(
				knownErrors.filter((k) => k.status !== 'resolved').length,
			);
		},
	);
});

// ---------------------------------------------------------------------------------------------------
// 4. Ids, slugs and short links

const TYPES = Object.keys(ID_RULES) as EntryType[];
const slugArb = fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,3}$/);
const randomCase = (text: string, flips: boolean[]) =>
	[...text]
		.map((c, i) => (flips[i % Math.max(flips.length, 1)] ? c.toUpperCase() : c.toLowerCase()))
		.join('');

describe('ids and file names', () => {
	test.prop([
		fc.stringMatching(/^[A-Za-z]{1,4}-\d{1,6}$/),
		slugArb,
		fc.constantFrom('mdx', 'md', 'yaml', 'yml'),
		fc.array(fc.stringMatching(/^[^\\/]{0,8}$/), { maxLength: 3 }),
		fc.constantFrom('/', '\\'),
	])(
		'a file name splits back into the id and slug it was made of, in any folder',
		(id, slug, ext, dirs, sep) => {
			const path = [...dirs, `${id}-${slug}.${ext}`].join(sep);
			expect(parseEntryFileName(path)).toEqual({ id, slug });
		},
	);

	test.prop([
		fc.oneof(
			anyText,
			fc.stringMatching(/^[A-Za-z]{0,3}-?\d{0,4}-?[a-z0-9-]{0,6}\.(mdx|md|yaml|txt)$/),
		),
	])(
		'whatever the file name, a parsed slug is a valid URL slug and the name ends with id-slug',
		(path) => {
			const parsed = parseEntryFileName(path);
			if (!parsed) return;
			expect(parsed.slug).toMatch(SLUG);
			expect(parsed.id).toMatch(/^[A-Za-z]+-\d+$/);
			expect(path).toMatch(new RegExp(`(^|[\\\\/])${parsed.id}-${parsed.slug}\\.(mdx|md|ya?ml)$`));
		},
	);

	test.prop([
		fc.constantFrom(...TYPES),
		fc.integer({ min: 0, max: 3 }),
		fc.nat({ max: 10 ** 7 }),
		fc.array(fc.boolean(), { minLength: 1, maxLength: 4 }),
		fc.constantFrom('', ' ', '\t', '\n '),
	])(
		'an id is recognised in any letter case and padding; its short link is always the upper-case id',
		(type, extraDigits, number, flips, space) => {
			const { prefix, digits } = ID_RULES[type];
			const id = `${prefix}-${String(number).padStart(digits + extraDigits, '0')}`;
			const typed = `${space}${randomCase(id, flips)}${space}`;
			expect(getEntryTypeOfId(typed)).toBe(type);
			expect(getShortPath(randomCase(id, flips))).toBe(`/${id}`);
			const short = `${prefix}-${String(number % 10 ** (digits - 1)).padStart(digits - 1, '0')}`;
			expect(getEntryTypeOfId(randomCase(short, flips))).toBeNull();
		},
	);
});

describe('short links and renamed entries', () => {
	const cardsArb = fc
		.array(
			fc.record({
				type: fc.constantFrom(...TYPES),
				number: fc.integer({ min: 1000, max: 99_999 }),
				slug: slugArb,
				previous: fc.array(slugArb, { maxLength: 3 }),
			}),
			{ maxLength: 5 },
		)
		.map((list) =>
			// Ids and slugs are unique across the site (npm run check sees to that).
			list.map((c, i) =>
				toEntryCard(c.type, `${c.slug}-${i}`, {
					id: `${ID_RULES[c.type].prefix}-${c.number}${i}`,
					title: `Entry ${i}`,
					summary: 'S',
					category: 'c',
					updated: minutes(0),
					previousSlugs: [...c.previous.map((s) => `${s}-p${i}`), `${c.slug}-${i}`],
				}),
			),
		);

	test.prop([cardsArb, fc.array(fc.boolean(), { minLength: 1, maxLength: 6 }), fc.boolean()])(
		'the short link leads to the page in upper, lower and mixed case, with or without a slash, as do old slugs',
		(cards, flips, slash) => {
			const redirects = getRedirects(cards);
			const nginx = formatNginxRedirects(redirects)
				.split('\n')
				.flatMap((line) => {
					const match = /^location ~\* (\S+) \{ return 301 (\S+); \}$/.exec(line);
					return match ? [{ pattern: new RegExp(match[1]!, 'i'), to: match[2]! }] : [];
				});
			const netlify = new Set(formatNetlifyRedirects(redirects).split('\n'));
			const nginxTarget = (path: string) => nginx.find((l) => l.pattern.test(path))?.to;
			for (const card of cards) {
				for (const from of [`/${card.id.toUpperCase()}`, `/${card.id.toLowerCase()}`]) {
					expect(redirects).toContainEqual({ from, to: card.url, title: card.title });
					expect(netlify.has(`${from} ${card.url} 301`)).toBe(true);
					expect(netlify.has(`${from}/ ${card.url} 301`)).toBe(true);
				}
				const typed = `/${randomCase(card.id, flips)}${slash ? '/' : ''}`;
				expect(nginxTarget(typed)).toBe(card.url);
				for (const old of card.previousSlugs) {
					const path = `/${ENTRY_FOLDERS[card.type]}/${old}/`;
					if (old === card.slug) {
						expect(redirects.some((r) => r.from === path)).toBe(false);
						continue;
					}
					expect(nginxTarget(slash ? path : path.slice(0, -1))).toBe(card.url);
					expect(netlify.has(`${path} ${card.url} 301`)).toBe(true);
					expect(netlify.has(`${path.slice(0, -1)} ${card.url} 301`)).toBe(true);
				}
			}
			// No redirect leaves from an entry's own page.
			for (const card of cards) expect(redirects.some((r) => r.from === card.url)).toBe(false);
		},
	);
});

describe('slugs', () => {
	test.prop([anyText])(
		'a slug is empty or a valid URL slug, and slugifying it again changes nothing',
		(title) => {
			const slug = slugify(title);
			if (slug !== '') expect(slug).toMatch(SLUG);
			expect(slugify(slug)).toBe(slug);
		},
	);

	test.prop([typedText, fc.constantFrom(...'aZ9éÅñçÖÿŠžĞ'.split(''), 'ﬁ', 'Ａ'), typedText])(
		'a title with an ASCII letter or digit, or a Latin letter with an accent, never gets an empty slug',
		(before, letter, after) => {
			expect(slugify(`${before}${letter}${after}`)).not.toBe('');
		},
	);

	test.prop([
		fc.constantFrom<'article' | 'known-error' | 'policy' | 'notice'>(
			'article',
			'known-error',
			'policy',
			'notice',
		),
		fc.nat({ max: 99_999 }),
		typedText,
	])(
		'npm run new names a file that splits back into its id and the title’s slug',
		(kind, number, title) => {
			const slug = slugify(title);
			fc.pre(slug !== '');
			const prefix = kind === 'notice' ? 'N' : ID_RULES[kind].prefix;
			const id = `${prefix}-${String(number).padStart(4, '0')}`;
			expect(parseEntryFileName(getNewEntryPath(kind, id, title))).toEqual({ id, slug });
		},
	);
});

// ---------------------------------------------------------------------------------------------------
// Reply text and dates

describe('reply text', () => {
	test.prop([
		fc.string({
			unit: fc.constantFrom('a', 'b', ' ', 'é', '😀', '👍🏽', '**bold** '),
			minLength: 60,
			maxLength: 300,
		}),
		fc.constantFrom('', '.', '. Then more.'),
	])(
		'the first workaround line is at most 240 characters, never splits an emoji, and comes from the text',
		(text, end) => {
			const line = getWorkaroundFirstLine(
				`Intro\n\n## Workaround\n\n${text}${end}\n\n## Cause\n\nx`,
				en['section.workaround'],
			);
			if (line === undefined) return;
			expect(line.length).toBeLessThanOrEqual(240);
			expect(line.isWellFormed()).toBe(true);
			expect(line.trim()).toBe(line);
		},
	);
});

describe('dates', () => {
	const MONTHS = [
		'January',
		'February',
		'March',
		'April',
		'May',
		'June',
		'July',
		'August',
		'September',
		'October',
		'November',
		'December',
	];
	test.prop([
		fc
			.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2199, 11, 31, 23, 59, 59) })
			.map((ms) => new Date(ms)),
	])('printed days and times are the UTC day and time, whatever the instant', (date) => {
		const [year, month, day] = date.toISOString().slice(0, 10).split('-').map(Number) as [
			number,
			number,
			number,
		];
		expect([year, month, day]).toEqual([
			date.getUTCFullYear(),
			date.getUTCMonth() + 1,
			date.getUTCDate(),
		]);
		const dayText = `${day} ${MONTHS[month - 1]} ${year}`;
		expect(formatDay(date, 'en-GB')).toBe(dayText);
		const time = `${String(date.getUTCHours()).padStart(2, '0')}:${String(date.getUTCMinutes()).padStart(2, '0')}`;
		expect(formatDateTime(date, 'en-GB')).toBe(`${dayText}, ${time} UTC`);
	});
});
