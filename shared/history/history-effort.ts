// Effort over the periods: each person's person-months in each period, and each period's total
// against its planned PM.
import { formatPm } from '../numbers';
import { totalPm } from '../targets';
import type { ServiceHistory } from './service-history';

export interface EffortTotals {
  period: number;
  total: number;
  /** The planned PM of that period's report, null where none was set. */
  planned: number | null;
  /** "12 PM of 14 planned", "12 PM, no plan set". */
  words: string;
}

export function effortTotals(history: Pick<ServiceHistory, 'periods'>): EffortTotals[] {
  return history.periods.map((period, index) => {
    const total = totalPm(period.report);
    const planned = period.report.effort.plannedPm;
    const words = planned === null ? `${formatPm(total)} PM, no plan set` : `${formatPm(total)} PM of ${formatPm(planned)} planned`;
    return { period: index, total, planned, words };
  });
}

/** A person's PM in a period as a cell shows it: "4", or "" where they were not in that period's report. */
export function personPmText(pm: number | null): string {
  return pm === null ? '' : formatPm(pm);
}
