// Reading one typed entry where it was typed: the message names the place, so a person
// can find it ("M3 Availability: '99,9x' is not a number").
import { parseNumberEntry } from '../../shared/numbers';
import type { Metric, Person, ReportMeta } from '../../shared/report-schema';
import { metricLabel } from '../../shared/figure-text';
import { monthLabel } from '../../shared/periods';
import type { CellProblem } from './cell-problems';
import { personName } from './effort-edits';

type PeriodMeta = Pick<ReportMeta, 'period' | 'monthLabels'>;

export type CellEntry = { ok: true; value: number | null } | { ok: false; problem: CellProblem };

export function monthPlace(meta: PeriodMeta, metric: Pick<Metric, 'name' | 'group' | 'key'>, monthIndex: number): string {
  return `${monthLabel(meta, monthIndex)} ${metricLabel(metric)}`;
}

export function targetPlace(metric: Pick<Metric, 'name' | 'group' | 'key'>): string {
  return `${metricLabel(metric)} target`;
}

export function pmPlace(person: Pick<Person, 'name'>, rowNumber: number): string {
  const name = personName(person, rowNumber);
  return `${name.charAt(0).toUpperCase()}${name.slice(1)} PM`;
}

/** An optional number (a monthly figure, a target): empty is "no value", never zero. */
export function parseCellEntry(raw: string, cellId: string, place: string): CellEntry {
  const entry = parseNumberEntry(raw);
  if (entry.ok) return entry;
  return { ok: false, problem: { cellId, place, message: entry.message, raw } };
}

/** Person-months: a number of at least zero; empty counts as zero effort. */
export function parsePmEntry(raw: string, cellId: string, place: string): { ok: true; value: number } | { ok: false; problem: CellProblem } {
  const entry = parseCellEntry(raw, cellId, place);
  if (!entry.ok) return entry;
  const value = entry.value ?? 0;
  if (value < 0) return { ok: false, problem: { cellId, place, message: 'cannot be negative', raw } };
  return { ok: true, value };
}
