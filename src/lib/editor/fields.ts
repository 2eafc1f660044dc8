import type { Field } from '@sveltia/cms';
import type { z } from 'astro/zod';
import { en } from '../../i18n/en.ts';
import { dateKinds } from '../../schemas/fields.ts';
import {
	DEVICES,
	KNOWN_ERROR_STATUSES,
	NOTICE_SEVERITIES,
	PLATFORMS,
	SEVERITIES,
} from '../../schemas/enums.ts';
import { SUPPORT_ROUTES } from '../../schemas/policy.ts';

/**
 * Turns the zod schemas into Sveltia CMS fields: one field per schema field, in the schema's order
 * (which is the order authors write them, and the order Sveltia writes them back), with the widget
 * the type calls for, `required` as the schema says and the doc comment as the hint.
 */

type Schema = z.core.$ZodType;

/** A schema without its optional, default and preprocessing wrappers. */
export interface UnwrappedSchema {
	schema: Schema;
	optional: boolean;
	defaultValue?: unknown;
	/** `date` for `dateField()`, `datetime` for `dateTimeField()`. */
	dateKind?: 'date' | 'datetime' | undefined;
}

/** Peels `.optional()`, `.default()`, `.nullable()`, `z.preprocess()` and `.transform()` off a schema. */
export function unwrapSchema(schema: Schema): UnwrappedSchema {
	let current = schema;
	let optional = false;
	let defaultValue: unknown;
	for (;;) {
		const dateKind = dateKinds.get(current as z.ZodType)?.kind;
		if (dateKind) return { schema: current, optional, defaultValue, dateKind };
		const def = current._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;
		if (def.type === 'optional' || def.type === 'nullable') {
			if (def.type === 'optional') optional = true;
			current = def.innerType as Schema;
		} else if (def.type === 'default') {
			optional = true;
			defaultValue = (current as z.ZodDefault).def.defaultValue;
			current = def.innerType as Schema;
		} else if (def.type === 'pipe') {
			// `z.preprocess(fn, out)` is a pipe from a transform: the data is `out`'s. `x.transform(fn)` is a
			// pipe into a transform: the data authors write is `x`'s.
			const pipe = def as unknown as { in: Schema; out: Schema };
			current = pipe.in._zod.def.type === 'transform' ? pipe.out : pipe.in;
		} else return { schema: current, optional, defaultValue };
	}
}

/** The fields of an object schema, in order. */
export function getShape(schema: Schema): Record<string, Schema> {
	const def = schema._zod.def as { type: string; shape?: Record<string, Schema> };
	if (def.type !== 'object' || !def.shape)
		throw new Error(`expected an object schema, found ${def.type}`);
	return def.shape;
}

function getTypeName(schema: Schema): string {
	return schema._zod.def.type;
}

/** The English labels authors know for each enum, from the portal's own text (`status.workaround`, …). */
const ENUM_LABEL_PREFIXES: Array<[readonly string[], string]> = [
	[KNOWN_ERROR_STATUSES, 'status'],
	[SEVERITIES, 'severity'],
	[NOTICE_SEVERITIES, 'notice'],
	[PLATFORMS, 'platform'],
	[DEVICES, 'device'],
	[SUPPORT_ROUTES, 'route'],
];

/** An enum's options with the labels authors know where the portal has them, else the value itself. */
export function getEnumOptions(values: readonly string[]): Array<{ label: string; value: string }> {
	const prefix = ENUM_LABEL_PREFIXES.find(
		([known]) => known.length === values.length && known.every((value, i) => values[i] === value),
	)?.[1];
	const labels = en as Record<string, unknown>;
	return values.map((value) => {
		const label = prefix ? labels[`${prefix}.${value}`] : undefined;
		return { label: typeof label === 'string' ? label : value, value };
	});
}

/** Texts long enough to want a text area: a sentence or more. */
const LONG_TEXT_FIELDS = new Set(['summary', 'message', 'note', 'how', 'description']);

/** Labels the field name alone would get wrong. */
const LABELS: Record<string, string> = {
	id: 'ID',
	at: 'Posted at',
	fixEta: 'Fix expected',
	problemRef: 'Problem record',
	reviewBy: 'Review by',
	apiRoot: 'API root',
	authUrl: 'Sign-in helper URL',
};

