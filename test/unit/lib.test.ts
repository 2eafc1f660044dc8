import { describe, expect, test } from 'vitest';
import {
	getEntryPath,
	getEntryTypeOfId,
	getShortPath,
	parseEntryFileName,
	slugify,
} from '../../src/lib/ids.ts';
import {
	compareKnownErrors,
	getLatestActivity,
	isOpenStatus,
	sortUpdatesNewestFirst,
} from '../../src/lib/status.ts';
import {
	countByCategory,
	getOpenKnownErrors,
	resolveLink,
	toEntryCard,
} from '../../src/lib/entries.ts';
import { telHref } from '../../src/lib/safe-url.ts';
import { getNoticePhase } from '../../src/lib/notices.ts';
import { getStatusMaxAgeMinutes } from '../../src/lib/banner.ts';
import { getRedirects } from '../../src/lib/redirects.ts';
import { detectPlatform } from '../../src/lib/platform.ts';
import {
	expandQuery,
	matchesTerm,
	normalizeQuery,
	prepareSynonyms,
	tokenize,
} from '../../src/lib/query.ts';
import { suggestClosest } from '../../src/lib/edit-distance.ts';

const d = (iso: string) => new Date(iso);

describe('ids and paths', () => {
	test('file names split into id and slug', () => {
		expect(parseEntryFileName('content/known-errors/KE-0042-vpn-drops.mdx')).toEqual({
			id: 'KE-0042',
			slug: 'vpn-drops',
		});
		expect(parseEntryFileName('N-12-vpn-maintenance.yaml')).toEqual({
			id: 'N-12',
			slug: 'vpn-maintenance',
		});
		expect(parseEntryFileName('KB-1042.mdx')).toBeNull();
		expect(parseEntryFileName('KB-1042-Reset_Password.mdx')).toBeNull();
	});

	test('ids map to types whatever their case', () => {
		expect(getEntryTypeOfId('kb-1042')).toBe('article');
		expect(getEntryTypeOfId('KE-0042')).toBe('known-error');
		expect(getEntryTypeOfId('POL-001')).toBe('policy');
		expect(getEntryTypeOfId('KB-42')).toBeNull();
		expect(getEntryTypeOfId('N-12')).toBeNull();
	});

	test('paths of pages and short links', () => {
		expect(getEntryPath('known-error', 'vpn-drops')).toBe('/known-errors/vpn-drops/');
		expect(getEntryPath('policy', 'byod')).toBe('/policies/byod/');
		expect(getShortPath('kb-1042')).toBe('/KB-1042');
	});

	test('slugs are lowercase ASCII words', () => {
		expect(slugify('Connect to the Wi-Fi (office) & VPN')).toBe(
			'connect-to-the-wi-fi-office-and-vpn',
		);
		expect(slugify('Café résumé')).toBe('cafe-resume');
	});

	test('a misspelt word suggests the closest, a distant one nothing', () => {
		expect(suggestClosest('sumary', ['summary', 'title'])).toBe('summary');
		expect(suggestClosest('colour', ['summary', 'title'])).toBeUndefined();
	});
});

describe('known-error status rules', () => {
	const base = { updated: d('2026-11-10'), firstSeen: d('2026-11-09T08:00:00Z') };

	test('only resolved is closed', () => {
		expect(isOpenStatus('monitoring')).toBe(true);
		expect(isOpenStatus('resolved')).toBe(false);
	});

	test('latest activity is the newest of edit, updates and resolution', () => {
		expect(
			getLatestActivity({
				...base,
				updates: [{ at: d('2026-11-12T09:00:00Z') }, { at: d('2026-11-11T09:00:00Z') }],
			}),
		).toEqual(d('2026-11-12T09:00:00Z'));
		expect(getLatestActivity({ ...base, resolvedAt: d('2026-11-15T09:00:00Z') })).toEqual(
			d('2026-11-15T09:00:00Z'),
		);
	});

	test('most severe first, then most recently updated', () => {
		const list = [
			{ id: 'minor-new', severity: 'minor' as const, ...base, updated: d('2026-11-20') },
			{ id: 'major-old', severity: 'major' as const, ...base },
			{ id: 'major-new', severity: 'major' as const, ...base, updated: d('2026-11-19') },
			{ id: 'critical', severity: 'critical' as const, ...base },
		];
		expect([...list].sort(compareKnownErrors).map((x) => x.id)).toEqual([
			'critical',
			'major-new',
			'major-old',
			'minor-new',
		]);
	});

	test('timelines are shown newest first whatever the file order', () => {
		const updates = [
			{ at: d('2026-11-10T09:00:00Z'), note: 'a' },
			{ at: d('2026-11-12T09:00:00Z'), note: 'c' },
			{ at: d('2026-11-11T09:00:00Z'), note: 'b' },
		];
		expect(sortUpdatesNewestFirst(updates).map((u) => u.note)).toEqual(['c', 'b', 'a']);
	});

	test('open known errors leave out resolved ones and articles', () => {
		const ke = (id: string, status: 'workaround' | 'resolved', severity: 'major' | 'critical') =>
			toEntryCard('known-error', id.toLowerCase(), {
				id,
				title: id,
				summary: id,
				category: 'vpn',
				status,
				severity,
				services: ['VPN'],
				...base,
			});
		const cards = [
			ke('KE-0001', 'workaround', 'major'),
			ke('KE-0002', 'resolved', 'critical'),
			ke('KE-0003', 'workaround', 'critical'),
			toEntryCard('article', 'a', {
				id: 'KB-1001',
				title: 'A',
				summary: 'A',
				category: 'vpn',
				updated: d('2026-11-01'),
			}),
		];
		expect(getOpenKnownErrors(cards).map((c) => c.id)).toEqual(['KE-0003', 'KE-0001']);
	});
});

