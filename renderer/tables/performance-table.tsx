// The performance grid: one row per metric (groups under a heading row), edited like a
// spreadsheet. It reads the metrics, the period and the entries to fix from the document
// store and changes the report by updaters; entries that are not numbers go to the store's
// entries to fix, kept in their cells until fixed.
import { useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type ReactElement } from 'react';
import type { Metric, Report } from '../../shared/report-schema';
import { monthLabel, sameMonths } from '../../shared/periods';
import { describeFigureSource, figureSource, formatMetricValueWithUnit, metricLabel, noteLines } from '../../shared/figure-text';
import { placeId, type Place } from '../document/places';
import { selectPendingEntries } from '../document/selectors';
import { useDocument, useDocumentStore, useFocusRequest, useReport, useUntilDocumentChanges } from '../document/use-document';
import { EntryList } from '../ui/entry-list';
import { regionProps } from '../ui/regions';
import { useOpenNote } from '../notes/note-editor';
import { CellTip } from './cell-tip';
import { useHeadScrollPadding } from './use-head-scroll-padding';
import { monthCellView, targetCellView } from './figure-views';
import { AddMetricDialog } from './add-metric-dialog';
import { monthPlace, parseCellEntry, targetPlace } from './cell-entry';
import { columnSizing, previousColumnVisibility } from './grid-model';
import { clampToGrid, type GridPosition, type GridShape } from './grid-navigation';
import { applyPaste, pasteIntoReport } from './metric-paste';
import { addMetrics, moveBlock, moveMetric, removeMetrics, setMonthValue, setTarget, toggleDirection } from './metric-edits';
import { performanceColumnList, performanceLayout, type PerformanceColumns } from './performance-columns';
import { PERFORMANCE_FEATURES, performanceColumnDefs, performanceRowClass, type PerformanceMeta } from './performance-cells';
import { figureAt, hasPerformanceCell, keepUnchangedRows, performanceRows, type FigureCell, type PerformanceRow } from './performance-rows';
import { performanceWidths } from './performance-widths';
import { entriesByRow, type RowEntries } from './row-entries';
import { GridTableView } from './grid-table';
import { useGridTable } from './use-grid-table';
import { useRowActions } from './row-actions';
import { useSpreadsheetGrid } from './use-spreadsheet-grid';
import './tables.css';

function placeOf(figure: FigureCell): Place {
  const metricId = figure.row.metric.id;
  return figure.kind === 'target' ? { kind: 'target', metricId } : { kind: 'month', metricId, monthIndex: figure.monthIndex };
}

function figureValue(figure: FigureCell): number | null {
  return figure.kind === 'target' ? figure.row.metric.target : (figure.row.metric.values[figure.monthIndex] ?? null);
}

function rowIndexOf(rows: readonly PerformanceRow[], key: string): number {
  return rows.findIndex((row) => row.key === key);
}

function shapeOf(rows: readonly PerformanceRow[], columns: PerformanceColumns): GridShape {
  return { rows: rows.length, cols: columns.count, has: (row, col) => hasPerformanceCell(rows, columns, row, col) };
}

const rowKey = (row: PerformanceRow): string => row.key;
const performanceRowName = (row: PerformanceRow): string => (row.kind === 'group' ? `${row.group} group` : row.label);
const canMovePerformanceRow = (row: PerformanceRow, _rowIndex: number, _isLast: boolean, delta: -1 | 1): boolean => (delta < 0 ? row.canMoveUp : row.canMoveDown);

function metricOfEntry(at: Place): string | null {
  return at.kind === 'month' || at.kind === 'target' ? at.metricId : null;
}

