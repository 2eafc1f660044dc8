import { formatDateTime, formatDay } from '../../i18n/dates.ts';
import { joinList } from '../../i18n/format.ts';
import type { MessageKey } from '../../i18n/en.ts';
import { isOpenStatus, isUpdateOverdue, sortUpdatesNewestFirst } from '../status.ts';
import { KNOWN_ERROR_STATUSES } from '../../schemas/enums.ts';
import type { KnownErrorStatus } from '../../schemas/known-error.ts';
import { escapeHtml, fillSlots, wrapHtml } from './preview-html.ts';
import { renderErrorText, renderPreviewBody, type PreviewText } from './preview-mdx.ts';
import type { ImageResolver } from './preview-markdown.ts';

/*
 * An entry as its page shows it, for the editor's preview pane: the header, a known error's facts
 * (status, severity, the next update or that it is overdue) and timeline newest first, a policy's
 * version and "who supports what", and the body. It mirrors src/layouts/EntryLayout.astro,
 * KnownErrorFacts.astro, Timeline.astro and SupportMatrix.astro, with the same classes, so the portal's
 * stylesheets apply. The values come from the editor's form as typed: any may be missing or malformed
 * while someone types, and each shows as well as it can rather than failing the whole preview.
 */

/** The editor's collections with a page of their own (DESIGN.md, "Browser editor"). */
export const PREVIEW_COLLECTIONS = ['articles', 'known-errors', 'policies'] as const;
export type PreviewCollection = (typeof PREVIEW_COLLECTIONS)[number];

const ENTRY_TYPES = {
	articles: 'article',
	'known-errors': 'known-error',
	policies: 'policy',
} as const;

export interface EntryPreviewInput {
	collection: PreviewCollection;
	/** The entry's fields as the form holds them (dates as the strings it writes). */
	data: Readonly<Record<string, unknown>>;
	/** The portal's text, and the language its dates are written in. */
	text: PreviewText & { lang: string };
	/** The reader's clock: a next update before it is overdue, as a reader would see it now. */
	now: Date;
	resolveImage?: ImageResolver | undefined;
}

function getString(data: Readonly<Record<string, unknown>>, key: string): string | undefined {
	const value = data[key];
	if (typeof value === 'string' && value.trim()) return value;
	if (typeof value === 'number') return String(value);
	return undefined;
}

function getStrings(data: Readonly<Record<string, unknown>>, key: string): string[] {
	const value = data[key];
	if (!Array.isArray(value)) return [];
	return value.filter((item): item is string => typeof item === 'string' && item.trim() !== '');
}

function getRecords(
	data: Readonly<Record<string, unknown>>,
	key: string,
): Readonly<Record<string, unknown>>[] {
	const value = data[key];
	if (!Array.isArray(value)) return [];
	return value.filter(
		(item): item is Record<string, unknown> => typeof item === 'object' && item !== null,
	);
}

/** A date or UTC datetime as the form writes it; anything else is still being typed. */
const ISO_DATE =
	/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

function parseDate(value: string | undefined): Date | undefined {
	if (!value || !ISO_DATE.test(value.trim())) return undefined;
	const date = new Date(value);
	return Number.isNaN(date.getTime()) ? undefined : date;
}

/** A date as FormattedDate.astro writes it, or the text as typed while it is not a date yet. */
function renderDate(value: string | undefined, lang: string, withTime = false): string {
	const date = parseDate(value);
	if (!date) return escapeHtml(value ?? '');
	const shown = withTime ? formatDateTime(date, lang) : formatDay(date, lang);
	return wrapHtml('time', { datetime: date.toISOString() }, escapeHtml(shown));
}

function renderFact(label: string, valueHtml: string, attributes: Record<string, string> = {}) {
	return wrapHtml('div', attributes, `<dt>${escapeHtml(label)}</dt><dd>${valueHtml}</dd>`);
}

function getStatus(value: string | undefined): KnownErrorStatus | undefined {
	return (KNOWN_ERROR_STATUSES as readonly string[]).includes(value ?? '')
		? (value as KnownErrorStatus)
		: undefined;
}

/** A badge as the page shows it, or nothing while the value is not one the portal knows. */
function renderBadge(kind: 'status' | 'severity', value: string | undefined, text: PreviewText) {
	const key = `${kind}.${value}`;
	if (!value || !text.has(key)) return escapeHtml(value ?? '');
	return wrapHtml(
		'span',
		{ class: `kb-badge kb-badge--${kind}-${value}` },
		escapeHtml(text.t(key as MessageKey)),
	);
}

