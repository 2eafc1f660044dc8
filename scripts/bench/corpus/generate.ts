/**
 * A synthetic content folder for `npm run bench`: realistic helpdesk articles, known errors, policies and
 * notices built from combinable vocabulary, so builds can be measured at 1,000 or 10,000 entries. The
 * vocabulary (products, categories, policies, phrases ...) lives in the YAML files of `./corpus/`; this
 * file decides how it is combined.
 *
 * Deterministic: one seeded PRNG and a fixed reference date drive every choice, so the same options
 * always write byte-identical files. The output passes `npm run check` (with `KB_CONTENT_DIR`).
 *
 *   node scripts/bench/corpus/generate.ts <dir> <entries> [--seed N] [--markdown-only]
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ENTRY_FOLDERS, ID_RULES, slugify, type EntryType } from '../../../src/lib/ids.ts';
import {
	KNOWN_ERROR_STATUSES,
	type Device,
	type KnownErrorStatus,
	type Platform,
	type Severity,
} from '../../../src/schemas/enums.ts';
import {
	fill,
	loadVocabulary,
	type PolicySection,
	type PolicyTopic,
	type ProblemDef,
	type Product,
	type StepDef,
	type TaskDef,
} from './load.ts';

export interface CorpusOptions {
	/** How many articles, known errors and policies to write (at least 3). */
	entries: number;
	/** Seed of the random choices; the same seed writes the same files. Default 1. */
	seed?: number;
	/** Plain `.md` files without MDX components (for builds that compare with other generators). */
	markdownOnly?: boolean;
}

export interface CorpusSummary {
	dir: string;
	articles: number;
	knownErrors: number;
	policies: number;
	notices: number;
	/** Files written, data files included. */
	files: number;
	/** Bytes written (UTF-8). */
	bytes: number;
}

/** "Now" for every date in the corpus: known errors, notices and review dates are relative to it. */
export const REFERENCE_DATE = '2026-11-23T12:00:00Z';

/**
 * Writes a complete, valid content folder into `dir` (which must be missing or empty): site data,
 * categories, synonyms, `entries` entries (about 80% articles, 18% known errors, 2% policies, at least
 * one of each) and three notices, one of them active at {@link REFERENCE_DATE}.
 */
export function generateCorpus(dir: string, options: CorpusOptions): CorpusSummary {
	const { entries, seed = 1, markdownOnly = false } = options;
	if (!Number.isInteger(entries) || entries < 3) {
		throw new Error(`entries must be a whole number of at least 3 (got ${entries})`);
	}
	if (!Number.isInteger(seed)) throw new Error(`seed must be a whole number (got ${seed})`);
	const target = resolve(dir);
	prepareDir(target);
	const rng = createRng(seed);
	const plans = planEntries(rng, splitEntries(entries), markdownOnly);
	const writer = createWriter(target);

	writer.write('site.yaml', renderSite());
	writer.write('categories.yaml', renderCategories());
	writer.write('synonyms.yaml', renderSynonyms());
	const context = createRenderContext(rng, plans);
	const extension = markdownOnly ? 'md' : 'mdx';
	for (const plan of plans) {
		const text = renderEntry(context, plan);
		writer.write(`${ENTRY_FOLDERS[plan.type]}/${plan.id}-${plan.slug}.${extension}`, text);
	}
	const notices = renderNotices(context);
	for (const notice of notices) writer.write(`notices/${notice.name}`, notice.text);

	const count = (type: EntryType) => plans.filter((plan) => plan.type === type).length;
	return {
		dir: target,
		articles: count('article'),
		knownErrors: count('known-error'),
		policies: count('policy'),
		notices: notices.length,
		files: writer.files,
		bytes: writer.bytes,
	};
}

// ---------------------------------------------------------------------------------------------------
// Randomness, dates, files

interface Rng {
	/** A number in [0, 1). */
	next(): number;
	/** A whole number in [min, max]. */
	int(min: number, max: number): number;
	chance(probability: number): boolean;
	pick<T>(items: readonly T[]): T;
	/** `count` different items, in a random order. */
	sample<T>(items: readonly T[], count: number): T[];
}

/** mulberry32: tiny, fast and good enough for picking words. */
function createRng(seed: number): Rng {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
	return {
		next,
		int,
		chance: (probability) => next() < probability,
		pick<T>(items: readonly T[]): T {
			if (items.length === 0) throw new Error('cannot pick from an empty list');
			return items[int(0, items.length - 1)] as T;
		},
		sample<T>(items: readonly T[], count: number): T[] {
			const pool = [...items];
			const taken: T[] = [];
			while (taken.length < count && pool.length > 0) {
				taken.push(pool.splice(int(0, pool.length - 1), 1)[0] as T);
			}
			return taken;
		},
	};
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const NOW = Date.parse(REFERENCE_DATE);

const MONTH_NAME = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });
const MONTHS = Array.from({ length: 12 }, (_, month) =>
	MONTH_NAME.format(Date.UTC(2026, month, 1)),
);

/** `2026-11-20` */
function isoDate(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10);
}

/** `2026-11-20T09:30:00Z`, on a five-minute mark as people write them. */
function isoDateTime(ms: number): string {
	const rounded = Math.round(ms / (5 * MINUTE)) * 5 * MINUTE;
	return new Date(rounded).toISOString().replace('.000Z', 'Z');
}

