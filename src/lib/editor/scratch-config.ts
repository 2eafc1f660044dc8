// SCRATCH: a small hand-written stand-in for buildEditorConfig until the editor-config branch lands.
export function buildEditorConfig(input: {
	site: { defaultLanguage?: string; languages?: string[] };
	categories: { key: string; label: string }[];
	entryIds: string[];
	contentPath: string;
}) {
	const locales = input.site.languages ?? ['en-GB'];
	const def = input.site.defaultLanguage ?? 'en-GB';
	const common = (folder: string) => ({
		name: folder,
		label: folder,
		folder: `${input.contentPath}/${folder}`,
		extension: 'mdx',
		format: 'frontmatter',
		create: true,
		i18n: true,
		identifier_field: 'id',
		slug: '{{fields.id}}-{{title}}',
		slug_length: 80,
	});
	return {
		load_config_file: false,
		backend: { name: 'gitea', repo: 'example/example', branch: 'main' },
		media_folder: `${input.contentPath}/images`,
		i18n: {
			structure: 'multiple_folders',
			locales,
			default_locale: def,
			omit_default_locale_from_file_path: true,
			canonical_slug: { key: 'id', value: '{{fields.id}}' },
		},
		slug: { encoding: 'ascii', clean_accents: true, lowercase: false },
		output: { omit_empty_optional_fields: true },
		collections: [
			{
				...common('known-errors'),
				fields: [
					{ name: 'id', label: 'ID', widget: 'string', i18n: 'duplicate' },
					{ name: 'title', label: 'Title', widget: 'string', i18n: true },
					{ name: 'summary', label: 'Summary', widget: 'text', i18n: true },
					{
						name: 'category',
						label: 'Category',
						widget: 'select',
						options: input.categories.map((c) => ({ value: c.key, label: c.label })),
					},
					{ name: 'tags', label: 'Tags', widget: 'list', required: false, i18n: true },
					{ name: 'aliases', label: 'Aliases', widget: 'list', required: false, i18n: true },
					{
						name: 'platforms',
						label: 'Platforms',
						widget: 'select',
						multiple: true,
						required: false,
						options: ['windows', 'macos', 'linux', 'ios', 'android', 'web'],
					},
					{
						name: 'devices',
						label: 'Devices',
						widget: 'select',
						multiple: true,
						required: false,
						options: ['corporate', 'personal'],
					},
					{
						name: 'updated',
						label: 'Updated',
						widget: 'datetime',
						time_format: false,
						format: 'YYYY-MM-DD',
					},
					{
						name: 'reviewBy',
						label: 'Review by',
						widget: 'datetime',
						time_format: false,
						format: 'YYYY-MM-DD',
						required: false,
					},
					{ name: 'owner', label: 'Owner', widget: 'string', required: false },
					{ name: 'related', label: 'Related', widget: 'list', required: false },
					{
						name: 'previousSlugs',
						label: 'Previous slugs',
						widget: 'list',
						required: false,
						i18n: true,
					},
					{ name: 'draft', label: 'Draft', widget: 'boolean', required: false, i18n: true },
					{
						name: 'status',
						label: 'Status',
						widget: 'select',
						options: [
							'investigating',
							'identified',
							'workaround',
							'fix-in-progress',
							'monitoring',
							'resolved',
						],
					},
					{
						name: 'severity',
						label: 'Severity',
						widget: 'select',
						options: ['critical', 'major', 'minor'],
					},
					{ name: 'services', label: 'Services', widget: 'list' },
					{ name: 'symptoms', label: 'Symptoms', widget: 'list', required: false, i18n: true },
					{
						name: 'errorMessages',
						label: 'Error messages',
						widget: 'list',
						required: false,
						i18n: true,
					},
					{ name: 'firstSeen', label: 'First seen', widget: 'datetime', picker_utc: true },
					{
						name: 'resolvedAt',
						label: 'Resolved at',
						widget: 'datetime',
						picker_utc: true,
						required: false,
					},
					{ name: 'fixEta', label: 'Fix ETA', widget: 'string', required: false },
					{
						name: 'nextUpdate',
						label: 'Next update',
						widget: 'datetime',
						picker_utc: true,
						required: false,
					},
					{ name: 'problemRef', label: 'Problem ref', widget: 'string', required: false },
					{
						name: 'updates',
						label: 'Updates',
						widget: 'list',
						required: false,
						fields: [
							{ name: 'at', label: 'At', widget: 'datetime', picker_utc: true },
							{
								name: 'status',
								label: 'Status',
								widget: 'select',
								required: false,
								options: [
									'investigating',
									'identified',
									'workaround',
									'fix-in-progress',
									'monitoring',
									'resolved',
								],
							},
							{ name: 'note', label: 'Note', widget: 'text' },
						],
					},
					{
						name: 'body',
						label: 'Body',
						widget: 'markdown',
						modes: ['raw', 'rich_text'],
						i18n: true,
					},
				],
			},
			{
				...common('articles'),
				fields: [
					{ name: 'id', label: 'ID', widget: 'string', i18n: 'duplicate' },
					{ name: 'title', label: 'Title', widget: 'string', i18n: true },
					{ name: 'summary', label: 'Summary', widget: 'text', i18n: true },
					{
						name: 'category',
						label: 'Category',
						widget: 'select',
						options: input.categories.map((c) => ({ value: c.key, label: c.label })),
					},
					{
						name: 'updated',
						label: 'Updated',
						widget: 'datetime',
						time_format: false,
						format: 'YYYY-MM-DD',
					},
					{
						name: 'body',
						label: 'Body',
						widget: 'markdown',
						modes: ['raw', 'rich_text'],
						i18n: true,
					},
				],
			},
		],
	};
}
