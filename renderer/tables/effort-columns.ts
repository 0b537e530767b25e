// The effort grid's columns: the person's name, their PM, last period's PM (shown when it is
// known: column visibility) and the row actions; the table's column definitions, headings and
// widths come from this list, and the positions from the columns it shows.
import type { Person } from '../../shared/report-schema';
import { formatPm } from '../../shared/numbers';
import { shortProblem } from '../document/entries-to-fix';
import type { ColumnSizingState } from '@tanstack/react-table';
import { columnSizing, rowActionColumns, type GridColumn } from './grid-model';
import type { RowEntries } from './row-entries';
import { CELL_STRONG, CELL_TEXT, HEADING_TEXT, NAME_TEXT, SMALL_TEXT, textWidth } from './text-width';

export type EffortColumn = GridColumn & { kind: 'name' | 'pm' | 'previous' | 'move-up' | 'move-down' | 'remove' };

export const PREVIOUS_PM_HEADING = 'Last period';

/** Every column of the effort grid, last period's PM among them (shown when the report knows it). */
export const EFFORT_COLUMNS: readonly EffortColumn[] = [
  { kind: 'name', id: 'name', header: 'Name', numeric: false, flexible: true },
  { kind: 'pm', id: 'pm', header: 'PM', numeric: true },
  { kind: 'previous', id: 'previous', header: PREVIOUS_PM_HEADING, numeric: true },
  ...rowActionColumns(),
];

/** The columns shown, and where each kind of column is among them. */
export interface EffortColumns {
  list: readonly EffortColumn[];
  name: number;
  pm: number;
  /** Last period's PM, or -1 when it is hidden (the report knows no previous period). */
  previous: number;
  moveUp: number;
  moveDown: number;
  remove: number;
  count: number;
}

export function effortLayout(list: readonly EffortColumn[]): EffortColumns {
  const at = (kind: EffortColumn['kind']): number => list.findIndex((column) => column.kind === kind);
  return { list, name: at('name'), pm: at('pm'), previous: at('previous'), moveUp: at('move-up'), moveDown: at('move-down'), remove: at('remove'), count: list.length };
}

const CELL_PADDING = 16;
const ACTION_WIDTH = 30;
const MIN_NAME = 200;
const MIN_PM = 72;

/** Widths measured from the names and PM shown, and any entry to fix typed over a PM, by column id. */
export function effortWidths(people: readonly Person[], entries: ReadonlyMap<string, RowEntries>): ColumnSizingState {
  let name = textWidth('Type a name', CELL_TEXT);
  let pm = textWidth('PM', HEADING_TEXT);
  for (const person of people) {
    name = Math.max(name, textWidth(person.name, NAME_TEXT));
    pm = Math.max(pm, textWidth(formatPm(person.pm), CELL_STRONG));
    for (const entry of entries.get(person.id)?.values() ?? []) pm = Math.max(pm, textWidth(`⚠ ${entry.raw}`, CELL_TEXT), textWidth(shortProblem(entry), SMALL_TEXT));
  }
  const widths = EFFORT_COLUMNS.map((column) => {
    if (column.kind === 'name') return Math.max(MIN_NAME, name + CELL_PADDING);
    if (column.kind === 'pm') return Math.max(MIN_PM, pm + CELL_PADDING);
    if (column.kind === 'previous') return Math.max(MIN_PM, textWidth(PREVIOUS_PM_HEADING, HEADING_TEXT) + CELL_PADDING);
    return ACTION_WIDTH;
  });
  return columnSizing(EFFORT_COLUMNS, widths);
}
