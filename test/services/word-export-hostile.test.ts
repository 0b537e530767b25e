// Whatever text a report holds, and however large a report the validator accepts, the export
// makes a document whose every part is well-formed XML 1.0, read by a strict parser.
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readReportData } from '../../shared/report-file';
import { reportSchema, type Report } from '../../shared/report-schema';
import { buildWordDocument } from '../../electron/services/word/word-export';
import { xmlSafeText } from '../../electron/services/word/word-safe-text';
import { seedReport } from '../fixtures/seed';
import { embeddingDepths, wordsInOrder } from '../support/bidi-levels';
import { runText } from '../support/word-xml';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Every character XML 1.0 forbids, with neighbours it must keep: tab, line breaks, markup characters, an emoji. */
const HOSTILE = 'A\uFFFE\uFFFFB\u0000\u0001\u0008\u000B\u000C\u001F C\uD800D\uDC00E\r\nF\rG\tH <x>&amp;"\' ]]> 😀';

/** What strict parsing of every XML part of the .docx finds wrong, part by part; empty when all is well. */
async function xmlProblems(docx: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(docx);
  const problems: string[] = [];
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  const parts = Object.values(zip.files).filter((file) => !file.dir && /\.(xml|rels)$/.test(file.name));
  expect(parts.map((part) => part.name)).toContain('word/document.xml');
  for (const part of parts) {
    let text: string;
    try {
      text = utf8.decode(await part.async('uint8array'));
    } catch {
      problems.push(`${part.name}: not UTF-8`);
      continue;
    }
    const parser = new SaxesParser({ xmlns: true });
    parser.on('error', (error) => problems.push(`${part.name}: ${error.message}`));
    parser.write(text).close();
  }
  return problems;
}

type Path = (string | number)[];

/** Every text in the value, by where it is. */
function textPaths(value: unknown, path: Path = []): Path[] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((item, index) => textPaths(item, [...path, index]));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, field]) => textPaths(field, [...path, key]));
  return [];
}

function withText(value: unknown, path: Path, change: (text: string) => string): unknown {
  if (path.length === 0) return change(value as string);
  const [step, ...rest] = path;
  if (Array.isArray(value)) return value.map((item, index) => (index === step ? withText(item, rest, change) : item));
  const record = value as Record<string, unknown>;
  return { ...record, [step!]: withText(record[step!], rest, change) };
}

/**
 * The report with hostile text added to every text field the schema lets hold any text (all
 * but its names of kinds, patterns and markers, which it refuses otherwise): found by asking
 * the schema, so a field added to the format is covered without a change here.
 */
function withHostileText(report: Report): { report: Report; fields: number } {
  const paths = textPaths(report);
  let hostile = paths.reduce<unknown>((value, path) => withText(value, path, (text) => `${text} ${HOSTILE}`), report);
  const refused = reportSchema.safeParse(hostile);
  const keep = refused.success ? [] : refused.error.issues.map((issue) => issue.path as Path);
  const original = (path: Path) => path.reduce<unknown>((node, step) => (node as Record<string | number, unknown>)[step], report) as string;
  hostile = keep.reduce<unknown>((value, path) => withText(value, path, () => original(path)), hostile);
  const checked = readReportData(hostile);
  if (!checked.ok) throw new Error(`The hostile report is not valid: ${checked.message}`);
  return { report: checked.report, fields: paths.length - keep.length };
}

/** The example of a next period: a previous period, notes and sources, groups. */
function fullReport(): Report {
  const read = readReportData(JSON.parse(readFileSync(join(root, 'assets', 'examples', 'next-period-report.rdesk'), 'utf8')));
  if (!read.ok) throw new Error(read.message);
  const report = read.report;
  // A note and an imported figure's source on the first metric, so their texts are in too.
  const [first, ...others] = report.metrics;
  const withNotes = { ...first!, notes: [{ month: 0, happened: 'an outage', measure: 'a second server' }], sources: [{ month: 0, file: 'argo.json', importedOn: '2026-01-05' }] };
  return { ...report, metrics: [withNotes, ...others] };
}

describe('text XML cannot hold never reaches the document', () => {
  test('the gate drops what XML 1.0 forbids, mends a lone surrogate, and keeps tab, line breaks and the rest', () => {
    expect(xmlSafeText(HOSTILE)).toBe('AB C\uFFFDD\uFFFDE\nF\nG\tH <x>&amp;"\' ]]> 😀');
  });

  test.each([
    ['charts', true],
    ['no charts', false],
  ])('every text field hostile, %s, in either layout of grouped metrics: every part parses strictly', async (_name, includeCharts) => {
    for (const groupStyle of ['combined', 'sub-rows'] as const) {
      const base = fullReport();
      const { report, fields } = withHostileText({ ...base, exportOptions: { ...base.exportOptions, groupStyle, includeCharts, includePrevious: true } });
      expect(fields).toBeGreaterThan(40);
      const docx = await buildWordDocument(report);
      expect(await xmlProblems(docx)).toEqual([]);
      const document = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
      expect(document).toContain(`${base.meta.title} AB C\uFFFDD\uFFFDE`);
      expect(document).toContain('😀');
    }
  }, 120_000);
});

describe('every size the validator accepts exports', () => {
  test('4,000 metrics: no stack overflow, and the document parses', async () => {
    const seed = seedReport();
    const report = { ...seed, metrics: Array.from({ length: 4000 }, (_, index) => ({ ...seed.metrics[0]!, id: `metric-${index}`, name: `Service ${index} availability` })) };
    expect(await xmlProblems(await buildWordDocument(report, { includeCharts: false }))).toEqual([]);
  }, 120_000);

  test('a metric name of 260,000 characters, with its chart', async () => {
    const seed = seedReport();
    const report = { ...seed, metrics: seed.metrics.map((metric, index) => (index === 0 ? { ...metric, name: 'availability '.repeat(20_000) } : metric)) };
    expect(await xmlProblems(await buildWordDocument(report, { includeCharts: true }))).toEqual([]);
  }, 120_000);
});

describe('bidirectional controls in names and units never reorder the words the export writes', () => {
  test('U+202E in a unit: the table note reads its own words in order after it', async () => {
    const seed = seedReport();
    const report = { ...seed, metrics: seed.metrics.map((metric, index) => (index === 0 ? { ...metric, unit: '%\u202e', name: 'Avail\u202eability' } : metric)) };
    const docx = await buildWordDocument(report, { includeCharts: false });
    const document = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
    const note = runText(/<w:p>(?:(?!<\/w:p>)[\s\S])*?<w:pStyle w:val="TableNote"\/>[\s\S]*?<\/w:p>/.exec(document)![0]);
    expect(note).toContain('\u2068%\u202e\u2069');
    for (const words of [', higher is better', 'No monthly value missed its target.', 'The period average is the mean of the months with a value.']) {
      expect(wordsInOrder(note, words), words).toBe(true);
    }
    // Every paragraph ends with no embedding still open: nothing after a name is laid out backwards.
    for (const [paragraph] of document.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)) {
      const text = runText(paragraph);
      if (text.includes('\u202e')) expect(embeddingDepths(`${text}x`).at(-1), text).toBe(0);
    }
  });
});
