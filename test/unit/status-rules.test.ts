import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { buildStatusJson, getPageStatus, parseStatusJson } from '../../src/lib/status-document.ts';
import {
	getBannerItems,
	getDismissKey,
	getVisibleItems,
	isStatusStale,
} from '../../src/lib/banner.ts';
import { fitBannerItemsToPage, isLinkToPage } from '../../src/lib/banner-page.ts';
import { getSafeUrl } from '../../src/lib/safe-url.ts';
import { isNoticeActive, isNoticeEnded, isNoticeUpcoming } from '../../src/lib/notices.ts';
import { isUpdateOverdue } from '../../src/lib/status.ts';
import { StatusJsonSchema, type StatusJson } from '../../src/schemas/status-json.ts';

const at = (iso: string) => new Date(iso);
const notice = (
	over: Partial<StatusJson['notices'][number]> = {},
): StatusJson['notices'][number] => ({
	id: 'N-1',
	title: 'VPN maintenance',
	severity: 'maintenance',
	starts: '2026-11-23T10:00:00Z',
	ends: '2026-11-23T12:00:00Z',
	services: ['VPN'],
	message: 'Short break.',
	url: '/known-errors/vpn-drops/',
	...over,
});
const knownError = (
	over: Partial<StatusJson['knownErrors'][number]> = {},
): StatusJson['knownErrors'][number] => ({
	id: 'KE-0001',
	title: 'VPN drops',
	status: 'workaround',
	severity: 'major',
	services: ['VPN'],
	url: '/known-errors/vpn-drops/',
	nextUpdate: '2026-11-24T09:00:00Z',
	...over,
});
const status = (
	notices: StatusJson['notices'],
	knownErrors: StatusJson['knownErrors'] = [],
): StatusJson => ({
	generated: '2026-11-23T09:00:00Z',
	notices,
	knownErrors,
});

describe('notice windows', () => {
	test('active from starts, until (not at) ends', () => {
		const n = notice();
		expect(isNoticeActive(n, at('2026-11-23T09:59:59Z'))).toBe(false);
		expect(isNoticeActive(n, at('2026-11-23T10:00:00Z'))).toBe(true);
		expect(isNoticeActive(n, at('2026-11-23T11:59:59Z'))).toBe(true);
		expect(isNoticeActive(n, at('2026-11-23T12:00:00Z'))).toBe(false);
	});

	test('upcoming before starts, expired from ends, open-ended never expires', () => {
		expect(isNoticeUpcoming(notice(), at('2026-11-23T09:00:00Z'))).toBe(true);
		expect(isNoticeEnded(notice(), at('2026-11-23T12:00:00Z'))).toBe(true);
		expect(isNoticeEnded(notice({ ends: null }), at('2030-01-01T00:00:00Z'))).toBe(false);
		expect(isNoticeActive(notice({ ends: null }), at('2030-01-01T00:00:00Z'))).toBe(true);
	});

	test('once over, a notice never comes back as time goes on', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 10_000 }),
				fc.integer({ min: 1, max: 10_000 }),
				fc.integer({ min: 0, max: 20_000 }),
				(start, length, step) => {
					const n = notice({
						starts: new Date(Date.UTC(2026, 0, 1) + start * 60_000).toISOString(),
						ends: new Date(Date.UTC(2026, 0, 1) + (start + length) * 60_000).toISOString(),
					});
					const t = new Date(Date.UTC(2026, 0, 1) + step * 60_000);
					const later = new Date(t.getTime() + 60_000);
					if (isNoticeEnded(n, t)) expect(isNoticeEnded(n, later)).toBe(true);
					if (!isNoticeUpcoming(n, t)) expect(isNoticeUpcoming(n, later)).toBe(false);
					expect(
						[isNoticeActive(n, t), isNoticeUpcoming(n, t), isNoticeEnded(n, t)].filter(Boolean),
					).toHaveLength(1);
				},
			),
		);
	});
});

