// The import plan: what an import would do to a report, cell by cell, before anything changes.
// The preview shows it; applyImportPlan carries it out.
import type { FigureSource, Metric, Report } from '../report-schema';
import { NO_VALUE, formatMetricValue, joinWords, metricLabel, outsideUnitMessage } from '../figure-text';
import { describePeriod, monthLabel } from '../periods';
import { describeMonth, monthIndex } from '../month-cells';
import type { ImportChoices } from './import-choices';
import { sourceSeries } from './source-series';
import type { ImportSource, ResponseUnit, SourceFigure } from './source-types';
import { nameInMessage } from '../message-names';
import { ENGLISH_WORDS, type DocumentWords } from '../i18n/document-words';

/** What an imported figure does to its cell. */
export type CellChangeKind = 'fills' | 'replaces-typed' | 'replaces-imported' | 'same-value';

export interface CellChange {
  metricId: string;
  /** The metric as its row reads: "Availability", "Support priority vu". */
  metric: string;
  /** The month's index in the period (0 is M1). */
  month: number;
  /** The month as the report labels it: "M3", "Jun 2015". */
  monthLabel: string;
  /** The file's month, YYYY-MM. */
  sourceMonth: string;
  /** The series it comes from: "availability", a column's heading, "very urgent". */
  series: string;
  before: number | null;
  /** As the grid shows it; "—" for no value. */
  beforeText: string;
  after: number;
  afterText: string;
  /** The figure as the file gives it ("99.99999900000002", "mean of 3 tickets"). */
  given: string;
  /** Where in the file: "GROUP_A / ST01, 2015-06", "line 4". */
  where: string;
  kind: CellChangeKind;
  /** Where the figure it replaces came from, when that was imported too. */
  previousSource: FigureSource | null;
}

/** A month the file holds outside the report's period: listed, left out. */
export interface OutsideMonth {
  /** YYYY-MM */
  month: string;
  /** "June 2015" */
  label: string;
  series: string[];
}

export interface ImportPlan {
  fileName: string;
  /** The day of the import, YYYY-MM-DD, recorded with each figure. */
  importedOn: string;
  /** What is imported, in a line: "ARGO results (JSON), monthly, for GROUP_A / ST01 (SITES)". */
  description: string;
  /** Every cell the import sets, in the report's row order then month order. */
  changes: CellChange[];
  outside: OutsideMonth[];
  /** What was left out and why, as sentences naming what and where. */
  problems: string[];
  /** How the file was read: dates read day first, hours turned into working days. */
  notes: string[];
  /** Figures imported that their units cannot hold (100.78 %), each naming its metric and month: imported, then to fix. */
  warnings: string[];
  /** Why nothing can be imported, when nothing can; null when there are changes. */
  nothing: string | null;
}

// English, French and German, as the shipped templates name them ("jours ouvrés", "Arbeitstage", "Stunden").
const DAYS_UNIT = /\bdays?\b|\bjours?\b|\b(arbeits)?tage?\b/i;
const HOURS_UNIT = /\bhours?\b|\bheures?\b|\bstunden?\b|^h$/i;

/** The factor from the file's unit to the metric's, and the sentence that says so. */
function unitFactor(unit: ResponseUnit | null, metric: Metric, hoursPerDay: number): { factor: number; note: string | null } {
  if (unit === 'hours' && DAYS_UNIT.test(metric.unit)) {
    return { factor: 1 / hoursPerDay, note: `Response times in hours are turned into ${metric.unit} at ${hoursPerDay} hours a working day.` };
  }
  if (unit === 'working-days' && HOURS_UNIT.test(metric.unit)) {
    return { factor: hoursPerDay, note: `Response times in working days are turned into ${metric.unit} at ${hoursPerDay} hours a working day.` };
  }
  return { factor: 1, note: null };
}

