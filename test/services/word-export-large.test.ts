// A large export reports how far it has gone, stops when cancelled without writing anything, and
// writes its tables and long drafts row by row: the document is the same whole document.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ExportProgress } from '../../shared/api';
import { sectionText } from '../../shared/section-text';
import { exportWordFile } from '../../electron/services/word/word-export';
import { createReportApi } from '../../electron/services/report-api';
import { benchReport } from '../../scripts/bench-reports';
import { runText } from '../support/word-xml';
import { quietPlatform } from '../support/quiet-platform';

let folder: string;
// 1,500 metrics over 36 months, figures drafted one line each in section 3.
const report = benchReport({ title: 'Large export', months: 36, metrics: 1_500, people: 10, words: 0, charts: false });

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'word-export-large-'));
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('a large export', () => {
  test('reports its progress in order, to the end, and writes every row and every drafted line', async () => {
    const path = join(folder, 'large.docx');
    const seen: ExportProgress[] = [];
    await exportWordFile(path, report, { includeCharts: false, onProgress: (progress) => seen.push(progress) });
    expect(seen.length).toBeGreaterThan(50);
    expect(seen.map((progress) => progress.fraction)).toEqual([...seen.map((progress) => progress.fraction)].sort((a, b) => a - b));
    expect(seen.at(-2)).toMatchObject({ stage: 'tables' });
    expect(seen.at(-2)!.fraction).toBeCloseTo(0.95);
    expect(seen.at(-1)).toEqual({ stage: 'writing', fraction: 0.95 });

    const document = await (await JSZip.loadAsync(await readFile(path))).file('word/document.xml')!.async('string');
    // Six tables of six months, each a header row and a row per metric.
    expect(document.match(/<w:tbl>/g)).toHaveLength(6);
    expect(document.match(/<w:tr>/g)!.length).toBeGreaterThanOrEqual(6 * 1_500);
    // The performance draft, a line per metric, is written whole, each line its own paragraph.
    const lines = sectionText(report, 'performance').split('\n');
    expect(lines.length).toBeGreaterThan(1_500);
    const paragraphs = [...document.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([paragraph]) => runText(paragraph));
    for (const line of [lines[1], lines[750], lines.at(-1)]) expect(paragraphs).toContain(line);
  }, 120_000);

  test('cancelled while writing its tables: it stops, and the document there before stays byte for byte', async () => {
    const path = join(folder, 'cancelled.docx');
    await writeFile(path, 'the previous document');
    const controller = new AbortController();
    const stop = new Error('cancelled by the test');
    const onProgress = (progress: ExportProgress) => {
      if (progress.stage === 'tables' && progress.fraction > 0.2) controller.abort(stop);
    };
    await expect(exportWordFile(path, report, { includeCharts: false, onProgress, signal: controller.signal })).rejects.toBe(stop);
    expect(await readFile(path, 'utf8')).toBe('the previous document');
    expect(await readdir(folder)).not.toContainEqual(expect.stringMatching(/\.tmp$/));
  }, 120_000);

  test('through the Api: progress while it runs, nothing once it ends; Cancel answers "cancelled" and no file is written', async () => {
    const path = join(folder, 'through the api.docx');
    const api = createReportApi(quietPlatform(folder, { exportPath: path }));
    await api.chooseWordExportPath({ title: report.meta.title, period: report.meta.period, reportPath: null });
    const running = api.exportWord({ report, path, exportId: 'export-1' });
    await expect.poll(() => api.exportProgress('export-1'), { timeout: 60_000 }).toMatchObject({ stage: 'tables' });
    await api.cancelExport('export-1');
    expect(await running).toEqual({ kind: 'cancelled' });
    expect(await api.exportProgress('export-1')).toBeNull();
    expect(existsSync(path)).toBe(false);
  }, 120_000);
});
