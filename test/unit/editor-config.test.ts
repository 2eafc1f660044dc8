import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Field } from '@sveltia/cms';
import { Ajv } from 'ajv';
import { describe, expect, test } from 'vitest';
import { readSiteData } from '../../src/lib/content/site-data.ts';
import { ENTRY_COLLECTIONS, mergeFieldOrder } from '../../src/lib/editor/entry-fields.ts';
import {
	buildBackend,
	buildEditorConfig,
	LOCAL_BACKEND,
	SITE_AUTHOR_FIELDS,
	SITE_OPERATOR_FIELDS,
} from '../../src/lib/editor/config.ts';
import { readContentIds, readEditorConfigInput } from '../../src/lib/editor/input.ts';
import { BODY_IMAGE_ALT_PATTERN } from '../../src/lib/editor/screenshot.ts';
import { getFieldDocs, readSchemaDocs } from '../../src/lib/editor/schema-docs.ts';
import { dateKinds } from '../../src/schemas/fields.ts';
import { SiteSchema } from '../../src/schemas/site.ts';
import { TRANSLATED_FIELDS } from '../../src/schemas/translation.ts';

/*
 * The generated configuration is checked against the schemas by walking the zod shapes here, apart
 * from the generator: a schema field that does not reach the editor, in its place, with its type,
 * `required` and doc comment, fails these tests.
 */

type Schema = { _zod: { def: Record<string, unknown> & { type: string } } };

interface SchemaField {
	path: string;
	optional: boolean;
	/** `date`, `datetime`, `enum`, `boolean`, `array`, `object`, `string`, … */
	kind: string;
	options?: readonly string[];
	/** The enum of a list of enums. */
	elementOptions?: readonly string[];
}

function peel(schema: Schema): { schema: Schema; optional: boolean } {
	let current = schema;
	let optional = false;
	for (;;) {
		if (dateKinds.has(current as never)) return { schema: current, optional };
		const def = current._zod.def;
		if (def.type === 'optional' || def.type === 'default') {
			optional = true;
			current = def.innerType as Schema;
		} else if (def.type === 'pipe') {
			const { in: input, out } = def as unknown as { in: Schema; out: Schema };
			current = input._zod.def.type === 'transform' ? out : input;
		} else return { schema: current, optional };
	}
}

/** Every field of an object schema, nested objects and lists of objects included, in order. */
function walkSchema(schema: Schema, prefix = ''): SchemaField[] {
	const shape = (schema._zod.def as unknown as { shape: Record<string, Schema> }).shape;
	return Object.entries(shape).flatMap(([name, field]) => {
		const path = prefix + name;
		const { schema: inner, optional } = peel(field);
		const date = dateKinds.get(inner as never)?.kind;
		const def = inner._zod.def;
		const own: SchemaField = { path, optional, kind: date ?? def.type };
		if (def.type === 'enum') own.options = Object.values(def.entries as Record<string, string>);
		if (def.type === 'object') return [own, ...walkSchema(inner, `${path}.`)];
		if (def.type === 'array') {
			const element = peel(def.element as Schema).schema;
			const elementDef = element._zod.def;
			if (elementDef.type === 'enum')
				own.elementOptions = Object.values(elementDef.entries as Record<string, string>);
			if (elementDef.type === 'object') return [own, ...walkSchema(element, `${path}.`)];
		}
		return [own];
	});
}

type ConfigField = Field & Record<string, unknown>;

/** Every field of a Sveltia field list by path, nested fields included, in order. */
function walkConfig(fields: readonly Field[], prefix = ''): Array<[string, ConfigField]> {
	return fields.flatMap((field) => {
		const f = field as ConfigField;
		const path = prefix + f.name;
		const nested = (f.fields as Field[] | undefined) ?? [];
		return [[path, f] as [string, ConfigField], ...walkConfig(nested, `${path}.`)];
	});
}

const input = readEditorConfigInput(join(process.cwd(), 'content'))!;
const config = buildEditorConfig(input);
const collections = config.collections as Array<Record<string, unknown> & { name: string }>;
const collectionFields = (name: string) =>
	walkConfig(collections.find((collection) => collection.name === name)!.fields as Field[]);

