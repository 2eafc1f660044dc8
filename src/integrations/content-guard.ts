import type { AstroIntegration } from 'astro';
import type { ContentReport } from '../lib/content/report.ts';
import { formatProblem } from '../lib/content/problem.ts';

/**
 * Checks the whole content folder before Astro loads it, with the same schemas and cross-entry rules as
 * `npm run check`. Any error stops the build with one line per problem (file, field, what is allowed),
 * so an invalid entry can never be skipped or published by accident.
 */
export function contentGuard(dir: string, report: ContentReport): AstroIntegration {
	return {
		name: 'kb:content-guard',
		hooks: {
			'astro:config:setup': ({ logger }) => {
				const { problems, entries } = report;
				const errors = problems.filter((p) => p.level === 'error');
				for (const warning of problems.filter((p) => p.level === 'warning')) {
					logger.warn(formatProblem(warning));
				}
				if (errors.length > 0) {
					const count = `${errors.length} error${errors.length === 1 ? '' : 's'}`;
					throw new Error(
						`The content in ${dir} has ${count}; nothing was built:\n${errors.map(formatProblem).join('\n')}`,
					);
				}
				logger.info(`${entries.length} entries checked in ${dir}`);
			},
		},
	};
}
