// The effort grid's columns: the person's name, their PM, and the row actions; the one source
// of truth for the headings, the widths and what each position holds.
import type { Person } from '../../shared/report-schema';
import { formatPm } from '../../shared/numbers';
import { shortProblem } from '../document/entries-to-fix';
import type { GridColumn } from './grid-columns';
import type { RowEntries } from './row-entries';
import { CELL_STRONG, CELL_TEXT, HEADING_TEXT, NAME_TEXT, SMALL_TEXT, textWidth } from './text-width';

export type EffortColumn = GridColumn & { kind: 'name' | 'pm' | 'previous' | 'move-up' | 'move-down' | 'remove' };

const ROW_ACTIONS = 'Row actions';

export const PREVIOUS_PM_HEADING = 'Last period';

/** The list, and where each kind of column is in it. */
export interface EffortColumns {
  list: readonly EffortColumn[];
  name: number;
  pm: number;
  /** Last period's PM, or -1 when the report knows no previous period. */
  previous: number;
  moveUp: number;
  moveDown: number;
  remove: number;
  count: number;
}

function columnsOf(withPrevious: boolean): EffortColumns {
  const list: EffortColumn[] = [
    { kind: 'name', id: 'name', header: 'Name', numeric: false },
    { kind: 'pm', id: 'pm', header: 'PM', numeric: true },
    ...(withPrevious ? [{ kind: 'previous', id: 'previous', header: PREVIOUS_PM_HEADING, numeric: true } as const] : []),
    { kind: 'move-up', id: 'move-up', header: 'Move up', numeric: false, group: ROW_ACTIONS, headerHidden: true },
    { kind: 'move-down', id: 'move-down', header: 'Move down', numeric: false, group: ROW_ACTIONS, headerHidden: true },
    { kind: 'remove', id: 'remove', header: 'Remove', numeric: false, group: ROW_ACTIONS, headerHidden: true },
  ];
  const at = (kind: EffortColumn['kind']): number => list.findIndex((column) => column.kind === kind);
  return { list, name: at('name'), pm: at('pm'), previous: at('previous'), moveUp: at('move-up'), moveDown: at('move-down'), remove: at('remove'), count: list.length };
}

const WITHOUT_PREVIOUS = columnsOf(false);
const WITH_PREVIOUS = columnsOf(true);

/** The effort grid's columns: with last period's PM beside this period's when the report knows it. */
export function effortColumns(withPrevious: boolean): EffortColumns {
  return withPrevious ? WITH_PREVIOUS : WITHOUT_PREVIOUS;
}

const CELL_PADDING = 16;
const ACTION_WIDTH = 30;
const MIN_NAME = 200;
const MIN_PM = 72;

/** Widths measured from the names and PM shown, and any entry to fix typed over a PM. */
export function effortWidths(columns: EffortColumns, people: readonly Person[], entries: ReadonlyMap<string, RowEntries>): number[] {
  let name = textWidth('Type a name', CELL_TEXT);
  let pm = textWidth('PM', HEADING_TEXT);
  for (const person of people) {
    name = Math.max(name, textWidth(person.name, NAME_TEXT));
    pm = Math.max(pm, textWidth(formatPm(person.pm), CELL_STRONG));
    for (const entry of entries.get(person.id)?.values() ?? []) pm = Math.max(pm, textWidth(`⚠ ${entry.raw}`, CELL_TEXT), textWidth(shortProblem(entry), SMALL_TEXT));
  }
  return columns.list.map((column) => {
    if (column.kind === 'name') return Math.max(MIN_NAME, name + CELL_PADDING);
    if (column.kind === 'pm') return Math.max(MIN_PM, pm + CELL_PADDING);
    if (column.kind === 'previous') return Math.max(MIN_PM, textWidth(PREVIOUS_PM_HEADING, HEADING_TEXT) + CELL_PADDING);
    return ACTION_WIDTH;
  });
}
