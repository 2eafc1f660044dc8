/**
 * The benchmark corpus's vocabulary: the YAML files beside this module, read and checked once when the
 * generator is imported (tests point {@link loadVocabulary} at edited copies). Every file is validated
 * against a schema, and references between files (a product's category, a policy's product) are
 * resolved, so a typo stops the bench run with the file and field to fix instead of an odd failure
 * halfway through writing 10,000 entries.
 *
 * Texts with `{name}` placeholders are templates, filled by {@link fill}; each template field lists the
 * names it may use, so a misspelt placeholder is caught here too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { CategorySchema } from '../../../src/schemas/categories.ts';
import { DEVICES, PLATFORMS, type Platform } from '../../../src/schemas/enums.ts';
import { SUPPORT_ROUTES } from '../../../src/schemas/policy.ts';

// ---------------------------------------------------------------------------------------------------
// Templates

const PLACEHOLDER = /\{(\w+)\}/g;

/** The template with each `{name}` replaced by `values[name]`; a name without a value is an error. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
	return template.replace(PLACEHOLDER, (_, name: string) => {
		const value = values[name];
		if (value === undefined)
			throw new Error(`no value for {${name}} in the template "${template}"`);
		return String(value);
	});
}

/** Non-empty text that uses no placeholders but the `allowed` ones (none for plain text). */
function text(...allowed: string[]) {
	return z
		.string()
		.min(1)
		.superRefine((value, ctx) => {
			for (const [, name] of value.matchAll(PLACEHOLDER)) {
				if (allowed.includes(name!)) continue;
				const known = allowed.length > 0 ? allowed.map((a) => `{${a}}`).join(', ') : 'none';
				// Plain texts allow none: MDX would read a stray {word} in a body as code.
				ctx.addIssue({
					code: 'custom',
					message: `{${name}} is not a placeholder here (allowed: ${known})`,
				});
			}
		});
}

/** A list the generator picks from, so it must not be empty. */
function list<T extends z.ZodType>(item: T) {
	return z.array(item).min(1, { error: 'needs at least one item' });
}