function renderHeader(input: EntryPreviewInput): string {
	const { data, text, collection } = input;
	const { t, lang } = text;
	const id = getString(data, 'id') ?? '';
	const type = t(`type.${ENTRY_TYPES[collection]}` as MessageKey);
	const appliesTo = [
		...getStrings(data, 'platforms').map((p) =>
			text.has(`platform.${p}`) ? t(`platform.${p}` as MessageKey) : p,
		),
		...getStrings(data, 'devices').map((d) =>
			text.has(`device.${d}`) ? t(`device.${d}` as MessageKey) : d,
		),
	];
	const owner = getString(data, 'owner');
	const shortUrl = `/${id}`;
	const meta = [
		renderFact(t('entry.updated'), renderDate(getString(data, 'updated'), lang)),
		appliesTo.length > 0
			? renderFact(t('entry.appliesTo'), escapeHtml(joinList(lang, appliesTo)))
			: '',
		owner ? renderFact(t('entry.owner'), escapeHtml(owner)) : '',
		id
			? renderFact(t('entry.shortLink'), wrapHtml('a', { href: shortUrl }, escapeHtml(shortUrl)))
			: '',
	].join('');
	return wrapHtml(
		'header',
		{ class: 'kb-entry__header' },
		[
			wrapHtml('p', { class: 'kb-entry__eyebrow' }, escapeHtml(`${type} ${id}`.trim())),
			`<h1>${escapeHtml(getString(data, 'title') ?? '')}</h1>`,
			wrapHtml('p', { class: 'kb-entry__summary' }, escapeHtml(getString(data, 'summary') ?? '')),
			wrapHtml('dl', { class: 'kb-entry__meta', 'data-pagefind-ignore': true }, meta),
		].join(''),
	);
}

/** A known error's facts as KnownErrorFacts.astro shows them at `now`. */
export function renderKnownErrorFacts(input: EntryPreviewInput): string {
	const { data, text, now } = input;
	const { t, lang } = text;
	const status = getStatus(getString(data, 'status'));
	const open = !status || isOpenStatus(status);
	const nextUpdate = getString(data, 'nextUpdate');
	const overdue = open && isUpdateOverdue(parseDate(nextUpdate), now);
	const fixEta = getString(data, 'fixEta');
	const problemRef = getString(data, 'problemRef');
	const resolvedAt = getString(data, 'resolvedAt');
	const heading = wrapHtml(
		'h2',
		{ id: 'kb-facts-heading', class: 'kb-visually-hidden', 'data-pagefind-ignore': true },
		escapeHtml(t('facts.heading')),
	);
	const resolved =
		!open && resolvedAt
			? wrapHtml(
					'p',
					{ class: 'kb-facts__resolved' },
					fillSlots(t('facts.resolved'), { date: renderDate(resolvedAt, lang, true) }),
				)
			: '';
	const facts = [
		renderFact(t('facts.status'), renderBadge('status', getString(data, 'status'), text)),
		renderFact(t('facts.severity'), renderBadge('severity', getString(data, 'severity'), text)),
		renderFact(t('facts.affects'), escapeHtml(getStrings(data, 'services').join(', '))),
		renderFact(t('facts.firstSeen'), renderDate(getString(data, 'firstSeen'), lang, true)),
		// A fix date is a datetime; anything else ("next Tuesday's patch") is shown as written.
		open && fixEta
			? renderFact(
					t('facts.fixExpected'),
					/^\d{4}-\d{2}-\d{2}/.test(fixEta) ? renderDate(fixEta, lang, true) : escapeHtml(fixEta),
				)
			: '',
		open && nextUpdate
			? renderFact(
					t(overdue ? 'facts.updateOverdue' : 'facts.nextUpdate'),
					renderDate(nextUpdate, lang, true),
					{
						class: overdue
							? 'kb-facts__next-update kb-facts__next-update--overdue'
							: 'kb-facts__next-update',
						'data-next-update': parseDate(nextUpdate)?.toISOString() ?? nextUpdate,
					},
				)
			: '',
		problemRef
			? renderFact(t('facts.problemRecord'), `<code>${escapeHtml(problemRef)}</code>`)
			: '',
	].join('');
	const symptoms = getStrings(data, 'symptoms');
	const errors = getStrings(data, 'errorMessages');
	const recognise =
		symptoms.length > 0 || errors.length > 0
			? wrapHtml(
					'div',
					{ class: 'kb-facts__recognise' },
					[
						`<h3>${escapeHtml(t('facts.recognise'))}</h3>`,
						symptoms.length > 0
							? `<ul>${symptoms.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ul>`
							: '',
						errors.length > 0
							? `<p>${escapeHtml(t('facts.errorMessages'))}</p><div>${errors.map((e) => renderErrorText(e, t)).join('')}</div>`
							: '',
					].join(''),
				)
			: '';
	const section = wrapHtml(
		'section',
		{
			class: `kb-facts kb-facts--${open ? 'open' : 'resolved'}`,
			'aria-labelledby': 'kb-facts-heading',
		},
		`${heading}${resolved}${wrapHtml('dl', { class: 'kb-facts__list' }, facts)}${recognise}`,
	);
	return wrapHtml('kb-next-update', {}, section);
}