/** Is `sub` in `list` in the same order (not necessarily next to each other)? */
function isInOrder(sub: readonly string[], list: readonly string[]): boolean {
	let at = 0;
	for (const item of list) if (item === sub[at]) at++;
	return at === sub.length;
}

describe('every schema field reaches the editor', () => {
	for (const collection of ENTRY_COLLECTIONS) {
		describe(collection.name, () => {
			const fields = collectionFields(collection.name);
			const byPath = new Map(fields);
			const paths = fields.map(([path]) => path);
			const source = walkSchema(collection.schema as unknown as Schema);
			const translation = walkSchema(collection.translation as unknown as Schema);

			test('every field of the source and its translation, nested ones included, in schema order', () => {
				const missing = [...source, ...translation]
					.map(({ path }) => path)
					.filter((path) => !byPath.has(path));
				expect(missing).toEqual([]);
				expect(
					isInOrder(
						source.map(({ path }) => path),
						paths,
					),
				).toBe(true);
				expect(
					isInOrder(
						translation.map(({ path }) => path),
						paths,
					),
				).toBe(true);
				// Nothing the schemas do not have, but the body of the MDX.
				const known = new Set([...source, ...translation].map(({ path }) => path));
				expect(paths.filter((path) => !known.has(path))).toEqual(
					collection.name === 'notices' ? [] : ['body'],
				);
			});

			test('required as the schema says', () => {
				for (const { path, optional } of source)
					expect([path, byPath.get(path)!.required]).toEqual([path, !optional]);
			});

			test('every field has its doc comment as the hint', () => {
				const docs = readSchemaDocs();
				const sourceDocs = getFieldDocs(docs, collection.docs.source);
				const translationDocs = getFieldDocs(docs, collection.docs.translation);
				const undocumented: string[] = [];
				for (const { path } of [...source, ...translation]) {
					const doc = sourceDocs.get(path) ?? translationDocs.get(path);
					if (!doc) undocumented.push(path);
					expect([path, byPath.get(path)!.hint]).toEqual([path, doc]);
				}
				expect(undocumented).toEqual([]);
			});

			test('enums are selects of exactly their values, labelled', () => {
				for (const { path, options, elementOptions } of source) {
					const values = options ?? elementOptions;
					if (!values) continue;
					const field = byPath.get(path)!;
					expect(field.widget).toBe('select');
					expect(field.multiple ?? false).toBe(Boolean(elementOptions));
					const fieldOptions = field.options as Array<{ label: string; value: string }>;
					expect(fieldOptions.map(({ value }) => value)).toEqual([...values]);
					for (const { label } of fieldOptions) expect(label.trim()).not.toBe('');
				}
			});

			test('dates write YYYY-MM-DD, moments in time UTC with a Z', () => {
				for (const { path, kind } of source) {
					const field = byPath.get(path)!;
					if (kind === 'date')
						expect(field).toMatchObject({
							widget: 'datetime',
							type: 'date',
							time_format: false,
							format: 'YYYY-MM-DD',
						});
					else if (kind === 'datetime')
						expect(field).toMatchObject({
							widget: 'datetime',
							format: 'YYYY-MM-DDTHH:mm:ss[Z]',
							output_utc: true,
						});
					else expect(field.widget).not.toBe('datetime');
				}
			});

			test('fields a translation holds are translated, the id duplicated, the rest kept out', () => {
				const translated = new Set(TRANSLATED_FIELDS[collection.type]);
				for (const [path, field] of fields.filter(([path]) => !path.includes('.'))) {
					const expected =
						path === 'id' ? 'duplicate' : translated.has(path) || path === 'body' ? true : false;
					expect([path, field.i18n]).toEqual([path, expected]);
				}
			});
		});
	}

	test('a known error keeps the doc of each field where it is written', () => {
		const byPath = new Map(collectionFields('known-errors'));
		expect(byPath.get('status')!.hint).toBe('Where the problem stands now.');
		expect(byPath.get('updates.status')!.hint).toBe(
			'The status from this update on, when it changed.',
		);
		expect(byPath.get('updated')!.hint).toBe('When the content last changed meaningfully.');
		expect(new Map(collectionFields('policies')).get('supportMatrix.who')!.hint).toBe(
			'Who handles it.',
		);
	});

	test('statuses, severities and routes carry the labels the portal shows', () => {
		const status = new Map(collectionFields('known-errors')).get('status')!;
		expect(status.options).toContainEqual({ label: 'Workaround available', value: 'workaround' });
		const who = new Map(collectionFields('policies')).get('supportMatrix.who')!;
		expect(who.options).toContainEqual({ label: 'Mobile carrier', value: 'carrier' });
		const platforms = new Map(collectionFields('articles')).get('platforms')!;
		expect(platforms.options).toContainEqual({ label: 'iPhone and iPad', value: 'ios' });
	});

	test('long texts get a text area, short ones a line', () => {
		const ke = new Map(collectionFields('known-errors'));
		expect(ke.get('summary')!.widget).toBe('text');
		expect(ke.get('updates.note')!.widget).toBe('text');
		expect(ke.get('title')).toMatchObject({ widget: 'string', maxlength: 120 });
		expect(ke.get('fixEta')!.widget).toBe('string');
		expect(ke.get('errorMessages')!.widget).toBe('list');
		expect(ke.get('updates')!.widget).toBe('list');
		expect(new Map(collectionFields('notices')).get('message')!.widget).toBe('text');
		expect(new Map(collectionFields('policies')).get('supportMatrix.how')!.widget).toBe('text');
	});
});