/** Whether YAML reads the text back as the same string when it is written without quotes. */
function isPlain(value: string, inFlowList: boolean): boolean {
	if (/: |\s#|^([-?:]\s|[,[\]{}#&*!|>'"%@`])|^\s|\s$/.test(value)) return false;
	return !inFlowList || !/[,[\]{}]/.test(value);
}

/**
 * Text the generator writes unquoted into the corpus's own YAML (categories, synonyms, site), where a
 * `: ` or a leading `[` would change what the portal reads; `inFlowList` for items of a `[a, b]` list.
 */
function unquoted(schema: z.ZodString = z.string().min(1), inFlowList = false) {
	return schema.refine((value) => isPlain(value, inFlowList), {
		error: inFlowList
			? 'is written unquoted into a [a, b] list: avoid commas, brackets, ": " and " #"'
			: 'is written unquoted into the corpus YAML: avoid ": ", " #" and a leading quote or bracket',
	});
}

// ---------------------------------------------------------------------------------------------------
// Schemas, one per file

const KEY = /^[a-z][a-z0-9-]*$/;
const key = () => z.string().regex(KEY, { error: 'expected a lowercase key such as outlook' });

const StepSchema = z.strictObject({ title: text(), text: text() });

const ProductSchema = z.strictObject({
	/** As it starts a title: "Outlook", "Your laptop". */
	name: text(),
	/** The app or place users open. */
	app: text(),
	category: key(),
	owner: text(),
	vendor: text(),
	/** The service as users know it, for known errors and notices. */
	service: text(),
	/** The name of what gets new versions, for "since GlobalProtect 6.3", and its range of majors. */
	versioned: z
		.strictObject({
			name: text(),
			major: z
				.tuple([z.int().nonnegative(), z.int().nonnegative()])
				.refine(([low, high]) => low <= high, { error: 'expected [lowest, highest]' }),
		})
		.optional(),
	platforms: z.array(z.enum(PLATFORMS)),
	devices: list(z.enum(DEVICES)),
	/** Words users type for it, typos included; the first is the plainest. */
	words: list(text()),
	tags: z.array(text()),
	facts: list(text()),
	tasks: list(
		z.strictObject({
			/** The article title, in the reader's words. */
			title: text(),
			/** What a user might type for it. */
			alias: text(),
			/** Why or when someone needs it, one sentence. */
			why: text(),
		}),
	),
	problems: list(
		z.strictObject({
			/** Follows the product name: "Outlook" + "is not syncing new email". */
			title: text(),
			/** What a user might type for it. */
			phrase: text(),
			/** What the user sees, one sentence without a full stop. */
			symptom: text(),
			/** The fix in a few words, lowercase, without a full stop. */
			fix: text(),
		}),
	),
	steps: list(StepSchema),
	/** Lowercase clauses: "the offline copy of the mailbox ...". */
	causes: list(text()),
	/** Verbatim error codes and messages (quote codes such as 0x80070005, or YAML reads a number). */
	errors: list(text()),
	tips: list(text()),
	/** How often entries are about it, relative to the others. */
	weight: z.number().positive(),
	/** Whether known errors are written about it. */
	knownErrors: z.boolean(),
});

/** Keyed by product; the order is kept, because weighted picks walk the products in it. */
const ProductsSchema = z.record(key(), ProductSchema);

/** The portal's own category rules, plus what writing them unquoted needs. */
const CategoriesSchema = z.record(
	key(),
	z.strictObject({
		title: unquoted(CategorySchema.shape.title),
		description: unquoted(CategorySchema.shape.description),
		icon: unquoted().optional(),
	}),
);

const SynonymsSchema = z.array(
	z.array(unquoted(undefined, true)).min(2, { error: 'a synonym group needs at least two words' }),
);

const SiteSchema = z.strictObject({
	portalName: unquoted(),
	organisation: unquoted(),
	email: z.email(),
	phone: unquoted(),
	hours: unquoted(),
	/** Office names, for titles and known-error triggers: "in the Leeds office". */
	offices: list(text()),
});

const PlatformSchema = z.strictObject({
	/** Ends a title: "on a Mac". */
	title: text(),
	/** Mid-sentence: "written for a Mac". */
	name: text(),
	/** Words users add to a search for it. */
	words: list(text()),
	/** Where to find the app on this platform. */
	hint: text('app'),
});

const PlatformsSchema = z.record(z.enum(PLATFORMS), PlatformSchema);

const MatrixRowSchema = z.strictObject({
	topic: text(),
	who: z.enum(SUPPORT_ROUTES),
	how: text(),
	/** Link the row to an article about this product, when there is one. */
	product: key().optional(),
});

const PoliciesSchema = z.strictObject({
	/** Who a policy is for, appended to its title; an empty one means everyone. */
	audiences: list(z.string()),
	topics: list(
		z.strictObject({
			name: text(),
			category: key(),
			product: key(),
			/** What the policy covers, after "This policy sets out". */
			scope: text(),
			rules: list(text()),
			matrix: z.array(MatrixRowSchema),
		}),
	),
	/** Rows any policy's support table may add to its own. */
	genericMatrix: z.array(MatrixRowSchema),
	/** Rules about half of the policies add to their topic's. */
	extraRules: z.array(text()),
	/** Promises for "What IT does"; a policy lists three. */
	itDuties: z.array(text()),
	/** Optional sections, in the order they appear: a heading and a list or a paragraph. */
	sections: list(
		z.union([
			z.strictObject({ heading: text(), items: list(text()) }),
			z.strictObject({ heading: text(), text: text('owner', 'version', 'effective') }),
		]),
	),
});

const PhrasesSchema = z.strictObject({
	/** Where an article applies, appended to its title; empty ones leave titles bare. */
	qualifiers: list(z.string()),
	/** What set a known error off, ending its title: "for some contractors". */
	triggers: list(text()),
	/** For "on the third floor in Leeds". */
	floors: list(text()),
	/** A tag some entries add to their product's. */
	extraTags: list(text()),
	/** Signs any known error may list after its problem's own symptom. */
	extraSymptoms: z.array(text()),
	/** Steps that fit any product. */
	genericSteps: z.array(z.strictObject({ title: text('app'), text: text('app', 'service') })),
	beforeYouStart: z.array(text()),
	/** What to tell the helpdesk, after "Tell us". */
	asks: list(text()),
	/** Names that keep their capital letter mid-sentence. */
	properNouns: list(text()),
});

// ---------------------------------------------------------------------------------------------------
// Types the generator works with

export type StepDef = z.output<typeof StepSchema>;
export type Product = z.output<typeof ProductSchema> & { key: string };
export type TaskDef = Product['tasks'][number];
export type ProblemDef = Product['problems'][number];
type PlatformText = z.output<typeof PlatformSchema>;
type Policies = z.output<typeof PoliciesSchema>;
export type PolicyTopic = Policies['topics'][number];
export type PolicySection = Policies['sections'][number];
type Site = z.output<typeof SiteSchema>;

export interface Vocabulary {
	/** In the order of products.yaml. */
	products: Product[];
	categories: z.output<typeof CategoriesSchema>;
	synonyms: string[][];
	site: Omit<Site, 'offices'>;
	offices: string[];
	platforms: Record<Platform, PlatformText>;
	policies: Policies;
	phrases: z.output<typeof PhrasesSchema>;
}

// ---------------------------------------------------------------------------------------------------
// Loading

/** Where a problem is, as `outlook.problems[2].fix`. */
function fieldPath(path: readonly PropertyKey[]): string {
	const parts = path.map((part, index) =>
		typeof part === 'number' ? `[${part}]` : `${index > 0 ? '.' : ''}${String(part)}`,
	);
	return parts.join('') || '(the whole file)';
}

function fail(what: string, problems: readonly string[]): never {
	throw new Error(`${what}:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
}

/** One data file, parsed and validated; the error names the file and every field that is wrong. */
function readFile<T extends z.ZodType>(dir: string, name: string, schema: T): z.output<T> {
	const file = join(dir, name);
	let data: unknown;
	try {
		data = parse(readFileSync(file, 'utf8'));
	} catch (error) {
		fail(`${file} is not valid YAML`, [(error as Error).message]);
	}
	const result = schema.safeParse(data);
	if (!result.success) {
		fail(
			`${file} is not valid`,
			result.error.issues.map((issue) => `${fieldPath(issue.path)}: ${issue.message}`),
		);
	}
	return result.data;
}

/** References between files, which no single schema can see. */
function crossCheck(dir: string, vocabulary: Vocabulary) {
	const { products, categories, policies } = vocabulary;
	const keys = new Set(products.map((product) => product.key));
	const problems: string[] = [];
	const category = (where: string, value: string) => {
		if (!Object.hasOwn(categories, value)) {
			problems.push(`${where}: no category "${value}" in categories.yaml`);
		}
	};
	const product = (where: string, value: string | undefined) => {
		if (value !== undefined && !keys.has(value)) {
			problems.push(`${where}: no product "${value}" in products.yaml`);
		}
	};
	for (const item of products) category(`products.yaml: ${item.key}.category`, item.category);
	// The first article is the ticket guide every "Still not working?" section links to.
	if (!keys.has('helpdesk')) {
		problems.push(
			'products.yaml: needs a product "helpdesk", whose first task is the ticket guide',
		);
	}
	if (!products.some((item) => item.knownErrors)) {
		problems.push('products.yaml: needs at least one product with knownErrors: true');
	}
	policies.topics.forEach((topic, index) => {
		const where = `policies.yaml: topics[${index}]`;
		category(`${where}.category`, topic.category);
		product(`${where}.product`, topic.product);
		topic.matrix.forEach((row, at) => product(`${where}.matrix[${at}].product`, row.product));
	});
	policies.genericMatrix.forEach((row, at) =>
		product(`policies.yaml: genericMatrix[${at}].product`, row.product),
	);
	if (problems.length > 0) {
		fail(`The data files in ${dir} do not agree`, problems);
	}
}

/** This module's folder, where the data files live. */
export const VOCABULARY_DIR = fileURLToPath(new URL('.', import.meta.url));

/** Reads and checks every data file; throws with the file and field when one is malformed. */
export function loadVocabulary(dir: string = VOCABULARY_DIR): Vocabulary {
	const read = <T extends z.ZodType>(name: string, schema: T) => readFile(dir, name, schema);
	const { offices, ...site } = read('site.yaml', SiteSchema);
	const products = Object.entries(read('products.yaml', ProductsSchema)).map(([key, product]) => ({
		key,
		...product,
	}));
	const vocabulary: Vocabulary = {
		products,
		categories: read('categories.yaml', CategoriesSchema),
		synonyms: read('synonyms.yaml', SynonymsSchema),
		site,
		offices,
		platforms: read('platforms.yaml', PlatformsSchema),
		policies: read('policies.yaml', PoliciesSchema),
		phrases: read('phrases.yaml', PhrasesSchema),
	};
	crossCheck(dir, vocabulary);
	return vocabulary;
}
