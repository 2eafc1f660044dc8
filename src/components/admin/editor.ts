/**
 * The browser editor at /admin/: Sveltia CMS, bundled by the build from its npm package (its fonts,
 * WebAssembly and workers are emitted beside it), so it loads nothing from another host. The
 * configuration is generated at build time from the schemas and handed over in the page.
 */
import CMS from '@sveltia/cms';
import type { CmsConfig } from '@sveltia/cms';
import {
	getDefaultDraftPaths,
	getTranslatedFromChanges,
	type SavedEntry,
} from '../../lib/editor/save-hooks.ts';

/** The editor's entry as an Immutable.js map, as far as the save hook uses it. */
interface EntryMap {
	toJS(): SavedEntry;
	setIn(path: string[], value: unknown): EntryMap;
	deleteIn(path: string[]): EntryMap;
}

const element = document.getElementById('kb-editor-config');
const config = JSON.parse(element?.textContent ?? '{}') as CmsConfig;

CMS.registerEventListener({
	name: 'preSave',
	handler: ({ entry }) => {
		let map = entry as unknown as EntryMap;
		const saved = map.toJS();
		for (const [lang, date] of getTranslatedFromChanges(saved))
			map = map.setIn(['i18n', lang, 'data', 'translatedFrom'], date);
		for (const path of getDefaultDraftPaths(saved)) map = map.deleteIn(path);
		return map as unknown as typeof entry;
	},
});

// Preview templates with the portal's styles: registered here once the editor-preview branch lands.

void CMS.init({ config: { ...config, load_config_file: false } });
