import { ID_RULES } from './ids.ts';
import { ENTRY_FOLDERS, slugify, type EntryType } from './ids.ts';

/**
 * What `npm run new` writes: a new entry with the next free id, today's date, every required field
 * and the sections of its type. Pure, so the CLI stays a thin shell and the templates are tested.
 */

export type NewKind = EntryType | 'notice';

/** The next free id of a kind: one more than the highest in use, zero-padded like the others. */
export function getNextId(kind: NewKind, existing: Iterable<string>): string {
	const prefix = kind === 'notice' ? 'N' : ID_RULES[kind].prefix;
	const digits = kind === 'notice' ? 1 : ID_RULES[kind].digits;
	let highest: number | undefined;
	for (const id of existing) {
		const match = new RegExp(`^${prefix}-(\\d+)$`, 'i').exec(id.trim());
		if (match) highest = Math.max(highest ?? 0, Number(match[1]));
	}
	// The first article is KB-1001, so article ids never look like known-error ids.
	const next = highest === undefined ? (kind === 'article' ? 1001 : 1) : highest + 1;
	return `${prefix}-${String(next).padStart(digits, '0')}`;
}

export interface NewEntryInput {
	kind: NewKind;
	title: string;
	id: string;
	/** YYYY-MM-DD */
	today: string;
	/** The moment the notice or known error starts, ISO. */
	now: string;
	category: string;
	categories: string[];
}

/** The folder and file name of a new entry, relative to the content folder. */
export function getNewEntryPath(kind: NewKind, id: string, title: string): string {
	const folder = kind === 'notice' ? 'notices' : ENTRY_FOLDERS[kind];
	return `${folder}/${id}-${slugify(title)}.${kind === 'notice' ? 'yaml' : 'mdx'}`;
}

function quote(text: string): string {
	return JSON.stringify(text);
}

/** The text of a new entry. Comments say what to fill in; the result passes `npm run check` as it is. */
export function renderNewEntry(input: NewEntryInput): string {
	const { kind, title, id, today, now, category, categories } = input;
	const categoryLine = `category: ${category} # one of: ${categories.join(', ')}`;
	if (kind === 'notice') {
		const start = new Date(now);
		const end = new Date(start.getTime() + 2 * 3600_000);
		return [
			`id: ${id}`,
			`title: ${quote(title)}`,
			'severity: maintenance # info, maintenance, degraded or outage',
			`starts: ${start.toISOString()}`,
			`ends: ${end.toISOString()} # leave out while the end is unknown`,
			'services: [] # what users call the affected services, e.g. [VPN, Email]',
			`message: ${quote(`${title}. We will update this notice when it is over.`)}`,
			'# link: KE-0042 # an entry or web address with details',
			'',
		].join('\n');
	}
	const common = [
		'---',
		`id: ${id}`,
		`title: ${quote(title)}`,
		`summary: ${quote(`${title}: what to do.`)} # one plain sentence, shown in search results and replies`,
		categoryLine,
		`updated: ${today}`,
		'aliases: [] # the words users type for this, e.g. ["wifi keeps dropping"]',
		'tags: []',
		'# platforms: [windows, macos, ios, android]',
		'# devices: [corporate, personal]',
		'# owner: Service Desk',
		'# related: [KB-1001]',
	];
	if (kind === 'known-error') {
		return [
			...common,
			'status: investigating # identified, workaround, fix-in-progress, monitoring, resolved',
			'severity: major # critical, major or minor',
			`services: [${quote(title)}] # what users call the affected services, e.g. [VPN]`,
			'symptoms: []',
			'errorMessages: [] # exact error texts and codes, in quotes: ["0x80070005"]',
			`firstSeen: ${now}`,
			'# nextUpdate: 2026-11-24T16:00:00Z # when you promise the next update',
			'# fixEta: "next Tuesday\'s patch"',
			'updates:',
			`  - at: ${now}`,
			'    status: investigating',
			`    note: ${quote('We are looking into this.')}`,
			'---',
			'',
			'## Workaround',
			'',
			'What people can do meanwhile. If there is nothing yet, say so and when you will update this page.',
			'',
			'## Symptoms',
			'',
			'What people see when this happens.',
			'',
			'## Cause',
			'',
			'What causes it, once known.',
			'',
			'## Fix',
			'',
			'What will fix it, and when.',
			'',
		].join('\n');
	}
	if (kind === 'policy') {
		return [
			...common,
			'version: "1.0"',
			`effective: ${today}`,
			'supportMatrix: [] # rows of {topic, who (helpdesk, vendor, carrier, self-service, not-supported), how, link}',
			'---',
			'',
			'## Purpose',
			'',
			'Why this policy exists, in a sentence or two.',
			'',
			'## Who it applies to',
			'',
			'Who must follow it.',
			'',
		].join('\n');
	}
	return [
		...common,
		'---',
		'',
		'Use this when ... (one sentence on when this article helps).',
		'',
		'<Steps>',
		'<Step title="First step">',
		'',
		'What to do.',
		'',
		'</Step>',
		'</Steps>',
		'',
		'## Still not working?',
		'',
		'Contact the helpdesk with the exact error message, your device and what you already tried.',
		'',
	].join('\n');
}

