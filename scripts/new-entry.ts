/**
 * `npm run new -- <article|known-error|policy|notice> "Title" [--category key]`
 *   writes a new entry with the next free id, today's date and the sections of its type.
 * `npm run new -- update KE-0042 "What changed" [--status workaround]`
 *   adds an update to a known error's timeline, sets `updated` (and `resolvedAt` when resolved).
 * `npm run new -- translation KB-1001 de ["Kennwort zurücksetzen"]`
 *   starts a translation: the entry's text copied into `articles/de/`, to translate where it stands.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { checkContent } from '../src/lib/content/check.ts';
import { resolveContentDir } from '../src/lib/content/files.ts';
import { readClock } from '../src/lib/clock.ts';
import { slugify } from '../src/lib/ids.ts';
import {
	getNewEntryPath,
	getNextId,
	getTranslationPath,
	renderNewEntry,
	renderTranslation,
	type NewKind,
} from '../src/lib/scaffold.ts';
import { getSiteLanguages } from '../src/i18n/languages.ts';
import { addTimelineUpdate } from '../src/lib/timeline.ts';

const KINDS = ['article', 'known-error', 'policy', 'notice'] as const;
const args = process.argv.slice(2);
const option = (name: string) => {
	const at = args.indexOf(`--${name}`);
	if (at === -1) return undefined;
	const value = args[at + 1];
	args.splice(at, 2);
	return value;
};
const fail = (message: string): never => {
	console.error(message);
	process.exit(1);
};

const dir = resolveContentDir();
const report = checkContent(dir);
const now = readClock();
const [command, ...rest] = args;

if (command === 'translation') {
	const [id, lang, title] = rest;
	if (!id || !lang) fail('Usage: npm run new -- translation KB-1001 de ["Title in that language"]');
	const languages = report.site ? getSiteLanguages(report.site).slice(1) : [];
	const language = languages.find((other) => other.toLowerCase() === lang!.toLowerCase());
	if (!language)
		fail(
			`${lang} is not one of the portal's other languages (${languages.join(', ') || 'none'}); add it to languages in site.yaml first.`,
		);
	const entry = report.entries.find((e) => e.id.toUpperCase() === id!.toUpperCase());
	if (!entry) fail(`No entry has the id ${id}.`);
	const existing = report.translations.find((t) => t.id === entry!.id && t.lang === language);
	if (existing)
		fail(
			`${existing.file} already translates ${entry!.id} into ${language}; edit it, and set its translatedFrom to ${entry!.data.updated.toISOString().slice(0, 10)} once it matches.`,
		);
	const slug = title ? slugify(title) : entry!.slug;
	if (!slug) fail('The title needs at least one letter or digit to make a page address from.');
	const file = join(dir, getTranslationPath(entry!.type, language!, entry!.id, slug));
	const data = entry!.data;
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(
		file,
		renderTranslation({
			type: entry!.type,
			source: {
				...data,
				...('symptoms' in data
					? { symptoms: data.symptoms, errorMessages: data.errorMessages }
					: {}),
				...('supportMatrix' in data && data.supportMatrix
					? { supportMatrix: data.supportMatrix }
					: {}),
			},
			body: entry!.body,
			title: title?.trim(),
			lang: language!,
		}),
	);
	console.log(`Wrote ${relative(process.cwd(), file)}: translate its text, then npm run check.`);
} else if (command === 'update') {
	const status = option('status');
	const [id, note] = rest;
	if (!id || !note)
		fail('Usage: npm run new -- update KE-0042 "What changed" [--status workaround]');
	const entry = report.entries.find((e) => e.id.toUpperCase() === id!.toUpperCase());
	if (!entry) fail(`No entry has the id ${id}.`);
	if (entry!.type !== 'known-error')
		fail(`${entry!.id} is not a known error; only known errors have a timeline.`);
	const path = join(process.cwd(), entry!.file);
	const result = addTimelineUpdate(readFileSync(path, 'utf8'), { note: note!, status, now });
	if (!result.ok) fail(`${entry!.file}: ${result.message}`);
	writeFileSync(path, result.ok ? result.text : '');
	console.log(
		`Added an update to ${entry!.file}${status ? ` and set its status to ${status}` : ''}.`,
	);
	console.log('Run npm run check, then publish.');
} else {
	const category = option('category');
	const [title] = rest;
	const kind = command as NewKind;
	if (!KINDS.includes(kind as (typeof KINDS)[number]) || !title?.trim()) {
		fail(
			`Usage: npm run new -- <${KINDS.join('|')}> "Title" [--category key]\n       npm run new -- update KE-0042 "What changed" [--status workaround]\n       npm run new -- translation KB-1001 de ["Title in that language"]`,
		);
	}
	const categories = Object.keys(report.categories ?? {});
	if (category && !categories.includes(category))
		fail(`"${category}" is not a category; use one of ${categories.join(', ')}.`);
	const slug = slugify(title!);
	if (!slug) fail('The title needs at least one letter or digit to make a page address from.');
	const type = kind === 'notice' ? undefined : kind;
	const taken = report.entries.find(
		(e) => e.type === type && (e.slug === slug || e.data.previousSlugs?.includes(slug)),
	);
	if (taken) fail(`${taken.file} already uses the address "${slug}". Choose another title.`);
	const ids = [...report.entries.map((e) => e.id), ...report.notices.map((n) => n.data.id)];
	const id = getNextId(kind, ids);
	const file = join(dir, getNewEntryPath(kind, id, title!));
	if (existsSync(file)) fail(`${relative(process.cwd(), file)} already exists.`);
	const text = renderNewEntry({
		kind,
		title: title!.trim(),
		id,
		today: now.toISOString().slice(0, 10),
		now: new Date(Math.ceil(now.getTime() / 3600_000) * 3600_000)
			.toISOString()
			.replace('.000Z', 'Z'),
		category: category ?? categories[0] ?? 'general',
		categories,
	});
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, text);
	console.log(`Wrote ${relative(process.cwd(), file)} (${id}).`);
	if (kind !== 'notice') {
		const folder = getNewEntryPath(kind, id, title!).split('/')[0];
		console.log(
			`Preview: npm run dev, then open http://localhost:4321/${folder}/${slug}/ (short link /${id})`,
		);
	} else console.log('Preview: npm run dev, then open http://localhost:4321/status/');
}