describe('redirects', () => {
	test('short links in both cases and every previous slug lead to the page', () => {
		const card = toEntryCard('known-error', 'vpn-drops-after-update', {
			id: 'KE-0042',
			title: 'VPN drops',
			summary: 'S',
			category: 'vpn',
			updated: d('2026-11-01'),
			status: 'workaround',
			severity: 'major',
			services: ['VPN'],
			firstSeen: d('2026-11-01T00:00:00Z'),
			previousSlugs: ['vpn-drops', 'vpn-drops-after-update'],
		});
		expect(getRedirects([card]).map((r) => [r.from, r.to])).toEqual([
			['/KE-0042', '/known-errors/vpn-drops-after-update/'],
			['/ke-0042', '/known-errors/vpn-drops-after-update/'],
			['/known-errors/vpn-drops/', '/known-errors/vpn-drops-after-update/'],
		]);
	});
});

describe('platform detection', () => {
	test.each([
		['Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15', 0, 'ios'],
		['Mozilla/5.0 (Linux; Android 15; Pixel 9) AppleWebKit/537.36 Chrome/130 Mobile', 5, 'android'],
		['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 Safari/605', 5, 'ios'],
		['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 Safari/605', 0, 'macos'],
		['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/130', 0, 'windows'],
		['Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/130', 0, 'linux'],
		['curl/8.0', 0, undefined],
	])('%s (%i touch points) is %s', (ua, touch, expected) => {
		expect(detectPlatform(ua, touch)).toBe(expected);
	});
});

describe('queries', () => {
	test('pasted errors lose their noise', () => {
		expect(normalizeQuery('  Error: "0x8007016A"  ')).toBe('0x8007016A');
		expect(normalizeQuery('“AADSTS50076”.')).toBe('AADSTS50076');
		expect(normalizeQuery('wifi\u200B  keeps   dropping')).toBe('wifi keeps dropping');
	});

	test('words keep codes whole', () => {
		expect(tokenize('Error 0x8007016A: AADSTS50076!')).toEqual([
			'error',
			'0x8007016a',
			'aadsts50076',
		]);
	});

	test('synonyms widen the query, phrases included', () => {
		const synonyms = prepareSynonyms([['mobileiron', 'mobiletron', 'mobile iron', 'mdm']]);
		expect(expandQuery('Mobiletron setup', synonyms)).toEqual([
			[['mobiletron'], ['mobileiron'], ['mobile', 'iron'], ['mdm']],
			[['setup']],
		]);
		expect(expandQuery('vpn', synonyms)).toEqual([[['vpn']]]);
	});

	test('a term matches when all words of one alternative appear', () => {
		const words = tokenize('Enrol your phone in MobileIron');
		expect(matchesTerm([['mobiletron'], ['mobileiron']], words)).toBe(true);
		expect(matchesTerm([['mobile', 'iron']], words)).toBe(false);
		expect(matchesTerm([['enrolment']], words)).toBe(false);
		expect(matchesTerm([['enrol']], tokenize('enrolment'))).toBe(true);
		expect(matchesTerm([['go']], tokenize('google'))).toBe(false);
	});
});

describe('content links and counts', () => {
	const cards = new Map([
		['KB-1042', { url: '/articles/reset-password/', title: 'Reset your password' }],
	]);
	const find = (id: string) => cards.get(id);

	test('an entry id leads to its page and title; a web address stays as written', () => {
		expect(resolveLink('KB-1042', find)).toEqual({
			href: '/articles/reset-password/',
			title: 'Reset your password',
		});
		expect(resolveLink('https://status.example.com/', find)).toEqual({
			href: 'https://status.example.com/',
		});
	});

	test('the id of an entry that is not published leads nowhere', () => {
		expect(resolveLink('KB-9999', find)).toBeNull();
	});

	test('each category counts its entries; one with none is absent', () => {
		const counts = countByCategory([
			{ category: 'email' },
			{ category: 'vpn' },
			{ category: 'email' },
		]);
		expect(Object.fromEntries(counts)).toEqual({ email: 2, vpn: 1 });
	});

	test('a phone number as people write it becomes a tel: link', () => {
		expect(telHref('+44 (0)20 7946-0000')).toBe('tel:+4402079460000');
		expect(telHref('0800 123 456')).toBe('tel:0800123456');
	});
});

describe('status timing', () => {
	const notice = { starts: '2026-11-23T10:00:00Z', ends: '2026-11-23T12:00:00Z' };

	test('a notice is coming up, then active, then ended', () => {
		expect(getNoticePhase(notice, d('2026-11-23T09:59:00Z'))).toBe('upcoming');
		expect(getNoticePhase(notice, d('2026-11-23T10:00:00Z'))).toBe('active');
		expect(getNoticePhase(notice, d('2026-11-23T12:00:00Z'))).toBe('ended');
		expect(getNoticePhase({ ...notice, ends: null }, d('2030-01-01T00:00:00Z'))).toBe('active');
	});

	test("a live status feed is out of date after 15 minutes, the build's own after a week", () => {
		expect(getStatusMaxAgeMinutes({ statusUrl: 'https://status.example.com/status.json' })).toBe(
			15,
		);
		expect(getStatusMaxAgeMinutes({})).toBe(7 * 24 * 60);
		expect(getStatusMaxAgeMinutes({ statusMaxAgeMinutes: 30 })).toBe(30);
	});
});
