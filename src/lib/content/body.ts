import { getEntryTypeOfId } from '../ids.ts';
import { suggestClosest } from '../edit-distance.ts';
import {
	describeHiddenCharacter,
	findHiddenCharacters,
	findLinkTargets,
	unsafeMarkup,
} from '../unsafe-content.ts';

/** The components authors may use in MDX (see src/components/mdx/). */
export const MDX_COMPONENTS = [
	'Answer',
	'Callout',
	'Check',
	'ErrorText',
	'Platform',
	'Platforms',
	'Solution',
	'Step',
	'Steps',
	'Troubleshooter',
];

interface BodyProblem {
	/** 1-based line in the body. */
	line: number;
	message: string;
	level?: 'warning';
}

/** The body without MDX comments (`{/* ... *\/}`), which readers never see. */
export function withoutComments(body: string): string {
	return body.replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
}

/** Blanks out fenced and inline code, keeping line numbers, so examples in code are not checked. */
export function withoutCode(body: string): string {
	return body
		.replace(/^(```|~~~)[\s\S]*?^\1.*$/gm, (block) => block.replace(/[^\n]/g, ' '))
		.replace(/`[^`\n]*`/g, (code) => ' '.repeat(code.length));
}

/** What every tag (`<`), Markdown link (`](`), reference definition (`]:`) or attribute (`=`) has. */
const MAY_HAVE_MARKUP_OR_LINK = /<|\]\(|\]:|=/;

/**
 * An MDX comment whose stars carry backslashes, as the browser editor's rich-text mode writes one back:
 * MDX then reads it as an expression, and readers see the note as text.
 */
const ESCAPED_COMMENT = /\{\/\\\*/;
const ESCAPED_COMMENT_MESSAGE =
	'this note is no longer a comment: its stars were escaped ({/\\* … \\*/}, as the rich-text editor writes it), so readers would see it; write it as {/* … */}';

/** Links that lead nowhere and components that do not exist, with their line in the body. */
export function checkBody(body: string, routes: ReadonlySet<string>): BodyProblem[] {
	// Invisible characters count inside code too: that is where readers copy from.
	const found = body.split('\n').flatMap(hiddenCharactersIn);
	withoutCode(body)
		.split('\n')
		.forEach((text, index) => {
			const line = index + 1;
			if (ESCAPED_COMMENT.test(text)) found.push({ line, message: ESCAPED_COMMENT_MESSAGE });
			// Most lines are prose: without these there is no tag, component or link to look at.
			if (!MAY_HAVE_MARKUP_OR_LINK.test(text)) return;
			for (const message of unsafeMarkup(text)) found.push({ line, message });
			for (const message of unknownComponentsIn(text)) found.push({ line, message });
			for (const message of deadLinksIn(text, routes)) found.push({ line, message });
		});
	return found;
}

function hiddenCharactersIn(text: string, index: number): BodyProblem[] {
	return findHiddenCharacters(text).map((hidden) => ({
		line: index + 1,
		message: describeHiddenCharacter(hidden),
		...(hidden.kind === 'zero-width' ? { level: 'warning' as const } : {}),
	}));
}

function unknownComponentsIn(text: string): string[] {
	const messages: string[] = [];
	for (const match of text.matchAll(/<([A-Z][A-Za-z0-9]*)\b/g)) {
		const name = match[1]!;
		if (MDX_COMPONENTS.includes(name)) continue;
		const close = suggestClosest(name, MDX_COMPONENTS);
		messages.push(
			`<${name}> is not a component you can use${close ? `; did you mean <${close}>?` : '.'} The components are ${MDX_COMPONENTS.join(', ')}`,
		);
	}
	return messages;
}

/** Links to a path of the portal that is not in `routes`; short links match in any letter case. */
function deadLinksIn(text: string, routes: ReadonlySet<string>): string[] {
	const messages: string[] = [];
	for (const link of findLinkTargets(text)) {
		if (!link.startsWith('/') || link.startsWith('//')) continue;
		const path = link.split(/[?#]/)[0]!;
		const id = getEntryTypeOfId(path.replace(/^\/|\/$/g, ''))
			? path.replace(/^\/|\/$/g, '').toUpperCase()
			: undefined;
		const asPage = /\.[a-z0-9]+$/i.test(path) || path.endsWith('/') ? path : `${path}/`;
		if (routes.has(asPage) || routes.has(path) || (id && routes.has(`/${id}`))) continue;
		messages.push(
			id
				? `the link ${link} leads nowhere: no published entry has the id ${id}`
				: `the link ${link} leads nowhere: no page of the portal has that address`,
		);
	}
	return messages;
}
