// A file holding figures their units cannot hold (100.78 %, -2 working days), through the
// services the window uses: it opens, with a notice naming each by metric and month; its Word
// export marks them † and explains the mark, and shades neither as a miss nor counts it as met.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { writeReportText } from '../../shared/report-file';
import { redraftSection } from '../../shared/section-text';
import { createReportApi } from '../../electron/services/report-api';
import { exportWordFile } from '../../electron/services/word/word-export';
import { seedReport } from '../fixtures/seed';
import { quietPlatform } from '../support/quiet-platform';

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'unit-range-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function impossibleFile(): Promise<string> {
  const report = seedReport();
  report.metrics.find((metric) => metric.id === 'availability')!.values[2] = 100.78;
  const vu = report.metrics.find((metric) => metric.id === 'support-vu')!;
  vu.target = 1;
  vu.values[1] = -2;
  const path = join(folder, 'impossible.rdesk');
  await writeFile(path, writeReportText(redraftSection(report, 'overview')));
  return path;
}

test('the file opens, and the notice names each figure by its metric and month', async () => {
  const path = await impossibleFile();
  const api = createReportApi(quietPlatform(folder));
  api.grantPath(path);
  const opened = await api.openReportAt(path);
  expect(opened.kind).toBe('opened');
  expect(opened.kind === 'opened' && opened.notice).toBe(
    '2 figures to fix: M2 Support priority vu: -2 working days is negative; it is kept, and not checked against its target until it is corrected (and 1 more, listed in the summary).',
  );
});

test('the Word export marks each with †, says what the mark means, and shades neither as a miss', async () => {
  const path = await impossibleFile();
  const api = createReportApi(quietPlatform(folder));
  api.grantPath(path);
  const opened = await api.openReportAt(path);
  if (opened.kind !== 'opened') throw new Error('not opened');
  const docx = join(folder, 'impossible.docx');
  await exportWordFile(docx, opened.report, { includeCharts: false });
  const document = await (await JSZip.loadAsync(await readFile(docx))).file('word/document.xml')!.async('string');
  expect(document).toContain('100.78†');
  expect(document).toContain('-2†');
  expect(document).toContain('Values marked † are outside what their unit can hold and are not checked against their target.');
  expect(document).toContain('No monthly value missed its target.');
  expect(document).toContain('2 figures are outside what their units can hold (M2 Support priority vu: -2 working days is negative; M3 Availability: 100.78 % is more than 100 %)');
});
