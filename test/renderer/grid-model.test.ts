// The grids' column model on TanStack Table, run through TanStack's own headless table (the
// table-core the React adapter wraps): what the grids draw comes from there.
import { describe, expect, test } from 'vitest';
import { constructTable } from '@tanstack/table-core';
import { storeReactivityBindings } from '@tanstack/table-core/store-reactivity-bindings';
import type { Person } from '../../shared/report-schema';
import { EFFORT_FEATURES, effortColumnDefs, type EffortMeta } from '../../renderer/tables/effort-cells';
import { EFFORT_COLUMNS, effortLayout } from '../../renderer/tables/effort-columns';
import { headingCells, previousColumnVisibility, shownColumns, type GridColumn, type GridFeatures } from '../../renderer/tables/grid-model';
import { PERFORMANCE_FEATURES, performanceColumnDefs, type PerformanceMeta } from '../../renderer/tables/performance-cells';
import { performanceColumnList, performanceColumns, performanceLayout } from '../../renderer/tables/performance-columns';
import { hasPerformanceCell, performanceRows, type PerformanceRow } from '../../renderer/tables/performance-rows';
import { seedReport } from '../fixtures/seed';

const NO_ACTIONS = { name: () => '', canMove: () => false, move: () => undefined, remove: () => undefined };

/** A grid's features with the reactivity a table needs outside React. */
function headless<TColumn extends GridColumn, TMeta extends object>(features: GridFeatures<TColumn, TMeta>): GridFeatures<TColumn, TMeta> & { coreReactivityFeature: ReturnType<typeof storeReactivityBindings> } {
  return { ...features, coreReactivityFeature: storeReactivityBindings() };
}

/** The performance grid's table, as the React adapter builds it, without React. */
function performanceTable(withPrevious: boolean, rows: readonly PerformanceRow[] = performanceRows(seedReport().metrics)) {
  const meta: PerformanceMeta = { period: seedReport().meta, previous: null, toggleDirection: () => undefined, rowActions: NO_ACTIONS };
  return constructTable({
    features: headless(PERFORMANCE_FEATURES),
    columns: performanceColumnDefs(performanceColumnList(seedReport().meta)),
    data: rows,
    getRowId: (row) => row.key,
    meta,
    state: { columnVisibility: previousColumnVisibility(withPrevious), columnSizing: {} },
  });
}

describe('the performance grid on TanStack Table', () => {
  test('the columns the table shows are the layout the grid reads its positions from, with and without the previous period', () => {
    for (const withPrevious of [false, true]) {
      const shown = performanceLayout(shownColumns(performanceTable(withPrevious).getVisibleLeafColumns()));
      expect(shown).toEqual(performanceColumns(seedReport().meta, withPrevious));
    }
    expect(performanceColumns(seedReport().meta, true).previous).toBe(11);
    expect(performanceColumns(seedReport().meta, false).previous).toBe(-1);
  });

  test('one heading row: each column its own heading, and the three row actions one hidden heading across them', () => {
    const headings = headingCells(performanceTable(true).getHeaderGroups());
    const titles = headings.map((heading) => [heading.header.column.columnDef.header, heading.index, heading.span, heading.hidden]);
    expect(titles.slice(0, 4)).toEqual([
      ['Service level parameter', 0, 1, false],
      ['Better when', 1, 1, false],
      ['Target', 2, 1, false],
      ['M1 average', 3, 1, false],
    ]);
    expect(titles.slice(-3)).toEqual([
      ['Months met', 10, 1, false],
      ['Previous period', 11, 1, false],
      ['Row actions', 12, 3, true],
    ]);
    expect(headings.filter((heading) => heading.numeric).length).toBe(10);
  });

  test('a group heading row spans the figures with its name: the cells it covers are the ones the grid has no cell at', () => {
    for (const withPrevious of [false, true]) {
      const table = performanceTable(withPrevious);
      const columns = performanceLayout(shownColumns(table.getVisibleLeafColumns()));
      const rows = table.getRowModel().rows;
      const group = rows.findIndex((row) => row.original.kind === 'group');
      expect(rows[group]!.getVisibleCells()[0]!.getColSpan()).toBe(columns.moveUp);
      rows.forEach((row, rowIndex) =>
        row.getVisibleCells().forEach((cell, col) => {
          expect(!cell.getIsCovered()).toBe(hasPerformanceCell(rows.map((each) => each.original), columns, rowIndex, col));
        }),
      );
    }
  });

  test('a figure typed makes TanStack a new Row for every row, but each keeps the data it was made from', () => {
    const report = seedReport();
    const before = performanceRows(report.metrics);
    const table = performanceTable(false, before);
    const first = table.getRowModel().rows;
    const edited = [...before];
    edited[1] = { ...before[1]! } as PerformanceRow;
    table.setOptions((options) => ({ ...options, data: edited }));
    const second = table.getRowModel().rows;
    expect(second.map((row, index) => row === first[index])).toEqual([false, false, false, false, false]);
    expect(second.map((row, index) => row.original === first[index]!.original)).toEqual([true, false, true, true, true]);
    // The columns are the same array: the rows memoised on them and on their data sleep.
    expect(table.getVisibleLeafColumns()).toBe(table.getVisibleLeafColumns());
  });
});

describe('the effort grid on TanStack Table', () => {
  test('last period’s PM shows only where the report knows it; the widths are the sizes TanStack gives', () => {
    const people: Person[] = seedReport().effort.people;
    const sizing = { name: 212, pm: 72, previous: 88, 'move-up': 30, 'move-down': 30, remove: 30 };
    const meta: EffortMeta = { previous: null, rowActions: NO_ACTIONS };
    for (const withPrevious of [false, true]) {
      const table = constructTable({
        features: headless(EFFORT_FEATURES),
        columns: effortColumnDefs(EFFORT_COLUMNS),
        data: people,
        getRowId: (person) => person.id,
        meta,
        state: { columnVisibility: previousColumnVisibility(withPrevious), columnSizing: sizing },
      });
      const columns = effortLayout(shownColumns(table.getVisibleLeafColumns()));
      expect(columns.list.map((column) => column.header)).toEqual(['Name', 'PM', ...(withPrevious ? ['Last period'] : []), 'Move up', 'Move down', 'Remove']);
      expect(table.getVisibleLeafColumns().map((column) => column.getSize())).toEqual(columns.list.map((column) => sizing[column.id as keyof typeof sizing]));
      expect(table.getTotalSize()).toBe(columns.list.reduce((sum, column) => sum + sizing[column.id as keyof typeof sizing], 0));
    }
  });
});
