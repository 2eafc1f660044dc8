declare namespace App {
	interface Locals {
		/** The site's data files, shared by every page of the build (see src/middleware.ts). */
		portal: import('./collections.ts').PortalData;
		/** The page's language and its text (see src/i18n/page.ts). */
		i18n: import('./i18n/page.ts').PageI18n;
	}
}

/** What /admin/ needs from the content folder, worked out by src/integrations/editor-bundle.ts. */
declare module 'virtual:kb-editor-page' {
	const page: ReturnType<typeof import('./integrations/editor-bundle.ts').getEditorPageData>;
	export default page;
}