/** `18 November` */
function spokenDate(ms: number): string {
	const date = new Date(ms);
	return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}`;
}

function prepareDir(dir: string) {
	if (existsSync(dir) && readdirSync(dir).length > 0) {
		throw new Error(`${dir} is not empty; the corpus must be written into an empty or new folder`);
	}
	for (const folder of [...Object.values(ENTRY_FOLDERS), 'notices']) {
		mkdirSync(join(dir, folder), { recursive: true });
	}
}

function createWriter(dir: string) {
	const writer = {
		files: 0,
		bytes: 0,
		write(path: string, text: string) {
			writeFileSync(join(dir, path), text);
			writer.files += 1;
			writer.bytes += Buffer.byteLength(text);
		},
	};
	return writer;
}

/** A YAML string: JSON's double-quoted strings are valid YAML and escape everything that needs it. */
function q(text: string): string {
	return JSON.stringify(text);
}

function flowList(items: readonly string[], quoted = false): string {
	return `[${items.map((item) => (quoted ? q(item) : item)).join(', ')}]`;
}

function blockList(items: readonly string[]): string[] {
	return items.map((item) => `  - ${q(item)}`);
}

function lowerFirst(text: string): string {
	return text.charAt(0).toLowerCase() + text.slice(1);
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^$|()[\]{}\\]/g, '\\$&');
}

/** A sentence's text as it reads after a comma: first letter lowercase unless it starts a name. */
function midSentence(text: string): string {
	return PROPER_NOUN.test(text) ? text : lowerFirst(text);
}

function upperFirst(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `a, b and c` */
function joinWords(words: readonly string[]): string {
	if (words.length <= 1) return words.join('');
	return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

// ---------------------------------------------------------------------------------------------------
// Vocabulary: the YAML files beside this one, checked as they load (see ./load.ts)

const {
	products: PRODUCTS,
	categories: CATEGORIES,
	synonyms: SYNONYMS,
	site: SITE,
	offices: OFFICES,
	platforms: PLATFORM_TEXT,
	policies: {
		topics: POLICY_TOPICS,
		audiences: POLICY_AUDIENCES,
		genericMatrix: GENERIC_MATRIX,
		sections: POLICY_SECTIONS,
		extraRules: POLICY_EXTRA_RULES,
		itDuties: POLICY_IT_DUTIES,
	},
	phrases: {
		qualifiers: QUALIFIERS,
		triggers: TRIGGERS,
		floors: FLOORS,
		extraTags: EXTRA_TAGS,
		extraSymptoms: EXTRA_SYMPTOMS,
		genericSteps: GENERIC_STEPS,
		beforeYouStart: BEFORE_YOU_START,
		asks: ASKS,
		properNouns: PROPER_NOUNS,
	},
} = loadVocabulary();

/** Names that keep their capital letter mid-sentence: "Outlook", "Wi-Fi". */
const PROPER_NOUN = new RegExp(`^(${PROPER_NOUNS.map(escapeRegExp).join('|')})\\b`);

// ---------------------------------------------------------------------------------------------------
// Planning: ids, titles and slugs of every entry before any is written, so links can point anywhere

interface EntryPlan {
	type: EntryType;
	id: string;
	title: string;
	slug: string;
	product: Product;
	platforms: Platform[];
	/** Uses MDX components (never in markdown-only corpora). */
	rich: boolean;
	task?: TaskDef;
	problem?: ProblemDef;
	/** The error an error-led article is about. */
	error?: string;
	/** The qualifier or trigger in the title: "at home", "since GlobalProtect 6.3". */
	context: string;
	policy?: PolicyTopic;
}

interface Split {
	articles: number;
	knownErrors: number;
	policies: number;
}

function splitEntries(entries: number): Split {
	const policies = Math.max(1, Math.round(entries * 0.02));
	const knownErrors = Math.max(1, Math.round(entries * 0.18));
	return { articles: entries - policies - knownErrors, knownErrors, policies };
}

/** An id of a type: digits zero-padded to the width of ID_RULES, more digits when the number needs them. */
function makeId(type: EntryType, index: number): string {
	const { prefix, digits } = ID_RULES[type];
	// Articles start at 1001, like `npm run new`, so their numbers never look like known-error numbers.
	const number = type === 'article' ? 1001 + index : index + 1;
	return `${prefix}-${String(number).padStart(digits, '0')}`;
}

function pickProduct(rng: Rng, products: readonly Product[]): Product {
	const total = products.reduce((sum, product) => sum + product.weight, 0);
	let roll = rng.next() * total;
	for (const product of products) {
		roll -= product.weight;
		if (roll < 0) return product;
	}
	return products.at(-1) as Product;
}

function pickPlatforms(rng: Rng, product: Product): Platform[] {
	const count = Math.min(product.platforms.length, rng.pick([1, 1, 2, 2, 3]));
	const chosen = new Set(rng.sample(product.platforms, count));
	return product.platforms.filter((platform) => chosen.has(platform));
}

/** Keeps titles unique by slug: retries with new choices, then adds an office, then a number. */
function createTitleKeeper(rng: Rng) {
	const used = new Set<string>();
	const fits = (title: string) => title.length <= 120 && !used.has(slugify(title));
	const claim = (title: string) => {
		used.add(slugify(title));
		return title;
	};
	return <T extends { title: string }>(make: () => T): T => {
		for (let attempt = 0; attempt < 12; attempt++) {
			const candidate = make();
			if (fits(candidate.title)) return { ...candidate, title: claim(candidate.title) };
		}
		const candidate = make();
		for (const office of rng.sample(OFFICES, OFFICES.length)) {
			const title = `${candidate.title} (${office} office)`;
			if (fits(title)) return { ...candidate, title: claim(title) };
		}
		for (let n = 2; ; n++) {
			const title = `${candidate.title} (${n})`;
			if (fits(title)) return { ...candidate, title: claim(title) };
		}
	};
}

type PlanDraft = Omit<EntryPlan, 'id' | 'slug' | 'rich' | 'type'>;

function planEntries(rng: Rng, split: Split, markdownOnly: boolean): EntryPlan[] {
	const unique = createTitleKeeper(rng);
	const plans: EntryPlan[] = [];
	const add = (type: EntryType, index: number, draft: PlanDraft) => {
		// Always draw, so a markdown-only corpus has the same entries as its MDX twin.
		const rich = rng.chance(1 / 3) && !markdownOnly;
		plans.push({ ...draft, type, id: makeId(type, index), slug: slugify(draft.title), rich });
	};
	const helpdesk = PRODUCTS.find((product) => product.key === 'helpdesk') as Product;
	for (let index = 0; index < split.articles; index++) {
		// The first article is the ticket guide every "Still not working?" section links to.
		const draft =
			index === 0
				? unique(() => ({
						title: helpdesk.tasks[0]!.title,
						product: helpdesk,
						platforms: [] as Platform[],
						task: helpdesk.tasks[0]!,
						context: '',
					}))
				: unique(() => draftArticle(rng));
		add('article', index, draft);
	}
	const withErrors = PRODUCTS.filter((product) => product.knownErrors);
	for (let index = 0; index < split.knownErrors; index++) {
		add(
			'known-error',
			index,
			unique(() => draftKnownError(rng, withErrors)),
		);
	}
	for (let index = 0; index < split.policies; index++) {
		add(
			'policy',
			index,
			unique(() => draftPolicy(rng)),
		);
	}
	return plans;
}

function draftArticle(rng: Rng): PlanDraft {
	const product = pickProduct(rng, PRODUCTS);
	const platforms = product.key === 'helpdesk' ? [] : pickPlatforms(rng, product);
	const onPlatform =
		platforms.length === 1 && rng.chance(0.6) ? ` ${PLATFORM_TEXT[platforms[0]!].title}` : '';
	const qualifier = product.key === 'helpdesk' ? '' : rng.pick(QUALIFIERS);
	// "Connect to the VPN from home in the office" reads wrong: leave the qualifier off such titles.
	const titled = (base: string) => {
		const context = qualifier && !/from home|hotel|abroad| new |leave/i.test(base) ? qualifier : '';
		return { title: context ? `${base} ${context}` : base, context };
	};
	const roll = rng.next();
	if (roll < 0.45) {
		const task = rng.pick(product.tasks);
		return { ...titled(`${task.title}${onPlatform}`), product, platforms, task };
	}
	const problem = rng.pick(product.problems);
	if (roll < 0.88) {
		return {
			...titled(`${product.name} ${problem.title}${onPlatform}`),
			product,
			platforms,
			problem,
		};
	}
	const error = rng.pick(product.errors);
	return {
		title: errorTitle(rng, product, error),
		product,
		platforms,
		problem,
		error,
		context: '',
	};
}

function errorTitle(rng: Rng, product: Product, error: string): string {
	const message = error.replace(/\.$/, '');
	if (!/\s/.test(message)) {
		return rng.pick([
			`Fix ${product.name} error ${message}`,
			`What ${product.name} error ${message} means`,
			`${product.name} shows error ${message}`,
		]);
	}
	return rng.pick([`${product.name} says "${message}"`, `"${message}" in ${product.name}`]);
}

function draftKnownError(rng: Rng, products: readonly Product[]): PlanDraft {
	const product = pickProduct(rng, products);
	const platforms = pickPlatforms(rng, product);
	const problem = rng.pick(product.problems);
	const context = knownErrorTrigger(rng, product, platforms);
	return {
		title: `${product.name} ${problem.title} ${context}`,
		product,
		platforms,
		problem,
		context,
	};
}

/** What set the problem off, as a title ends: "after the March update", "in the Leeds office". */
function knownErrorTrigger(rng: Rng, product: Product, platforms: readonly Platform[]): string {
	const roll = rng.int(0, 6);
	if (roll === 0 && product.versioned) {
		const { name, major } = product.versioned;
		return `since ${name} ${rng.int(major[0], major[1])}.${rng.int(0, 9)}`;
	}
	if (roll === 1) return `after the ${rng.pick(MONTHS)} update`;
	if (roll === 2) return `in the ${rng.pick(OFFICES)} office`;
	if (roll === 3) {
		const floor = rng.pick(FLOORS);
		return `on the ${floor} floor in ${rng.pick(OFFICES)}`;
	}
	if (roll === 4 && platforms.length > 0) return PLATFORM_TEXT[rng.pick(platforms)].title;
	return rng.pick(TRIGGERS);
}

// ---------------------------------------------------------------------------------------------------
// Policies

function draftPolicy(rng: Rng): PlanDraft {
	const policy = rng.pick(POLICY_TOPICS);
	const audience = rng.pick(POLICY_AUDIENCES);
	const product = PRODUCTS.find((candidate) => candidate.key === policy.product) as Product;
	const title = audience ? `${policy.name} policy ${audience}` : `${policy.name} policy`;
	return { title, product, platforms: [], policy, context: audience };
}

// ---------------------------------------------------------------------------------------------------
// Rendering: frontmatter and bodies

/** Shared state while entries are written: related ids and aliases must be unique across the corpus. */
interface RenderContext {
	rng: Rng;
	plans: readonly EntryPlan[];
	byProduct: Map<string, EntryPlan[]>;
	articlesByProduct: Map<string, EntryPlan[]>;
	guide: EntryPlan;
	aliases: Set<string>;
	slugs: Set<string>;
	problemRef: number;
	/** Known errors not resolved yet, for the active notice. */
	openKnownErrors: EntryPlan[];
}

function createRenderContext(rng: Rng, plans: readonly EntryPlan[]): RenderContext {
	const byProduct = new Map<string, EntryPlan[]>();
	const articlesByProduct = new Map<string, EntryPlan[]>();
	const add = (map: Map<string, EntryPlan[]>, plan: EntryPlan) => {
		const list = map.get(plan.product.key) ?? [];
		list.push(plan);
		map.set(plan.product.key, list);
	};
	for (const plan of plans) {
		add(byProduct, plan);
		if (plan.type === 'article') add(articlesByProduct, plan);
	}
	return {
		rng,
		plans,
		byProduct,
		articlesByProduct,
		guide: plans[0] as EntryPlan,
		aliases: new Set(),
		slugs: new Set(plans.map((plan) => `${plan.type}:${plan.slug}`)),
		problemRef: 12000,
		openKnownErrors: [],
	};
}

function renderEntry(context: RenderContext, plan: EntryPlan): string {
	if (plan.type === 'known-error') return renderKnownError(context, plan);
	if (plan.type === 'policy') return renderPolicy(context, plan);
	return renderArticle(context, plan);
}

/** Up to `count` other entries about the same product (or the ticket guide), for related and links. */
function pickRelated(context: RenderContext, plan: EntryPlan, count: number): EntryPlan[] {
	const pool = context.byProduct.get(plan.product.key) ?? [];
	const related: EntryPlan[] = [];
	// Random draws instead of a shuffled copy: pools hold hundreds of entries at 10,000.
	for (let tries = 0; related.length < count && tries < count * 4; tries++) {
		const other = context.rng.pick(pool);
		if (other !== plan && !related.includes(other)) related.push(other);
	}
	if (related.length < count && plan !== context.guide && !related.includes(context.guide)) {
		related.push(context.guide);
	}
	return related;
}

function aliasCandidates(rng: Rng, plan: EntryPlan): string[] {
	if (plan.policy) return policyAliases(plan.policy, plan.context);
	const base = plan.problem?.phrase ?? plan.task?.alias ?? plan.product.words[0]!;
	const words = rng.sample(plan.product.words, 3);
	const platformWords = plan.platforms.flatMap((platform) =>
		rng.sample(PLATFORM_TEXT[platform].words, 1),
	);
	const candidates = [base, ...words.map((word) => `${word} ${base}`)];
	for (const word of platformWords)
		candidates.push(`${base} ${word}`, `${words[0]} ${base} ${word}`);
	if (plan.task) candidates.push(`how do i ${plan.task.alias}`, `how to ${plan.task.alias}`);
	if (plan.context)
		candidates.push(`${base} ${plan.context.replace(/^(in|on|for|after|since) (the )?/, '')}`);
	if (plan.error) candidates.push(`${plan.product.words[0]} error ${plan.error.toLowerCase()}`);
	candidates.push(misspell(rng, `${words[1] ?? words[0]} ${base}`));
	return candidates.map((alias) => alias.toLowerCase().replace(/\s+/g, ' ').trim());
}

function policyAliases(policy: PolicyTopic, audience: string): string[] {
	const name = policy.name.toLowerCase().replace(/[()]/g, '');
	const who = audience.replace(/^for (the )?/, '');
	return [
		`${name} policy`,
		`${name} rules`,
		`what are the ${name} rules`,
		...(who ? [`${name} policy ${who}`, `${name} rules ${who}`, `${who} ${name}`] : []),
	].map((alias) => alias.replace(/\s+/g, ' ').trim());
}

/** The phrase with two neighbouring letters of one word swapped, as typed in a hurry. */
function misspell(rng: Rng, phrase: string): string {
	const words = phrase.split(' ');
	const long = words.map((word, index) => ({ word, index })).filter(({ word }) => word.length > 4);
	if (long.length === 0) return phrase;
	const { word, index } = rng.pick(long);
	const at = rng.int(1, word.length - 2);
	words[index] = word.slice(0, at) + word.charAt(at + 1) + word.charAt(at) + word.slice(at + 2);
	return words.join(' ');
}

/** 2-5 aliases no other entry has claimed, since search cannot tell shared aliases apart. */
function claimAliases(context: RenderContext, plan: EntryPlan): string[] {
	const wanted = context.rng.int(2, 5);
	const claimed: string[] = [];
	for (const alias of aliasCandidates(context.rng, plan)) {
		if (claimed.length >= wanted) break;
		if (context.aliases.has(alias) || alias.length > 80) continue;
		context.aliases.add(alias);
		claimed.push(alias);
	}
	return claimed;
}

/** An old slug for about one entry in twenty, when it is free. */
function previousSlug(context: RenderContext, plan: EntryPlan): string | undefined {
	if (!context.rng.chance(0.05)) return undefined;
	const base = plan.problem?.phrase ?? plan.task?.alias ?? plan.policy?.name ?? plan.product.key;
	const slug = slugify(`${plan.product.key} ${base} ${plan.id.split('-')[1]}`);
	const key = `${plan.type}:${slug}`;
	if (context.slugs.has(key)) return undefined;
	context.slugs.add(key);
	return slug;
}

function devicesFor(plan: EntryPlan): Device[] {
	if (plan.platforms.length === 0) return [...plan.product.devices].sort();
	const mobileOrWeb = plan.platforms.some((p) => p === 'ios' || p === 'android' || p === 'web');
	const devices = plan.product.devices.filter((device) => device === 'corporate' || mobileOrWeb);
	return devices.length > 0 ? [...devices].sort() : ['corporate'];
}

function tagsFor(rng: Rng, plan: EntryPlan): string[] {
	const extra = plan.task ? 'how-to' : plan.type === 'policy' ? 'policy' : 'troubleshooting';
	const tags = new Set([...plan.product.tags, extra]);
	if (rng.chance(0.3)) tags.add(rng.pick(EXTRA_TAGS));
	return [...tags];
}

interface CommonFields {
	summary: string;
	updated: number;
	reviewBy?: number;
	related: EntryPlan[];
}

function commonFrontmatter(
	context: RenderContext,
	plan: EntryPlan,
	fields: CommonFields,
): string[] {
	const { rng } = context;
	const aliases = claimAliases(context, plan);
	const old = previousSlug(context, plan);
	const lines = [
		'---',
		`id: ${plan.id}`,
		`title: ${q(plan.title)}`,
		`summary: ${q(fields.summary)}`,
		`category: ${plan.product.category}`,
		`tags: ${flowList(tagsFor(rng, plan), true)}`,
	];
	if (aliases.length > 0) lines.push('aliases:', ...blockList(aliases));
	if (plan.platforms.length > 0) lines.push(`platforms: ${flowList(plan.platforms)}`);
	lines.push(`devices: ${flowList(devicesFor(plan))}`);
	lines.push(`updated: ${isoDate(fields.updated)}`);
	if (fields.reviewBy !== undefined) lines.push(`reviewBy: ${isoDate(fields.reviewBy)}`);
	lines.push(`owner: ${q(plan.product.owner)}`);
	if (fields.related.length > 0)
		lines.push(`related: ${flowList(fields.related.map((r) => r.id))}`);
	if (old) lines.push(`previousSlugs: [${old}]`);
	return lines;
}

/** When an article or policy last changed, and when it must be reviewed (always after the reference date). */
function reviewDates(rng: Rng): { updated: number; reviewBy: number } {
	const age = rng.int(0, 300);
	const updated = NOW - age * DAY;
	const months = age < 100 && rng.chance(0.5) ? 182 : 365;
	return { updated, reviewBy: updated + months * DAY };
}

// ------------------------------------------------------------------ body blocks

type Block =
	| { kind: 'p'; text: string }
	| { kind: 'h2'; text: string }
	| { kind: 'list'; items: string[] }
	| { kind: 'steps'; steps: StepDef[] }
	| { kind: 'callout'; tone: 'info' | 'warning' | 'danger'; title?: string; text: string }
	| { kind: 'platforms'; items: { os: Platform; text: string }[] }
	| { kind: 'error'; text: string };

const CALLOUT_NAMES = { info: 'Note', warning: 'Warning', danger: 'Important' } as const;

/** Markdown, with the portal's MDX components when `rich`. */
function renderBlocks(blocks: readonly Block[], rich: boolean): string {
	return `${blocks.map((block) => renderBlock(block, rich)).join('\n\n')}\n`;
}

function renderBlock(block: Block, rich: boolean): string {
	switch (block.kind) {
		case 'p':
			return block.text;
		case 'h2':
			return `## ${block.text}`;
		case 'list':
			return block.items.map((item) => `- ${item}`).join('\n');
		case 'steps':
			if (!rich) {
				return block.steps.map((s, i) => `${i + 1}. **${s.title}.** ${s.text}`).join('\n');
			}
			return [
				'<Steps>',
				...block.steps.map((s) => `<Step title="${attr(s.title)}">\n\n${s.text}\n\n</Step>`),
				'</Steps>',
			].join('\n');
		case 'callout': {
			if (!rich) return `> **${block.title ?? CALLOUT_NAMES[block.tone]}:** ${block.text}`;
			const title = block.title ? ` title="${attr(block.title)}"` : '';
			return `<Callout type="${block.tone}"${title}>\n\n${block.text}\n\n</Callout>`;
		}
		case 'platforms':
			if (!rich) {
				return block.items
					.map((item) => `**${upperFirst(PLATFORM_TEXT[item.os].title)}:** ${item.text}`)
					.join('\n\n');
			}
			return [
				'<Platforms>',
				...block.items.map((item) => `<Platform os="${item.os}">\n\n${item.text}\n\n</Platform>`),
				'</Platforms>',
			].join('\n');
		case 'error':
			return rich ? `<ErrorText text="${attr(block.text)}" />` : `\`${block.text}\``;
	}
}

