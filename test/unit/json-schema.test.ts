import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { SCHEMA_PATH, TEMPLATE_SCHEMA_PATH, reportJsonSchemaText, templateJsonSchemaText } from '../../scripts/write-json-schema';
import { shippedTemplateFiles } from '../../scripts/make-templates';
import { fixturePath, seedText } from '../fixtures/seed';

type Schema = Record<string, unknown>;

// The keywords the checker below understands; any other in the schema fails the test, so the
// checker can never silently skip a rule the schema states.
const KNOWN = new Set(['$schema', '$id', 'title', 'description', 'type', 'properties', 'required', 'items', 'anyOf', 'oneOf', 'const', 'enum', 'pattern', 'minimum', 'maximum', 'minLength', 'maxLength', 'minItems']);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** A small structural check of the keywords the report schema uses; returns problems found. */
function check(schema: Schema, value: unknown, at = '$'): string[] {
  const unknownKeywords = Object.keys(schema).filter((key) => !KNOWN.has(key));
  if (unknownKeywords.length > 0) return [`${at}: the checker does not know ${unknownKeywords.join(', ')}`];
  if (Array.isArray(schema.anyOf)) {
    const options = schema.anyOf as Schema[];
    return options.some((option) => check(option, value, at).length === 0) ? [] : [`${at}: matches none of its alternatives`];
  }
  if (Array.isArray(schema.oneOf)) {
    const matching = (schema.oneOf as Schema[]).filter((option) => check(option, value, at).length === 0).length;
    return matching === 1 ? [] : [`${at}: matches ${matching === 0 ? 'none' : 'more than one'} of its alternatives`];
  }
  const problems: string[] = [];
  if (schema.type !== undefined) {
    const types = (Array.isArray(schema.type) ? schema.type : [schema.type]) as string[];
    const actual = typeOf(value);
    if (!types.includes(actual) && !(actual === 'integer' && types.includes('number'))) return [`${at}: expected ${types.join(' or ')}, got ${actual}`];
  }
  if ('const' in schema && value !== schema.const) problems.push(`${at}: expected ${JSON.stringify(schema.const)}`);
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) problems.push(`${at}: not one of ${schema.enum.join(', ')}`);
  if (typeof value === 'string') {
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern).test(value)) problems.push(`${at}: does not match ${schema.pattern}`);
    if (typeof schema.minLength === 'number' && value.length < schema.minLength) problems.push(`${at}: too short`);
    if (typeof schema.maxLength === 'number' && value.length > schema.maxLength) problems.push(`${at}: too long`);
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) problems.push(`${at}: below ${schema.minimum}`);
    if (typeof schema.maximum === 'number' && value > schema.maximum) problems.push(`${at}: above ${schema.maximum}`);
  }
  if (Array.isArray(value) && typeof schema.minItems === 'number' && value.length < schema.minItems) problems.push(`${at}: too few entries`);
  if (Array.isArray(value) && typeof schema.items === 'object' && schema.items !== null) {
    value.forEach((item, index) => problems.push(...check(schema.items as Schema, item, `${at}[${index}]`)));
  }
  if (typeOf(value) === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of (schema.required as string[] | undefined) ?? []) if (!(key in record)) problems.push(`${at}.${key}: missing`);
    const properties = (schema.properties as Record<string, Schema> | undefined) ?? {};
    for (const [key, property] of Object.entries(properties)) if (key in record) problems.push(...check(property, record[key], `${at}.${key}`));
  }
  return problems;
}

const committed = () => readFileSync(SCHEMA_PATH, 'utf8');
const schema = () => JSON.parse(committed()) as Schema;

describe('the published JSON Schema', () => {
  test('the committed schema is what the script generates from the zod validator now (run npm run schema)', () => {
    expect(committed()).toBe(reportJsonSchemaText());
  });

  test('it names itself and requires every top-level part of a report', () => {
    const published = schema();
    expect(published.$id).toMatch(/^urn:report-desk:schema:report:3$/);
    expect(published.title).toBeTruthy();
    expect(published.required).toEqual(['format', 'version', 'meta', 'effort', 'metrics', 'sections', 'previous', 'exportOptions', 'wordTemplate']);
  });

  test('the seed example satisfies it', () => {
    expect(check(schema(), JSON.parse(seedText()))).toEqual([]);
  });

  test('a report with a word for a figure does not', () => {
    const wrong = JSON.parse(readFileSync(fixturePath('report-wrong-value.rdesk'), 'utf8')) as unknown;
    expect(check(schema(), wrong)).toEqual(['$.metrics[1].values[4]: expected number or null, got string']);
  });

  test('a report without its sections does not', () => {
    const partial = JSON.parse(seedText()) as Record<string, unknown>;
    delete partial.sections;
    expect(check(schema(), partial)).toEqual(['$.sections: missing']);
  });
});

describe('the published JSON Schema of a template', () => {
  const templateSchema = () => JSON.parse(readFileSync(TEMPLATE_SCHEMA_PATH, 'utf8')) as Schema;

  test('the committed schema is what the script generates from the zod validator now (run npm run schema)', () => {
    expect(readFileSync(TEMPLATE_SCHEMA_PATH, 'utf8')).toBe(templateJsonSchemaText());
  });

  test('it names itself apart from the report and requires every part of a template', () => {
    const published = templateSchema();
    expect(published.$id).toBe('urn:report-desk:schema:template:1');
    expect(published.required).toEqual(['format', 'version', 'name', 'description', 'details', 'sections', 'people', 'plannedPm', 'metrics', 'look']);
  });

  test('every shipped template satisfies it, and a report does not', () => {
    for (const { fileName, text } of shippedTemplateFiles()) expect(check(templateSchema(), JSON.parse(text)), fileName).toEqual([]);
    expect(check(templateSchema(), JSON.parse(seedText()))).toContain('$.format: expected "report-desk/template"');
  });

  test('a metric in a template holds no monthly values, and a figure typed into one is ignored, never read', () => {
    const metric = (((templateSchema().properties as Record<string, Schema>).metrics!.items as Schema).properties as Record<string, Schema>);
    expect(Object.keys(metric)).not.toContain('values');
  });
});
