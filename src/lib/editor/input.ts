import { join, relative } from 'node:path';
import { listFiles } from '../content/files.ts';
import { readSiteData } from '../content/site-data.ts';
import { ENTRY_FOLDERS, parseEntryFileName } from '../ids.ts';
import type { EditorConfigInput } from './config.ts';

/**
 * The ids in use in a content folder, from the file names of the entries and notices in the default
 * language (drafts included, so the next free id is really free; translations share their source's).
 */
export function readContentIds(contentDir: string): string[] {
	const ids = new Set<string>();
	for (const folder of [...Object.values(ENTRY_FOLDERS), 'notices'])
		for (const name of listFiles(join(contentDir, folder))) {
			if (/[\\/]/.test(name)) continue;
			const parsed = parseEntryFileName(name);
			if (parsed) ids.add(parsed.id);
		}
	return [...ids].sort();
}

/**
 * What `buildEditorConfig` needs, read from a content folder the way the build reads it; undefined
 * while `site.yaml` or `categories.yaml` is missing or invalid (`npm run check` says why).
 */
export function readEditorConfigInput(
	contentDir: string,
	repositoryRoot = process.cwd(),
): EditorConfigInput | undefined {
	const data = readSiteData(contentDir);
	if (!data.site || !data.categories) return undefined;
	return {
		site: data.site,
		categories: Object.entries(data.categories).map(([key, { title }]) => ({ key, label: title })),
		entryIds: readContentIds(contentDir),
		contentPath: relative(repositoryRoot, contentDir).split(/[\\/]/).join('/') || '.',
	};
}
