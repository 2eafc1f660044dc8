/**
 * What the browser editor at `/admin/` needs on top of the portal's policy, and nothing more. Sveltia
 * CMS styles its interface with inline `style` elements and attributes (without them it is unstyled and
 * cannot save), runs image and parsing work in `blob:` workers, previews in a `blob:` frame, shows
 * and reads picked images as `blob:` URLs, and talks to one git host's API. It needs no `'unsafe-eval'`.
 */

/** The part of `site.yaml`'s `editor` the policy depends on. */
export interface EditorHost {
	backend: string;
	apiRoot?: string | undefined;
}

/** Public API hosts of the backends that have one; Gitea and Forgejo are always self-hosted. */
const PUBLIC_API: Record<string, string> = {
	github: 'https://api.github.com',
	gitlab: 'https://gitlab.com',
};

/** The git host's API origin the editor calls, or none (local repository only, or no known host). */
export function getGitApiOrigins(editor: EditorHost | undefined): string[] {
	if (!editor) return [];
	const api = editor.apiRoot ?? PUBLIC_API[editor.backend];
	if (!api) return [];
	try {
		return [new URL(api).origin];
	} catch {
		return [];
	}
}

/**
 * Directives the editor page adds to the portal's: sources are merged into the same directive (so
 * `worker-src 'self'` becomes `worker-src 'self' blob:`). Astro can add to a page's policy, not take
 * away, so the portal's own outbound origins (handoff webhook, status feed) stay in `connect-src`.
 */
export function getEditorDirectives(gitOrigins: string[]): string[] {
	return [
		// `blob:`: an uploaded screenshot is read back from its `blob:` address before it is saved.
		`connect-src ${["'self'", 'data:', 'blob:', ...gitOrigins].join(' ')}`,
		"img-src 'self' data: blob:",
		"worker-src 'self' blob:",
		"frame-src 'self' blob:",
	];
}

/**
 * `style-src` sources of the editor page. `'unsafe-inline'` alone would be ignored next to a hash,
 * which is why the page lists no style hashes at all.
 */
export const EDITOR_STYLE_SOURCES = ["'self'", "'unsafe-inline'"] as const;
