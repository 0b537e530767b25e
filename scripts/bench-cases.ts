// The reports the benchmark measures, written to its temp folder as .rdesk files and as the
// Markdown that pandoc converts: the seed, the large report, the 36 × 60 report, 1,000 metrics
// and the growth series.
import { copyFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Report } from '../shared/report-schema';
import { writeReportText } from '../shared/report-file';
import { textOfSection } from '../shared/section-text';
import { readReportFile } from '../electron/services/report-files';
import { reportMarkdown } from './bench-markdown';
import { GRID_36_BY_60, LARGE, MID_SIZE, THOUSAND_METRICS, benchReport, scaled } from './bench-reports';

export const SEED = fileURLToPath(new URL('../assets/examples/seed-report.rdesk', import.meta.url));
export const GROWTH_FACTORS = [1, 2, 4, 8] as const;

export interface BenchCase {
  /** The JSON key: seed, large, grid36x60, thousandMetrics, growth1x … */
  key: string;
  label: string;
  report: Report;
  path: string;
  markdownPath: string;
  charts: boolean;
}

export interface BenchCases {
  seed: BenchCase;
  large: BenchCase;
  grid36x60: BenchCase;
  thousandMetrics: BenchCase;
  growth: (BenchCase & { factor: number })[];
  /** The large report's people and metrics times 1, 2, 4 and 8: opening and saving as they grow. */
  largeGrowth: (BenchCase & { factor: number })[];
}

function wordCount(report: Report): number {
  return report.sections.map((section) => textOfSection(report, section).split(/\s+/).filter((word) => word !== '').length).reduce((sum, count) => sum + count, 0);
}

/** What a case holds, for the JSON and the printed header. */
export async function describeCase(benchCase: BenchCase) {
  const { report } = benchCase;
  return {
    months: report.meta.period.months,
    metrics: report.metrics.length,
    people: report.effort.people.length,
    words: wordCount(report),
    charts: benchCase.charts,
    fileBytes: (await stat(benchCase.path)).size,
    markdownBytes: (await stat(benchCase.markdownPath)).size,
  };
}

async function written(folder: string, key: string, label: string, report: Report, charts: boolean): Promise<BenchCase> {
  const path = join(folder, `${key}.rdesk`);
  const markdownPath = join(folder, `${key}.md`);
  await writeFile(path, writeReportText(report), 'utf8');
  await writeFile(markdownPath, reportMarkdown(report), 'utf8');
  return { key, label, report, path, markdownPath, charts };
}

export async function writeBenchCases(folder: string): Promise<BenchCases> {
  const seedPath = join(folder, 'seed.rdesk');
  await copyFile(SEED, seedPath);
  const seedRead = await readReportFile(seedPath);
  if (!seedRead.ok) throw new Error(`the seed example does not read: ${seedRead.message}`);
  const seed: BenchCase = { key: 'seed', label: 'the seed, with charts', report: seedRead.report, path: seedPath, markdownPath: join(folder, 'seed.md'), charts: true };
  await writeFile(seed.markdownPath, reportMarkdown(seed.report), 'utf8');
  const growth = await Promise.all(
    GROWTH_FACTORS.map(async (factor) => {
      const shape = scaled(MID_SIZE, factor);
      const label = `growth ${factor}×: ${shape.months} months × ${shape.metrics} metrics, ${shape.people} people`;
      return { ...(await written(folder, `growth${factor}x`, label, benchReport(shape), false)), factor };
    }),
  );
  const largeGrowth = await Promise.all(
    GROWTH_FACTORS.map(async (factor) => {
      const shape = scaled(LARGE, factor);
      const label = `large ${factor}×: ${shape.people} people, ${shape.months} × ${shape.metrics}`;
      return { ...(await written(folder, `large${factor}x`, label, benchReport(shape), false)), factor };
    }),
  );
  return {
    seed,
    large: await written(folder, 'large', 'large: 300 people, 36 × 40, ~5,000 words', benchReport(LARGE), false),
    largeGrowth,
    grid36x60: await written(folder, 'grid36x60', '36 months × 60 metrics', benchReport(GRID_36_BY_60), true),
    thousandMetrics: await written(folder, 'thousandMetrics', '1,000 metrics × 36 months', benchReport(THOUSAND_METRICS), false),
    growth,
  };
}