describe('overdue updates', () => {
	test('overdue only after the promised time', () => {
		expect(isUpdateOverdue('2026-11-23T15:00:00Z', at('2026-11-23T15:00:00Z'))).toBe(false);
		expect(isUpdateOverdue('2026-11-23T15:00:00Z', at('2026-11-23T15:00:01Z'))).toBe(true);
		expect(isUpdateOverdue(null, at('2030-01-01T00:00:00Z'))).toBe(false);
		expect(isUpdateOverdue('not a date', at('2030-01-01T00:00:00Z'))).toBe(false);
	});
});

describe('banner', () => {
	const now = at('2026-11-23T11:00:00Z');

	test('active notices and open critical or major known errors, most severe first', () => {
		const items = getBannerItems(
			status(
				[
					notice({ id: 'N-1', severity: 'maintenance', title: 'Maintenance', url: null }),
					notice({ id: 'N-2', severity: 'outage', title: 'Email down', url: null }),
					notice({
						id: 'N-3',
						severity: 'info',
						title: 'Later',
						starts: '2026-11-24T10:00:00Z',
						ends: null,
					}),
					notice({
						id: 'N-4',
						severity: 'degraded',
						title: 'Past',
						starts: '2026-11-20T10:00:00Z',
						ends: '2026-11-21T10:00:00Z',
					}),
				],
				[
					knownError({ id: 'KE-1', severity: 'major', title: 'Major one' }),
					knownError({ id: 'KE-2', severity: 'critical', title: 'Critical one' }),
					knownError({ id: 'KE-3', severity: 'minor', title: 'Minor one' }),
					knownError({ id: 'KE-4', severity: 'critical', status: 'resolved', title: 'Fixed one' }),
				],
			),
			now,
		);
		expect(items.map((item) => item.id)).toEqual(['N-2', 'N-1', 'KE-2', 'KE-1']);
	});

	test('what is happening now comes before known errors; information notices come last', () => {
		const items = getBannerItems(
			status(
				[
					notice({ id: 'N-1', severity: 'info', title: 'Phishing warning', url: null }),
					notice({ id: 'N-2', severity: 'maintenance', title: 'Wi-Fi upgrade', url: null }),
				],
				[
					knownError({
						id: 'KE-1',
						severity: 'critical',
						title: 'Outlook on iOS',
						url: '/known-errors/outlook/',
					}),
				],
			),
			now,
		);
		expect(items.map((item) => item.id)).toEqual(['N-2', 'KE-1', 'N-1']);
	});

	test('a notice and the known error it links to are one item, ranked as the more severe', () => {
		const items = getBannerItems(
			status(
				[notice({ id: 'N-1', severity: 'info', url: '/known-errors/vpn-drops/' })],
				[
					knownError({ id: 'KE-1', severity: 'critical', url: '/known-errors/vpn-drops/' }),
					knownError({
						id: 'KE-2',
						severity: 'major',
						title: 'Printing',
						url: '/known-errors/printing/',
					}),
				],
			),
			now,
		);
		expect(items.map((item) => `${item.kind}:${item.id}`)).toEqual([
			'notice:N-1',
			'known-error:KE-2',
		]);
	});

	test('on a page a notice linking to it stays, unlinked; a known error stays off its own page', () => {
		const s = status(
			[notice({ id: 'N-1', url: '/known-errors/vpn-drops/' })],
			[
				knownError({ id: 'KE-1', url: '/known-errors/vpn-drops/' }),
				knownError({ id: 'KE-2', title: 'Printing', url: '/known-errors/printing/' }),
			],
		);
		const shown = (path: string) =>
			getBannerItems(s, now, path).map((item) => `${item.kind}:${item.id} ${item.url}`);
		// N-1 and KE-1 are one item, the notice: on KE-1's page it still shows, without its link.
		expect(shown('/known-errors/vpn-drops/')).toEqual([
			'notice:N-1 null',
			'known-error:KE-2 /known-errors/printing/',
		]);
		expect(shown('/known-errors/printing/')).toEqual(['notice:N-1 /known-errors/vpn-drops/']);
		expect(shown('/')).toEqual([
			'notice:N-1 /known-errors/vpn-drops/',
			'known-error:KE-2 /known-errors/printing/',
		]);
	});

	test('the build sorts the items once and fits them to each page: the same items, in the same order', () => {
		const s = status(
			[
				notice({ id: 'N-1', url: '/known-errors/vpn-drops/' }),
				notice({ id: 'N-2', title: 'Maintenance', severity: 'maintenance', url: '/status/' }),
			],
			[
				knownError({ id: 'KE-1', url: '/known-errors/vpn-drops/' }),
				knownError({ id: 'KE-2', title: 'Printing', url: '/known-errors/printing/' }),
				knownError({ id: 'KE-3', title: 'Alpha', url: '/known-errors/alpha/' }),
			],
		);
		const all = getBannerItems(s, now);
		for (const path of ['/', '/status/', '/known-errors/vpn-drops/', '/known-errors/printing/']) {
			expect(fitBannerItemsToPage(all, path), path).toEqual(getBannerItems(s, now, path));
		}
	});

	test('a notice linking to the home page shows there, unlinked, outage or not', () => {
		for (const severity of ['outage', 'degraded', 'maintenance', 'info'] as const) {
			const s = status([notice({ id: 'N-1', severity, url: '/' })]);
			expect(getBannerItems(s, now, '/').map((item) => [item.id, item.url])).toEqual([
				['N-1', null],
			]);
			expect(getBannerItems(s, now, '/status/')[0]?.url).toBe('/');
		}
	});

	test('an unlinked notice keeps its dismissal: the page it is on does not change what it is', () => {
		const s = status([notice({ url: '/status/' })]);
		const elsewhere = getBannerItems(s, now, '/');
		const here = getBannerItems(s, now, '/status/');
		expect(here[0]?.url).toBeNull();
		expect(getDismissKey(here[0]!)).toBe(getDismissKey(elsewhere[0]!));
	});

	test('a dismissed item stays away until it changes', () => {
		const before = getBannerItems(status([notice()]), now);
		const dismissed = new Set([getDismissKey(before[0]!)]);
		expect(getVisibleItems(before, dismissed)).toEqual([]);
		const same = getBannerItems(status([notice()]), now);
		expect(getVisibleItems(same, dismissed)).toEqual([]);
		const changed = getBannerItems(status([notice({ message: 'Now longer than planned.' })]), now);
		expect(getVisibleItems(changed, dismissed).map((item) => item.id)).toEqual(['N-1']);
		const statusChange = getBannerItems(status([], [knownError()]), now);
		const dismissedError = new Set([getDismissKey(statusChange[0]!)]);
		const moved = getBannerItems(status([], [knownError({ status: 'fix-in-progress' })]), now);
		expect(getVisibleItems(moved, dismissedError)).toHaveLength(1);
	});

	test('only safe links are kept', () => {
		expect(getSafeUrl('/known-errors/x/')).toBe('/known-errors/x/');
		expect(getSafeUrl('https://status.example.com/x')).toBe('https://status.example.com/x');
		expect(getSafeUrl('javascript:alert(1)')).toBeNull();
		expect(getSafeUrl('//evil.example.com')).toBeNull();
		expect(getSafeUrl('data:text/html,<script>')).toBeNull();
		expect(
			getBannerItems(status([notice({ url: 'javascript:alert(1)' })]), now)[0]?.url,
		).toBeNull();
	});

	test('data older than the maximum age is stale', () => {
		const s = status([]);
		expect(isStatusStale(s, at('2026-11-23T09:15:00Z'), 15)).toBe(false);
		expect(isStatusStale(s, at('2026-11-23T09:15:01Z'), 15)).toBe(true);
	});
});

