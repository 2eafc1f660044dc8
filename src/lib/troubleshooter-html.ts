/**
 * Ids and links inside a troubleshooter's rendered HTML.
 *
 * A `<Check>`, `<Answer>` or `<Solution>` does not know which troubleshooter it is in: authors write
 * `<Answer to="jobs">`, and translations repeat those ids with their own text. Astro gives a child no
 * way to read its parent's props, and it starts rendering a component's slot before the parent's own
 * frontmatter runs (and renders siblings side by side), so neither a shared variable nor an async
 * context set by the parent reaches the children reliably. Instead the children write
 * `PENDING_TROUBLESHOOTER` where the troubleshooter's id goes, and the troubleshooter renders its slot
 * to a string and fills the id in with `resolveTroubleshooterHtml`. The placeholder holds `<`, which
 * Astro escapes in text but leaves as it is in attribute values: only ids and links the components
 * wrote can match, never an author's words.
 */

/** Stands for the troubleshooter's id in the ids and links its steps render. */
export const PENDING_TROUBLESHOOTER = '<>';

/** The anchor of a troubleshooter (`ts-no-printout`), without `#`. */
export function getTroubleshooterAnchor(troubleshooter: string): string {
	return `ts-${troubleshooter}`;
}

/** The anchor of one of its steps (`ts-no-printout-display`), without `#`. */
export function getStepAnchor(troubleshooter: string, step: string): string {
	return `${getTroubleshooterAnchor(troubleshooter)}-${step}`;
}

const PENDING_ANCHOR = new RegExp(
	`(="#?)${escapeRegex(getTroubleshooterAnchor(PENDING_TROUBLESHOOTER))}(?=[-"])`,
	'g',
);
// The first check's opening tag, as Check.astro writes it: a real tag, since text has `<` escaped.
const FIRST_CHECK = /<div class="kb-ts__step kb-ts__check"[^>]*>/;

/**
 * The troubleshooter's rendered steps with its id in every step id and answer link, and `startHere`
 * (the catalog's "Start here", as text) at the top of the first check, where a reader starts. The note
 * is a control, like a step's "done" box, so search does not index it.
 */
export function resolveTroubleshooterHtml(html: string, id: string, startHere: string): string {
	const anchor = escapeHtml(getTroubleshooterAnchor(id));
	const note = `<p class="kb-ts__start" data-pagefind-ignore>${escapeHtml(startHere)}</p>`;
	return html
		.replace(PENDING_ANCHOR, (_, before: string) => `${before}${anchor}`)
		.replace(FIRST_CHECK, (tag) => `${tag}${note}`);
}

function escapeHtml(text: string): string {
	return text
		.replaceAll('&', '&amp;')
		.replaceAll('"', '&quot;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;');
}

function escapeRegex(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
