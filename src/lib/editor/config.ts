import type { Backend, CmsConfig, Field, FileCollection } from '@sveltia/cms';
import { getSiteLanguages } from '../../i18n/languages.ts';
import { CategorySchema } from '../../schemas/categories.ts';
import { SiteSchema, type EditorSettings, type Site } from '../../schemas/site.ts';
import { SynonymsSchema } from '../../schemas/synonyms.ts';
import { buildEntryCollection, ENTRY_COLLECTIONS, getEntryIdOptions } from './entry-fields.ts';
import { buildField, buildFields, getShape, type FieldContext } from './fields.ts';
import { getContainerDoc, getFieldDocs, readSchemaDocs } from './schema-docs.ts';

/** The Sveltia CMS configuration, as JSON: what `CMS.init({ config })` takes. */
export type EditorConfig = CmsConfig;

export interface EditorConfigInput {
	/** The parsed `site.yaml`. */
	site: Site;
	/** `categories.yaml` in the default language: its keys and titles. */
	categories: Array<{ key: string; label: string }>;
	/**
	 * Every existing id: entries (KB-…, KE-…, POL-…) for `related` and the next free ids, and notices
	 * (N-…) for the next free notice id.
	 */
	entryIds: string[];
	/** The content folder relative to the repository root, normally `content`. */
	contentPath: string;
	/** The portal's public address, when the build knows it; Sveltia otherwise uses the editor page's origin. */
	siteUrl?: string | undefined;
}

/**
 * The fields of `site.yaml` support staff edit: the portal's name and the helpdesk's contact details
 * and opening hours, and the "Start here" list. The others are the operator's (languages, the handoff
 * transport, status and analytics addresses, the editor's own backend): changing them changes how the
 * portal works, and they belong in a reviewed change to the repository, not a form. Sveltia keeps a
 * field it does not know when it saves the file (moved to the end), so leaving them out loses nothing.
 */
export const SITE_AUTHOR_FIELDS = [
	'portalName',
	'organisation',
	'helpdeskEmail',
	'phone',
	'openingHours',
	'startHere',
] as const;
export const SITE_OPERATOR_FIELDS = [
	'defaultLanguage',
	'languages',
	'handoff',
	'statusUrl',
	'statusMaxAgeMinutes',
	'feedbackUrl',
	'analyticsUrl',
	'editor',
] as const;

/** The fields of `site.<lang>.yaml`: what a reader sees of the site settings in their language. */
const SITE_TRANSLATED_FIELDS = new Set(['portalName', 'openingHours']);

/**
 * Without `editor` in `site.yaml` there is no git host to sign in to, and `/admin/` works only through
 * Sveltia's "Work with Local Repository" (Chrome or Edge on localhost, the folder picker). Sveltia still
 * needs a git backend with an `owner/name` repository to offer that: this one names no real repository
 * (its name only appears in "select the root directory of the helpdesk-portal repository"), and allows
 * only the token sign-in, since Sveltia needs at least one method and OAuth would send the editor to a
 * third-party host for a repository that does not exist.
 */
export const LOCAL_BACKEND = {
	// Gitea, not GitHub: with a GitHub backend Sveltia polls www.githubstatus.com every few minutes,
	// a request to another host that the editor's policy refuses (seen only in the browser).
	name: 'gitea',
	repo: 'local/helpdesk-portal',
	auth_methods: ['token'],
} as const satisfies Backend;

/** Sveltia's backend for the `editor` settings of `site.yaml`. */
export function buildBackend(editor: EditorSettings | undefined): Backend {
	if (!editor) return { ...LOCAL_BACKEND, auth_methods: [...LOCAL_BACKEND.auth_methods] };
	return {
		name: editor.backend,
		repo: editor.repo,
		branch: editor.branch,
		...(editor.apiRoot ? { api_root: editor.apiRoot } : {}),
		// The OAuth helper (e.g. Sveltia CMS Authenticator) holds the client secret; the page holds none.
		...(editor.authUrl ? { base_url: editor.authUrl } : {}),
		// GitLab signs in without a secret (PKCE) with the application's public client id.
		...(editor.appId ? { app_id: editor.appId } : {}),
		...(editor.appId && editor.backend === 'gitlab' ? { auth_type: 'pkce' } : {}),
	} as Backend;
}

/** The fields of `site.yaml` authors edit, in the schema's order. */
function buildSiteFields(input: EditorConfigInput, multilingual: boolean): Field[] {
	const hints = getFieldDocs(readSchemaDocs(), 'SiteSchema');
	const shape = getShape(SiteSchema);
	const authorFields = new Set<string>(SITE_AUTHOR_FIELDS);
	const idOptions = getEntryIdOptions(input.entryIds);
	const context: FieldContext = {
		getHint: (path) => hints.get(path),
		customize: (path, field) => {
			let result: Record<string, unknown> = { ...field };
			// A select needs options (see entry-fields.ts): a portal without entries keeps a list of ids.
			if (path === 'startHere' && idOptions.length > 0)
				result = { ...result, widget: 'select', multiple: true, max: 8, options: idOptions };
			if (multilingual) result.i18n = SITE_TRANSLATED_FIELDS.has(path);
			return result as Field;
		},
	};
	return Object.keys(shape)
		.filter((name) => authorFields.has(name))
		.map((name) => buildField(name, shape[name]!, context));
}