/** A known error's timeline as Timeline.astro shows it: newest first, whatever order it is typed in. */
export function renderTimeline(input: EntryPreviewInput): string {
	const { t, lang } = input.text;
	const updates = getRecords(input.data, 'updates').flatMap((update) => {
		const at = parseDate(typeof update.at === 'string' ? update.at : undefined);
		const note = typeof update.note === 'string' ? update.note : '';
		const status = typeof update.status === 'string' ? update.status : undefined;
		// An update is placed by its time; one without a valid time yet goes first, as the newest.
		return [{ at: at ?? new Date(8.64e15), shown: at, note, status }];
	});
	if (updates.length === 0) return '';
	const items = sortUpdatesNewestFirst(updates).map((update) => {
		const when = update.shown ? renderDate(update.shown.toISOString(), lang, true) : '';
		const badge = update.status ? renderBadge('status', update.status, input.text) : '';
		return `<li>${wrapHtml('p', { class: 'kb-timeline__when' }, `${when}${badge}`)}<p>${escapeHtml(update.note)}</p></li>`;
	});
	return wrapHtml(
		'section',
		{ class: 'kb-timeline', 'aria-labelledby': 'kb-timeline-heading' },
		`${wrapHtml('h2', { id: 'kb-timeline-heading' }, escapeHtml(t('timeline.heading')))}<ol>${items.join('')}</ol>`,
	);
}

/** A policy's version line and "who supports what" table, as its page shows them. */
function renderPolicyFacts(input: EntryPreviewInput): string {
	const { data, text } = input;
	const { t, lang } = text;
	const version = fillSlots(t('policy.version'), {
		version: escapeHtml(getString(data, 'version') ?? ''),
		date: renderDate(getString(data, 'effective'), lang),
	});
	const line = wrapHtml('p', { class: 'kb-policy-version' }, version);
	const rows = getRecords(data, 'supportMatrix');
	if (rows.length === 0) return line;
	const body = rows
		.map((row) => {
			const who = typeof row.who === 'string' ? row.who : '';
			const route = text.has(`route.${who}`)
				? wrapHtml(
						'span',
						{ class: `kb-route kb-route--${who}` },
						escapeHtml(t(`route.${who}` as MessageKey)),
					)
				: escapeHtml(who);
			const topic = typeof row.topic === 'string' ? row.topic : '';
			const how = typeof row.how === 'string' ? row.how : '';
			return wrapHtml(
				'tr',
				{ 'data-support-route': who },
				`<th scope="row"><span>${escapeHtml(topic)}</span></th><td>${route}</td><td><span>${escapeHtml(how)}</span></td>`,
			);
		})
		.join('');
	const head = `<thead><tr>${(['matrix.topic', 'matrix.who', 'matrix.how'] as const).map((key) => `<th scope="col">${escapeHtml(t(key))}</th>`).join('')}</tr></thead>`;
	const table = wrapHtml(
		'div',
		{
			class: 'kb-table-scroll',
			role: 'region',
			'aria-labelledby': 'kb-support-matrix-heading',
			tabindex: '0',
		},
		`<table>${head}<tbody>${body}</tbody></table>`,
	);
	return `${line}${wrapHtml(
		'section',
		{ class: 'kb-support-matrix', 'aria-labelledby': 'kb-support-matrix-heading' },
		`${wrapHtml('h2', { id: 'kb-support-matrix-heading' }, escapeHtml(t('matrix.heading')))}${table}`,
	)}`;
}

/** The whole entry as its page shows it, inside the page's main column. */
export function renderEntryPreview(input: EntryPreviewInput): string {
	const { collection, data, text } = input;
	const body = typeof data.body === 'string' ? data.body : '';
	const before =
		collection === 'known-errors'
			? renderKnownErrorFacts(input)
			: collection === 'policies'
				? renderPolicyFacts(input)
				: '';
	const after = collection === 'known-errors' ? renderTimeline(input) : '';
	const prose = wrapHtml(
		'div',
		{ class: 'kb-prose' },
		renderPreviewBody(body, { text, resolveImage: input.resolveImage }),
	);
	const article = wrapHtml(
		'article',
		{ class: 'kb-entry', 'data-entry-type': ENTRY_TYPES[collection] },
		`${renderHeader(input)}${before}${prose}${after}`,
	);
	return wrapHtml('main', { id: 'main' }, wrapHtml('div', { class: 'kb-container' }, article));
}