function changeKind(metric: Metric, month: number, after: number): { kind: CellChangeKind; previousSource: FigureSource | null } {
  const before = metric.values[month] ?? null;
  const previousSource = metric.sources.find((source) => source.month === month) ?? null;
  if (before === null) return { kind: 'fills', previousSource };
  if (before === after) return { kind: 'same-value', previousSource };
  return { kind: previousSource === null ? 'replaces-typed' : 'replaces-imported', previousSource };
}

function emptyPlan(source: ImportSource, importedOn: string, description: string, fields: Partial<ImportPlan> & { nothing: string }): ImportPlan {
  return { fileName: source.fileName, importedOn, description, changes: [], outside: [], problems: [], notes: [], warnings: [], ...fields };
}

/**
 * Everything an import of `source` into `report` would do under `choices`, changing nothing.
 * `importedOn` is the day to record (YYYY-MM-DD). Pure: the same inputs give the same plan.
 */
export function planImport(report: Report, source: ImportSource, choices: ImportChoices, importedOn: string): ImportPlan {
  const { period } = report.meta;
  const first = period.start ?? choices.firstMonth;
  const reading = sourceSeries(source, choices);
  if (!reading.ok) return emptyPlan(source, importedOn, source.fileName, { nothing: reading.reason });
  const { description } = reading;
  if (first === null) {
    const nothing = `This report's months are numbered M1 … M${period.months} with no first month; say which month M1 is, so the months in "${nameInMessage(source.fileName)}" can be matched to them.`;
    return emptyPlan(source, importedOn, description, { nothing, problems: reading.problems, notes: reading.notes });
  }
  const problems = [...reading.problems];
  const notes = [...reading.notes];
  const unit = source.kind === 'tickets' ? choices.responseUnit : null;
  const changes: CellChange[] = [];
  const outside = new Map<string, Set<string>>();
  let mapped = 0;

  // A metric chosen for two series would get two figures a month: neither is imported into it.
  const seriesByMetric = new Map<string, string[]>();
  for (const series of reading.series) {
    const metricId = choices.mapping[series.name] ?? null;
    if (metricId !== null) seriesByMetric.set(metricId, [...(seriesByMetric.get(metricId) ?? []), series.name]);
  }

  for (const series of reading.series) {
    const metricId = choices.mapping[series.name] ?? null;
    if (metricId !== null) mapped += 1;
    if (series.figures.length === 0) continue;
    if (metricId === null) {
      notes.push(`"${nameInMessage(series.name)}" goes into no metric; its ${series.figures.length === 1 ? 'figure is' : `${series.figures.length} figures are`} left out.`);
      continue;
    }
    const metric = report.metrics.find((candidate) => candidate.id === metricId);
    if (metric === undefined) {
      problems.push(`"${nameInMessage(series.name)}" is set to go into a metric the report does not have; left out.`);
      continue;
    }
    const sharing = seriesByMetric.get(metricId) ?? [];
    if (sharing.length > 1) {
      const all = sharing.length === 2 ? ['both', 'neither'] : ['all', 'none of them'];
      if (sharing[0] === series.name) problems.push(`${joinWords(sharing.map((name) => `"${nameInMessage(name)}"`))} are ${all[0]} set to go into ${metricLabel(metric)}; ${all[1]} is imported.`);
      continue;
    }
    if (source.kind === 'argo' && metric.unit !== '%') problems.push(`ARGO's ${series.name}, a percentage, goes into ${metricLabel(metric)}, measured in ${metric.unit || 'no unit'}.`);
    const { factor, note } = unitFactor(unit, metric, choices.hoursPerWorkingDay);
    if (note !== null && !notes.includes(note)) notes.push(note);
    for (const figure of series.figures) {
      const index = monthIndex(figure.month) - monthIndex(first);
      if (index < 0 || index >= period.months) {
        outside.set(figure.month, (outside.get(figure.month) ?? new Set()).add(series.name));
        continue;
      }
      changes.push(cellChange(report, metric, index, series.name, figure, figure.value * factor));
    }
  }

  const order = new Map(report.metrics.map((metric, position) => [metric.id, position]));
  changes.sort((a, b) => order.get(a.metricId)! - order.get(b.metricId)! || a.month - b.month);
  const outsideMonths = [...outside].sort(([a], [b]) => a.localeCompare(b)).map(([month, names]) => ({ month, label: describeMonth(month), series: [...names] }));
  const warnings = importedOutsideUnitWarnings(report, changes);
  const plan: ImportPlan = { fileName: source.fileName, importedOn, description, changes, outside: outsideMonths, problems, notes, warnings, nothing: null };
  return { ...plan, nothing: changes.length === 0 ? whyNothing(report, plan, mapped) : null };
}

