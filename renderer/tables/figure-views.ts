// What a grid cell shows: the figure as every view of it reads (shared/figure-text.ts), or the
// entry still to fix that was typed over it. Misses are never told by colour alone.
import type { Metric, ReportMeta } from '../../shared/report-schema';
import { figureView, metricLabel, targetView, type FigureView, type TargetView } from '../../shared/figure-text';
import type { Evaluation } from '../../shared/targets';
import { monthLabel } from '../../shared/periods';
import type { EntryToFix } from '../document/entries-to-fix';
import { figureNote } from '../../shared/figure-notes';

type PeriodMeta = Pick<ReportMeta, 'period' | 'monthLabels'>;

export type FigureState = Evaluation | 'invalid';

export interface CellFigureView extends Omit<FigureView, 'state'> {
  state: FigureState;
}

export function monthCellView(meta: PeriodMeta, metric: Metric, monthIndex: number, entry: EntryToFix | undefined): CellFigureView {
  if (entry === undefined) return figureView(meta, metric, monthIndex);
  const place = `${metricLabel(metric)} ${monthLabel(meta, monthIndex)}`;
  return { state: 'invalid', text: entry.raw, icon: '⚠', words: 'needs fixing', accessibleName: `${place}: ${entry.raw}, needs fixing`, note: figureNote(metric, monthIndex) };
}

export function targetCellView(metric: Metric, entry: EntryToFix | undefined): TargetView & { invalid: boolean } {
  if (entry === undefined) return { ...targetView(metric), invalid: false };
  return { text: entry.raw, note: '', explanation: '', invalid: true, accessibleName: `${metricLabel(metric)} target: ${entry.raw}, needs fixing` };
}
