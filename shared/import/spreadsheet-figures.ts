// A spreadsheet saved as CSV or TSV: a month column and a column per metric, a row per month.
import { parseNumberEntry } from '../numbers';
import { SEPARATOR_NAMES, type DelimitedText } from './delimited-text';
import { dayOrderOf, describeMonth, monthOfCell } from '../month-cells';
import { normaliseName } from './name-matching';
import type { SourceFigure, SourceReading, SourceSeries } from './source-types';
import { nameInMessage } from '../message-names';

const MONTH_HEADINGS = new Set(['month', 'months', 'date', 'period', 'mois', 'periode']);
const MONTH_FORMS = '2025-07, Jul 2025, 07/2025 or a date';

function columnName(heading: string, index: number): string {
  return heading === '' ? `column ${index + 1}` : heading;
}

/** The month column: one headed Month (or Date, Period, Mois), else the first whose cells are all months. */
function findMonthColumn(table: DelimitedText): number {
  const named = table.header.findIndex((heading) => MONTH_HEADINGS.has(normaliseName(heading)));
  if (named !== -1) return named;
  return table.header.findIndex((_, column) => {
    const cells = table.rows.map((row) => row.cells[column]?.trim() ?? '').filter((cell) => cell !== '');
    return cells.length > 0 && cells.every((cell) => monthOfCell(cell) !== null);
  });
}

export function readSpreadsheet(fileName: string, table: DelimitedText): SourceReading {
  const monthColumn = findMonthColumn(table);
  const columns = table.header.map(columnName).join(', ');
  if (monthColumn === -1) {
    return { ok: false, message: `"${nameInMessage(fileName)}" has no month column: head one "Month" and write its months as ${MONTH_FORMS} (its columns: ${columns}).` };
  }
  const problems: string[] = [];
  const notes: string[] = [];
  const monthCells = table.rows.map((row) => row.cells[monthColumn]?.trim() ?? '');
  const order = dayOrderOf(monthCells);
  if (order.conflict) problems.push(`The month column mixes dates written day first (31/07/2025) and month first (07/31/2025); they are read day first.`);
  else if (!order.decided && monthCells.some((cell) => /^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}/.test(cell))) {
    notes.push('Dates such as 03/07/2025 are read day first (3 July 2025), as no date in the file says otherwise.');
  }

  // Each month's row, and the rows that name a month twice: neither is taken, as either could be wrong.
  const rowsByMonth = new Map<string, number[]>();
  table.rows.forEach((row, index) => {
    const cell = monthCells[index]!;
    const hasFigures = row.cells.some((value, column) => column !== monthColumn && value.trim() !== '');
    if (cell === '') {
      if (hasFigures) problems.push(`Line ${row.line} has figures but no month; left out.`);
      return;
    }
    const month = monthOfCell(cell, order.order);
    if (month === null) {
      if (hasFigures) problems.push(`Line ${row.line}: "${nameInMessage(cell)}" is not a month (write ${MONTH_FORMS}); its figures are left out.`);
      return;
    }
    rowsByMonth.set(month, [...(rowsByMonth.get(month) ?? []), index]);
    if (row.cells.length > table.header.length && row.cells.slice(table.header.length).some((value) => value.trim() !== '')) {
      problems.push(`Line ${row.line} has more cells than the file has headings; the extra cells are ignored.`);
    }
  });
  for (const [month, indexes] of rowsByMonth) {
    if (indexes.length < 2) continue;
    const lines = indexes.map((index) => table.rows[index]!.line);
    const both = lines.length === 2;
    problems.push(`Lines ${lines.slice(0, -1).join(', ')} and ${lines.at(-1)!} are ${both ? 'both' : 'all'} ${describeMonth(month)}; ${both ? 'neither' : 'none of them'} is imported.`);
  }

  const series: SourceSeries[] = [];
  table.header.forEach((heading, column) => {
    if (column === monthColumn) return;
    const name = columnName(heading, column);
    const figures: SourceFigure[] = [];
    const unreadable: string[] = [];
    for (const [month, indexes] of rowsByMonth) {
      if (indexes.length !== 1) continue;
      const row = table.rows[indexes[0]!]!;
      const cell = row.cells[column]?.trim() ?? '';
      const entry = parseNumberEntry(cell);
      if (!entry.ok) unreadable.push(`Line ${row.line}, ${name}: ${entry.message}; left out.`);
      else if (entry.value !== null) figures.push({ month, value: entry.value, given: cell, where: `line ${row.line}` });
    }
    // A column of words (Comments) holds no figures: it is no series, and no cell of it a problem.
    const cells = table.rows.map((row) => row.cells[column]?.trim() ?? '').filter((cell) => cell !== '');
    if (!cells.some((cell) => parseNumberEntry(cell).ok)) {
      if (cells.length > 0) notes.push(`The column "${nameInMessage(name)}" holds no figures; left out.`);
      return;
    }
    problems.push(...unreadable);
    series.push({ name, figures: figures.sort((a, b) => a.month.localeCompare(b.month)) });
  });
  if (series.length === 0) return { ok: false, message: `"${nameInMessage(fileName)}" has a month column but no other column to take figures from.` };
  if (table.separator !== ',') notes.push(`Cells are separated by ${SEPARATOR_NAMES[table.separator]}.`);
  return {
    ok: true,
    source: { kind: 'spreadsheet', fileName, separator: table.separator, monthColumn: columnName(table.header[monthColumn]!, monthColumn), series, problems, notes },
  };
}
