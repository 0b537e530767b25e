// The history's benchmark reports: one service's periods in a row, each the 36 × 60 report
// (36 months, 60 metrics, 25 people) or a semester of its 60 metrics, with the same figures on
// every run. Written by the in-process bench and by the window's.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeReportText } from '../shared/report-file';
import { addMonths, formatMonthKey } from '../shared/periods';
import { GRID_36_BY_60, benchReport, type BenchReportShape } from './bench-reports';

/** The period counts the growth is measured at. */
export const HISTORY_PERIODS = [2, 5, 10, 20] as const;

export const HISTORY_SHAPES: Readonly<Record<'grid36x60' | 'semester', BenchReportShape>> = {
  grid36x60: GRID_36_BY_60,
  semester: { ...GRID_36_BY_60, title: 'Semester benchmark report', months: 6 },
};

/** `periods` reports of one service, one after another from January 2000, in a folder of their own; their paths. */
export async function writeHistoryBenchFiles(folder: string, periods: number, shape: BenchReportShape): Promise<string[]> {
  await mkdir(folder, { recursive: true });
  const paths: string[] = [];
  for (let period = 0; period < periods; period += 1) {
    const report = benchReport(shape, 100 + period);
    const { year, month } = addMonths('2000-01', period * shape.months);
    report.meta.period = { ...report.meta.period, start: formatMonthKey(year, month), name: null };
    const path = join(folder, `period-${String(period + 1).padStart(2, '0')}.rdesk`);
    await writeFile(path, writeReportText(report));
    paths.push(path);
  }
  return paths;
}
