/**
 * `npm run check:links [-- dist]`: checks every internal link, asset and anchor in a built site.
 * Prints one line per broken link (`page: link: reason`) and exits 1 when there is any.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkLinks } from '../src/lib/link-check.ts';

const dir = resolve(process.argv[2] ?? process.env.KB_OUT_DIR ?? 'dist');
const files = new Map<string, string>();
for (const name of readdirSync(dir, { recursive: true }) as string[]) {
	const path = name.split('\\').join('/');
	if (path.startsWith('pagefind/')) {
		files.set(path, '');
		continue;
	}
	try {
		files.set(
			path,
			/\.(html|xml|json|txt|css|js|svg)$/.test(path) ? readFileSync(join(dir, name), 'utf8') : '',
		);
	} catch {
		// A folder: nothing to read.
	}
}
const problems = checkLinks(files);
for (const problem of problems) console.log(`${problem.page}: ${problem.link}: ${problem.reason}`);
const pages = [...files.keys()].filter((path) => path.endsWith('.html')).length;
console.log(
	`${pages} pages checked in ${dir}: ${problems.length} broken link${problems.length === 1 ? '' : 's'}`,
);
process.exitCode = problems.length > 0 ? 1 : 0;
