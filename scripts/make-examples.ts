// Brings assets/examples/seed-report.rdesk to the current file format (read through the
// migrations, written as the app writes), then makes assets/examples/next-period-report.rdesk
// the way a coordinator would: the real CLI starts the next period from the seed report, then
// this period's figures are filled in, including misses (Availability in M3, a very urgent
// response in M4) and a month with no value.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SUPPORT_PRIORITY_TARGETS } from '../shared/report-building';
import type { Report } from '../shared/report-schema';
import { readReportFile, saveReportFile } from '../electron/services/report-files';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const SEED = join(REPO, 'assets', 'examples', 'seed-report.rdesk');
const OUT = join(REPO, 'assets', 'examples', 'next-period-report.rdesk');
const CLI = join(REPO, 'scripts', 'run-cli.cjs');

function cli(...args: string[]): string {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd: REPO, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`cli ${args.join(' ')} failed: ${run.stderr.trim()}`);
  return run.stdout.trim();
}

const FIGURES: Record<string, (number | null)[]> = {
  // A scheduled upgrade overran in M3: availability suffers, reliability (which leaves scheduled downtime out) less so.
  availability: [99.91, 99.62, 97.2, 99.95, 99.88, 99.97],
  reliability: [99.93, 99.8, 99.12, 99.96, 99.9, 99.97],
  'support-lu': [3.1, 1.24, 4.8, 0.9, 2.35, 1.5],
  // M4: one very urgent ticket waited 1.6 working days; M5: no very urgent ticket at all (no value, not zero).
  'support-vu': [0.3, 0.45, 0.8, 1.6, null, 0.2],
};

const EFFORT: Record<string, number> = { 'Cyril Flieller': 4, 'Cyril L’Orphelin': 2.5, 'Pierre Frebault': 5.5 };

function fillPeriod(report: Report): Report {
  return {
    ...report,
    effort: { ...report.effort, people: report.effort.people.map((person) => ({ ...person, pm: EFFORT[person.name] ?? person.pm })) },
    metrics: report.metrics.map((metric) => {
      const values = FIGURES[metric.id];
      if (values === undefined) throw new Error(`No figures for metric "${metric.id}"`);
      // The new period uses the agreement's Medium support level instead of the seed's "3.32" label.
      const target = metric.group === 'Support priority' && metric.key !== null ? SUPPORT_PRIORITY_TARGETS[metric.key] : undefined;
      return target === undefined ? { ...metric, values } : { ...metric, values, target, targetLabel: null };
    }),
  };
}

const seed = await readReportFile(SEED);
if (!seed.ok) throw new Error(seed.message);
if (seed.migratedFrom !== null) {
  await saveReportFile(SEED, seed.report);
  console.log(`Brought ${SEED} up from file format ${seed.migratedFrom}`);
}

const work = await mkdtemp(join(tmpdir(), 'report-desk-examples-'));
try {
  const started = join(work, 'next-period-report.rdesk');
  console.log(cli('next-period', SEED, '--out', started, '--name', 'July – December 2025'));
  const read = await readReportFile(started);
  if (!read.ok) throw new Error(read.message);
  await saveReportFile(OUT, fillPeriod(read.report));
  console.log(cli('validate', OUT));
} finally {
  await rm(work, { recursive: true, force: true });
}
