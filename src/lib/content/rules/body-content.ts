import { checkBody } from '../body.ts';
import { getKnownRoutes } from '../known-routes.ts';
import type { CrossEntryRule } from './context.ts';

/**
 * Every body links only to pages of the portal that exist, uses only the MDX components there are, and
 * holds no unsafe markup or hidden characters; each problem is at its line in the file.
 */
export const bodyContent: CrossEntryRule = (context) => {
	const routes = getKnownRoutes(context);
	return context.entries.flatMap((entry) =>
		checkBody(entry.body, routes).map((problem) => ({
			level: problem.level ?? 'error',
			file: entry.file,
			field: 'body',
			message: problem.message,
			line: entry.bodyLine + problem.line - 1,
		})),
	);
};
