// The reader against files made by fast-check: reports generated from the published JSON
// Schema (so this follows every change of the file's shape), the example files, both mutated at
// the level of JSON and of text, and text that is no JSON at all. Whatever the bytes:
// - reading never throws, and a refusal is a sentence, never a JavaScript error;
// - it never accepts what the schema refuses, and accepts a current file the schema accepts;
// - what it accepts drafts, writes and reads back the same, and exports to Word.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { refreshDrafts } from '../../shared/section-text';
import { readReportText, writeReportText } from '../../shared/report-file';
import { MAX_PERIOD_MONTHS, SCHEMA_VERSION, reportSchema } from '../../shared/report-schema';
import { buildWordDocument } from '../../electron/services/word/word-export';
import { reportJsonSchemaText } from '../../scripts/write-json-schema';
import { arbitraryFromSchema, type JsonSchema } from '../support/schema-arbitrary';
import { JAVASCRIPT_WORDS, changedFrom, fileTextFrom, isRecord, parsedJson } from '../support/fuzz-changes';
import { testSize } from '../support/test-sizes';

const CASES = testSize(5_000, 100_000);
const root = fileURLToPath(new URL('../..', import.meta.url));

/** Entries of one month each (a metric's notes, its figures' sources): inside the period, one a month, in order. */
function fitMonthEntries(list: unknown[], months: number): unknown[] {
  const byMonth = new Map<number, unknown>();
  for (const entry of list) {
    if (!isRecord(entry) || !Number.isInteger(entry.month)) return list;
    const month = Math.abs(entry.month as number) % months;
    if (!byMonth.has(month)) byMonth.set(month, { ...entry, month });
  }
  return [...byMonth.entries()].sort(([a], [b]) => a - b).map(([, entry]) => entry);
}

/**
 * A section list as the rules across it want it: a drafted part at most once (a second becomes
 * free text), a section first, every table row as long as its columns, a title with words.
 */
function fitSections(sections: unknown[]): void {
  const placed = new Set<unknown>();
  sections.forEach((section, index) => {
    if (!isRecord(section)) return;
    if (typeof section.kind === 'string' && section.kind !== 'text' && section.kind !== 'table') {
      if (placed.has(section.kind)) section.kind = 'text';
      placed.add(section.kind);
    }
    if (index === 0 && section.level === 2) section.level = 1;
    if (typeof section.title === 'string' && !/\S/.test(section.title)) section.title = `Section ${index + 1}`;
    const { columns, rows } = section;
    if (section.kind === 'table' && Array.isArray(columns) && Array.isArray(rows)) {
      section.rows = rows.map((row) => (Array.isArray(row) ? columns.map((_, column) => (row as unknown[])[column] ?? '') : row));
    }
  });
}

/**
 * The rules JSON Schema cannot state, met where the fields are there to meet them: every
 * metric has one value a month, entries kept by month are within the period, one a month and in
 * order, ids are unique, the section list keeps its rules. Without this almost no generated
 * report is valid.
 */
function fitToRules(generated: unknown): unknown {
  // A copy: fast-check reuses what it generated while it shrinks a failing case.
  const value = structuredClone(generated);
  if (!isRecord(value)) return value;
  const period = isRecord(value.meta) && isRecord(value.meta.period) ? value.meta.period : null;
  const months = period !== null && Number.isInteger(period.months) ? (period.months as number) : null;
  const unique = (list: unknown) => {
    if (!Array.isArray(list)) return;
    list.forEach((entry, index) => {
      if (isRecord(entry) && typeof entry.id === 'string') entry.id = `${entry.id || 'id'}-${index}`;
    });
  };
  if (Array.isArray(value.metrics)) {
    unique(value.metrics);
    for (const metric of value.metrics) {
      if (!isRecord(metric) || !Array.isArray(metric.values) || months === null || months < 1 || months > MAX_PERIOD_MONTHS) continue;
      const values = metric.values;
      metric.values = Array.from({ length: months }, (_, month) => (values.length === 0 ? null : values[month % values.length]));
      for (const [key, field] of Object.entries(metric)) if (key !== 'values' && Array.isArray(field)) metric[key] = fitMonthEntries(field, months);
    }
  }
  if (isRecord(value.effort)) unique(value.effort.people);
  if (Array.isArray(value.sections)) {
    unique(value.sections);
    fitSections(value.sections);
  }
  return value;
}

const schema = JSON.parse(reportJsonSchemaText()) as JsonSchema;
const generatedReport = arbitraryFromSchema(schema).map(fitToRules);

/** The report files the project ships, current and old, valid and not. */
const exampleFiles = [join(root, 'assets', 'examples'), join(root, 'test', 'fixtures')].flatMap((folder) =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.rdesk'))
    .map((name) => JSON.parse(readFileSync(join(folder, name), 'utf8')) as unknown),
);

const reportData = fc.oneof({ weight: 3, arbitrary: generatedReport }, { weight: 1, arbitrary: fc.constantFrom(...exampleFiles) });
const changedData = changedFrom(reportData);

const fileText = fileTextFrom(changedData);

// The thorough run reads 100,000 files: on shared build machines that passes ten minutes, so it has an hour.
test(`the reader, fuzzed with ${CASES} files: never throws, agrees with the schema, and what it accepts drafts and exports`, async () => {
  const tally = { cases: 0, throws: 0, accepted: 0, exported: 0 };
  await fc.assert(
    fc.asyncProperty(fileText, async (text) => {
      tally.cases += 1;
      let result;
      try {
        result = readReportText(text);
      } catch (error) {
        tally.throws += 1;
        throw new Error(`readReportText threw: ${String(error)}`);
      }
      const json = parsedJson(text);
      const current = json.ok && isRecord(json.data) && json.data.version === SCHEMA_VERSION;
      if (!result.ok) {
        expect(result.message.trim()).not.toBe('');
        expect(result.message).not.toMatch(JAVASCRIPT_WORDS);
        // A current file the schema accepts is never refused.
        if (current && json.ok) expect(reportSchema.safeParse(json.data).success).toBe(false);
        return;
      }
      tally.accepted += 1;
      expect(reportSchema.safeParse(result.report).success).toBe(true);
      if (current && json.ok) expect(reportSchema.safeParse(json.data).success).toBe(true);
      const drafted = refreshDrafts(result.report);
      expect(readReportText(writeReportText(drafted))).toMatchObject({ ok: true, report: drafted });
      const docx = await buildWordDocument(result.report, { includeCharts: false });
      expect(docx.subarray(0, 2).toString()).toBe('PK');
      tally.exported += 1;
    }),
    { numRuns: CASES, ...(process.env.REPORT_DESK_FUZZ_SEED === undefined ? {} : { seed: Number(process.env.REPORT_DESK_FUZZ_SEED) }) },
  );
  console.log(`Reader fuzz: ${tally.cases} files, ${tally.throws} throws, ${tally.accepted} accepted, ${tally.exported} of them drafted and exported.`);
  expect(tally.throws).toBe(0);
  // The generator must keep making reports the reader accepts, or the last property tests nothing.
  expect(tally.accepted).toBeGreaterThan(CASES / 20);
}, testSize(600_000, 3_600_000));
