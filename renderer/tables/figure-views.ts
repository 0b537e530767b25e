// What a figure cell shows and what a screen reader hears for it. Misses are never told by
// colour alone: each has an icon and words from describeEvaluation().
import { formatNumber, formatWithUnit } from '../../shared/numbers';
import { monthLabel } from '../../shared/periods';
import type { Metric, ReportMeta } from '../../shared/report-schema';
import { average, describeEvaluation, evaluate, formatMetricValue, formatMetricValueWithUnit, metricLabel, summariseMetric, targetWording } from '../../shared/targets';
import type { CellProblem } from './cell-problems';

type PeriodMeta = Pick<ReportMeta, 'period' | 'monthLabels'>;

export type FigureState = 'met' | 'missed' | 'missing' | 'no-target' | 'invalid';

export interface FigureView {
  state: FigureState;
  /** The text in the cell: "99.37", "—" for no value, or the raw entry that needs fixing. */
  text: string;
  /** ▼ below a higher-is-better target, ▲ above a lower-is-better one, ⚠ for an entry to fix. */
  icon: string;
  accessibleName: string;
}

export const NO_VALUE = '—';

export function monthCellView(meta: PeriodMeta, metric: Metric, monthIndex: number, problem: CellProblem | undefined): FigureView {
  const place = `${metricLabel(metric)} ${monthLabel(meta, monthIndex)}`;
  if (problem !== undefined) {
    return { state: 'invalid', text: problem.raw, icon: '⚠', accessibleName: `${place}: ${problem.raw}, needs fixing` };
  }
  const value = metric.values[monthIndex] ?? null;
  const evaluation = evaluate(value, metric);
  if (value === null) return { state: 'missing', text: NO_VALUE, icon: '', accessibleName: `${place}: ${describeEvaluation('missing', metric)}` };
  const shown = formatMetricValueWithUnit(value, metric);
  const words = describeEvaluation(evaluation, metric);
  const icon = evaluation === 'missed' ? (metric.direction === 'higher-is-better' ? '▼' : '▲') : '';
  return {
    state: evaluation,
    text: formatMetricValue(value, metric),
    icon,
    accessibleName: words === '' ? `${place}: ${shown}` : `${place}: ${shown}, ${words}`,
  };
}

export interface TargetView {
  /** "≥ 99", "≤ 1", the agreement's own wording, or "—" with no target. */
  text: string;
  /** The agreement's wording shown under the number, or a hint that a wording is not checked. */
  note: string;
  invalid: boolean;
  accessibleName: string;
}

export function targetCellView(metric: Metric, problem: CellProblem | undefined): TargetView {
  const label = metricLabel(metric);
  const wording = targetWording(metric);
  if (problem !== undefined) {
    return { text: problem.raw, note: '', invalid: true, accessibleName: `${label} target: ${problem.raw}, needs fixing` };
  }
  if (metric.target === null) {
    if (wording === null) return { text: NO_VALUE, note: '', invalid: false, accessibleName: `${label} target: none` };
    return { text: wording, note: 'not checked', invalid: false, accessibleName: `${label} target: ${wording}, wording only, figures are not checked against it` };
  }
  const higher = metric.direction === 'higher-is-better';
  const number = formatNumber(metric.target, null);
  const spoken = `${higher ? 'at least' : 'at most'} ${formatWithUnit(metric.target, metric.unit)}`;
  // A wording that only repeats the number ("3.32") says nothing more.
  const note = wording === null || wording === number ? '' : wording;
  return {
    text: `${higher ? '≥' : '≤'} ${number}`,
    note,
    invalid: false,
    accessibleName: note === '' ? `${label} target: ${spoken}` : `${label} target: ${spoken} (${note})`,
  };
}

/** The period average as the drafts write it (two places unless the metric sets its own). */
export function averageView(metric: Metric): { text: string; accessibleName: string } {
  const value = average(metric.values);
  const label = metricLabel(metric);
  if (value === null) return { text: NO_VALUE, accessibleName: `${label} period average: no values yet` };
  const decimals = metric.decimals ?? 2;
  return { text: formatNumber(value, decimals), accessibleName: `${label} period average: ${formatWithUnit(value, metric.unit, decimals)}` };
}

/** "5 of 6": months meeting the target out of months with a value. */
export function monthsMetView(metric: Metric): { text: string; accessibleName: string; anyMissed: boolean } {
  const summary = summariseMetric(metric);
  const label = metricLabel(metric);
  if (summary.monthsWithValue === 0) return { text: NO_VALUE, accessibleName: `${label} months met: no values yet`, anyMissed: false };
  if (metric.target === null) return { text: 'no target', accessibleName: `${label} months met: no target to meet`, anyMissed: false };
  const text = `${summary.monthsMet} of ${summary.monthsWithValue}`;
  const months = summary.monthsWithValue === 1 ? 'month' : 'months';
  return { text, accessibleName: `${label}: target met in ${text} ${months}`, anyMissed: summary.monthsMissed > 0 };
}
