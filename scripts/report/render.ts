import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { ContentGapReport, TroubleshooterEnds } from '../../src/lib/content-gaps.ts';

/**
 * The content-gap report as one HTML page: tables support staff can act on, and charts drawn to SVG
 * here (Vega-Lite), so the file opens offline, in any browser or mail client, without running a script.
 */

const escape = (text: string | number) =>
	String(text).replace(
		/[&<>"']/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
	);

const percent = (share: number) => `${Math.round(share * 100)} %`;

const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif';

/** A Vega-Lite chart as an SVG string, with a text title and description for screen readers. */
async function drawChart(spec: TopLevelSpec, label: string): Promise<string> {
	const compiled = compile({
		...spec,
		config: {
			font: FONT,
			axis: { labelFontSize: 12, titleFontSize: 12, labelLimit: 260 },
			legend: { labelFontSize: 12, titleFontSize: 12, orient: 'bottom', labelLimit: 0 },
			view: { stroke: null },
			background: 'white',
		},
	} as TopLevelSpec).spec;
	const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
	const svg = await view.toSVG();
	view.finalize();
	return svg.replace('<svg ', `<svg role="img" aria-label="${escape(label)}" `);
}

/** Horizontal bars, one per label, split into coloured parts; biggest first. Empty without rows. */
function drawStackedBars(
	rows: { label: string; part: string; count: number }[],
	measure: string,
	colours: Record<string, string>,
	label: string,
): Promise<string> {
	if (rows.length === 0) return Promise.resolve('');
	return drawChart(
		{
			$schema: 'https://vega.github.io/schema/vega-lite/v6.json',
			width: 420,
			data: { values: rows },
			mark: 'bar',
			encoding: {
				y: { field: 'label', type: 'nominal', sort: '-x', title: null },
				x: { field: 'count', type: 'quantitative', title: measure, aggregate: 'sum' },
				color: {
					field: 'part',
					type: 'nominal',
					title: null,
					scale: { domain: Object.keys(colours), range: Object.values(colours) },
				},
			},
		},
		label,
	);
}

/** How each way a troubleshooter run ends reads in the report, with its colour. */
const RUN_OUTCOMES = {
	solved: { label: 'solved', colour: '#2f855a' },
	'not-solved': { label: 'not solved', colour: '#b42318' },
	contact: { label: 'asked the helpdesk', colour: '#e8a33d' },
	left: { label: 'left the page', colour: '#6b7280' },
} as const;

/** One troubleshooter: where its runs end, as bars by step and outcome, and as a table. */
async function renderTroubleshooter(
	ts: TroubleshooterEnds,
	link: (title: string, url: string, id: string) => string,
): Promise<string> {
	const name = `${ts.entry.id} ${ts.id}`;
	const chart = await drawStackedBars(
		ts.ends.map((end) => ({
			label: end.step,
			part: RUN_OUTCOMES[end.outcome].label,
			count: end.runs,
		})),
		'runs',
		Object.fromEntries(Object.values(RUN_OUTCOMES).map((o) => [o.label, o.colour])),
		`Bar chart: where runs of troubleshooter ${name} end, by step and outcome`,
	);
	const steps = [...new Set(ts.ends.map((end) => end.step))];
	const runs = (step: string, outcome: keyof typeof RUN_OUTCOMES) =>
		escape(ts.ends.find((end) => end.step === step && end.outcome === outcome)?.runs ?? 0);
	return `<h3>Troubleshooter <code>${escape(ts.id)}</code> in ${link(ts.entry.title, ts.entry.url, ts.entry.id)}</h3>
<p class="note">${escape(ts.runs)} runs: ${escape(ts.solved)} solved, ${escape(ts.notSolved)} not solved, ${escape(ts.contact)} asked the helpdesk, ${escape(ts.left)} left the page.</p>
<figure>${chart}</figure>
${table(
	`Where runs of ${name} end`,
	['Step', 'Solved', 'Not solved', 'Asked the helpdesk', 'Left the page here'],
	steps.map((step) => [
		`<code>${escape(step)}</code>`,
		runs(step, 'solved'),
		runs(step, 'not-solved'),
		runs(step, 'contact'),
		runs(step, 'left'),
	]),
	'No run of this troubleshooter ended in this period.',
)}`;
}

function table(caption: string, head: string[], rows: string[][], empty: string): string {
	if (rows.length === 0) return `<p class="empty">${escape(empty)}</p>`;
	// A wide table scrolls on its own on a phone instead of widening the page.
	return `<div class="table-scroll"><table><caption>${escape(caption)}</caption><thead><tr>${head
		.map((h) => `<th scope="col">${escape(h)}</th>`)
		.join('')}</tr></thead><tbody>${rows
		.map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`)
		.join('')}</tbody></table></div>`;
}

export async function renderReport(
	report: ContentGapReport,
	{ portalName, siteUrl, generated }: { portalName: string; siteUrl: string; generated: Date },
): Promise<string> {
	const day = (date: Date) => date.toISOString().slice(0, 10);
	const link = (title: string, url: string, id: string) =>
		url
			? `<a href="${escape(siteUrl + url)}">${escape(id)} ${escape(title)}</a>`
			: `${escape(id)} ${escape(title)}`;
	const ended = report.weekly.reduce((sum, w) => sum + w.ended, 0);
	const searches = report.totals.searches;

	const failedTop = report.failedSearches.slice(0, 12).flatMap((f) => [
		{ query: f.query, kind: 'found nothing', count: f.noResults },
		{ query: f.query, kind: 'found something, nothing opened', count: f.searches - f.noResults },
	]);
	const charts = {
		failed: await drawStackedBars(
			failedTop.map((row) => ({ label: row.query, part: row.kind, count: row.count })),
			'searches',
			{ 'found nothing': '#b42318', 'found something, nothing opened': '#e8a33d' },
			'Bar chart: the searches that most often found nothing or nothing opened',
		),
		weekly: report.weekly.length
			? await drawChart(
					{
						$schema: 'https://vega.github.io/schema/vega-lite/v6.json',
						width: 420,
						height: 180,
						data: {
							values: report.weekly.map((w) => ({
								week: w.week,
								share: w.share,
								searches: w.searches,
							})),
						},
						layer: [
							{
								mark: { type: 'bar', color: '#c9d7ea' },
								encoding: {
									x: { field: 'week', type: 'ordinal', title: 'week starting' },
									y: { field: 'searches', type: 'quantitative', title: 'searches' },
								},
							},
							{
								mark: { type: 'line', color: '#0a5bc4', point: true, strokeWidth: 3 },
								encoding: {
									x: { field: 'week', type: 'ordinal' },
									y: {
										field: 'share',
										type: 'quantitative',
										title: 'share ending in an opened entry',
										axis: { format: '.0%' },
										scale: { domain: [0, 1] },
									},
								},
							},
						],
						resolve: { scale: { y: 'independent' } },
					},
					'Chart: searches per week (bars) and the share that ended in an opened entry (line)',
				)
			: '',
		unhelpful: await drawStackedBars(
			report.unhelpful.slice(0, 10).flatMap((u) => [
				{ label: `${u.id} ${u.title}`, part: 'No, still stuck', count: u.no },
				{ label: `${u.id} ${u.title}`, part: 'Yes, it helped', count: u.yes },
			]),
			'votes',
			{ 'No, still stuck': '#b42318', 'Yes, it helped': '#2f855a' },
			'Bar chart: entries voted unhelpful, with their helpful votes',
		),
	};

	const troubleshooters = (
		await Promise.all(report.troubleshooters.map((ts) => renderTroubleshooter(ts, link)))
	).join('\n');

	const failedRows = report.failedSearches.map((f) => [
		`<q>${escape(f.query)}</q>`,
		escape(f.searches),
		escape(f.noResults),
		escape(f.opened),
		f.closest ? link(f.closest.title, f.closest.url, f.closest.id) : 'none',
		`<code>${escape(f.fix)}</code>`,
		escape(f.languages.join(', ')),
	]);

	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Content gaps, ${escape(day(report.from))} to ${escape(day(report.to))} | ${escape(portalName)}</title>
<style>
body { font: 16px/1.5 ${FONT}; color: #1b1f24; margin: 0 auto; padding: 1.5rem; max-width: 72rem; }
h1 { font-size: 1.75rem; margin: 0 0 .25rem; } h2 { font-size: 1.3rem; margin: 2.5rem 0 .5rem; }
.lead { color: #4d5561; margin-top: 0; }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: .75rem; padding: 0; list-style: none; }
.figures li { border: 1px solid #cdd3dc; border-radius: .5rem; padding: .75rem 1rem; }
.figures strong { display: block; font-size: 1.6rem; }
.table-scroll { overflow-x: auto; margin: .75rem 0; }
table { border-collapse: collapse; width: 100%; min-width: 40rem; font-size: .95rem; }
caption { text-align: left; font-weight: 600; padding-bottom: .25rem; }
th, td { text-align: left; vertical-align: top; padding: .4rem .6rem; border-bottom: 1px solid #cdd3dc; }
th { background: #f4f6f9; }
code { font: .85rem/1.4 ui-monospace, Menlo, Consolas, monospace; background: #f4f6f9; padding: .1rem .3rem; border-radius: .25rem; overflow-wrap: anywhere; }
figure { margin: 1rem 0; overflow-x: auto; } svg { max-width: 100%; height: auto; }
.empty, .note { color: #4d5561; }
</style>
</head>
<body>
<h1>What employees could not find</h1>
<p class="lead">${escape(portalName)}, ${escape(day(report.from))} to ${escape(day(report.to))}. Made ${escape(generated.toISOString().slice(0, 16).replace('T', ' '))} UTC from anonymous events: no names, no email addresses, nothing typed into the request form.</p>
<ul class="figures">
<li><strong>${escape(searches)}</strong> searches</li>
<li><strong>${escape(report.failedSearches.reduce((sum, f) => sum + f.searches, 0))}</strong> searches that found nothing or nothing opened</li>
<li><strong>${escape(searches ? percent(ended / searches) : '–')}</strong> of searches ended in an opened entry</li>
<li><strong>${escape(report.handoffs.sent)}</strong> requests sent to the helpdesk, ${escape(report.handoffs.sent ? percent(report.handoffs.share) : '–')} after a search</li>
</ul>

<h2>Searches that found nothing, or nothing anyone opened</h2>
<p class="note">Most searched first. "Closest entry" is the published entry sharing most words with the query; the fix is a line to act on (an alias goes in the entry's <code>aliases</code>, a synonym group in <code>content/synonyms.yaml</code>).</p>
${charts.failed ? `<figure>${charts.failed}</figure>` : ''}
${table('Searches without a good answer', ['Query', 'Searches', 'Found nothing', 'Opened', 'Closest entry', 'Suggested fix', 'Languages'], failedRows, 'Every search in this period found something that was opened.')}
${table(
	'The same searches, by the known word they are closest to',
	['Known word', 'Queries', 'Searches'],
	report.byClosestWord.map((g) => [
		`<code>${escape(g.word)}</code>`,
		g.queries.map((q) => `<q>${escape(q)}</q>`).join(', '),
		escape(g.searches),
	]),
	'No failed search looks like a misspelling of a word the portal uses.',
)}

<h2>Entries that did not help</h2>
${charts.unhelpful ? `<figure>${charts.unhelpful}</figure>` : ''}
${table(
	'Voted “No, I am still stuck”',
	['Entry', 'No', 'Yes'],
	report.unhelpful.map((u) => [link(u.title, u.url, u.id), escape(u.no), escape(u.yes)]),
	'No entry was voted unhelpful in this period.',
)}
${table(
	'Most often followed by a request to the helpdesk',
	['Entry', 'Requests sent', 'Requests started'],
	report.followedByHandoff.map((h) => [
		link(h.title, h.url, h.id),
		escape(h.sent),
		escape(h.started),
	]),
	'No request to the helpdesk started from an entry in this period.',
)}

<h2>Searches that end in an opened entry, per week</h2>
${charts.weekly ? `<figure>${charts.weekly}</figure>` : ''}
${table(
	'Per week',
	['Week starting', 'Searches', 'Ended in an opened entry', 'Share'],
	report.weekly.map((w) => [
		escape(w.week),
		escape(w.searches),
		escape(w.ended),
		escape(percent(w.share)),
	]),
	'No searches in this period.',
)}
<p class="note">Events carry no identifier, so an opened result is matched to a search by its query within the week. Of all ${escape(report.handoffs.sent)} requests sent, ${escape(report.handoffs.afterSearch)} came after a search.</p>

<h2>Where readers end in troubleshooters</h2>
<p class="note">One event per run, where it ended: a solution that helped or did not, a solution only the helpdesk can carry out, or the step where the reader left the page after answering at least one question. Troubleshooters with most runs not solved first; step ids are those in the entry's source.</p>
${troubleshooters || '<p class="empty">No troubleshooter run ended in this period.</p>'}

<h2>By language</h2>
${table(
	'By the language of the page',
	['Language', 'Searches', 'Found nothing', 'Results opened', 'Requests sent'],
	report.languages.map((l) => [
		escape(l.language),
		escape(l.searches),
		escape(l.failed),
		escape(l.opens),
		escape(l.handoffsSent),
	]),
	'No events in this period.',
)}
</body>
</html>
`;
}