describe('fields built from the content', () => {
	test('the input is read from the content folder as the build reads it', () => {
		expect(input.contentPath).toBe('content');
		expect(input.categories[0]).toEqual({ key: 'accounts', label: 'Accounts and passwords' });
		const ids = readContentIds('content');
		expect(ids).toEqual(input.entryIds);
		expect(ids).toContain('KB-1001');
		expect(ids).toContain('N-10');
		// German and Polish translations share their source's id, so each id is there once.
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids).toHaveLength(17 + 6 + 1 + 4);
	});

	test('category offers the keys of categories.yaml with their titles', () => {
		const category = new Map(collectionFields('articles')).get('category')!;
		const keys = Object.keys(readSiteData('content').categories!);
		expect((category.options as Array<{ value: string }>).map(({ value }) => value)).toEqual(keys);
		expect(category.options).toContainEqual({
			label: 'Accounts and passwords (accounts)',
			value: 'accounts',
		});
	});

	test('related offers every existing entry id, notices left out', () => {
		const related = new Map(collectionFields('known-errors')).get('related')!;
		const ids = input.entryIds.filter((id) => !id.startsWith('N-')).sort();
		expect(related).toMatchObject({ widget: 'select', multiple: true, options: ids });
	});

	test('a new entry gets the next free id of its collection', () => {
		const ids = Object.fromEntries(
			ENTRY_COLLECTIONS.map(({ name }) => [
				name,
				new Map(collectionFields(name)).get('id')!.default,
			]),
		);
		expect(ids).toEqual({
			articles: 'KB-1018',
			'known-errors': 'KE-0046',
			policies: 'POL-002',
			notices: 'N-11',
		});
		const first = buildEditorConfig({ ...input, entryIds: [] });
		const firstIds = (first.collections as Array<{ fields: ConfigField[] }>)
			.slice(0, 4)
			.map(({ fields }) => fields[0]!.default);
		expect(firstIds).toEqual(['KB-1001', 'KE-0001', 'POL-001', 'N-1']);
	});

	test('a new portal without entries or categories still gets a configuration Sveltia accepts', () => {
		const empty = buildEditorConfig({ ...input, entryIds: [], categories: [] });
		const articles = new Map(
			walkConfig((empty.collections as Array<{ fields: Field[] }>)[0]!.fields),
		);
		expect(articles.get('category')!.widget).toBe('string');
		expect(articles.get('related')!.widget).toBe('list');
		const files = (empty.collections as Array<{ files?: Array<{ name: string }> }>)[4]!.files!;
		expect(files.map(({ name }) => name)).toEqual(['site', 'synonyms']);
		expect(validateConfig(empty)).toEqual([]);
	});

	test('the timeline entry starts at now, so adding one takes seconds', () => {
		expect(new Map(collectionFields('known-errors')).get('updates.at')!.default).toBe('{{now}}');
	});

	test('translatedFrom is an optional date a translator can set (the save hook fills a new one)', () => {
		const field = new Map(collectionFields('articles')).get('translatedFrom')!;
		expect(field).not.toHaveProperty('readonly');
		expect(field).toMatchObject({
			required: false,
			i18n: true,
			widget: 'datetime',
		});
	});

	test('lists show the newest first; known errors can be narrowed to the open ones', () => {
		const byName = new Map(
			(config.collections ?? []).map((c) => [c.name, c as Record<string, unknown>]),
		);
		expect(byName.get('known-errors')!.sortable_fields).toEqual({
			fields: ['id', 'title', 'updated'],
			default: { field: 'id', direction: 'descending' },
		});
		expect(byName.get('known-errors')!.view_filters).toEqual({
			filters: [{ name: 'open', label: 'Open', field: 'status', ne: 'resolved' }],
		});
		expect(byName.get('notices')!.sortable_fields).toMatchObject({
			default: { field: 'starts', direction: 'descending' },
		});
		expect(byName.get('articles')).not.toHaveProperty('view_filters');
	});

	test("a policy's translated support matrix keeps who and link from the source", () => {
		const policy = new Map(collectionFields('policies'));
		expect(policy.get('supportMatrix')!.i18n).toBe(true);
		expect(policy.get('supportMatrix.topic')!.i18n).toBe(true);
		expect(policy.get('supportMatrix.how')!.i18n).toBe(true);
		expect(policy.get('supportMatrix.who')!.i18n).toBe('duplicate');
		expect(policy.get('supportMatrix.link')!.i18n).toBe('duplicate');
	});

	test('the body is raw Markdown first, so MDX survives byte for byte', () => {
		const body = new Map(collectionFields('articles')).get('body')!;
		expect(body).toMatchObject({ widget: 'markdown', modes: ['raw', 'rich_text'], i18n: true });
	});

	test('the body inserts screenshots with the portal’s button and refuses an image without alt text', () => {
		const body = new Map(collectionFields('articles')).get('body')!;
		expect(body).toMatchObject({
			editor_components: ['screenshot', 'code-block'],
			pattern: BODY_IMAGE_ALT_PATTERN,
		});
		expect(body.hint).toContain('choose Screenshot');
		expect(config.media_libraries).toEqual({ all: { slugify_filename: true } });
	});
});