export function PerformanceTable(): ReactElement {
  const store = useDocumentStore();
  const metrics = useReport((report) => report.metrics);
  // The period alone: typing a title keeps the same columns.
  const meta = useReport((report) => report.meta, sameMonths);
  const previous = useReport((report) => report.previous);
  const entries = useDocument((state) => state.entries);
  const pending = useDocument(selectPendingEntries);
  const [status, setStatus] = useState('');
  // "Removed …, Undo brings it back" and a paste's summary speak of the last change: they go with the next one.
  useUntilDocumentChanges(status, () => setStatus(''));
  const [adding, setAdding] = useState(false);

  const withPrevious = previous !== null;
  // Every column, the previous period's among them: shown or hidden by TanStack's column visibility.
  const allColumns = useMemo(() => performanceColumnList(meta), [meta]);
  const columnDefs = useMemo(() => performanceColumnDefs(allColumns), [allColumns]);
  const previousRows = useRef<readonly PerformanceRow[]>([]);
  const rows = useMemo(() => keepUnchangedRows(previousRows.current, performanceRows(metrics)), [metrics]);
  const previousEntries = useRef<ReadonlyMap<string, RowEntries>>(new Map());
  const rowEntries = useMemo(() => entriesByRow(entries, (entry) => metricOfEntry(entry.at), previousEntries.current), [entries]);
  const sizing = useMemo(() => columnSizing(allColumns, performanceWidths(performanceLayout(allColumns), rows, rowEntries, previous)), [allColumns, rows, rowEntries, previous]);
  useLayoutEffect(() => {
    previousRows.current = rows;
    previousEntries.current = rowEntries;
  });

  // What the cells read besides their row; the row buttons act on the grid as it is when pressed.
  const rowActions = useRowActions(performanceRowName, canMovePerformanceRow, () => ({ move: (row, col, delta) => moveRow({ row, col }, delta), remove: removeRow, focusCell: grid.controls.focusCell }));
  const tableMeta = useMemo<PerformanceMeta>(
    () => ({
      period: meta,
      previous,
      toggleDirection: (metric) => store.edit(`Change direction of ${metricLabel(metric)}`, (report) => toggleDirection(report, metric.id)),
      rowActions,
    }),
    [meta, previous, store, rowActions],
  );
  const table = useGridTable({ features: PERFORMANCE_FEATURES, columns: columnDefs, data: rows, getRowId: rowKey, visibility: previousColumnVisibility(withPrevious), sizing, meta: tableMeta });
  const columns = useMemo(() => performanceLayout(table.columns), [table.columns]);
  const myEntries = useMemo(() => pending.filter((entry) => metricOfEntry(entry.at) !== null), [pending]);
  const openNote = useOpenNote();

  /** What the tip beside a cell says: a miss in words, the note, why a target is not checked. */
  function describeCell(position: GridPosition): readonly string[] | null {
    const figure = figureAt(rows, columns, position.row, position.col);
    if (figure === null) return null;
    const { metric, label } = figure.row;
    const entry = entries.get(placeId(placeOf(figure)));
    if (figure.kind === 'target') {
      const view = targetCellView(metric, entry);
      return view.explanation === '' ? null : [`${label} target: ${view.text}, ${view.note}`, view.explanation];
    }
    const view = monthCellView(meta, metric, figure.monthIndex, entry);
    const value = metric.values[figure.monthIndex] ?? null;
    const lines: string[] = [];
    const place = `${label} ${monthLabel(meta, figure.monthIndex)}`;
    if (view.state === 'missed' && value !== null) lines.push(`${place}: ${formatMetricValueWithUnit(value, metric)}, ${view.words}`);
    if (view.note !== null) {
      if (lines.length === 0) lines.push(place);
      lines.push(...noteLines(view.note));
    }
    const source = figureSource(metric, figure.monthIndex);
    if (source !== null) {
      if (lines.length === 0) lines.push(place);
      lines.push(describeFigureSource(source));
    }
    if (lines.length === 0) return null;
    lines.push(view.note === null ? 'Shift+F2 or right-click to add a note' : 'Shift+F2 or right-click to edit the note');
    return lines;
  }

  function writeFigure(figure: FigureCell, value: number | null, verb: 'Edit' | 'Clear'): void {
    store.dropEntry(placeId(placeOf(figure)));
    if (figureValue(figure) === value) return;
    const { metric, label } = figure.row;
    if (figure.kind === 'target') store.edit(`${verb} target of ${label}`, (report) => setTarget(report, metric.id, value));
    else store.edit(`${verb} ${label} ${monthLabel(meta, figure.monthIndex)}`, (report) => setMonthValue(report, metric.id, figure.monthIndex, value));
  }

  function commitFigure(position: GridPosition, text: string): void {
    const figure = figureAt(rows, columns, position.row, position.col);
    if (figure === null) return;
    const { metric } = figure.row;
    const place = figure.kind === 'target' ? targetPlace(metric) : monthPlace(meta, metric, figure.monthIndex);
    const entry = parseCellEntry(text, placeOf(figure), place, metric.unit);
    if (entry.ok) writeFigure(figure, entry.value, 'Edit');
    else store.keepEntry(entry.entry);
  }

  function paste(position: GridPosition, text: string): void {
    const figure = figureAt(rows, columns, position.row, position.col);
    if (figure === null) return setStatus('To paste figures, start from a target or a month cell.');
    const start = { metricIndex: figure.row.metricIndex, column: figure.kind === 'target' ? ('target' as const) : figure.monthIndex };
    setStatus(pasteIntoReport(store, text, (report, block) => applyPaste(report, start, block)));
  }

  /** Moves a metric (or a whole group) and returns where its row now is, for the focus. */
  function moveRow(position: GridPosition, delta: -1 | 1): GridPosition | null {
    const row = rows[position.row];
    if (row === undefined) return null;
    const move = (report: Report): Report => (row.kind === 'group' ? moveBlock(report, row.blockIndex, delta) : moveMetric(report, row.metric.id, delta));
    const before = store.report;
    store.edit(`Move ${row.kind === 'group' ? row.group : row.label} ${delta < 0 ? 'up' : 'down'}`, move);
    if (store.report === before) return null;
    return { row: rowIndexOf(performanceRows(store.report.metrics), row.key), col: position.col };
  }

  function removeRow(rowIndex: number): void {
    const row = rows[rowIndex];
    if (row === undefined) return;
    const name = row.kind === 'group' ? `${row.group} (${row.metricIds.length} rows)` : row.label;
    const ids = row.kind === 'group' ? row.metricIds : [row.metric.id];
    store.edit(`Remove ${row.kind === 'group' ? row.group : row.label}`, (report) => removeMetrics(report, ids));
    setStatus(`Removed ${name}. Undo brings it back.`);
    const landing = clampToGrid(shapeOf(performanceRows(store.report.metrics), columns), { row: rowIndex, col: columns.remove });
    if (landing !== null) grid.controls.focusCell(landing);
  }

  function addMetricRows(added: Metric[], label: string): void {
    const before = store.report.metrics;
    store.edit(label, (report) => addMetrics(report, added));
    setAdding(false);
    const firstAdded = store.report.metrics.find((metric) => !before.includes(metric));
    const row = rowIndexOf(performanceRows(store.report.metrics), firstAdded?.id ?? '');
    if (row >= 0) grid.controls.focusCell({ row, col: columns.firstMonth });
  }

  const grid = useSpreadsheetGrid({
    shape: shapeOf(rows, columns),
    editText: (position) => {
      const figure = figureAt(rows, columns, position.row, position.col);
      if (figure === null) return null;
      const entry = entries.get(placeId(placeOf(figure)));
      if (entry !== undefined) return entry.raw;
      const value = figureValue(figure);
      return value === null ? '' : String(value);
    },
    commit: commitFigure,
    clear: (position) => {
      const figure = figureAt(rows, columns, position.row, position.col);
      if (figure !== null) writeFigure(figure, null, 'Clear');
    },
    moveRow,
    paste,
    note: (position) => {
      const figure = figureAt(rows, columns, position.row, position.col);
      if (figure === null || figure.kind !== 'month') return false;
      openNote({ metricId: figure.row.metric.id, monthIndex: figure.monthIndex });
      return true;
    },
  });

  // The summary and the entries' lists take the person to a figure here.
  useFocusRequest(
    (target) => target.kind === 'month' || target.kind === 'target',
    (target) => {
      if (target.kind !== 'month' && target.kind !== 'target') return false;
      const row = rows.findIndex((candidate) => candidate.kind === 'metric' && candidate.metric.id === target.metricId);
      const col = target.kind === 'target' ? columns.target : columns.firstMonth + target.monthIndex;
      if (row < 0 || (target.kind === 'month' && target.monthIndex >= columns.months)) return false;
      grid.controls.focusCell({ row, col }, 'center');
    },
  );

  const scrollRef = useRef<HTMLDivElement>(null);
  const headRef = useRef<HTMLTableSectionElement>(null);
  useHeadScrollPadding(headRef, scrollRef);
  return (
    <div className="rd-table-block" {...regionProps('performance')}>
      {/* A long grid scrolls in its own box, its headings and names kept in view; a cell reached
          by the keyboard is scrolled clear of them. */}
      <div className="rd-table-scroll" ref={scrollRef} style={{ '--rd-names-width': `${table.widths[columns.parameter] ?? 0}px` } as CSSProperties}>
        <GridTableView
          grid={table}
          behaviour={grid}
          label="Performance against service targets"
          className="rd-grid rd-grid--performance"
          entries={rowEntries}
          rowClassName={performanceRowClass}
          scrollRef={scrollRef}
          headRef={headRef}
        />
      </div>
      {rows.length === 0 && <p className="rd-table-empty">No metrics yet. Add one to record its monthly figures.</p>}
      <EntryList entries={myEntries} />
      <div className="rd-table-footer">
        <button type="button" className="button" onClick={() => setAdding(true)}>
          + Add metric
        </button>
        <p className="rd-table-status" role="status">
          {status}
        </p>
      </div>
      <p className="rd-table-hint">
        Arrow keys move between cells; Tab goes on past the table. Type to replace a figure, Enter or F2 to edit it, Delete to clear it, Shift+F2 or right-click for its note. Paste a block copied from a spreadsheet at its first cell.
      </p>
      <CellTip gridRef={grid.gridRef} describe={describeCell} />
      {adding && <AddMetricDialog onAdd={addMetricRows} onClose={() => setAdding(false)} />}
    </div>
  );
}
