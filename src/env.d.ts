declare namespace App {
	interface Locals {
		/** The site's data files, shared by every page of the build (see src/middleware.ts). */
		portal: import('./collections.ts').PortalData;
		/** The page's language and its text (see src/i18n/page.ts). */
		i18n: import('./i18n/page.ts').PageI18n;
	}
}

interface ImportMetaEnv {
	/**
	 * Set by the kb:redirect-pages integration in `astro build` only: render one redirect page template
	 * per language, from which the integration writes every redirect page (the dev server renders each).
	 */
	readonly KB_REDIRECT_TEMPLATES?: boolean;
	/** Set by the kb:editor-bundle integration: true in `astro build`, whose /admin/ gets the bundle. */
	readonly KB_EDITOR_BUNDLED?: boolean;
}

/** What /admin/ needs from the content folder, worked out by src/integrations/editor-bundle.ts. */
declare module 'virtual:kb-editor-page' {
	const page: ReturnType<typeof import('./integrations/editor-bundle.ts').getEditorPageData>;
	export default page;
}