export interface NewTranslationInput {
	type: EntryType;
	/** The source entry's frontmatter fields, as read from its file. */
	source: {
		id: string;
		title: string;
		summary: string;
		updated: Date;
		symptoms?: string[] | undefined;
		errorMessages?: string[] | undefined;
		supportMatrix?: { topic: string; who: string; how: string; link?: string | undefined }[];
	};
	/** The source's body, copied to be translated in place. */
	body: string;
	/** The title in the translation's language, when the author gave it. */
	title?: string | undefined;
	lang: string;
}

/** Where a translation goes: `articles/de/KB-1001-<slug>.mdx`, the slug from its own title. */
export function getTranslationPath(
	type: EntryType,
	lang: string,
	id: string,
	slug: string,
): string {
	return `${ENTRY_FOLDERS[type]}/${lang}/${id}-${slug}.mdx`;
}

/**
 * A translation to fill in: the source's reader text (title, summary, symptoms, error texts, support
 * matrix, body) copied to be translated where it stands, and `translatedFrom` set to the source's
 * `updated` date. It passes `npm run check` as written; what is left in English is the author's to do.
 */
export function renderTranslation(input: NewTranslationInput): string {
	const { type, source, body, title, lang } = input;
	const list = (name: string, items: string[] | undefined, hint: string) =>
		items?.length ? [`${name}: # ${hint}`, ...items.map((item) => `  - ${quote(item)}`)] : [];
	const lines = [
		'---',
		`# A translation into ${lang} of ${source.id}: translate the text, keep ids, components and links.`,
		`id: ${source.id}`,
		`translatedFrom: ${source.updated.toISOString().slice(0, 10)} # the ${source.id} version you translate`,
		`title: ${quote(title ?? source.title)}`,
		`summary: ${quote(source.summary)}`,
		'aliases: [] # the words readers of this language type',
	];
	if (type === 'known-error') {
		lines.push(...list('symptoms', source.symptoms, 'what readers see, in this language'));
		lines.push(
			...list('errorMessages', source.errorMessages, 'the texts a system in this language shows'),
		);
	}
	if (type === 'policy' && source.supportMatrix?.length) {
		lines.push('supportMatrix: # the same rows, order, who and link; translate topic and how');
		for (const row of source.supportMatrix) {
			lines.push(
				`  - topic: ${quote(row.topic)}`,
				`    who: ${row.who}`,
				`    how: ${quote(row.how)}`,
			);
			if (row.link) lines.push(`    link: ${row.link}`);
		}
	}
	lines.push('---', '');
	return `${lines.join('\n')}${body.replace(/^\n+/, '')}`;
}
