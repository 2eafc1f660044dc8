import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';

/** A build moment, in milliseconds since the build process started. */
export interface PhaseMark {
	name: string;
	at: number;
}

/**
 * Marks where an `astro build` spends its time, for `npm run bench`: startup and config, content sync,
 * bundling, rendering, search indexing and the rest. `first` goes before every other integration,
 * `beforeIndex` and `afterIndex` around the search index, `last` after everything; `last` writes the
 * marks as JSON to `file`.
 */
export function buildPhases(
	file: string,
): Record<'first' | 'beforeIndex' | 'afterIndex' | 'last', AstroIntegration> {
	const marks: PhaseMark[] = [];
	const mark = (name: string) => {
		marks.push({ name, at: Math.round(performance.now()) });
	};
	return {
		first: {
			name: 'kb:build-phases',
			hooks: {
				'astro:config:done': () => mark('config done'),
				'astro:build:start': () => mark('content synced'),
				// Astro runs one bundler build per target; the last to finish ends bundling.
				'astro:build:setup': ({ vite }) => {
					vite.plugins = [
						...(vite.plugins ?? []),
						{ name: 'kb:build-phases', closeBundle: () => mark('bundled') },
					];
				},
				'astro:build:generated': () => mark('rendered'),
			},
		},
		beforeIndex: {
			name: 'kb:build-phases-index',
			hooks: { 'astro:build:done': () => mark('before index') },
		},
		afterIndex: {
			name: 'kb:build-phases-indexed',
			hooks: { 'astro:build:done': () => mark('indexed') },
		},
		last: {
			name: 'kb:build-phases-done',
			hooks: {
				'astro:build:done': () => {
					mark('done');
					writeFileSync(file, JSON.stringify(marks));
				},
			},
		},
	};
}
