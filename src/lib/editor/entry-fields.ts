import type { EntryCollection, Field } from '@sveltia/cms';
import type { z } from 'astro/zod';
import { ArticleSchema } from '../../schemas/article.ts';
import { KnownErrorSchema } from '../../schemas/known-error.ts';
import { NoticeSchema } from '../../schemas/notice.ts';
import { PolicySchema } from '../../schemas/policy.ts';
import {
	ArticleTranslationSchema,
	KnownErrorTranslationSchema,
	NoticeTranslationSchema,
	PolicyTranslationSchema,
	TRANSLATED_FIELDS,
} from '../../schemas/translation.ts';
import { ENTRY_ID, idPattern, type EntryType } from '../ids.ts';
import { getNextId } from '../scaffold.ts';
import { buildField, getShape, type FieldContext } from './fields.ts';
import { getFieldDocs, readSchemaDocs } from './schema-docs.ts';
import { BODY_IMAGE_ALT_PATTERN, SCREENSHOT_COMPONENT } from './screenshot.ts';

/** One collection of entries: its folder (and name), its schemas and where their doc comments are. */
export interface EntryCollectionSchemas {
	name: 'articles' | 'known-errors' | 'policies' | 'notices';
	type: EntryType | 'notice';
	label: string;
	singular: string;
	schema: z.core.$ZodType;
	translation: z.core.$ZodType;
	/** The schema constants in `src/schemas/` whose doc comments describe the fields. */
	docs: { source: string; translation: string };
}

/** The collections named after their folders, as DESIGN.md's "Browser editor" asks. */
export const ENTRY_COLLECTIONS: readonly EntryCollectionSchemas[] = [
	{
		name: 'articles',
		type: 'article',
		label: 'Articles',
		singular: 'Article',
		schema: ArticleSchema,
		translation: ArticleTranslationSchema,
		docs: { source: 'ArticleSchema', translation: 'ArticleTranslationSchema' },
	},
	{
		name: 'known-errors',
		type: 'known-error',
		label: 'Known errors',
		singular: 'Known error',
		schema: KnownErrorSchema,
		translation: KnownErrorTranslationSchema,
		docs: { source: 'KnownErrorSchema', translation: 'KnownErrorTranslationSchema' },
	},
	{
		name: 'policies',
		type: 'policy',
		label: 'Policies',
		singular: 'Policy',
		schema: PolicySchema,
		translation: PolicyTranslationSchema,
		docs: { source: 'PolicySchema', translation: 'PolicyTranslationSchema' },
	},
	{
		name: 'notices',
		type: 'notice',
		label: 'Notices',
		singular: 'Notice',
		schema: NoticeSchema,
		translation: NoticeTranslationSchema,
		docs: { source: 'NoticeSchema', translation: 'NoticeTranslationSchema' },
	},
];

/**
 * Fields of a translated list that stay as in the source: a policy's translated support matrix has
 * "the same rows, in the same order, with the same `who`" (DESIGN.md), and a link is not text to
 * translate. Sveltia copies them from the default language (`i18n: duplicate`).
 */
const DUPLICATED_IN_TRANSLATIONS = new Set(['supportMatrix.who', 'supportMatrix.link']);

/**
 * The field names of a source and its translation merged in order: the source's, with each field only
 * a translation has (`translatedFrom`) placed after the field it follows in the translation. Sveltia
 * writes fields in this order, so both kinds of file keep the order they are written in.
 */
export function mergeFieldOrder(source: string[], translation: string[]): string[] {
	const merged = [...source];
	translation.forEach((name, index) => {
		if (merged.includes(name)) return;
		const before = translation[index - 1];
		merged.splice(before ? merged.indexOf(before) + 1 : 0, 0, name);
	});
	return merged;
}

/** What a collection's fields depend on besides the schemas. */
export interface EntryFieldInput {
	categories: Array<{ key: string; label: string }>;
	entryIds: string[];
	multilingual: boolean;
}

/** The existing entry ids a `related` or `startHere` list may name, sorted. */
export function getEntryIdOptions(entryIds: readonly string[]): string[] {
	return [...new Set(entryIds.filter((id) => ENTRY_ID.test(id)))].sort();
}

const ID_EXAMPLES: Record<EntryType | 'notice', string> = {
	article: 'KB-1042',
	'known-error': 'KE-0042',
	policy: 'POL-001',
	notice: 'N-12',
};

