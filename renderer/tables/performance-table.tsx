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
import { ColumnHeadings, ColumnWidths, tableWidth } from './grid-columns';
import { clampToGrid, type GridPosition, type GridShape } from './grid-navigation';
import { applyPaste, pasteLabel, pasteSummary } from './metric-paste';
import { addMetrics, moveBlock, moveMetric, removeMetrics, setMonthValue, setTarget, toggleDirection } from './metric-edits';
import { performanceColumns, type PerformanceColumns } from './performance-columns';
import { GroupRowView, MetricRowView, type PerformanceRowActions } from './performance-row';
import { figureAt, hasPerformanceCell, keepUnchangedRows, performanceRows, type FigureCell, type PerformanceRow } from './performance-rows';
import { performanceWidths } from './performance-widths';
import { entriesByRow, NO_ROW_ENTRIES, type RowEntries } from './row-entries';
import { parseTsv } from './tsv-paste';
import { useColumnWindow } from './use-column-window';
import { useRowWindow } from './use-row-window';
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
  const columns = useMemo(() => performanceColumns(meta, withPrevious), [meta, withPrevious]);
  const previousRows = useRef<readonly PerformanceRow[]>([]);
  const rows = useMemo(() => keepUnchangedRows(previousRows.current, performanceRows(metrics)), [metrics]);
  const previousEntries = useRef<ReadonlyMap<string, RowEntries>>(new Map());
  const rowEntries = useMemo(() => entriesByRow(entries, (entry) => metricOfEntry(entry.at), previousEntries.current), [entries]);
  const previousWidths = useRef<readonly number[]>([]);
  // The same widths keep the same array: the <col>s and the column window are left alone by a figure that widens nothing.
  const widths = useMemo(() => {
    const measured = performanceWidths(columns, rows, rowEntries, previous);
    const last = previousWidths.current;
    return measured.length === last.length && measured.every((width, index) => width === last[index]) ? last : measured;
  }, [columns, rows, rowEntries, previous]);
  useLayoutEffect(() => {
    previousRows.current = rows;
    previousEntries.current = rowEntries;
    previousWidths.current = widths;
  });
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
    if (figure === null) {
      setStatus('To paste figures, start from a target or a month cell.');
      return;
    }
    const block = parseTsv(text);
    if (block.length === 0) {
      setStatus('The clipboard holds no text to paste.');
      return;
    }
    const start = { metricIndex: figure.row.metricIndex, column: figure.kind === 'target' ? ('target' as const) : figure.monthIndex };
    const outcome = applyPaste(store.report, start, block);
    store.settleEntries([...outcome.settledCellIds, ...outcome.problems.map((entry) => entry.cellId)], outcome.problems);
    if (outcome.written > 0) store.edit(pasteLabel(outcome.written), (report) => applyPaste(report, start, block).report);
    setStatus(pasteSummary(outcome));
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

  // The row buttons' actions, one object for the table's lifetime: they read the latest rows.
  const latest = useRef({ moveRow, removeRow, focusCell: grid.controls.focusCell, columns });
  useLayoutEffect(() => {
    latest.current = { moveRow, removeRow, focusCell: grid.controls.focusCell, columns };
  });
  const actions = useMemo<PerformanceRowActions>(
    () => ({
      toggleDirection: (metric) => store.edit(`Change direction of ${metricLabel(metric)}`, (report) => toggleDirection(report, metric.id)),
      moveRow: (rowIndex, delta) => {
        const { moveRow: move, focusCell, columns: current } = latest.current;
        const landing = move({ row: rowIndex, col: delta < 0 ? current.moveUp : current.moveDown }, delta);
        if (landing !== null) focusCell(landing);
      },
      removeRow: (rowIndex) => latest.current.removeRow(rowIndex),
    }),
    [store],
  );

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

  const { active, editing } = grid;
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const keys = useMemo(() => rows.map((row) => row.key), [rows]);
  const pinned = [active?.row, editing?.position.row].filter((row): row is number => row !== undefined);
  const scrollRef = useRef<HTMLDivElement>(null);
  const headRef = useRef<HTMLTableSectionElement>(null);
  useHeadScrollPadding(headRef, scrollRef);
  const { items, observe } = useRowWindow(keys, pinned, bodyRef, scrollRef);
  const pinnedColumns = [active?.col, editing?.position.col].filter((col): col is number => col !== undefined);
  const drawn = useColumnWindow(widths, columns.firstMonth, columns.firstMonth + columns.months - 1, pinnedColumns, scrollRef);
  return (
    <div className="rd-table-block" {...regionProps('performance')}>
      {/* A long grid scrolls in its own box, its headings and names kept in view; a cell reached
          by the keyboard is scrolled clear of them. */}
      <div className="rd-table-scroll" ref={scrollRef} style={{ '--rd-names-width': `${Math.ceil(widths[columns.parameter] ?? 0)}px` } as CSSProperties}>
        <table
          ref={grid.gridRef}
          role="grid"
          aria-label="Performance against service targets"
          aria-rowcount={rows.length + 1}
          aria-colcount={columns.count}
          className="rd-grid rd-grid--performance"
          style={{ width: tableWidth(widths) }}
        >
          <ColumnWidths widths={widths} flexible={columns.parameter} />
          <thead ref={headRef}>
            <ColumnHeadings columns={columns.list} drawn={drawn} className={(cell) => (cell.numeric ? 'rd-head rd-head--number' : 'rd-head')} />
          </thead>
          <tbody ref={bodyRef}>
            {items.map((item) => {
              if (item.kind === 'gap') {
                return (
                  <tr key={item.key} aria-hidden="true" className="rd-row-gap" style={{ height: item.height }}>
                    <td colSpan={columns.count} />
                  </tr>
                );
              }
              const rowIndex = item.index;
              const row = rows[rowIndex]!;
              const activeCol = active !== null && active.row === rowIndex ? active.col : null;
              if (row.kind === 'group') return <GroupRowView key={row.key} row={row} rowIndex={rowIndex} columns={columns} activeCol={activeCol} grid={grid.controls} actions={actions} observe={observe} />;
              return (
                <MetricRowView
                  key={row.key}
                  row={row}
                  rowIndex={rowIndex}
                  columns={columns}
                  meta={meta}
                  previous={previous}
                  entries={rowEntries.get(row.metric.id) ?? NO_ROW_ENTRIES}
                  activeCol={activeCol}
                  editing={editing !== null && editing.position.row === rowIndex ? editing : null}
                  drawn={drawn}
                  grid={grid.controls}
                  actions={actions}
                  observe={observe}
                />
              );
            })}
          </tbody>
        </table>
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
