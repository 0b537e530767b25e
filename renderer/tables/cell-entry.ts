// Reading one typed entry where it was typed: the message names the place, so a person
// can find it ("M3 Availability: '99,9x' is not a number").
import { parseNumberEntry } from '../../shared/numbers';
import type { Metric, Person, ReportMeta } from '../../shared/report-schema';
import { metricLabel, outsideUnitMessage } from '../../shared/figure-text';
import { monthLabel } from '../../shared/periods';
import type { EntryToFix } from '../document/entries-to-fix';
import { placeId, type Place } from '../document/places';
import { personName } from './effort-edits';

type PeriodMeta = Pick<ReportMeta, 'period' | 'monthLabels'>;

export type CellEntry = { ok: true; value: number | null } | { ok: false; entry: EntryToFix };

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

/** An entry to fix typed at `at`, named `place` for the person. */
export function entryAt(at: Place, place: string, raw: string, message: string): EntryToFix {
  return { at, cellId: placeId(at), place, message, raw };
}

/**
 * An optional number (a monthly figure, a target): empty is "no value", never zero. With the
 * metric's unit, a figure the unit cannot hold is an entry to fix as a word is: "100.78 % is
 * more than 100 %" (shared/unit-range.ts).
 */
export function parseCellEntry(raw: string, at: Place, place: string, unit?: string): CellEntry {
  const parsed = parseNumberEntry(raw);
  if (!parsed.ok) return { ok: false, entry: entryAt(at, place, raw, parsed.message) };
  const outside = unit === undefined || parsed.value === null ? null : outsideUnitMessage(parsed.value, unit);
  return outside === null ? parsed : { ok: false, entry: entryAt(at, place, raw, outside) };
}

/** Person-months, the planned PM: a number of at least zero; empty counts as zero effort. */
export function parsePmEntry(raw: string, at: Place, place: string): { ok: true; value: number } | { ok: false; entry: EntryToFix } {
  const parsed = parseCellEntry(raw, at, place);
  if (!parsed.ok) return parsed;
  const value = parsed.value ?? 0;
  if (value < 0) return { ok: false, entry: entryAt(at, place, raw, 'cannot be negative') };
  return { ok: true, value };
}
