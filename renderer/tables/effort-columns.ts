// The effort grid's columns: the person's name, their PM, and the row actions; the one source
// of truth for the headings, the widths and what each position holds.
import type { Person } from '../../shared/report-schema';
import { formatPm } from '../../shared/numbers';
import { shortProblem } from '../document/entries-to-fix';
import type { GridColumn } from './grid-columns';
import type { RowEntries } from './row-entries';
import { CELL_STRONG, CELL_TEXT, HEADING_TEXT, NAME_TEXT, SMALL_TEXT, textWidth } from './text-width';

export type EffortColumn = GridColumn & { kind: 'name' | 'pm' | 'move-up' | 'move-down' | 'remove' };

const ROW_ACTIONS = 'Row actions';

export const EFFORT_COLUMN_LIST: readonly EffortColumn[] = [
  { kind: 'name', id: 'name', header: 'Name', numeric: false },
  { kind: 'pm', id: 'pm', header: 'PM', numeric: true },
  { kind: 'move-up', id: 'move-up', header: 'Move up', numeric: false, group: ROW_ACTIONS, headerHidden: true },
  { kind: 'move-down', id: 'move-down', header: 'Move down', numeric: false, group: ROW_ACTIONS, headerHidden: true },
  { kind: 'remove', id: 'remove', header: 'Remove', numeric: false, group: ROW_ACTIONS, headerHidden: true },
];

const at = (kind: EffortColumn['kind']): number => EFFORT_COLUMN_LIST.findIndex((column) => column.kind === kind);

export const EFFORT_COLUMNS = { name: at('name'), pm: at('pm'), moveUp: at('move-up'), moveDown: at('move-down'), remove: at('remove'), count: EFFORT_COLUMN_LIST.length } as const;

const CELL_PADDING = 16;
const ACTION_WIDTH = 30;
const MIN_NAME = 200;
const MIN_PM = 72;

/** Widths measured from the names and PM shown, and any entry to fix typed over a PM. */
export function effortWidths(people: readonly Person[], entries: ReadonlyMap<string, RowEntries>): number[] {
  let name = textWidth('Type a name', CELL_TEXT);
  let pm = textWidth('PM', HEADING_TEXT);
  for (const person of people) {
    name = Math.max(name, textWidth(person.name, NAME_TEXT));
    pm = Math.max(pm, textWidth(formatPm(person.pm), CELL_STRONG));
    for (const entry of entries.get(person.id)?.values() ?? []) pm = Math.max(pm, textWidth(`⚠ ${entry.raw}`, CELL_TEXT), textWidth(shortProblem(entry), SMALL_TEXT));
  }
  return EFFORT_COLUMN_LIST.map((column) => {
    if (column.kind === 'name') return Math.max(MIN_NAME, name + CELL_PADDING);
    if (column.kind === 'pm') return Math.max(MIN_PM, pm + CELL_PADDING);
    return ACTION_WIDTH;
  });
}
