import type { Plugin } from 'vite';
import { removeCdnFontFaces } from '../lib/editor/cdn-fonts.ts';

/** The module of Sveltia CMS's npm build that carries the CDN font rules. */
const SVELTIA_MODULE = /[\\/]@sveltia[\\/]cms[\\/]npm[\\/]index\.js$/;

/**
 * A Vite plugin for the editor's bundle (build and `npm run dev`): Sveltia CMS without the `@font-face`
 * rules that would load its fonts from a public CDN. A package update that moves them fails the build,
 * so a new CDN request cannot slip in unnoticed.
 */
export function editorBundle(): Plugin {
	return {
		name: 'kb:editor-bundle',
		enforce: 'pre',
		transform(code, id) {
			if (!SVELTIA_MODULE.test(id.split('?')[0] ?? '')) return null;
			const { code: result, removed } = removeCdnFontFaces(code);
			if (removed === 0 && code.includes('cdn.jsdelivr.net/fontsource'))
				this.error('Sveltia CMS loads fonts from a CDN in a way the editor bundle does not know.');
			return { code: result, map: null };
		},
	};
}
