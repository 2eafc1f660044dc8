import { formatDateTime } from '../../i18n/dates.ts';
import type { MessageKey } from '../../i18n/en.ts';
import { ENTRY_ID } from '../ids.ts';
import { escapeHtml, fillSlots, getPreviewHref, wrapHtml } from './preview-html.ts';
import type { PreviewText } from './preview-mdx.ts';

/*
 * A notice as the status page lists it (src/components/NoticeItem.astro), for the editor's preview
 * pane. The form's values may be half typed: each shows as well as it can.
 */

export interface NoticePreviewInput {
	data: Readonly<Record<string, unknown>>;
	text: PreviewText & { lang: string };
}

function getText(data: Readonly<Record<string, unknown>>, key: string): string {
	const value = data[key];
	return typeof value === 'string' ? value : '';
}

function renderTime(value: string, lang: string): string {
	const date = new Date(value);
	if (!value || Number.isNaN(date.getTime())) return escapeHtml(value);
	return wrapHtml('time', { datetime: date.toISOString() }, escapeHtml(formatDateTime(date, lang)));
}

/** Where a notice's `link` leads: an entry's short link, or a web address that runs no code. */
function getNoticeHref(link: string): string | null {
	if (!link.trim()) return null;
	return ENTRY_ID.test(link.trim()) ? `/${link.trim()}` : getPreviewHref(link);
}

/** The notice as one item of the status page's list. */
export function renderNoticePreview({ data, text }: NoticePreviewInput): string {
	const { t, lang } = text;
	const severity = getText(data, 'severity');
	const services = Array.isArray(data.services)
		? data.services.filter((service): service is string => typeof service === 'string')
		: [];
	const ends = getText(data, 'ends');
	const severityLabel = text.has(`notice.${severity}`)
		? t(`notice.${severity}` as MessageKey)
		: severity;
	const when = [
		`${escapeHtml(severityLabel)} · ${escapeHtml(services.join(', '))} · `,
		fillSlots(t('notices.from'), { start: renderTime(getText(data, 'starts'), lang) }),
		ends ? ` ${fillSlots(t('notices.to'), { end: renderTime(ends, lang) })}` : '',
	].join('');
	const href = getNoticeHref(getText(data, 'link'));
	const item = wrapHtml(
		'li',
		{ class: 'kb-notice', 'data-notice-id': getText(data, 'id') },
		[
			`<h3>${escapeHtml(getText(data, 'title'))}</h3>`,
			wrapHtml('p', { class: 'kb-notice__when' }, when),
			`<p>${escapeHtml(getText(data, 'message'))}</p>`,
			href ? `<p>${wrapHtml('a', { href }, escapeHtml(t('notices.details')))}</p>` : '',
		].join(''),
	);
	return wrapHtml(
		'main',
		{ id: 'main' },
		wrapHtml('div', { class: 'kb-container' }, wrapHtml('ul', { class: 'kb-notice-list' }, item)),
	);
}