describe('the banner on the page it links to', () => {
	const item = (kind: 'notice' | 'known-error', url: string | null) => ({ kind, url, id: url });

	test('a link is to the page however the page is written', () => {
		for (const path of [
			'/known-errors/vpn-drops/',
			'/known-errors/vpn-drops',
			'/known-errors/vpn-drops/index.html',
			'/known-errors/vpn-drops/?q=vpn',
			'/known-errors/vpn-drops/#workaround',
		])
			expect(isLinkToPage('/known-errors/vpn-drops/', path), path).toBe(true);
		expect(isLinkToPage('/', '/index.html')).toBe(true);
		expect(isLinkToPage('/de/', '/de/index.html')).toBe(true);
		expect(isLinkToPage('/caf%C3%A9/', '/café/')).toBe(true);
	});

	test('another page, a full address or no link is not the page', () => {
		expect(isLinkToPage('/known-errors/vpn-drops/', '/known-errors/')).toBe(false);
		expect(isLinkToPage('/', '/de/')).toBe(false);
		expect(isLinkToPage('/known-errors/', '/known-errors/vpn-drops/')).toBe(false);
		expect(isLinkToPage('https://status.example.com/', '/')).toBe(false);
		expect(isLinkToPage('//evil.example/', '/')).toBe(false);
		expect(isLinkToPage(null, '/')).toBe(false);
		expect(isLinkToPage('/%E0%A4%A/', '/%E0%A4%A/')).toBe(true);
	});

	test('a notice is never hidden: on its page it loses the link only', () => {
		const items = [item('notice', '/'), item('notice', '/status/'), item('notice', null)];
		expect(fitBannerItemsToPage(items, '/')).toEqual([
			{ kind: 'notice', url: null, id: '/' },
			items[1],
			items[2],
		]);
		expect(items[0]?.url).toBe('/');
	});

	test('a known error’s own item stays off its own page only', () => {
		const items = [
			item('known-error', '/known-errors/a/'),
			item('known-error', '/known-errors/b/'),
		];
		expect(fitBannerItemsToPage(items, '/known-errors/a/')).toEqual([items[1]]);
		expect(fitBannerItemsToPage(items, '/')).toEqual(items);
	});

	test('every notice survives on every page, and only links to the page itself are dropped', () => {
		const paths = ['/', '/status/', '/known-errors/a/', '/de/', 'https://x.example/'];
		fc.assert(
			fc.property(
				fc.array(
					fc.record({
						kind: fc.constantFrom('notice' as const, 'known-error' as const),
						url: fc.option(fc.constantFrom(...paths), { nil: null }),
					}),
				),
				fc.constantFrom(...paths.slice(0, 4)),
				(items, path) => {
					const fitted = fitBannerItemsToPage(items, path);
					const notices = items.filter((entry) => entry.kind === 'notice');
					expect(fitted.filter((entry) => entry.kind === 'notice')).toHaveLength(notices.length);
					for (const entry of fitted) expect(isLinkToPage(entry.url, path)).toBe(false);
					expect(fitted.filter((entry) => entry.kind === 'known-error')).toEqual(
						items.filter((entry) => entry.kind === 'known-error' && entry.url !== path),
					);
				},
			),
		);
	});
});