describe('collections and files', () => {
	test('collections are named after their folders, entries as <ID>-<slug>', () => {
		expect(collections.map(({ name }) => name)).toEqual([
			'articles',
			'known-errors',
			'policies',
			'notices',
			'site-data',
		]);
		for (const collection of collections.slice(0, 3))
			expect(collection).toMatchObject({
				folder: `content/${collection.name}`,
				extension: 'mdx',
				format: 'yaml-frontmatter',
				slug: { template: '{{fields.id}}-{{fields.title | lower}}', i18n: true },
				media_folder: 'images',
				public_folder: './images',
				i18n: true,
			});
		expect(collections[3]).toMatchObject({
			folder: 'content/notices',
			extension: 'yaml',
			format: 'yaml',
		});
		expect(collections[3]).not.toHaveProperty('media_folder');
		expect(config.slug).toEqual({
			lowercase: false,
			clean_accents: true,
			encoding: 'ascii',
			sanitize_replacement: '-',
		});
	});

	test('languages from site.yaml, the default one without a folder', () => {
		expect(config.i18n).toEqual({
			structure: 'multiple_folders',
			locales: ['en-GB', 'de', 'pl'],
			default_locale: 'en-GB',
			omit_default_locale_from_file_path: true,
			initial_locales: 'default',
			canonical_slug: { key: 'id', value: '{{fields.id}}' },
		});
		expect(config.output).toEqual({ omit_empty_optional_fields: true });
	});

	test('site.yaml: the fields authors edit, in order; every other one is named as the operator’s', () => {
		const all = Object.keys(SiteSchema.shape);
		expect([...SITE_AUTHOR_FIELDS, ...SITE_OPERATOR_FIELDS].sort()).toEqual([...all].sort());
		const files = collections[4]!.files as Array<{ name: string; file: string; fields: Field[] }>;
		const site = files.find(({ name }) => name === 'site')!;
		expect(site.file).toBe('content/site.{{locale}}.yaml');
		expect(site.fields.map(({ name }) => name)).toEqual(
			all.filter((name) => (SITE_AUTHOR_FIELDS as readonly string[]).includes(name)),
		);
		const docs = getFieldDocs(readSchemaDocs(), 'SiteSchema');
		for (const field of site.fields as ConfigField[]) {
			expect(field.hint).toBe(docs.get(field.name));
			expect(field.i18n).toBe(field.name === 'portalName' || field.name === 'openingHours');
		}
	});

	test('categories: one group per key of categories.yaml; synonyms: a list at the top of the file', () => {
		const files = collections[4]!.files as Array<{
			name: string;
			file: string;
			fields: ConfigField[];
		}>;
		const categories = files.find(({ name }) => name === 'categories')!;
		expect(categories.file).toBe('content/categories.{{locale}}.yaml');
		expect(categories.fields.map(({ name }) => name)).toEqual(
			input.categories.map(({ key }) => key),
		);
		const fields = (categories.fields[0]!.fields as ConfigField[]).map(({ name, i18n, hint }) => ({
			name,
			i18n,
			hint: Boolean(hint),
		}));
		expect(fields).toEqual([
			{ name: 'title', i18n: true, hint: true },
			{ name: 'description', i18n: true, hint: true },
			{ name: 'icon', i18n: false, hint: true },
		]);
		const synonyms = files.find(({ name }) => name === 'synonyms')!;
		expect(synonyms.file).toBe('content/synonyms.{{locale}}.yaml');
		expect(synonyms.fields[0]).toMatchObject({
			widget: 'list',
			root: true,
			i18n: true,
			field: { widget: 'list' },
		});
	});

	test('a portal in one language has no language settings and no translatedFrom', () => {
		const single = buildEditorConfig({
			...input,
			site: { ...input.site, languages: undefined, defaultLanguage: 'en' },
		});
		expect(single).not.toHaveProperty('i18n');
		const articles = (single.collections as Array<{ name: string; fields: ConfigField[] }>)[0]!;
		expect(articles.fields.map(({ name }) => name)).not.toContain('translatedFrom');
		expect(articles.fields.some((field) => 'i18n' in field)).toBe(false);
		expect(validateConfig(single)).toEqual([]);
	});
});

