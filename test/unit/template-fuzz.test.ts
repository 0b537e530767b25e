// The template reader against files made by fast-check, as the report reader is fuzzed:
// templates generated from the published JSON Schema and the shipped templates, both changed at
// the level of JSON and of text, and text that is no JSON at all. Whatever the bytes:
// - reading never throws, and a refusal is a sentence, never a JavaScript error;
// - it never accepts what the schema refuses, and accepts a file the schema accepts;
// - what it accepts writes and reads back the same, and makes a report the report reader accepts.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { readTemplateText, writeTemplateText } from '../../shared/templates/template-file';
import { TEMPLATE_VERSION, templateSchema } from '../../shared/templates/template-schema';
import { reportFromTemplate } from '../../shared/templates/template-building';
import { readReportData } from '../../shared/report-file';
import { templateJsonSchemaText } from '../../scripts/write-json-schema';
import { shippedTemplateFiles } from '../../scripts/make-templates';
import { arbitraryFromSchema, type JsonSchema } from '../support/schema-arbitrary';
import { JAVASCRIPT_WORDS, changedFrom, fileTextFrom, isRecord, parsedJson } from '../support/fuzz-changes';
import { testSize } from '../support/test-sizes';

const CASES = testSize(2_000, 50_000);

/** Ids made unique, a drafted kind placed once, a section first, rows as long as their columns: without this almost no generated template is valid. */
function fitToRules(generated: unknown): unknown {
  const value = structuredClone(generated);
  if (!isRecord(value)) return value;
  for (const list of [value.metrics, value.people, value.sections]) {
    if (!Array.isArray(list)) continue;
    list.forEach((entry, index) => {
      if (isRecord(entry) && typeof entry.id === 'string') entry.id = `${entry.id || 'id'}-${index}`;
    });
  }
  if (Array.isArray(value.sections)) {
    const placed = new Set<unknown>();
    value.sections.forEach((section, index) => {
      if (!isRecord(section)) return;
      if (typeof section.kind === 'string' && section.kind !== 'text' && section.kind !== 'table') {
        if (placed.has(section.kind)) Object.assign(section, { kind: 'text', text: '' });
        placed.add(section.kind);
      }
      if (index === 0 && section.level === 2) section.level = 1;
      if (section.kind === 'table' && Array.isArray(section.columns) && Array.isArray(section.rows)) {
        const columns = section.columns;
        section.rows = section.rows.map((row) => (Array.isArray(row) ? columns.map((_, column) => (row as unknown[])[column] ?? '') : row));
      }
    });
  }
  return value;
}

const generated = arbitraryFromSchema(JSON.parse(templateJsonSchemaText()) as JsonSchema).map(fitToRules);
const shipped = shippedTemplateFiles().map(({ text }) => JSON.parse(text) as unknown);
const templateData = fc.oneof({ weight: 3, arbitrary: generated }, { weight: 1, arbitrary: fc.constantFrom(...shipped) });
const fileText = fileTextFrom(changedFrom(templateData));

test(`the template reader, fuzzed with ${CASES} files: never throws, agrees with the schema, and what it accepts makes a report`, () => {
  const tally = { cases: 0, throws: 0, accepted: 0 };
  fc.assert(
    fc.property(fileText, (text) => {
      tally.cases += 1;
      let result;
      try {
        result = readTemplateText(text);
      } catch (error) {
        tally.throws += 1;
        throw new Error(`readTemplateText threw: ${String(error)}`);
      }
      const json = parsedJson(text);
      const current = json.ok && isRecord(json.data) && json.data.version === TEMPLATE_VERSION;
      if (!result.ok) {
        expect(result.message.trim()).not.toBe('');
        expect(result.message).not.toMatch(JAVASCRIPT_WORDS);
        if (current && json.ok) expect(templateSchema.safeParse(json.data).success).toBe(false);
        return;
      }
      tally.accepted += 1;
      if (current && json.ok) expect(templateSchema.safeParse(json.data).success).toBe(true);
      expect(readTemplateText(writeTemplateText(result.template))).toEqual({ ok: true, template: result.template, migratedFrom: null });
      const made = readReportData(reportFromTemplate(result.template, { start: '2026-01', name: null }));
      expect(made.ok ? 'a report' : made.message).toBe('a report');
    }),
    { numRuns: CASES, ...(process.env.REPORT_DESK_FUZZ_SEED === undefined ? {} : { seed: Number(process.env.REPORT_DESK_FUZZ_SEED) }) },
  );
  console.log(`Template reader fuzz: ${tally.cases} files, ${tally.throws} throws, ${tally.accepted} accepted, each made into a report.`);
  expect(tally.throws).toBe(0);
  expect(tally.accepted).toBeGreaterThan(CASES / 20);
}, testSize(300_000, 3_600_000));