/** The fields of one entry collection, in file order, with their i18n settings. */
export function buildEntryFields(
	collection: EntryCollectionSchemas,
	input: EntryFieldInput,
): Field[] {
	const docs = readSchemaDocs();
	const sourceDocs = getFieldDocs(docs, collection.docs.source);
	const translationDocs = getFieldDocs(docs, collection.docs.translation);
	const sourceShape = getShape(collection.schema);
	const translationShape = getShape(collection.translation);
	const translated = new Set(TRANSLATED_FIELDS[collection.type]);
	const idOptions = getEntryIdOptions(input.entryIds);
	const nextId = getNextId(collection.type, input.entryIds);
	const pattern = collection.type === 'notice' ? /^N-\d+$/ : idPattern(collection.type);

	const context: FieldContext = {
		getHint: (path) => sourceDocs.get(path) ?? translationDocs.get(path),
		customize: (path, field) => {
			const top = path.split('.')[0]!;
			let result: Record<string, unknown> = { ...field };
			if (path === 'id')
				result = {
					...result,
					// The next free id when the editor opens; `npm run check` catches one a draft took since.
					default: nextId,
					pattern: [pattern.source, `Write the id like ${ID_EXAMPLES[collection.type]}`],
				};
			// Sveltia refuses a select without options: with nothing to choose from yet (a new portal), the
			// field stays the text or list the schema makes, and `npm run check` checks what is typed.
			if (path === 'category' && input.categories.length > 0)
				result = {
					...result,
					widget: 'select',
					options: input.categories.map(({ key, label }) => ({
						label: `${label} (${key})`,
						value: key,
					})),
				};
			// A new timeline entry starts at the moment it is added, so posting an update takes seconds.
			if (path === 'updates.at') result = { ...result, default: '{{now}}' };
			if (path === 'related' && idOptions.length > 0)
				result = { ...result, widget: 'select', multiple: true, options: idOptions };
			if (input.multilingual && translated.has(top)) {
				if (path === 'id') result.i18n = 'duplicate';
				else if (path === top) result.i18n = true;
				else result.i18n = DUPLICATED_IN_TRANSLATIONS.has(path) ? 'duplicate' : true;
			} else if (input.multilingual && path === top) result.i18n = false;
			return result as Field;
		},
	};

	const order = mergeFieldOrder(Object.keys(sourceShape), Object.keys(translationShape));
	return order.flatMap((name): Field[] => {
		if (name in sourceShape) return [buildField(name, sourceShape[name]!, context)];
		// A field only translations have (`translatedFrom`): nothing to fill in a monolingual portal.
		if (!input.multilingual) return [];
		const field = buildField(name, translationShape[name]!, context);
		// `translatedFrom` is the source's `updated` date the translation was made from. The save hook on
		// the /admin/ page fills it in for a new translation; a translator who brings one up to date sets
		// it here. It is optional, so the source's own file never gets one (empty optional fields are not
		// written, and the save hook drops a date typed on the source), and translated, so each language
		// keeps its own date.
		return [{ ...field, required: false, i18n: true } as Field];
	});
}

/** The body of an entry: Markdown and MDX components kept byte for byte unless the author edits them. */
function getBodyField(multilingual: boolean): Field {
	return {
		name: 'body',
		label: 'Body',
		widget: 'markdown',
		// Raw first: the rich-text editor rewrites Markdown it did not change (`*x*` to `_x_`) and shows
		// MDX components as text, so it is there for those who want it, not the default.
		modes: ['raw', 'rich_text'],
		// Raw mode has no insert buttons. In rich text, the portal's screenshot button (alt text required,
		// see screenshot.ts) replaces Sveltia's image, whose alt text is optional.
		editor_components: [SCREENSHOT_COMPONENT.id, 'code-block'],
		pattern: BODY_IMAGE_ALT_PATTERN,
		hint: 'The page itself, in Markdown. To add a screenshot, switch to rich text (the Markdown button at the end of the toolbar), put the cursor where it goes and choose Screenshot; or write `![What it shows](./images/name.png)` with the file in the images folder.',
		...(multilingual ? { i18n: true } : {}),
	} as Field;
}

/** The Sveltia collection of one folder of entries. */
export function buildEntryCollection(
	collection: EntryCollectionSchemas,
	contentPath: string,
	input: EntryFieldInput,
): EntryCollection {
	const isNotice = collection.type === 'notice';
	const fields = buildEntryFields(collection, input);
	return {
		name: collection.name,
		label: collection.label,
		label_singular: collection.singular,
		folder: `${contentPath}/${collection.name}`,
		extension: isNotice ? 'yaml' : 'mdx',
		format: isNotice ? 'yaml' : 'yaml-frontmatter',
		identifier_field: 'title',
		summary: '{{fields.id}}: {{fields.title}}',
		// `<ID>-<slug>`, as `npm run new` names files: the id as written (the global slug options keep its
		// case), the title lower-cased. Not editable: a renamed file changes the page's URL, which only
		// `previousSlugs` keeps working.
		slug: {
			template: '{{fields.id}}-{{fields.title | lower}}',
			editable: false,
			...(input.multilingual ? { i18n: true } : {}),
		},
		// Sveltia records an entry's old URLs under `aliases` when its slug changes; here `aliases` are the
		// words users search with, and old slugs go in `previousSlugs` by hand.
		aliases_field: false,
		// Newest first, as staff look for what they posted last: ids grow over time (notices' ids are not
		// zero-padded, so notices sort by when they start).
		sortable_fields: isNotice
			? { fields: ['starts', 'title', 'id'], default: { field: 'starts', direction: 'descending' } }
			: { fields: ['id', 'title', 'updated'], default: { field: 'id', direction: 'descending' } },
		...(collection.type === 'known-error'
			? {
					// What staff update day to day: the known errors still open.
					view_filters: {
						filters: [{ name: 'open', label: 'Open', field: 'status', ne: 'resolved' }],
					},
				}
			: {}),
		...(isNotice
			? {}
			: {
					// Images live beside the entry, in the collection's `images` folder (a translation's in
					// `de/images`), which `npm run check` reads as screenshots, not entries; the Markdown names
					// them `./images/x.png`, which Astro's image pipeline resolves from the entry's own folder.
					media_folder: 'images',
					public_folder: './images',
				}),
		...(input.multilingual ? { i18n: true } : {}),
		fields: isNotice ? fields : [...fields, getBodyField(input.multilingual)],
	} as EntryCollection;
}