describe('backend', () => {
	test('github, gitlab and gitea from site.yaml, with a self-hosted API and sign-in helper', () => {
		expect(
			buildBackend({ backend: 'github', repo: 'northwind/helpdesk-portal', branch: 'main' }),
		).toEqual({ name: 'github', repo: 'northwind/helpdesk-portal', branch: 'main' });
		expect(
			buildBackend({
				backend: 'gitlab',
				repo: 'it/web/helpdesk-portal',
				branch: 'main',
				apiRoot: 'https://git.example.com/api/v4',
				authUrl: 'https://auth.example.com',
			}),
		).toEqual({
			name: 'gitlab',
			repo: 'it/web/helpdesk-portal',
			branch: 'main',
			api_root: 'https://git.example.com/api/v4',
			base_url: 'https://auth.example.com',
		});
		expect(
			buildBackend({
				backend: 'gitea',
				repo: 'northwind/helpdesk-portal',
				branch: 'content',
				apiRoot: 'https://git.example.com/api/v1',
			}),
		).toEqual({
			name: 'gitea',
			repo: 'northwind/helpdesk-portal',
			branch: 'content',
			api_root: 'https://git.example.com/api/v1',
		});
	});

	test('GitLab and Gitea sign in with the application id: PKCE on GitLab, no secret anywhere', () => {
		expect(
			buildBackend({
				backend: 'gitlab',
				repo: 'it/helpdesk-portal',
				branch: 'main',
				appId: '8d3c0f2e5b7a',
			}),
		).toEqual({
			name: 'gitlab',
			repo: 'it/helpdesk-portal',
			branch: 'main',
			app_id: '8d3c0f2e5b7a',
			auth_type: 'pkce',
		});
		expect(
			buildBackend({
				backend: 'gitea',
				repo: 'northwind/helpdesk-portal',
				branch: 'main',
				apiRoot: 'https://git.example.com/api/v1',
				appId: '5f1e9a04-6a0b-4c1e-9d55-3c0b7f1d2e8a',
			}),
		).toEqual({
			name: 'gitea',
			repo: 'northwind/helpdesk-portal',
			branch: 'main',
			api_root: 'https://git.example.com/api/v1',
			app_id: '5f1e9a04-6a0b-4c1e-9d55-3c0b7f1d2e8a',
		});
	});

	test('without editor settings: a local repository only', () => {
		expect(input.site.editor).toBeUndefined();
		expect(config.backend).toEqual({
			name: 'gitea',
			repo: 'local/helpdesk-portal',
			auth_methods: ['token'],
		});
		expect(config.backend).toEqual({ ...LOCAL_BACKEND, auth_methods: ['token'] });
	});

	test('no secret and no other host in the configuration', () => {
		const text = JSON.stringify(
			buildEditorConfig({
				...input,
				site: {
					...input.site,
					editor: {
						backend: 'gitea',
						repo: 'northwind/helpdesk-portal',
						branch: 'main',
						apiRoot: 'https://git.example.com/api/v1',
						authUrl: 'https://auth.example.com',
					},
				},
			}),
		);
		const keys = [...text.matchAll(/"([^"]+)":/g)].map((match) => match[1]!);
		expect(
			keys.filter((key) => /secret|password|token|client_id|app_id|api_?key|private/i.test(key)),
		).toEqual([]);
		const hosts = [...text.matchAll(/https?:\/\/([^/"]+)/g)].map((match) => match[1]);
		expect([...new Set(hosts)].sort()).toEqual(['auth.example.com', 'git.example.com']);
		expect(config.logo).toEqual({ src: '/favicon.svg' });
	});
});

describe("site.yaml's editor settings", () => {
	const site = {
		portalName: 'Help',
		organisation: 'Northwind',
		helpdeskEmail: 'helpdesk@example.com',
	};
	const parse = (editor: unknown) => SiteSchema.safeParse({ ...site, editor });
	const messages = (editor: unknown) =>
		parse(editor).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);

	test('valid settings', () => {
		expect(
			parse({ backend: 'github', repo: 'northwind/helpdesk-portal', branch: 'main' }).success,
		).toBe(true);
		expect(
			parse({
				backend: 'gitlab',
				repo: 'it/web/helpdesk-portal',
				branch: 'main',
				apiRoot: 'https://git.example.com/api/v4',
				authUrl: 'https://auth.example.com',
			}).success,
		).toBe(true);
		expect(SiteSchema.safeParse(site).success).toBe(true);
	});

	test('invalid settings say what is expected', () => {
		expect(messages({ backend: 'bitbucket', repo: 'a/b', branch: 'main' })).toEqual([
			'editor.backend: expected github, gitlab or gitea',
		]);
		expect(messages({ backend: 'github', repo: 'helpdesk-portal', branch: 'main' })).toEqual([
			'editor.repo: expected the repository as owner/name, e.g. northwind/helpdesk-portal',
		]);
		expect(
			messages({ backend: 'gitea', repo: 'a/b', branch: 'main', apiRoot: 'git.example.com' }),
		).toEqual(['editor.apiRoot: expected a web address starting with https:// or http://']);
		expect(messages({ backend: 'github', repo: 'a/b' })?.[0]).toMatch(/^editor\.branch: /);
		expect(messages({ backend: 'github', repo: 'a/b', branch: 'main', secret: 'x' })?.[0]).toMatch(
			/^editor: .*secret/,
		);
	});
});

const sveltiaSchema = JSON.parse(
	readFileSync('node_modules/@sveltia/cms/schema/sveltia-cms.json', 'utf8'),
) as object;
const ajv = new Ajv({ strict: false, allErrors: true });
ajv.addFormat('regex', (value: string) => {
	try {
		new RegExp(value);
		return true;
	} catch {
		return false;
	}
});
ajv.addFormat('uri', (value: string) => URL.canParse(value));
const validate = ajv.compile(sveltiaSchema);

function validateConfig(value: unknown) {
	validate(value);
	return (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}

describe("Sveltia's own JSON schema", () => {
	test('accepts the configuration of the sample portal', () => {
		expect(validateConfig(config)).toEqual([]);
	});

	test('accepts it with each backend', () => {
		for (const backend of ['github', 'gitlab', 'gitea'] as const) {
			const withEditor = buildEditorConfig({
				...input,
				siteUrl: 'https://help.example.com',
				site: {
					...input.site,
					editor: { backend, repo: 'a/b', branch: 'main', apiRoot: 'https://git.example.com/api' },
				},
			});
			expect(validateConfig(withEditor)).toEqual([]);
		}
	});

	test('is really checking: an unknown option is refused', () => {
		expect(validateConfig({ ...config, colections: [] })).not.toEqual([]);
	});
});

describe('schema docs', () => {
	test('merge the field order of a source and its translation', () => {
		expect(mergeFieldOrder(['id', 'title', 'draft'], ['id', 'translatedFrom', 'title'])).toEqual([
			'id',
			'translatedFrom',
			'title',
			'draft',
		]);
	});

	test('follow spreads, functions and nested schemas; a field without a comment has no doc', () => {
		const dir = mkdtempSync(join(tmpdir(), 'schema-docs-'));
		try {
			writeFileSync(
				join(dir, 'a.ts'),
				`import { z } from 'astro/zod';
export function common() {
	return {
		/** Shared. */
		id: z.string(),
	};
}
function subset() {
	const { id } = common();
	return { id, /** Only here. */ extra: z.string() };
}
const Row = z.object({
	/** A row's status. */
	status: z.string(),
	note: z.string(),
});
export const ASchema = z.strictObject({
	...common(),
	/** The top status. */
	status: z.string(),
	rows: z.array(Row).optional(),
	/** Inline. */
	inline: z.object({ /** Deep. */ deep: z.string() }),
});
export const BSchema = z.strictObject(subset());
`,
			);
			const docs = readSchemaDocs(dir);
			expect(Object.fromEntries(getFieldDocs(docs, 'ASchema'))).toEqual({
				id: 'Shared.',
				status: 'The top status.',
				'rows.status': "A row's status.",
				inline: 'Inline.',
				'inline.deep': 'Deep.',
			});
			expect(Object.fromEntries(getFieldDocs(docs, 'BSchema'))).toEqual({
				id: 'Shared.',
				extra: 'Only here.',
			});
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	test('docs kept from an earlier build are the same, and a changed comment is read anew', () => {
		const schema = (doc: string) =>
			`import { z } from 'astro/zod';\nconst Row = z.object({\n\t/** ${doc} */\n\tstatus: z.string(),\n});\nexport const CSchema = z.strictObject({\n\t/** Rows. */\n\trows: z.array(Row),\n});\n`;
		const dirs = [0, 1, 2].map(() => mkdtempSync(join(tmpdir(), 'schema-docs-')));
		try {
			// The first two folders hold the same source: the second reads what the first kept.
			writeFileSync(join(dirs[0]!, 'c.ts'), schema(`A row's state ${process.pid}.`));
			writeFileSync(join(dirs[1]!, 'c.ts'), schema(`A row's state ${process.pid}.`));
			writeFileSync(join(dirs[2]!, 'c.ts'), schema(`Where the row stands ${process.pid}.`));
			const [parsed, kept, changed] = dirs.map((dir) =>
				Object.fromEntries(getFieldDocs(readSchemaDocs(dir), 'CSchema')),
			);
			expect(parsed).toEqual({ rows: 'Rows.', 'rows.status': `A row's state ${process.pid}.` });
			expect(kept).toEqual(parsed);
			expect(changed!['rows.status']).toBe(`Where the row stands ${process.pid}.`);
		} finally {
			for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
		}
	});
});
