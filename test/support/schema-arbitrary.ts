// fast-check generators read from a JSON Schema: whatever the report's published schema says a
// file holds (fields, kinds, bounds, patterns, enums), the generator makes, so a fuzz test built
// on it follows the schema through every change of shape without being edited.
import fc from 'fast-check';

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  definitions?: Record<string, JsonSchema>;
}

/** Text as people paste it, and text no document can hold: every code point, lone surrogates too. */
export const anyText = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 24 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 24 }) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\uFFFE', '\uFFFF', '\u0000', '\uD800', '\uDC00x', 'a\r\nb', '<w:t>&amp;</w:t>', ']]>', '😀', '2025', 'M1') },
);

const MAX_ITEMS = 4;

interface Context {
  root: JsonSchema;
  depth: number;
}

function resolveRef(ref: string, root: JsonSchema): JsonSchema {
  const path = ref.replace(/^#\//, '').split('/');
  let node: unknown = root;
  for (const step of path) node = (node as Record<string, unknown> | undefined)?.[step];
  if (node === undefined) throw new Error(`The schema's reference ${ref} leads nowhere.`);
  return node as JsonSchema;
}

function numberArbitrary(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const min = schema.minimum ?? (schema.exclusiveMinimum === undefined ? undefined : schema.exclusiveMinimum + (integer ? 1 : Number.EPSILON));
  const max = schema.maximum ?? (schema.exclusiveMaximum === undefined ? undefined : schema.exclusiveMaximum - (integer ? 1 : Number.EPSILON));
  if (integer) return fc.integer({ min: Math.max(min ?? -1000, -1e6), max: Math.min(max ?? 1000, 1e6) });
  // Mostly figures a report holds, sometimes the extremes a double can be.
  return fc.oneof(
    { weight: 4, arbitrary: fc.double({ min: min ?? -1000, max: max ?? 1000, noNaN: true, noDefaultInfinity: true }) },
    { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true, ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) }) },
  );
}

function ofType(type: string, schema: JsonSchema, context: Context): fc.Arbitrary<unknown> {
  switch (type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return numberArbitrary(schema, true);
    case 'number':
      return numberArbitrary(schema, false);
    case 'string':
      // Now and then text the pattern refuses, as a hand-edited file holds ("2025" for a month).
      if (schema.pattern !== undefined) return fc.oneof({ weight: 5, arbitrary: fc.stringMatching(new RegExp(schema.pattern)) }, { weight: 1, arbitrary: anyText });
      return anyText.filter((text) => text.length >= (schema.minLength ?? 0) && text.length <= (schema.maxLength ?? Infinity));
    case 'array': {
      const next = { ...context, depth: context.depth + 1 };
      if (schema.prefixItems !== undefined) return fc.tuple(...schema.prefixItems.map((item) => arbitraryFromSchema(item, next)));
      const item = schema.items === undefined ? fc.jsonValue({ maxDepth: 1 }) : arbitraryFromSchema(schema.items, next);
      return fc.array(item, { minLength: schema.minItems ?? 0, maxLength: Math.max(schema.minItems ?? 0, Math.min(schema.maxItems ?? MAX_ITEMS, MAX_ITEMS)) });
    }
    case 'object': {
      const next = { ...context, depth: context.depth + 1 };
      const properties = schema.properties ?? {};
      const keys = Object.keys(properties);
      if (keys.length === 0 && typeof schema.additionalProperties === 'object') {
        return fc.dictionary(anyText, arbitraryFromSchema(schema.additionalProperties, next), { maxKeys: MAX_ITEMS });
      }
      const model = Object.fromEntries(keys.map((key) => [key, arbitraryFromSchema(properties[key]!, next)]));
      return fc.record(model, { requiredKeys: (schema.required ?? []).filter((key) => key in properties) });
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** Values the schema accepts, as far as JSON Schema can say (rules across fields are the app's). */
export function arbitraryFromSchema(schema: JsonSchema, context: Context = { root: schema, depth: 0 }): fc.Arbitrary<unknown> {
  if (context.depth > 12) return fc.constant(null);
  if (schema.$ref !== undefined) return arbitraryFromSchema(resolveRef(schema.$ref, context.root), context);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum !== undefined) return fc.constantFrom(...schema.enum);
  const choices = schema.anyOf ?? schema.oneOf;
  if (choices !== undefined) return fc.oneof(...choices.map((choice) => arbitraryFromSchema(choice, context)));
  if (schema.allOf !== undefined && schema.allOf.length > 0) return arbitraryFromSchema(Object.assign({}, ...schema.allOf) as JsonSchema, context);
  const types = Array.isArray(schema.type) ? schema.type : schema.type === undefined ? [] : [schema.type];
  if (types.length === 0) return schema.properties !== undefined ? ofType('object', schema, context) : fc.jsonValue({ maxDepth: 2 });
  return fc.oneof(...types.map((type) => ofType(type, schema, context)));
}
