// The performance grid: one row per metric (groups under a heading row), edited like a
// spreadsheet. Every change goes out through onChange; entries that are not numbers stay
// in their cells and go out through onProblemsChange until fixed.
import { Fragment, memo, useMemo, useState, type ReactElement } from 'react';
import { flexRender, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import type { Metric, Report } from '../../shared/report-schema';
import { monthLabel, sameMonths } from '../../shared/periods';
import { formatNumber } from '../../shared/numbers';
import { formatMetricValue, metricLabel } from '../../shared/figure-text';
import { AddMetricDialog } from './add-metric-dialog';
import type { CellProblem, PendingEntry } from './cell-problems';
import { replaceProblems } from './cell-problems';
import { ProblemList } from './problem-list';
import { monthPlace, parseCellEntry, targetPlace } from './cell-entry';
import { monthCellId, targetCellId } from '../../shared/figure-text';
import { clampToGrid, type GridPosition, type GridShape } from './grid-navigation';
import { ActionCell } from './grid-cells';
import { applyPaste, pasteLabel, pasteSummary } from './metric-paste';
import { addMetrics, moveBlock, moveMetric, removeMetrics, setMonthValue, setTarget, toggleDirection } from './metric-edits';
import { PerformanceGridContext, performanceColumnDefs, type PerformanceCellContext } from './performance-columns';
import { figureAt, hasPerformanceCell, performanceColumns, performanceRows, type FigureCell, type PerformanceRow } from './performance-rows';
import { parseTsv } from './tsv-paste';
import { useSpreadsheetGrid } from './use-spreadsheet-grid';
import { useAnnouncedProblems } from './use-announced-problems';
import './tables.css';

export interface PerformanceTableProps {
  report: Report;
  onChange: (next: Report, label: string) => void;
  /** Entries kept as typed because they are not numbers yet, with what the report keeps meanwhile. */
  onProblemsChange: (problems: PendingEntry[]) => void;
}

function figureCellId(figure: FigureCell): string {
  return figure.kind === 'target' ? targetCellId(figure.row.metric.id) : monthCellId(figure.row.metric.id, figure.monthIndex);
}

function figureValue(figure: FigureCell): number | null {
  return figure.kind === 'target' ? figure.row.metric.target : (figure.row.metric.values[figure.monthIndex] ?? null);
}

function rowIndexOf(rows: readonly PerformanceRow[], key: string): number {
  return rows.findIndex((row) => row.key === key);
}

function PerformanceTableView({ report, onChange, onProblemsChange }: PerformanceTableProps): ReactElement {
  const rows = useMemo(() => performanceRows(report), [report]);
  const months = report.meta.period.months;
  const columns = performanceColumns(months);
  const [problems, setProblems] = useState<ReadonlyMap<string, CellProblem>>(() => new Map());
  const [status, setStatus] = useState('');
  const [adding, setAdding] = useState(false);

  // A problem in a cell that has gone (metric removed, period shortened) is no longer one; the
  // others carry what the report keeps there meanwhile.
  const liveProblems = useMemo(() => {
    const shown = new Map<string, string | null>();
    for (const metric of report.metrics) {
      shown.set(targetCellId(metric.id), metric.target === null ? null : formatNumber(metric.target, null));
      metric.values.forEach((value, index) => shown.set(monthCellId(metric.id, index), value === null ? null : formatMetricValue(value, metric)));
    }
    return [...problems.values()].flatMap((problem): PendingEntry[] => (shown.has(problem.cellId) ? [{ ...problem, kept: shown.get(problem.cellId) ?? null }] : []));
  }, [problems, report.metrics]);
  useAnnouncedProblems(liveProblems, onProblemsChange);

  const shape: GridShape = { rows: rows.length, cols: columns.count, has: (row, col) => hasPerformanceCell(rows, columns, row, col) };

  function figureText(figure: FigureCell): string {
    const problem = problems.get(figureCellId(figure));
    if (problem !== undefined) return problem.raw;
    const value = figureValue(figure);
    return value === null ? '' : String(value);
  }

  function setCellProblem(cellId: string, problem: CellProblem | null) {
    if (problem === null && !problems.has(cellId)) return;
    setProblems((current) => replaceProblems(current, [cellId], problem === null ? [] : [problem]));
  }

  function writeFigure(figure: FigureCell, value: number | null, verb: 'Edit' | 'Clear') {
    setCellProblem(figureCellId(figure), null);
    if (figureValue(figure) === value) return;
    const { metric, label } = figure.row;
    if (figure.kind === 'target') onChange(setTarget(report, metric.id, value), `${verb} target of ${label}`);
    else onChange(setMonthValue(report, metric.id, figure.monthIndex, value), `${verb} ${label} ${monthLabel(report.meta, figure.monthIndex)}`);
  }

  function commitFigure(position: GridPosition, text: string) {
    const figure = figureAt(rows, columns, position.row, position.col);
    if (figure === null) return;
    const { metric } = figure.row;
    const place = figure.kind === 'target' ? targetPlace(metric) : monthPlace(report.meta, metric, figure.monthIndex);
    const entry = parseCellEntry(text, figureCellId(figure), place);
    if (entry.ok) writeFigure(figure, entry.value, 'Edit');
    else setCellProblem(entry.problem.cellId, entry.problem);
  }

  function paste(position: GridPosition, text: string) {
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
    const outcome = applyPaste(report, start, block);
    const touched = [...outcome.settledCellIds, ...outcome.problems.map((problem) => problem.cellId)];
    setProblems((current) => replaceProblems(current, touched, outcome.problems));
    if (outcome.written > 0) onChange(outcome.report, pasteLabel(outcome.written));
    setStatus(pasteSummary(outcome));
  }

  /** Moves a metric (or a whole group) and returns where its row now is, for the focus. */
  function moveRow(position: GridPosition, delta: -1 | 1): GridPosition | null {
    const row = rows[position.row];
    if (row === undefined) return null;
    const next = row.kind === 'group' ? moveBlock(report, row.blockIndex, delta) : moveMetric(report, row.metric.id, delta);
    if (next === report) return null;
    const name = row.kind === 'group' ? row.group : row.label;
    onChange(next, `Move ${name} ${delta < 0 ? 'up' : 'down'}`);
    return { row: rowIndexOf(performanceRows(next), row.key), col: position.col };
  }

  function removeRow(rowIndex: number, col: number) {
    const row = rows[rowIndex];
    if (row === undefined) return;
    const name = row.kind === 'group' ? `${row.group} (${row.metricIds.length} rows)` : row.label;
    const next = removeMetrics(report, row.kind === 'group' ? row.metricIds : [row.metric.id]);
    onChange(next, `Remove ${row.kind === 'group' ? row.group : row.label}`);
    setStatus(`Removed ${name}. Undo brings it back.`);
    const nextRows = performanceRows(next);
    const nextShape: GridShape = { rows: nextRows.length, cols: columns.count, has: (r, c) => hasPerformanceCell(nextRows, columns, r, c) };
    const landing = clampToGrid(nextShape, { row: rowIndex, col });
    if (landing !== null) grid.focusCell(landing);
  }

  function moveRowAndFocus(row: number, delta: -1 | 1) {
    const landing = moveRow({ row, col: delta < 0 ? columns.moveUp : columns.moveDown }, delta);
    if (landing !== null) grid.focusCell(landing);
  }

  function addMetricRows(metrics: Metric[], label: string) {
    const next = addMetrics(report, metrics);
    onChange(next, label);
    setAdding(false);
    const firstAdded = next.metrics.find((metric) => !report.metrics.includes(metric));
    const row = rowIndexOf(performanceRows(next), firstAdded?.id ?? '');
    if (row >= 0) grid.focusCell({ row, col: columns.firstMonth });
  }

  const grid = useSpreadsheetGrid({
    shape,
    editText: (position) => {
      const figure = figureAt(rows, columns, position.row, position.col);
      return figure === null ? null : figureText(figure);
    },
    commit: commitFigure,
    clear: (position) => {
      const figure = figureAt(rows, columns, position.row, position.col);
      if (figure !== null) writeFigure(figure, null, 'Clear');
    },
    moveRow,
    paste,
  });

  const gridContext: PerformanceCellContext = {
    meta: report.meta,
    columns,
    problems,
    cellProps: (row, col) => grid.cellProps({ row, col }),
    editingAt: (row, col) => (grid.isEditing({ row, col }) ? grid.editing : null),
    editorHandlers: (row, col) => grid.editorHandlers({ row, col }),
    toggleDirection: (metric) => onChange(toggleDirection(report, metric.id), `Change direction of ${metricLabel(metric)}`),
    moveRow: moveRowAndFocus,
    removeRow: (row) => removeRow(row, columns.remove),
  };

  const columnDefs = useMemo(() => performanceColumnDefs(report.meta), [report.meta]);
  const table = useReactTable({ data: rows, columns: columnDefs, getCoreRowModel: getCoreRowModel(), getRowId: (row) => row.key });
  const headers = table.getFlatHeaders();

  return (
    <div className="rd-table-block">
      <div className="rd-table-scroll">
        <PerformanceGridContext.Provider value={gridContext}>
          <table ref={grid.gridRef} role="grid" aria-label="Performance against service targets" aria-rowcount={rows.length + 1} aria-colcount={columns.count} className="rd-grid rd-grid--performance">
            <thead>
              <tr aria-rowindex={1}>
                {headers.map((header, index) => {
                  if (index > columns.moveUp) return null;
                  const isAction = index === columns.moveUp;
                  const isFigure = index >= columns.target && index < columns.moveUp;
                  return (
                    <th key={header.id} scope="col" role="columnheader" aria-colindex={index + 1} colSpan={isAction ? 3 : undefined} className={isFigure ? 'rd-head rd-head--number' : 'rd-head'}>
                      {isAction ? <span className="visually-hidden">Row actions</span> : flexRender(header.column.columnDef.header, header.getContext())}
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {table.getRowModel().rows.map((row) => {
                const entry = row.original;
                if (entry.kind === 'group') {
                  return (
                    <tr key={row.id} aria-rowindex={row.index + 2} className="rd-group-row">
                      <th scope="rowgroup" role="rowheader" aria-colindex={1} colSpan={columns.moveUp} className="rd-cell rd-cell--group" {...grid.cellProps({ row: row.index, col: columns.parameter })}>
                        <span className="rd-group-name">
                          {entry.group}
                          {entry.unit !== '' && <span className="rd-parameter-unit"> ({entry.unit})</span>}
                        </span>
                      </th>
                      <ActionCell colIndex={columns.moveUp} grid={grid.cellProps({ row: row.index, col: columns.moveUp })} label={`Move ${entry.group} group up`} symbol="↑" enabled={entry.canMoveUp} onActivate={() => moveRowAndFocus(row.index, -1)} />
                      <ActionCell colIndex={columns.moveDown} grid={grid.cellProps({ row: row.index, col: columns.moveDown })} label={`Move ${entry.group} group down`} symbol="↓" enabled={entry.canMoveDown} onActivate={() => moveRowAndFocus(row.index, 1)} />
                      <ActionCell colIndex={columns.remove} grid={grid.cellProps({ row: row.index, col: columns.remove })} label={`Remove ${entry.group} group`} symbol="✕" enabled danger onActivate={() => removeRow(row.index, columns.remove)} />
                    </tr>
                  );
                }
                return (
                  <tr key={row.id} aria-rowindex={row.index + 2} className={entry.inGroup ? 'rd-metric-row rd-metric-row--in-group' : 'rd-metric-row'}>
                    {row.getVisibleCells().map((cell) => (
                      <Fragment key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</Fragment>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </PerformanceGridContext.Provider>
      </div>
      {rows.length === 0 && <p className="rd-table-empty">No metrics yet. Add one to record its monthly figures.</p>}
      <ProblemList problems={liveProblems} />
      <div className="rd-table-footer">
        <button type="button" className="button" onClick={() => setAdding(true)}>
          + Add metric
        </button>
        <p className="rd-table-status" role="status">
          {status}
        </p>
      </div>
      <p className="rd-table-hint">Type to replace a figure, Enter or F2 to edit it, Delete to clear it. Paste a block copied from a spreadsheet at its first cell.</p>
      {adding && <AddMetricDialog report={report} onAdd={addMetricRows} onClose={() => setAdding(false)} />}
    </div>
  );
}

/**
 * Renders again only when the metrics or the period change: typing in a section must not
 * re-render thousands of cells. The report it holds may then be older in its other parts, so
 * the parent applies its edits to the metrics and effort only (see ReportSections).
 */
export const PerformanceTable = memo(
  PerformanceTableView,
  (before, after) =>
    before.report.metrics === after.report.metrics &&
    sameMonths(before.report.meta, after.report.meta) &&
    before.onChange === after.onChange &&
    before.onProblemsChange === after.onProblemsChange,
);
