import { makeProblem } from '../problem.ts';
import { withoutComments } from '../body.ts';
import type { CrossEntryRule } from './context.ts';

/**
 * A published entry has something for the reader below its frontmatter; MDX comments do not count,
 * since readers never see them.
 */
export const emptyBody: CrossEntryRule = (context) =>
	context.entries
		.filter((entry) => !entry.data.draft && !withoutComments(entry.body).trim())
		.map((entry) =>
			makeProblem(
				'error',
				entry.file,
				'is empty: write what the reader should do below the frontmatter, or set draft: true until it is ready',
				'body',
				entry.bodyLine,
			),
		);
