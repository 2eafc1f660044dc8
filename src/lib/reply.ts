/**
 * Text agents paste into ticket replies: plain, short, with the short link that never breaks.
 */

/** Markdown and MDX reduced to the words a reader sees. */
export function toPlainText(markdown: string): string {
	return markdown
		.replace(
			/<Step\b[^>]*\btitle=(?:"([^"]*)"|'([^']*)')[^>]*>/g,
			(_, a: string, b: string) => `${a ?? b}: `,
		)
		.replace(
			/<ErrorText\b[^>]*\btext=(?:"([^"]*)"|'([^']*)'|\{'([^']*)'\}|\{"([^"]*)"\})[^>]*\/>/g,
			(_, a, b, c, d) => `"${a ?? b ?? c ?? d}"`,
		)
		.replace(/<\/?[A-Za-z][^>]*>/g, ' ')
		.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
		.replace(/`([^`]*)`/g, '$1')
		.replace(/(\*\*|__)(.*?)\1/g, '$2')
		.replace(/(^|\W)[*_]([^*_\n]+)[*_](?=\W|$)/g, '$1$2')
		.replace(/^\s{0,3}(?:[-*+]|\d+\.)\s+/gm, '')
		.replace(/^\s{0,3}>\s?/gm, '')
		.replace(/[ \t]+/g, ' ')
		.replace(/ +([:.,;])/g, '$1')
		.trim();
}

/**
 * The body of a known error's workaround section (`## Workaround`, under the heading of the body's
 * language, from the catalog), or undefined when it has none.
 */
export function getWorkaroundSection(body: string, heading: string): string | undefined {
	const name = heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const match = new RegExp(`^##\\s+${name}\\s*$([\\s\\S]*?)(?=^##\\s|(?![\\s\\S]))`, 'imu').exec(
		body,
	);
	return match?.[1]?.trim() || undefined;
}

/** The first sentence a reader meets in the workaround ("Open GlobalProtect: On Windows, select ..."). */
export function getWorkaroundFirstLine(body: string, heading: string): string | undefined {
	const section = getWorkaroundSection(body, heading);
	if (!section) return undefined;
	const text = toPlainText(section)
		.replace(/\s*\n\s*/g, ' ')
		.trim();
	if (!text) return undefined;
	const sentence = /^(.+?[.!?])(\s|$)/.exec(text)?.[1] ?? text;
	if (sentence.length <= 240) return sentence;
	// Never half an emoji before the ellipsis.
	const cut = sentence.slice(0, 239).replace(/[\uD800-\uDBFF]$/, '');
	return `${cut.trimEnd()}…`;
}

export interface ReplyInput {
	title: string;
	summary: string;
	/** Absolute short link: https://help.example.com/KB-1042 */
	link: string;
	/** Known errors: the status as readers see it. */
	status?: string | undefined;
	workaround?: string | undefined;
}

/**
 * The reply text: title, one-sentence summary, and for known errors the status and first workaround step,
 * labelled in the page's language.
 */
export function buildReplyText(
	input: ReplyInput,
	labels: { status: string; workaround: string },
): string {
	const lines = [input.title, input.summary];
	if (input.status) lines.push(`${labels.status}: ${input.status}`);
	if (input.workaround) lines.push(`${labels.workaround}: ${input.workaround}`);
	lines.push(input.link);
	return lines.join('\n');
}
