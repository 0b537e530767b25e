// Carrying out an import plan: a new report with the figures in and each one's source kept.
import type { Metric, Report } from '../report-schema';
import { refreshDrafts } from '../section-text';
import type { ImportPlan } from './import-plan';

/** The metric with a month's source forgotten: a figure typed over an imported one is the person's own. */
export function withoutFigureSource<M extends Pick<Metric, 'sources'>>(metric: M, month: number): M {
  return metric.sources.some((source) => source.month === month) ? { ...metric, sources: metric.sources.filter((source) => source.month !== month) } : metric;
}

/** The day as the report records it, YYYY-MM-DD, in the person's own time zone. */
export function importDay(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * Whether the report still holds what the plan was made from: every cell as the plan found it.
 * A plan made before an edit would silently undo that edit; make a new one.
 */
export function isPlanCurrent(report: Report, plan: ImportPlan): boolean {
  return plan.changes.every((change) => {
    const metric = report.metrics.find((candidate) => candidate.id === change.metricId);
    return metric !== undefined && change.month < metric.values.length && (metric.values[change.month] ?? null) === change.before;
  });
}

/**
 * A new report with the plan's figures in, each recorded in `metric.sources` with the file's
 * name and the day of the import; the report given is not changed. Untouched drafts follow the
 * new figures. Throws if the plan names a cell the report does not have (a plan for another report).
 */
export function applyImportPlan(report: Report, plan: ImportPlan): Report {
  const byMetric = new Map<string, ImportPlan['changes']>();
  for (const change of plan.changes) byMetric.set(change.metricId, [...(byMetric.get(change.metricId) ?? []), change]);
  for (const metricId of byMetric.keys()) {
    if (!report.metrics.some((metric) => metric.id === metricId)) throw new Error(`The import plan is for another report: it has no metric "${metricId}".`);
  }
  const metrics = report.metrics.map((metric) => {
    const changes = byMetric.get(metric.id);
    if (changes === undefined) return metric;
    const values = [...metric.values];
    const sources = new Map(metric.sources.map((source) => [source.month, source]));
    for (const change of changes) {
      if (change.month >= values.length) throw new Error(`The import plan is for another report: ${change.metric} has no month ${change.month + 1}.`);
      values[change.month] = change.after;
      sources.set(change.month, { month: change.month, file: plan.fileName, importedOn: plan.importedOn });
    }
    return { ...metric, values, sources: [...sources.values()].sort((a, b) => a.month - b.month) };
  });
  return refreshDrafts({ ...report, metrics });
}
