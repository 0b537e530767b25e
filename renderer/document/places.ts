// The places in the window where a person types something the report holds: a month's figure,
// a target, a person's PM, the planned PM, the start month, the number of months; and the sections' texts. A
// place names its spot in the report, so an entry to fix, a focus request and a DOM id all
// speak of it the same way, and what the report holds there can be read back at any time.
import type { Report } from '../../shared/report-schema';
import { formatMetricValue, monthCellId, pmCellId, targetCellId } from '../../shared/figure-text';
import { formatNumber, formatPm } from '../../shared/numbers';
import { describeMonth } from '../../shared/month-cells';

export type Place =
  | { kind: 'month'; metricId: string; monthIndex: number }
  | { kind: 'target'; metricId: string }
  | { kind: 'pm'; personId: string }
  | { kind: 'planned-pm' }
  | { kind: 'start-month' }
  | { kind: 'months' };

/** A range of a text, to select it: a prompt the drafts left. */
export interface TextRange {
  start: number;
  end: number;
}

/** What of a section's heading a step that shapes the list leaves the focus on: the heading, or one of its buttons. */
export type SectionControl = 'heading' | 'rename' | 'up' | 'down' | 'level' | 'add' | 'remove';

/**
 * The section heading or button holding the focus, if any: Undo and Redo give it back the focus
 * once they have laid the list out again (a section moved back into another part of the window
 * is drawn anew).
 */
export function focusedSectionHead(): { section: string; control: SectionControl } | null {
  const active = document.activeElement;
  const section = active?.closest<HTMLElement>('[data-section-head]')?.dataset.sectionHead;
  if (active === null || section === undefined) return null;
  return { section, control: (active.closest<HTMLElement>('[data-control]')?.dataset.control ?? 'heading') as SectionControl };
}

/**
 * Where a person can be taken: a place, a section's text by the section's id (a range of it
 * selected), a section's heading or one of its buttons, a table's first column name, the button that adds a section at the
 * end (where no section is left), the summary.
 */
export type FocusTarget =
  | Place
  | { kind: 'section'; section: string; select?: TextRange }
  | { kind: 'section-head'; section: string; control: SectionControl }
  | { kind: 'table-columns'; section: string }
  | { kind: 'add-section' }
  | { kind: 'summary' };

export const PLANNED_PM_ID = 'planned-pm';
export const PERIOD_MONTHS_ID = 'period-months';
export const PERIOD_START_ID = 'period-start';
/** The summary panel's DOM id. */
export const SUMMARY_ID = 'report-summary';

/** The DOM id of the cell or field at a place ("cell-availability-2"), also its key among entries to fix. */
export function placeId(place: Place): string {
  switch (place.kind) {
    case 'month':
      return monthCellId(place.metricId, place.monthIndex);
    case 'target':
      return targetCellId(place.metricId);
    case 'pm':
      return pmCellId(place.personId);
    case 'planned-pm':
      return PLANNED_PM_ID;
    case 'start-month':
      return PERIOD_START_ID;
    case 'months':
      return PERIOD_MONTHS_ID;
  }
}

/** Whether a focus target is a field of the report's details (which fold away, and unfold to be reached). */
export function isDetailsPlace(target: FocusTarget): boolean {
  return target.kind === 'start-month' || target.kind === 'months';
}

/** Whether a focus target is a place (a cell or a field), not a section's part or the summary. */
export function isPlace(target: FocusTarget): target is Place {
  return target.kind !== 'section' && target.kind !== 'section-head' && target.kind !== 'table-columns' && target.kind !== 'add-section' && target.kind !== 'summary';
}

/**
 * What the report holds at a place, as shown ("99.92"); null where it holds no value; undefined
 * once the place is gone (its metric or person removed, its month cut off by a shorter period).
 */
export function heldAt(report: Report, place: Place): string | null | undefined {
  switch (place.kind) {
    case 'month': {
      const metric = report.metrics.find((candidate) => candidate.id === place.metricId);
      if (metric === undefined || place.monthIndex >= metric.values.length) return undefined;
      const value = metric.values[place.monthIndex] ?? null;
      return value === null ? null : formatMetricValue(value, metric);
    }
    case 'target': {
      const metric = report.metrics.find((candidate) => candidate.id === place.metricId);
      if (metric === undefined) return undefined;
      return metric.target === null ? null : formatNumber(metric.target, null);
    }
    case 'pm': {
      const person = report.effort.people.find((candidate) => candidate.id === place.personId);
      return person === undefined ? undefined : formatPm(person.pm);
    }
    case 'planned-pm':
      return report.effort.plannedPm === null ? null : formatPm(report.effort.plannedPm);
    case 'start-month':
      return report.meta.period.start === null ? null : describeMonth(report.meta.period.start);
    case 'months':
      return String(report.meta.period.months);
  }
}

/**
 * Where a place comes in the window, top to bottom and left to right: the details, the effort
 * table and its plan, then the performance table row by row. Lists of entries follow it.
 */
export function placeOrder(report: Report, place: Place): readonly number[] {
  switch (place.kind) {
    // The details: the start month, then the number of months, as the form has them.
    case 'start-month':
      return [0, 0];
    case 'months':
      return [0, 1];
    case 'pm':
      return [1, report.effort.people.findIndex((person) => person.id === place.personId)];
    case 'planned-pm':
      return [2];
    case 'target':
    case 'month': {
      const row = report.metrics.findIndex((metric) => metric.id === place.metricId);
      return [3, row, place.kind === 'target' ? -1 : place.monthIndex];
    }
  }
}

export function compareOrder(a: readonly number[], b: readonly number[]): number {
  for (let index = 0; index < Math.max(a.length, b.length); index += 1) {
    const difference = (a[index] ?? -1) - (b[index] ?? -1);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** The DOM id of a section's heading (by the section's id): the section's name in the page. */
export function sectionHeadingId(id: string): string {
  return `heading-${id}`;
}

/** The DOM id of a section's text (by the section's id). */
export function sectionFieldId(id: string): string {
  return `section-${id}-text`;
}
