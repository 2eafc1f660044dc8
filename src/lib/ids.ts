/** How each collection writes its ids; the digits are zero-padded to at least `digits`. */
export const ID_RULES = {
	article: { prefix: 'KB', digits: 4 },
	'known-error': { prefix: 'KE', digits: 4 },
	policy: { prefix: 'POL', digits: 3 },
} as const;

export type EntryType = keyof typeof ID_RULES;

/** The id pattern of one type, e.g. `KB-` and at least four digits. */
export function idPattern(type: EntryType): RegExp {
	const { prefix, digits } = ID_RULES[type];
	return new RegExp(`^${prefix}-\\d{${digits},}$`);
}

/** Any entry id of the site, as written in `related` or a `link`. */
export const ENTRY_ID = new RegExp(
	`^(${Object.values(ID_RULES)
		.map(({ prefix, digits }) => `${prefix}-\\d{${digits},}`)
		.join('|')})$`,
);

/** The collection folder (under the content folder) and URL segment of each entry type. */
export const ENTRY_FOLDERS: Record<EntryType, string> = {
	article: 'articles',
	'known-error': 'known-errors',
	policy: 'policies',
};

const FILE_NAME = /^(?<id>[A-Za-z]+-\d+)-(?<slug>[a-z0-9]+(?:-[a-z0-9]+)*)\.(?:mdx|md|ya?ml)$/;

/** Splits `KE-0042-vpn-drops.mdx` (or a path ending in it) into its id and slug; null when it does not fit. */
export function parseEntryFileName(path: string): { id: string; slug: string } | null {
	const name = path.split(/[\\/]/).pop() ?? '';
	const match = FILE_NAME.exec(name);
	if (!match?.groups) return null;
	return { id: match.groups.id!, slug: match.groups.slug! };
}

/** The entry type an id belongs to, from its prefix; null for anything that is not an entry id. */
export function getEntryTypeOfId(id: string): EntryType | null {
	const upper = id.trim().toUpperCase();
	for (const type of Object.keys(ID_RULES) as EntryType[]) {
		if (idPattern(type).test(upper)) return type;
	}
	return null;
}

/** The page of an entry: `/articles/<slug>/`, `/known-errors/<slug>/`, `/policies/<slug>/`. */
export function getEntryPath(type: EntryType, slug: string): string {
	return `/${ENTRY_FOLDERS[type]}/${slug}/`;
}

/** The short link of an entry: `/KB-1042`. */
export function getShortPath(id: string): string {
	return `/${id.toUpperCase()}`;
}

/** Turns a title into a URL slug: lowercase ASCII words joined by single hyphens. */
export function slugify(title: string): string {
	return title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/&/g, ' and ')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/**
 * An anchor for a heading or step: the slug where the title has Latin letters or digits, else the
 * title's own letters (a Greek or Cyrillic step keeps a readable anchor of its own), else a short
 * stable code from the title, so two steps never share an empty anchor.
 */
export function getAnchorSlug(title: string): string {
	const latin = slugify(title);
	if (latin) return latin;
	const letters = title
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '');
	if (letters) return letters;
	let hash = 0;
	for (const char of title) hash = (Math.imul(hash, 31) + char.codePointAt(0)!) >>> 0;
	return hash.toString(36);
}