describe('parsing status JSON from the network', () => {
	test('the documented shape is accepted', () => {
		const parsed = parseStatusJson(JSON.stringify(status([notice()], [knownError()])));
		expect(parsed.ok).toBe(true);
	});

	test.each([
		['<!doctype html><html>Maintenance page</html>', 'the response is not JSON'],
		['{"generated": "2026-11-23T09:00:00Z", "notices": [', 'the response is not JSON'],
		['null', 'the response has the wrong shape (document: expected an object)'],
		[
			'{"generated": "yesterday", "notices": [], "knownErrors": []}',
			'the response has the wrong shape (generated: expected an ISO date and time)',
		],
		[
			'{"generated": "2026-11-23T09:00:00Z", "notices": [{"id": "N-1"}], "knownErrors": []}',
			'the response has the wrong shape (notices.0.title: expected text)',
		],
		[
			'{"generated": "2026-11-23T09:00:00Z", "notices": []}',
			'the response has the wrong shape (knownErrors: expected a list)',
		],
	])('%s is refused: %s', (text, reason) => {
		expect(parseStatusJson(text)).toEqual({ ok: false, reason });
	});
});

describe('the browser check and the zod schema agree', () => {
	const documents = [
		JSON.stringify(status([notice()], [knownError()])),
		JSON.stringify(status([notice({ ends: null, url: null })], [knownError({ nextUpdate: null })])),
		JSON.stringify({ ...status([]), generated: 'yesterday' }),
		JSON.stringify(status([notice({ severity: 'down' as never })])),
		JSON.stringify(status([], [knownError({ services: 'VPN' as never })])),
		JSON.stringify({ generated: '2026-11-23T09:00:00Z', notices: [] }),
		'[]',
	];
	test.each(documents)('%s', (text) => {
		expect(parseStatusJson(text).ok).toBe(StatusJsonSchema.safeParse(JSON.parse(text)).success);
	});
});