/**
 * One object per category of `categories.yaml`: its title, description and icon. New categories are
 * added in the file itself, since a key is part of URLs and of every entry that names it.
 */
function buildCategoryFields(input: EditorConfigInput, multilingual: boolean): Field[] {
	const hints = getFieldDocs(readSchemaDocs(), 'CategorySchema');
	return input.categories.map(({ key, label }) => {
		const context: FieldContext = {
			getHint: (path) => hints.get(path.slice(key.length + 1)),
			customize: (path, field) =>
				(multilingual
					? // `categories.<lang>.yaml` holds the title and description in that language.
						{ ...field, i18n: path.endsWith('.title') || path.endsWith('.description') }
					: field) as Field,
		};
		return {
			name: key,
			label,
			widget: 'object',
			collapsed: true,
			hint: `Entries name this category as \`${key}\`.`,
			fields: buildFields(getShape(CategorySchema), context, `${key}.`),
			...(multilingual ? { i18n: true } : {}),
		} as Field;
	});
}

/** `synonyms.yaml` is a list at the top of the file: groups of words, each group a list. */
function buildSynonymFields(multilingual: boolean): Field[] {
	const doc = getContainerDoc(readSchemaDocs(), 'SynonymsSchema');
	const field = buildField('groups', SynonymsSchema, { getHint: () => doc }) as Field & {
		field: Field;
	};
	return [
		{
			...field,
			label: 'Synonym groups',
			label_singular: 'Synonym group',
			field: { ...field.field, label: 'Words that mean the same' },
			root: true,
			required: false,
			// Each language has its own groups (`synonyms.de.yaml`), not translations of these.
			...(multilingual ? { i18n: true } : {}),
		} as Field,
	];
}

/** The site's data files: settings, categories and synonyms. */
function buildSiteDataCollection(input: EditorConfigInput, multilingual: boolean): FileCollection {
	// `site.{{locale}}.yaml` is `site.yaml` in the default language (its locale left out of the path)
	// and `site.de.yaml` in German: the files the portal reads.
	const file = (name: string) =>
		`${input.contentPath}/${name}${multilingual ? '.{{locale}}' : ''}.yaml`;
	const i18n = multilingual ? { i18n: true } : {};
	return {
		name: 'site-data',
		label: 'Site settings',
		...i18n,
		files: [
			{
				name: 'site',
				label: 'Portal settings',
				file: file('site'),
				format: 'yaml',
				...i18n,
				fields: buildSiteFields(input, multilingual),
			},
			// Sveltia refuses a file without fields; categories are added in the file itself.
			...(input.categories.length > 0
				? [
						{
							name: 'categories',
							label: 'Categories',
							file: file('categories'),
							format: 'yaml',
							...i18n,
							fields: buildCategoryFields(input, multilingual),
						},
					]
				: []),
			{
				name: 'synonyms',
				label: 'Synonyms',
				file: file('synonyms'),
				format: 'yaml',
				...i18n,
				fields: buildSynonymFields(multilingual),
			},
		],
	} as FileCollection;
}

/**
 * The browser editor's configuration, generated from the schemas and the content as it is now. There
 * is no `locale` option: Sveltia takes the editor's language from the browser and warns that it ignores
 * one. `logo.src` is the current name of the `logo_url` option.
 */
export function buildEditorConfig(input: EditorConfigInput): EditorConfig {
	const { site, contentPath } = input;
	const languages = getSiteLanguages(site);
	const multilingual = languages.length > 1;
	const entryInput = { categories: input.categories, entryIds: input.entryIds, multilingual };
	return {
		backend: buildBackend(site.editor),
		app_title: `${site.portalName}: editor`,
		...(input.siteUrl ? { site_url: input.siteUrl } : {}),
		// The portal's own icon, from its own origin: /admin/ loads nothing from another host.
		logo: { src: '/favicon.svg' },
		// Uploads outside an entry (the global asset library) are served as they are from /images/;
		// images of an entry go beside it (see the collections' `media_folder`).
		media_folder: 'public/images',
		public_folder: '/images',
		// A screenshot keeps its name, made safe for an address: a Mac's `Screenshot 2026-12-07 at
		// 10.15.32.png` has spaces, which end a Markdown image's address.
		media_libraries: { all: { slugify_filename: true } },
		slug: {
			// Keep the id's case (`KB-1042`); titles are lower-cased in the template. Letters with accents
			// and other scripts become plain ASCII (`zurücksetzen` → `zuruecksetzen`), as the portal's
			// own slugs are, and anything else becomes a hyphen (`6.3` → `6-3`).
			lowercase: false,
			clean_accents: true,
			encoding: 'ascii',
			sanitize_replacement: '-',
		},
		...(multilingual
			? {
					i18n: {
						structure: 'multiple_folders',
						locales: languages,
						default_locale: site.defaultLanguage,
						omit_default_locale_from_file_path: true,
						// A new entry starts in the default language alone; a translator adds a language later.
						// With every language on, a new article would need its title in each before saving.
						initial_locales: 'default',
						// A translation names its source by `id`, the same in every language.
						canonical_slug: { key: 'id', value: '{{fields.id}}' },
					},
				}
			: {}),
		output: { omit_empty_optional_fields: true },
		collections: [
			...ENTRY_COLLECTIONS.map((collection) =>
				buildEntryCollection(collection, contentPath, entryInput),
			),
			buildSiteDataCollection(input, multilingual),
		],
	} as EditorConfig;
}