/** What one item of a list is called, for its "Add …" button ("Add update", not "Add updates"). */
const SINGULAR_LABELS: Record<string, string> = {
	updates: 'update',
	supportMatrix: 'row',
	tags: 'tag',
	aliases: 'alias',
	services: 'service',
	symptoms: 'symptom',
	errorMessages: 'error message',
	previousSlugs: 'old slug',
	languages: 'language',
};

/** `firstSeen` → "First seen". */
export function getFieldLabel(name: string): string {
	if (LABELS[name]) return LABELS[name];
	const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
	return words.charAt(0).toUpperCase() + words.slice(1);
}

/** What a generator needs to know beyond the schema: docs, and the fields a collection decides itself. */
export interface FieldContext {
	/** The hint of a field path (`updates.status`); undefined when the field has no doc comment. */
	getHint: (path: string) => string | undefined;
	/**
	 * A field the collection builds itself (category, related, id): given the field the schema makes,
	 * return the one to use.
	 */
	customize?: (path: string, field: Field) => Field;
}

/** A date picker writing `2026-11-20`, or a date-and-time picker writing `2026-11-20T09:30:00Z`. */
export function getDateField(kind: 'date' | 'datetime'): Record<string, unknown> {
	return kind === 'date'
		? { widget: 'datetime', type: 'date', time_format: false, format: 'YYYY-MM-DD' }
		: // Authors pick a time in their own time zone; it is stored converted to UTC with a `Z`.
			{ widget: 'datetime', format: 'YYYY-MM-DDTHH:mm:ss[Z]', output_utc: true };
}

/** The widget settings of a value (not yet named, labelled or hinted). */
function getWidget(name: string, path: string, unwrapped: UnwrappedSchema, context: FieldContext) {
	const { schema, dateKind } = unwrapped;
	if (dateKind) return getDateField(dateKind);
	const type = getTypeName(schema);
	switch (type) {
		case 'enum':
			return {
				widget: 'select',
				options: getEnumOptions((schema as z.ZodEnum).options as string[]),
			};
		case 'boolean':
			return { widget: 'boolean' };
		case 'number':
			return { widget: 'number', value_type: 'int' };
		case 'object':
			return {
				widget: 'object',
				fields: buildFields(getShape(schema), context, `${path}.`),
			};
		case 'array':
			return getListWidget(name, path, unwrapSchema((schema as z.ZodArray).element), context);
		default: {
			// Text, and unions of text with a date or a number (`fixEta`, `phone`): one text box.
			const max = (schema as z.ZodString).maxLength;
			return {
				widget: LONG_TEXT_FIELDS.has(name) ? 'text' : 'string',
				...(typeof max === 'number' ? { maxlength: max } : {}),
			};
		}
	}
}

function getListWidget(
	name: string,
	path: string,
	element: UnwrappedSchema,
	context: FieldContext,
): Record<string, unknown> {
	const type = getTypeName(element.schema);
	if (type === 'enum')
		return {
			widget: 'select',
			multiple: true,
			options: getEnumOptions((element.schema as z.ZodEnum).options as string[]),
		};
	if (type === 'object')
		return {
			widget: 'list',
			fields: buildFields(getShape(element.schema), context, `${path}.`),
		};
	if (type === 'array') {
		// A list of lists (synonym groups): each item a list of words.
		const inner = getListWidget(
			name,
			path,
			unwrapSchema((element.schema as z.ZodArray).element),
			context,
		);
		return { widget: 'list', field: { name: 'item', label: 'Item', ...inner } };
	}
	// A list of texts: one line per item, so a comma inside an error message stays in it.
	return { widget: 'list' };
}

/** One Sveltia field for one schema field. */
export function buildField(
	name: string,
	schema: Schema,
	context: FieldContext,
	prefix = '',
): Field {
	const path = prefix + name;
	const unwrapped = unwrapSchema(schema);
	const hint = context.getHint(path);
	const field = {
		name,
		label: getFieldLabel(name),
		...getWidget(name, path, unwrapped, context),
		...(SINGULAR_LABELS[name] ? { label_singular: SINGULAR_LABELS[name] } : {}),
		required: !unwrapped.optional,
		...(unwrapped.defaultValue !== undefined ? { default: unwrapped.defaultValue } : {}),
		...(hint ? { hint } : {}),
	} as Field;
	return context.customize ? context.customize(path, field) : field;
}

/** The Sveltia fields of an object schema's shape, in the schema's order. */
export function buildFields(
	shape: Record<string, Schema>,
	context: FieldContext,
	prefix = '',
): Field[] {
	return Object.entries(shape).map(([name, schema]) => buildField(name, schema, context, prefix));
}
