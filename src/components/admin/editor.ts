/**
 * The browser editor at /admin/: Sveltia CMS, bundled by the build from its npm package (its fonts,
 * WebAssembly and workers are emitted beside it), so it loads nothing from another host. The
 * configuration is generated at build time from the schemas and handed over in the page.
 */
import CMS from '@sveltia/cms';
import type { CmsConfig } from '@sveltia/cms';
import {
	getPathsToDrop,
	getTranslatedFromChanges,
	type SavedEntry,
} from '../../lib/editor/save-hooks.ts';
import { getPageStylesheets, mergeStylesheets } from '../../lib/editor/preview-styles.ts';
import { SCREENSHOT_COMPONENT } from '../../lib/editor/screenshot.ts';
import { registerPreviews } from './preview.ts';

/** The editor's entry as an Immutable.js map, as far as the save hook uses it. */
interface EntryMap {
	toJS(): SavedEntry;
	setIn(path: string[], value: unknown): EntryMap;
	deleteIn(path: string[]): EntryMap;
}

const readJson = (id: string): unknown =>
	JSON.parse(document.getElementById(id)?.textContent ?? '{}');
const config = readJson('kb-editor-config') as CmsConfig;
const preview = readJson('kb-editor-preview') as { pages?: string[]; language?: string };

/** The stylesheets readers' entry pages load, read from the pages (a page that fails adds none). */
async function readPreviewStylesheets(pages: string[]): Promise<string[]> {
	const found = await Promise.all(
		pages.map(async (page) => {
			try {
				const response = await fetch(page);
				return response.ok ? getPageStylesheets(await response.text()) : [];
			} catch {
				return [];
			}
		}),
	);
	return mergeStylesheets(...found);
}

CMS.registerEventListener({
	name: 'preSave',
	handler: ({ entry }) => {
		let map = entry as unknown as EntryMap;
		const saved = map.toJS();
		for (const [lang, date] of getTranslatedFromChanges(saved))
			map = map.setIn(['i18n', lang, 'data', 'translatedFrom'], date);
		for (const path of getPathsToDrop(saved)) map = map.deleteIn(path);
		return map as unknown as typeof entry;
	},
});

// The body's rich-text mode inserts screenshots with this button (see the body field's `editor_components`).
CMS.registerEditorComponent(SCREENSHOT_COMPONENT);

// The preview shows entries as readers see them, with the portal's own stylesheets.
void readPreviewStylesheets(preview.pages ?? []).then((stylesheets) => {
	registerPreviews(CMS as unknown as Parameters<typeof registerPreviews>[0], {
		stylesheets,
		language: preview.language,
	});
	return CMS.init({ config: { ...config, load_config_file: false } });
});