/**
 * The figures an import brings in that their unit cannot hold, one sentence each naming its month
 * and metric: imported as given, never refused. In English in the window's import dialog (the
 * plan's warnings), in the report's language in the command line's warnings about the document.
 */
export function importedOutsideUnitWarnings(report: Pick<Report, 'meta' | 'metrics'>, changes: readonly CellChange[], words: DocumentWords = ENGLISH_WORDS): string[] {
  return changes.flatMap((change) => {
    const metric = report.metrics.find((candidate) => candidate.id === change.metricId);
    const message = metric === undefined ? null : outsideUnitMessage(change.after, metric.unit, words);
    return message === null ? [] : [words.say('unit.importedWarning', { figure: words.colon(`${monthLabel(report.meta, change.month, words)} ${change.metric}`, message) })];
  });
}

function cellChange(report: Report, metric: Metric, month: number, series: string, figure: SourceFigure, after: number): CellChange {
  const before = metric.values[month] ?? null;
  return {
    metricId: metric.id,
    metric: metricLabel(metric),
    month,
    monthLabel: monthLabel(report.meta, month),
    sourceMonth: figure.month,
    series,
    before,
    beforeText: before === null ? NO_VALUE : formatMetricValue(before, metric),
    after,
    afterText: formatMetricValue(after, metric),
    given: figure.given,
    where: figure.where,
    ...changeKind(metric, month, after),
  };
}

/** The one sentence that says why an import would change nothing. */
function whyNothing(report: Report, plan: ImportPlan, mapped: number): string {
  if (plan.outside.length > 0) {
    const months = plan.outside.map((month) => month.label);
    const span = months.length === 1 ? months[0]! : `${months[0]!} to ${months.at(-1)!}`;
    return `No month in "${nameInMessage(plan.fileName)}" falls in the report's period (${describePeriod(report.meta)}): it holds ${span}.`;
  }
  if (mapped === 0) return `Nothing in "${nameInMessage(plan.fileName)}" is set to go into a metric of the report: choose which metric receives each of its series.`;
  if (plan.problems.length > 0) return plan.problems[0]!;
  return `"${nameInMessage(plan.fileName)}" holds no figures to import.`;
}

/** "12 figures: 8 into empty cells, 3 replacing figures typed by hand, 1 the same as the figure there". */
export function summariseImportPlan(plan: ImportPlan): string {
  const count = (kind: CellChangeKind) => plan.changes.filter((change) => change.kind === kind).length;
  const parts = [
    [count('fills'), 'into empty cells', 'into an empty cell'],
    [count('replaces-typed'), 'replacing figures typed by hand', 'replacing a figure typed by hand'],
    [count('replaces-imported'), 'replacing figures imported before', 'replacing a figure imported before'],
    [count('same-value'), 'the same as the figures there', 'the same as the figure there'],
  ] as const;
  const present = parts.filter(([number]) => number > 0);
  const total = plan.changes.length;
  const figures = `${total} ${total === 1 ? 'figure' : 'figures'}`;
  if (present.length === 0) return figures;
  if (present.length === 1) return total === 1 ? `${figures}, ${present[0]![2]}` : `${figures}, all ${present[0]![1]}`;
  return `${figures}: ${present.map(([number, many, one]) => `${number} ${number === 1 ? one : many}`).join(', ')}`;
}
