// What the grid of a table section does to its content (the steps live in shared/table-content.ts),
// and what it tells the person after a paste.
import { describe, expect, test } from 'vitest';
import { insertTableColumn, insertTableRows, moveTableRow, removeTableColumn, removeTableRows, renameTableColumn, tableColumnEntries, writeTableCells, type TableContent } from '../../shared/table-content';
import { sectionColumnList, sectionColumnName } from '../../renderer/tables/table-section-columns';
import { columnRemovalQuestion, sectionPasteSummary } from '../../renderer/tables/table-section-status';
import { parseTsv } from '../../renderer/tables/tsv-paste';

const setCell = (content: TableContent, row: number, column: number, text: string) => writeTableCells(content, { row, column }, [[text]]).content;

function milestones(): TableContent {
  return {
    columns: ['Milestone', 'Due', 'Status', 'Comment'],
    rows: [
      ['MS1 Portal release', 'M3', 'Done', ''],
      ['MS2 Security audit', 'M6', 'Late', ''],
    ],
  };
}

describe('editing a table section', () => {
  test('a cell typed changes that row only; the other rows keep their identity, so the grid re-renders one row', () => {
    const before = milestones();
    const after = setCell(before, 1, 3, 'Auditor booked for July');
    expect(after.rows[1]).toEqual(['MS2 Security audit', 'M6', 'Late', 'Auditor booked for July']);
    expect(after.rows[0]).toBe(before.rows[0]);
    expect(before.rows[1]).toEqual(['MS2 Security audit', 'M6', 'Late', '']);
  });

  test('the same text again, or a cell past the last column, is no change at all', () => {
    const before = milestones();
    expect(setCell(before, 0, 2, 'Done')).toBe(before);
    expect(setCell(before, 0, 4, 'x')).toBe(before);
    expect(setCell(before, 1, 3, '')).toBe(before);
  });

  test('rows are added empty, moved past a neighbour, and removed', () => {
    const added = insertTableRows(milestones(), 2);
    expect(added.rows[2]).toEqual(['', '', '', '']);
    expect(insertTableRows(milestones(), 0, 2).rows.map((row) => row[0])).toEqual(['', '', 'MS1 Portal release', 'MS2 Security audit']);
    expect(moveTableRow(added, 0, 1).rows.map((row) => row[0])).toEqual(['MS2 Security audit', 'MS1 Portal release', '']);
    const top = milestones();
    expect(moveTableRow(top, 0, -1)).toBe(top);
    expect(moveTableRow(top, 1, 1)).toBe(top);
    expect(removeTableRows(added, 0).rows.map((row) => row[0])).toEqual(['MS2 Security audit', '']);
    expect(removeTableRows(top, 2)).toBe(top);
  });

  test('columns are added empty, renamed, and removed with their cells, but never the last one', () => {
    const added = insertTableColumn(milestones(), 4, 'Owner');
    expect(added.columns).toEqual(['Milestone', 'Due', 'Status', 'Comment', 'Owner']);
    expect(added.rows.every((row) => row.length === 5 && row[4] === '')).toBe(true);
    expect(renameTableColumn(added, 1, 'Due month').columns[1]).toBe('Due month');
    expect(insertTableColumn(milestones(), 0, 'Id').rows[0]).toEqual(['', 'MS1 Portal release', 'M3', 'Done', '']);
    const removed = removeTableColumn(milestones(), 1);
    expect(removed.columns).toEqual(['Milestone', 'Status', 'Comment']);
    expect(removed.rows).toEqual([
      ['MS1 Portal release', 'Done', ''],
      ['MS2 Security audit', 'Late', ''],
    ]);
    const one: TableContent = { columns: ['Risk'], rows: [['Storage']] };
    expect(removeTableColumn(one, 0)).toBe(one);
  });

  test('removing a column with text first says what goes: its name and how many entries (blanks are none); an empty column asks nothing', () => {
    const owners = setCell(setCell(insertTableColumn(milestones(), 4, 'Owner'), 0, 4, 'Ana'), 1, 4, '  ');
    expect(tableColumnEntries(owners, 4)).toBe(1);
    expect(tableColumnEntries(milestones(), 2)).toBe(2);
    expect(tableColumnEntries(milestones(), 3)).toBe(0);
    expect(columnRemovalQuestion('Status', 2, 'Milestones')).toEqual({
      title: 'Remove the column “Status” and its 2 entries?',
      message: '2 rows of “Milestones” have text in “Status”. Removing the column takes them out of the report; Undo (Ctrl+Z) brings them back.',
      keep: 'Keep the column',
      remove: 'Remove the column',
    });
    expect(columnRemovalQuestion('Owner', 1, 'Milestones').title).toBe('Remove the column “Owner” and its 1 entry?');
  });

  test('a column without a name is called by its place', () => {
    expect(sectionColumnName(['Risk', '  '], 1)).toBe('Column 2');
    expect(sectionColumnList(['Risk', 'Owner']).map((column) => column.header)).toEqual(['Risk', 'Owner', 'Move up', 'Move down', 'Remove']);
  });
});

describe('pasting a block from a spreadsheet into a table section', () => {
  test('the block fills down and right from the cell, adding the rows it needs; a cell beyond the last column is left out and counted', () => {
    const block = parseTsv('Late\tMoved to M8\textra\r\nOpen\t\r\nPlanned\tKick-off in M9\r\n');
    const outcome = writeTableCells(milestones(), { row: 1, column: 2 }, block);
    expect(outcome.content.rows).toEqual([
      ['MS1 Portal release', 'M3', 'Done', ''],
      ['MS2 Security audit', 'M6', 'Late', 'Moved to M8'],
      ['', '', 'Open', ''],
      ['', '', 'Planned', 'Kick-off in M9'],
    ]);
    expect(outcome).toMatchObject({ written: 6, added: 2, ignored: 1 });
    expect(sectionPasteSummary(outcome)).toBe('Pasted 6 cells, 2 rows added. 1 cell beyond the last column was left out.');
  });

  test('a pasted cell holding a tab or a line break, quoted as spreadsheets copy it, stays one cell', () => {
    const outcome = writeTableCells(milestones(), { row: 0, column: 3 }, parseTsv('"Two lines:\nfirst, then second"\n'));
    expect(outcome.content.rows[0]![3]).toBe('Two lines:\nfirst, then second');
    expect(sectionPasteSummary(outcome)).toBe('Pasted 1 cell.');
  });

  test('a block that writes what the cells hold already is no change: no step of Undo', () => {
    const before = milestones();
    const outcome = writeTableCells(before, { row: 0, column: 0 }, [['MS1 Portal release', 'M3']]);
    expect(outcome.content).toBe(before);
    expect(outcome.written).toBe(2);
  });
});
