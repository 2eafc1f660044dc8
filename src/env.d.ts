declare namespace App {
	interface Locals {
		/** The site's data files, shared by every page of the build (see src/middleware.ts). */
		portal: import('./collections.ts').PortalData;
	}
}