describe('building status.json from content', () => {
	test('every notice in start order, only open known errors, links resolved', () => {
		const json = buildStatusJson(
			[
				{
					id: 'N-2',
					title: 'B',
					severity: 'info',
					starts: at('2026-11-25T00:00:00Z'),
					services: [],
					message: 'm',
					link: 'KB-1001',
				},
				{
					id: 'N-1',
					title: 'A',
					severity: 'outage',
					starts: at('2026-11-20T00:00:00Z'),
					ends: at('2026-11-21T00:00:00Z'),
					services: ['VPN'],
					message: 'm',
				},
			],
			[
				{
					id: 'KE-1',
					title: 'Open',
					status: 'workaround',
					severity: 'major',
					services: ['VPN'],
					url: '/known-errors/open/',
					nextUpdate: at('2026-11-24T09:00:00Z'),
				},
				{
					id: 'KE-2',
					title: 'Done',
					status: 'resolved',
					severity: 'major',
					services: ['VPN'],
					url: '/known-errors/done/',
				},
			],
			at('2026-11-23T09:00:00Z'),
			(link) => (link === 'KB-1001' ? '/articles/reset/' : null),
		);
		expect(json.notices.map((n) => [n.id, n.ends, n.url])).toEqual([
			['N-1', '2026-11-21T00:00:00.000Z', null],
			['N-2', null, '/articles/reset/'],
		]);
		expect(json.knownErrors.map((k) => [k.id, k.nextUpdate])).toEqual([
			['KE-1', '2026-11-24T09:00:00.000Z'],
		]);
		expect(parseStatusJson(JSON.stringify(json)).ok).toBe(true);
	});
});

describe('the status a page is built with', () => {
	test('keeps notices not yet ended and the most severe open known errors, and counts the rest', () => {
		const errors = [
			knownError({ id: 'KE-0001', severity: 'major' }),
			knownError({ id: 'KE-0002', severity: 'minor' }),
			knownError({ id: 'KE-0003', severity: 'critical' }),
			knownError({ id: 'KE-0004', severity: 'critical', status: 'resolved' }),
			knownError({ id: 'KE-0005', severity: 'major' }),
		];
		const { status: page, omitted } = getPageStatus(
			status(
				[
					notice({ id: 'N-1', ends: '2026-11-23T08:00:00Z' }),
					notice({ id: 'N-2' }),
					notice({ id: 'N-3', ends: null }),
				],
				errors,
			),
			at('2026-11-23T09:00:00Z'),
			2,
		);
		expect(page.notices.map((n) => n.id)).toEqual(['N-2', 'N-3']);
		expect(page.knownErrors.map((e) => e.id)).toEqual(['KE-0003', 'KE-0001']);
		expect(omitted).toBe(1);
		// What the page shows first is what the full status would show first.
		const now = at('2026-11-23T11:00:00Z');
		expect(getBannerItems(page, now).slice(0, 2)).toEqual(
			getBannerItems(
				status([notice({ id: 'N-2' }), notice({ id: 'N-3', ends: null })], errors),
				now,
			).slice(0, 2),
		);
	});
});