/** Text safe inside a double-quoted JSX attribute. */
function attr(text: string): string {
	return text.replace(/"/g, "'");
}

function link(plan: EntryPlan): string {
	return `[${plan.title}](/${plan.id})`;
}

function closingBlocks(context: RenderContext, plan: EntryPlan): Block[] {
	const { rng } = context;
	const ask = rng.pick(ASKS);
	const guide =
		plan === context.guide ? '' : ` See [what to put in a ticket](/${context.guide.id}).`;
	const text = rng.pick([
		`Email [${SITE.email}](mailto:${SITE.email}) or phone ${SITE.phone}, ${SITE.hours}. Tell us ${ask}.${guide}`,
		`Raise a ticket from the [help page](/help/) or phone ${SITE.phone}. Include ${ask}; it saves a round of questions.${guide}`,
		`Contact the helpdesk at [${SITE.email}](mailto:${SITE.email}) and tell us ${ask}. If many people are affected, check the [status page](/status/) first.${guide}`,
	]);
	return [
		{ kind: 'h2', text: rng.pick(['Still not working?', 'Still stuck?', 'Need more help?']) },
		{ kind: 'p', text },
	];
}

function pickSteps(rng: Rng, product: Product, count: number): StepDef[] {
	const own = rng.sample(product.steps, Math.min(count, product.steps.length));
	const ordered = product.steps.filter((step) => own.includes(step));
	const steps = [...ordered];
	const generic = rng.sample(GENERIC_STEPS, 2).map((step) => ({
		title: fill(step.title, { app: product.app }),
		text: fill(step.text, { app: product.app, service: product.service }),
	}));
	if (rng.chance(0.5) && generic[0]) steps.unshift(generic[0]);
	if (rng.chance(0.5) && generic[1]) steps.push(generic[1]);
	const seen = new Set<string>();
	return steps.filter((step) => {
		if (seen.has(step.title)) return false;
		seen.add(step.title);
		return true;
	});
}

function relatedSentence(rng: Rng, related: readonly EntryPlan[]): string {
	const links = related.slice(0, 3).map(link);
	return rng.pick([
		`If this did not help, see ${joinWords(links)}.`,
		`Related help: ${joinWords(links)}.`,
		`Other people with this problem also read ${joinWords(links)}.`,
	]);
}

// ------------------------------------------------------------------ articles

function articleSummary(rng: Rng, plan: EntryPlan): string {
	const { product, task, problem, error } = plan;
	const where = plan.context ? ` ${plan.context}` : '';
	if (task) {
		return rng.pick([
			`How to ${lowerFirst(task.title)}${where}, step by step, and what to check if it does not work.`,
			`${task.why.replace(/\.$/, '')}; this guide shows how to ${lowerFirst(task.title)}${where}.`,
			`Step-by-step help to ${lowerFirst(task.title)}${where}, with the settings to check when something goes wrong.`,
		]);
	}
	const subject = subjectOf(product);
	if (error && problem) {
		return `What the ${product.name} message "${error.replace(/\.$/, '')}" means and how to ${problem.fix}.`;
	}
	return `If ${subject} ${problem!.title}${where}, ${problem!.fix}; this page walks you through it.`;
}

/** The product as it reads mid-sentence: "Outlook", "your laptop". */
function subjectOf(product: Product): string {
	return /^(Your|The) /.test(product.name) ? lowerFirst(product.name) : product.name;
}

function articleIntro(rng: Rng, plan: EntryPlan): string {
	const { product, task, problem } = plan;
	const where = plan.context ? ` ${plan.context}` : '';
	const facts = rng.sample(product.facts, rng.int(1, 2)).join(' ');
	const platformNote =
		plan.platforms.length > 0
			? ` These steps are written for ${joinWords(plan.platforms.map((p) => PLATFORM_TEXT[p].name))}.`
			: '';
	if (task) {
		const minutes = rng.pick([5, 10, 10, 15, 20]);
		return `Use this when you want to ${lowerFirst(task.title)}${where}. ${task.why} ${facts}${platformNote} It takes about ${minutes} minutes.`;
	}
	const symptom = problem!.symptom;
	const opener = rng.pick([
		`Use this when ${subjectOf(product)} ${problem!.title}${where}.`,
		`This page is for you if ${subjectOf(product)} ${problem!.title}${where}.`,
		`${symptom}? You are not alone, and it is usually quick to fix.`,
	]);
	const detail = opener.startsWith(symptom) ? '' : ` Typically: ${midSentence(symptom)}.`;
	return `${opener}${detail} ${facts}${platformNote} Work through the steps in order; most people are back to normal after the first two or three.`;
}

function renderArticle(context: RenderContext, plan: EntryPlan): string {
	const { rng } = context;
	const { product } = plan;
	const dates = reviewDates(rng);
	const related = pickRelated(context, plan, rng.int(1, 4));
	const summary = articleSummary(rng, plan);
	const frontmatter = commonFrontmatter(context, plan, { summary, ...dates, related });
	const blocks: Block[] = [{ kind: 'p', text: articleIntro(rng, plan) }];

	if (rng.chance(0.4)) {
		blocks.push({ kind: 'h2', text: 'Before you start' });
		blocks.push({ kind: 'list', items: rng.sample(BEFORE_YOU_START, rng.int(2, 4)) });
	}
	if (plan.platforms.length >= 2 && rng.chance(0.6)) {
		blocks.push({ kind: 'h2', text: `Find ${product.app}` });
		blocks.push({
			kind: 'platforms',
			items: plan.platforms.map((os) => ({
				os,
				text: fill(PLATFORM_TEXT[os].hint, { app: product.app }),
			})),
		});
	}
	blocks.push({ kind: 'h2', text: rng.pick(['Steps', 'What to do', 'Fix it', 'How to do it']) });
	blocks.push({ kind: 'steps', steps: pickSteps(rng, product, rng.int(3, 5)) });
	if (rng.chance(0.5)) {
		const tone = rng.pick(['info', 'warning'] as const);
		const title = rng.chance(0.5)
			? rng.pick(['Good to know', 'Before you go further', 'Tip'])
			: undefined;
		blocks.push({
			kind: 'callout',
			tone,
			text: rng.pick(product.tips),
			...(title ? { title } : {}),
		});
	}
	const error =
		plan.error ?? (plan.problem && rng.chance(0.35) ? rng.pick(product.errors) : undefined);
	if (error) blocks.push(...errorBlocks(rng, product, error));
	if (plan.problem && rng.chance(0.5)) {
		blocks.push({ kind: 'h2', text: 'Why this happens' });
		blocks.push({
			kind: 'p',
			text: `Most often, ${rng.pick(product.causes)}. ${rng.pick(product.facts)} The steps above deal with that without losing any of your work.`,
		});
	}
	if (related.length > 0) blocks.push({ kind: 'p', text: relatedSentence(rng, related) });
	if (rng.chance(0.3)) {
		const category = CATEGORIES[product.category]!;
		blocks.push({
			kind: 'p',
			text: `More help with ${lowerFirst(category.title)} is in [${category.title}](/categories/${product.category}/).`,
		});
	}
	blocks.push(...closingBlocks(context, plan));
	return `${frontmatter.join('\n')}\n---\n\n${renderBlocks(blocks, plan.rich)}`;
}

function errorBlocks(rng: Rng, product: Product, error: string): Block[] {
	return [
		{
			kind: 'p',
			text: rng.pick([
				'You may see this message:',
				'The message usually reads:',
				'If you see this error:',
			]),
		},
		{ kind: 'error', text: error },
		{
			kind: 'p',
			text: rng.pick([
				`It means ${product.app} could not finish what it was doing. The steps above clear it in most cases; if it comes back, copy it exactly into your ticket.`,
				`Copy it exactly, with any code, if you contact us: it tells us which part of ${product.service} failed.`,
				'It looks alarming but your data is safe. Work through the steps, and keep the message for the helpdesk if they do not help.',
			]),
		},
	];
}

// ------------------------------------------------------------------ known errors

const STATUSES: readonly KnownErrorStatus[] = KNOWN_ERROR_STATUSES;

interface Timeline {
	status: KnownErrorStatus;
	firstSeen: number;
	resolvedAt?: number;
	updates: { at: number; status?: KnownErrorStatus; note: string }[];
}

function pickStatus(rng: Rng): KnownErrorStatus {
	const roll = rng.next();
	if (roll < 0.55) return 'resolved';
	return rng.pick(STATUSES.slice(0, 5));
}

function pickSeverity(rng: Rng): Severity {
	const roll = rng.next();
	return roll < 0.1 ? 'critical' : roll < 0.5 ? 'major' : 'minor';
}

/** 3-5 updates from firstSeen on, walking the statuses in order and ending at the current one. */
function makeTimeline(rng: Rng, plan: EntryPlan, cause: string): Timeline {
	const status = pickStatus(rng);
	const resolved = status === 'resolved';
	const firstSeen =
		NOW - (resolved ? rng.int(20, 400) : rng.int(1, 30)) * DAY - rng.int(0, 600) * MINUTE;
	const last = resolved
		? firstSeen + rng.int(1, 10) * DAY + rng.int(0, 480) * MINUTE
		: NOW - rng.int(60, 1200) * MINUTE;
	const count = rng.int(3, 5);
	const target = STATUSES.indexOf(status);
	const start = firstSeen + rng.int(30, 120) * MINUTE;
	const span = Math.max(last - start, count * HOUR);
	const updates: Timeline['updates'] = [];
	let level = 0;
	for (let i = 0; i < count; i++) {
		const isLast = i === count - 1;
		const at = isLast
			? start + span
			: start + Math.floor((span * i) / (count - 1)) + rng.int(-20, 20) * MINUTE;
		const previous = level;
		if (isLast) level = target;
		else if (i > 0) level = Math.min(target, level + rng.int(0, 2));
		const changed = i === 0 || level !== previous;
		const note = timelineNote(rng, plan, STATUSES[level]!, changed, cause);
		updates.push({ at, note, ...(changed || rng.chance(0.6) ? { status: STATUSES[level]! } : {}) });
	}
	return {
		status,
		firstSeen,
		...(resolved ? { resolvedAt: updates.at(-1)!.at } : {}),
		updates,
	};
}

function timelineNote(
	rng: Rng,
	plan: EntryPlan,
	status: KnownErrorStatus,
	changed: boolean,
	cause: string,
): string {
	const { product, problem } = plan;
	const symptom = midSentence(problem!.symptom);
	if (!changed) {
		return rng.pick([
			'No change since the last update. Keep using the workaround on this page.',
			`Still working on this with ${product.vendor}. We will post again by the next update time.`,
			'More reports came in this morning, all matching the pattern above. Nothing new to do on your side.',
		]);
	}
	switch (status) {
		case 'investigating':
			return rng.pick([
				`We are getting reports that ${symptom}. We are investigating.`,
				`${upperFirst(affected(plan.context))} report the same problem: ${symptom}. We are looking into it.`,
			]);
		case 'identified':
			return `We have found the cause: ${cause}. We are working out the safest fix.`;
		case 'workaround':
			return `There is a workaround: ${problem!.fix}. The steps are on this page and work for most people.`;
		case 'fix-in-progress':
			return rng.pick([
				`${upperFirst(product.vendor)} have released a fix. We are testing it before rolling it out.`,
				'A fix is ready and is rolling out in groups over the next few days. Restart when you are asked to.',
			]);
		case 'monitoring':
			return 'The fix is in place for everyone. We are watching for the problem to come back before we close this.';
		case 'resolved':
			return 'No reports since the fix went in. This is resolved; if you still see the problem, raise a ticket and mention this page.';
	}
}

/** Who a known error affects, from its trigger: "people in the Leeds office", "some new starters". */
function affected(trigger: string): string {
	if (trigger.startsWith('for ')) return trigger.slice(4);
	if (/^(in|on) /.test(trigger)) return `people ${trigger}`;
	return `some people (${trigger})`;
}

function knownErrorSummary(plan: EntryPlan, status: KnownErrorStatus): string {
	const what = `${subjectOf(plan.product)} ${plan.problem!.title} ${plan.context}`;
	switch (status) {
		case 'resolved':
			return upperFirst(
				`a resolved problem where ${what}; this page explains the cause and the fix.`,
			);
		case 'investigating':
			return upperFirst(
				`${what}: we know and are investigating, and will post updates on this page.`,
			);
		case 'identified':
			return upperFirst(
				`${what}: we know the cause and are working on a fix; updates are posted here.`,
			);
		default:
			return `If ${what}, ${plan.problem!.fix} until the fix reaches you.`;
	}
}

function renderKnownError(context: RenderContext, plan: EntryPlan): string {
	const { rng } = context;
	const { product, problem } = plan;
	const cause = rng.pick(product.causes);
	const timeline = makeTimeline(rng, plan, cause);
	const { status } = timeline;
	const open = status !== 'resolved';
	if (open) context.openKnownErrors.push(plan);
	const lastUpdate = timeline.updates.at(-1)!.at;
	const related = pickRelated(context, plan, rng.int(1, 3));
	const errors = rng.sample(product.errors, rng.int(1, 3));
	if (rng.chance(0.3)) errors.push(generatedCode(rng, product));
	const symptoms = [problem!.symptom, ...rng.sample(EXTRA_SYMPTOMS, rng.int(1, 2))];
	const lines = commonFrontmatter(context, plan, {
		summary: knownErrorSummary(plan, status),
		updated: lastUpdate,
		related,
	});
	lines.push(`status: ${status}`, `severity: ${pickSeverity(rng)}`);
	const services = [product.service];
	if (plan.platforms.length === 1 && rng.chance(0.3)) {
		services.push(`${product.app} on ${PLATFORM_TEXT[plan.platforms[0]!].name}`);
	}
	lines.push(`services: ${flowList(services, true)}`);
	lines.push('symptoms:', ...blockList(symptoms));
	lines.push('errorMessages:', ...blockList([...new Set(errors)]));
	lines.push(`firstSeen: ${isoDateTime(timeline.firstSeen)}`);
	if (timeline.resolvedAt !== undefined)
		lines.push(`resolvedAt: ${isoDateTime(timeline.resolvedAt)}`);
	if (open && status !== 'investigating' && rng.chance(0.7)) {
		lines.push(`fixEta: ${fixEta(rng, product)}`);
	}
	if (open && rng.chance(0.8)) {
		// A week or more ahead, so `npm run check` does not call the update overdue straight away.
		lines.push(`nextUpdate: ${isoDateTime(NOW + rng.int(7, 28) * DAY + rng.int(0, 8) * HOUR)}`);
	}
	context.problemRef += rng.int(1, 9);
	lines.push(`problemRef: ${q(`PRB${String(context.problemRef).padStart(7, '0')}`)}`);
	lines.push('updates:');
	for (const update of timeline.updates) {
		lines.push(`  - at: ${isoDateTime(update.at)}`);
		if (update.status) lines.push(`    status: ${update.status}`);
		lines.push(`    note: ${q(update.note)}`);
	}
	const body = knownErrorBody(rng, plan, timeline, { cause, error: errors[0]!, symptoms, related });
	return `${lines.join('\n')}\n---\n\n${renderBlocks(body, plan.rich)}`;
}

/** An error code in the product's style that no vocabulary list holds, e.g. 0x80071a2f. */
function generatedCode(rng: Rng, product: Product): string {
	const hex = () => rng.int(0, 0xffff).toString(16).padStart(4, '0');
	if (product.key === 'accounts' || product.key === 'mfa') return `AADSTS${rng.int(50000, 90099)}`;
	if (product.key === 'teams') return `caa${hex()}`;
	if (product.key === 'zoom') return `Error code ${rng.int(1000, 109999)}`;
	return `0x8007${hex()}`;
}

function fixEta(rng: Rng, product: Product): string {
	if (rng.chance(0.5)) return isoDateTime(NOW + rng.int(3, 40) * DAY + rng.int(8, 17) * HOUR);
	return q(
		rng.pick([
			"next Tuesday's patch",
			`the next ${product.versioned?.name ?? product.app} release`,
			'the December maintenance window',
			`when ${product.vendor} publish their fix`,
			'within two weeks, once testing is done',
		]),
	);
}

interface KnownErrorFacts {
	cause: string;
	/** The error shown in the body. */
	error: string;
	symptoms: readonly string[];
	related: readonly EntryPlan[];
}

function knownErrorBody(
	rng: Rng,
	plan: EntryPlan,
	timeline: Timeline,
	facts: KnownErrorFacts,
): Block[] {
	const { cause, error, symptoms, related } = facts;
	const { product, problem } = plan;
	const { status, firstSeen } = timeline;
	const blocks: Block[] = [{ kind: 'h2', text: 'Workaround' }];
	if (status === 'resolved') {
		blocks.push({
			kind: 'p',
			text: 'You no longer need a workaround. If the problem comes back, these steps still help while we look at it:',
		});
	} else {
		blocks.push({
			kind: 'p',
			text: rng.pick([
				'Try these in order. Most people only need the first one.',
				`Until the fix reaches you, ${problem!.fix}:`,
				'These steps get you working again while we fix the cause:',
			]),
		});
	}
	blocks.push({ kind: 'steps', steps: pickSteps(rng, product, rng.int(2, 4)) });
	if (rng.chance(0.4)) {
		blocks.push({
			kind: 'callout',
			tone: rng.pick(['info', 'warning'] as const),
			text: rng.pick(product.tips),
		});
	}
	blocks.push({ kind: 'h2', text: 'Symptoms' });
	blocks.push({
		kind: 'p',
		text: `Since ${spokenDate(firstSeen)}, ${affected(plan.context)} have found that ${midSentence(problem!.symptom)}. ${rng.pick(['It does not happen to everyone, and it can come and go.', 'Restarting helps for a while, then it starts again.', 'It started without any change on your side.'])} You may see this message:`,
	});
	blocks.push({ kind: 'error', text: error });
	if (rng.chance(0.4)) {
		blocks.push({ kind: 'p', text: 'Other signs of the same problem:' });
		blocks.push({ kind: 'list', items: symptoms.slice(1).map((symptom) => `${symptom}.`) });
	}
	if (rng.chance(0.5)) blocks.push(...whoIsAffected(rng, plan));
	blocks.push({ kind: 'h2', text: 'Cause' });
	blocks.push({
		kind: 'p',
		text:
			status === 'investigating'
				? `We do not know the cause yet. We are comparing affected and unaffected devices and working with ${product.vendor}. We will explain it here as soon as we know.`
				: `${upperFirst(cause)}. ${rng.pick(['Nothing you did caused it.', 'It was not caused by anything on your device.', 'Only some devices were affected, depending on when they last updated.'])}`,
	});
	blocks.push({ kind: 'h2', text: 'Fix' });
	blocks.push({ kind: 'p', text: fixParagraph(rng, plan, timeline) });
	if (related.length > 0) blocks.push({ kind: 'p', text: relatedSentence(rng, related) });
	return blocks;
}

function whoIsAffected(rng: Rng, plan: EntryPlan): Block[] {
	const platforms = plan.platforms.map((p) => PLATFORM_TEXT[p].name);
	const on = platforms.length > 0 ? ` on ${joinWords(platforms)}` : '';
	return [
		{ kind: 'h2', text: 'Who is affected' },
		{
			kind: 'p',
			text: `${upperFirst(affected(plan.context))} using ${plan.product.service}${on}. ${rng.pick([
				'Other devices and offices are working normally.',
				'We have not seen it anywhere else, but tell us if you do.',
				'The number of reports has been steady since the first day.',
			])} ${rng.pick([
				'You do not need to raise a ticket to tell us you are affected; we know.',
				'If you are affected and the workaround does not help, raise a ticket and mention this page.',
			])}`,
		},
	];
}

function fixParagraph(rng: Rng, plan: EntryPlan, timeline: Timeline): string {
	const { product } = plan;
	switch (timeline.status) {
		case 'resolved':
			return `This was fixed on ${spokenDate(timeline.resolvedAt!)}. ${rng.pick([`${upperFirst(product.vendor)} released a corrected version and we installed it everywhere.`, 'We reversed the change that caused it and checked every affected device.', 'The faulty setting was corrected centrally, so you did not need to do anything.'])} If you still see the problem, raise a ticket and mention ${plan.id}.`;
		case 'monitoring':
			return 'The fix is in place. We are keeping this page open for a few days in case the problem returns; you do not need to do anything.';
		case 'fix-in-progress':
			return `${upperFirst(product.vendor)} have a fix and we are rolling it out in groups. It installs automatically; restart when you are asked to. Keep using the workaround until then.`;
		case 'workaround':
			return `We are waiting for a permanent fix from ${product.vendor}. The workaround above is safe to keep using, and we will update this page when the fix is scheduled.`;
		default:
			return `There is no fix yet. We post an update here at least once a working day, even when nothing has changed.`;
	}
}

// ------------------------------------------------------------------ policies

function renderPolicy(context: RenderContext, plan: EntryPlan): string {
	const { rng } = context;
	const policy = plan.policy!;
	const dates = reviewDates(rng);
	const articles = context.articlesByProduct;
	const related = pickRelated(context, plan, rng.int(2, 4));
	const lead = plan.context ? `For ${plan.context.replace(/^for /, '')}, this` : 'This';
	const summary = `${lead} policy sets out ${policy.scope}, and who to contact when something goes wrong.`;
	const lines = commonFrontmatter(context, plan, { summary, ...dates, related });
	const version = `${rng.int(1, 4)}.${rng.int(0, 9)}`;
	const effective = dates.updated - rng.int(0, 30) * DAY;
	lines.push(`version: ${q(version)}`, `effective: ${isoDate(effective)}`);
	const rows = [...policy.matrix, ...rng.sample(GENERIC_MATRIX, rng.int(2, 4))];
	lines.push('supportMatrix:');
	for (const row of rows) {
		lines.push(`  - topic: ${q(row.topic)}`, `    who: ${row.who}`, `    how: ${q(row.how)}`);
		const target = row.product ? articles.get(row.product) : undefined;
		if (target && target.length > 0) lines.push(`    link: ${rng.pick(target).id}`);
	}
	const body = policyBody(context, plan, { version, effective });
	return `${lines.join('\n')}\n---\n\n${renderBlocks(body, plan.rich)}`;
}

/** An optional section of policies.yaml as blocks: its heading, then its list or paragraph. */
function policySection(
	section: PolicySection,
	plan: EntryPlan,
	release: { version: string; effective: number },
): Block[] {
	const heading: Block = { kind: 'h2', text: section.heading };
	if ('items' in section) return [heading, { kind: 'list', items: section.items }];
	const effective = `${spokenDate(release.effective)} ${new Date(release.effective).getUTCFullYear()}`;
	const values = { owner: plan.product.owner, version: release.version, effective };
	return [heading, { kind: 'p', text: fill(section.text, values) }];
}

function policyBody(
	context: RenderContext,
	plan: EntryPlan,
	release: { version: string; effective: number },
): Block[] {
	const { rng } = context;
	const policy = plan.policy!;
	const who = plan.context
		? plan.context.replace(/^for /, '')
		: 'all employees, contractors and temporary staff';
	const rules = [...policy.rules];
	if (rng.chance(0.5)) rules.push(...POLICY_EXTRA_RULES);
	const blocks: Block[] = [
		{ kind: 'h2', text: 'Purpose' },
		{
			kind: 'p',
			text: `This policy sets out ${policy.scope}. It protects company data and your own, and makes clear who helps you when something goes wrong. ${rng.pick(plan.product.facts)}`,
		},
		{ kind: 'h2', text: 'Who it applies to' },
		{
			kind: 'p',
			text: `It applies to ${who}. Where a local rule is stricter than this policy, the stricter rule wins. Managers make sure their teams know about it.`,
		},
		{ kind: 'h2', text: 'The rules' },
		{ kind: 'list', items: rules },
		{
			kind: 'callout',
			tone: 'danger',
			title: 'If something goes wrong',
			text: `Tell the helpdesk straight away on ${SITE.phone}. Reporting early is never held against you.`,
		},
		{ kind: 'h2', text: 'What IT does' },
		{
			kind: 'list',
			items: rng.sample(POLICY_IT_DUTIES, 3),
		},
		...rng
			.sample(POLICY_SECTIONS, rng.int(1, 3))
			.sort((a, b) => POLICY_SECTIONS.indexOf(a) - POLICY_SECTIONS.indexOf(b))
			.flatMap((section) => policySection(section, plan, release)),
		{ kind: 'h2', text: 'Questions' },
		{
			kind: 'p',
			text: `If you are unsure whether something is covered, check the support table on this page or contact the helpdesk at [${SITE.email}](mailto:${SITE.email}). ${relatedSentence(rng, pickRelated(context, plan, 2))}`,
		},
	];
	return blocks;
}

// ---------------------------------------------------------------------------------------------------
// Data files and notices

function renderSite(): string {
	return [
		'# Site settings for the help portal (a generated benchmark corpus).',
		`portalName: ${SITE.portalName}`,
		`organisation: ${SITE.organisation}`,
		`helpdeskEmail: ${SITE.email}`,
		`phone: ${SITE.phone}`,
		`openingHours: ${SITE.hours}`,
		'defaultLanguage: en-GB',
		'handoff:',
		'  mode: mailto',
		`  email: ${SITE.email}`,
		'',
	].join('\n');
}

function renderCategories(): string {
	const lines = ['# Categories group entries on the home page and at /categories/<key>/.'];
	for (const [key, category] of Object.entries(CATEGORIES)) {
		lines.push(`${key}:`, `  title: ${category.title}`, `  description: ${category.description}`);
		if (category.icon) lines.push(`  icon: ${category.icon}`);
	}
	return `${lines.join('\n')}\n`;
}

function renderSynonyms(): string {
	const lines = ['# Each line is a group of words or phrases that mean the same thing to users.'];
	for (const group of SYNONYMS) lines.push(`- [${group.join(', ')}]`);
	return `${lines.join('\n')}\n`;
}

interface NoticeDef {
	title: string;
	severity: 'maintenance' | 'degraded';
	starts: number;
	ends: number;
	services: string[];
	message: string;
	link: string;
}

/** One finished maintenance, one degradation active at the reference date and one planned maintenance. */
function renderNotices(context: RenderContext): { name: string; text: string }[] {
	const { rng } = context;
	const articleOf = (key: string) =>
		context.articlesByProduct.get(key)?.[0] ?? (context.guide as EntryPlan);
	const degraded = context.openKnownErrors[0] ?? articleOf('vpn');
	const pastStart = NOW - rng.int(7, 12) * DAY + 8 * HOUR;
	const activeStart = NOW - rng.int(1, 3) * DAY - rng.int(1, 6) * HOUR;
	const futureStart = NOW + rng.int(3, 9) * DAY + 7 * HOUR;
	const notices: NoticeDef[] = [
		{
			title: 'Exchange Online maintenance',
			severity: 'maintenance',
			starts: pastStart,
			ends: pastStart + 6 * HOUR,
			services: ['Email'],
			message:
				'Email may be slow or briefly unavailable while we move mailboxes to new servers. If Outlook asks you to restart or sign in afterwards, please do so.',
			link: articleOf('outlook').id,
		},
		{
			title: `${degraded.product.service} problems for some people`,
			severity: 'degraded',
			starts: activeStart,
			ends: NOW + rng.int(5, 12) * DAY,
			services: [degraded.product.service],
			message: `Some people have problems with ${degraded.product.service}. The linked page has a workaround and the latest updates.`,
			link: degraded.id,
		},
		{
			title: 'Wi-Fi controller upgrade',
			severity: 'maintenance',
			starts: futureStart,
			ends: futureStart + 4 * HOUR,
			services: ['Office Wi-Fi'],
			message:
				"Wi-Fi in all offices will drop for up to ten minutes during this window. Use a network cable or your phone's hotspot if you need to stay connected.",
			link: articleOf('wifi').id,
		},
	];
	return notices.map((notice, index) => renderNotice(`N-${index + 1}`, notice));
}

function renderNotice(id: string, notice: NoticeDef): { name: string; text: string } {
	const text = [
		`id: ${id}`,
		`title: ${q(notice.title)}`,
		`severity: ${notice.severity}`,
		`starts: ${isoDateTime(notice.starts)}`,
		`ends: ${isoDateTime(notice.ends)}`,
		`services: ${flowList(notice.services, true)}`,
		`message: ${q(notice.message)}`,
		`link: ${notice.link}`,
		'',
	].join('\n');
	return { name: `${id}-${slugify(notice.title)}.yaml`, text };
}

// ---------------------------------------------------------------------------------------------------
// CLI

function runCli(args: string[]) {
	const positional = args.filter((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--seed');
	const seedAt = args.indexOf('--seed');
	const [dir, count] = positional;
	if (!dir || !count) {
		console.error(
			'usage: node scripts/bench/corpus/generate.ts <dir> <entries> [--seed N] [--markdown-only]',
		);
		process.exitCode = 2;
		return;
	}
	const started = performance.now();
	const summary = generateCorpus(dir, {
		entries: Number(count),
		...(seedAt >= 0 ? { seed: Number(args[seedAt + 1]) } : {}),
		markdownOnly: args.includes('--markdown-only'),
	});
	console.log(JSON.stringify({ ...summary, ms: Math.round(performance.now() - started) }, null, 2));
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
	runCli(process.argv.slice(2));
}
