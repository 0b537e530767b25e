// The performance table's layout for every period length, read back from real exported files:
// which tables, which columns, what is shaded, and whether each value fits its column whole.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GlobalFonts, createCanvas } from '@napi-rs/canvas';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Report } from '../../shared/report-schema';
import { createReport } from '../../shared/report-building';
import { findMisses } from '../../shared/targets';
import { targetCellText } from '../../shared/figure-text';
import { monthColumnHeading } from '../../shared/periods';
import { exportWordFile } from '../../electron/services/word/word-export';
import { COLOUR, TEXT_WIDTH } from '../../electron/services/word/word-page';
import { MAX_MONTHS_PER_TABLE } from '../../electron/services/word/word-table-layout';
import { MISS_MARKER } from '../../electron/services/word/word-table-content';
import { NO_BREAK_SPACE } from '../../shared/figure-text';
import { fontMeasure, textWidth } from '../../electron/services/word/word-text-width';

const MISS_FILL = COLOUR.missFill.toUpperCase();

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'word-table-layout-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

interface Run {
  text: string;
  bold: boolean;
  /** Half-points. */
  size: number | null;
}

interface Cell {
  /** One entry a paragraph: the lines Word starts anew. */
  lines: Run[][];
  /** Each line's paragraph style and right indent (twips). */
  styles: string[];
  rightIndents: number[];
  text: string;
  fill: string | null;
  width: number;
  /** Left plus right cell margin. */
  padding: number;
}

interface PerformanceTable {
  tableWidth: number;
  grid: number[];
  rows: Cell[][];
}

/** Each paragraph style's font size in half-points, following basedOn. */
function styleSizes(styles: string): Map<string, number> {
  const defined = new Map<string, { basedOn: string | null; size: number | null }>();
  for (const [xml] of styles.matchAll(/<w:style [^>]*>[\s\S]*?<\/w:style>/g)) {
    const id = /w:styleId="([^"]+)"/.exec(xml)![1]!;
    defined.set(id, { basedOn: /<w:basedOn w:val="([^"]+)"\/>/.exec(xml)?.[1] ?? null, size: Number(/<w:sz w:val="(\d+)"\/>/.exec(xml)?.[1] ?? Number.NaN) || null });
  }
  const sizeOf = (id: string | null): number | null => {
    if (id === null) return null;
    const style = defined.get(id);
    return style === undefined ? null : (style.size ?? sizeOf(style.basedOn));
  };
  return new Map([...defined.keys()].map((id) => [id, sizeOf(id) ?? Number.NaN]));
}

function runsOf(paragraph: string): Run[] {
  return [...paragraph.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map(([, run = '']) => ({
    text: [...run.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join(''),
    bold: /<w:b\/>/.test(run),
    size: Number(/<w:sz w:val="(\d+)"\/>/.exec(run)?.[1] ?? Number.NaN) || null,
  }));
}

function cellOf(xml: string, padding: number, sizes: Map<string, number>): Cell {
  const paragraphs = [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map((match) => match[0]);
  const styles = paragraphs.map((paragraph) => /<w:pStyle w:val="([^"]+)"\/>/.exec(paragraph)?.[1] ?? 'Normal');
  const lines = paragraphs.map((paragraph, index) => runsOf(paragraph).map((run) => ({ ...run, size: run.size ?? sizes.get(styles[index]!) ?? null })));
  return {
    lines,
    styles,
    rightIndents: paragraphs.map((paragraph) => Number(/<w:ind [^>]*w:right="(\d+)"/.exec(paragraph)?.[1] ?? 0)),
    text: lines.map((runs) => runs.map((run) => run.text).join('')).join('\n'),
    fill: /w:fill="([0-9A-Fa-f]{6})"/.exec(xml)?.[1]?.toUpperCase() ?? null,
    width: Number(/<w:tcW w:type="dxa" w:w="(\d+)"\/>/.exec(xml)?.[1]),
    padding,
  };
}

/** Every table headed "Service level parameter", in document order. */
async function performanceTables(path: string): Promise<PerformanceTable[]> {
  const zip = await JSZip.loadAsync(await readFile(path));
  const document = await zip.file('word/document.xml')!.async('string');
  const sizes = styleSizes(await zip.file('word/styles.xml')!.async('string'));
  return [...document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)]
    .map((match) => match[0])
    .filter((xml) => xml.includes('Service level parameter'))
    .map((xml) => {
      const margins = /<w:tblCellMar>[\s\S]*?<\/w:tblCellMar>/.exec(xml)?.[0] ?? '';
      const margin = (side: string) => Number(new RegExp(`<w:${side} w:type="dxa" w:w="(\\d+)"/>`).exec(margins)?.[1] ?? 0);
      const padding = margin('left') + margin('right');
      return {
        tableWidth: Number(/<w:tblW w:type="dxa" w:w="(\d+)"\/>/.exec(xml)?.[1]),
        grid: [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((match) => Number(match[1])),
        rows: [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) => [...row[0].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map(([, cell = '']) => cellOf(cell, padding, sizes))),
      };
    });
}

async function exported(report: Report): Promise<PerformanceTable[]> {
  const path = join(folder, `${report.meta.period.months}-months.docx`);
  await exportWordFile(path, report, { includeCharts: false });
  return performanceTables(path);
}

/** A repeating half-year of figures whose misses include the widest usual cells: "lu: 12.25*", "vu: 10.25*", "98.95*". */
function reportOver(months: number, start: string | null = null): Report {
  const report = createReport({ title: 'Portal report', organisation: 'CNRS', service: 'Operations Portal', months, start });
  const pattern: Record<string, (number | null)[]> = {
    Availability: [99.94, 99.37, 97.2, 99.98, 99.41, 99.93],
    Reliability: [99.94, 99.84, 99.92, 99.98, 98.95, 99.93],
    'Support priority lu': [3.32, 4.42, 0.34, 12.25, 0.52, 5.42],
    'Support priority u': [1.5, null, 2.25, 5.5, 0.5, null],
    'Support priority vu': [null, 0.09, 2.8, 0.4, 10.25, null],
    'Support priority tp': [null, null, 0.5, null, 1.25, null],
  };
  for (const metric of report.metrics) metric.values = Array.from({ length: months }, (_, index) => pattern[metric.name]![index % 6]!);
  return report;
}

/** "Availability, M9 average: 97.20*" for every shaded cell, reading every table's header for the month. */
function shadedCells(tables: PerformanceTable[]): string[] {
  return tables.flatMap(({ rows: [header = [], ...body] }) =>
    body.flatMap((row) => row.flatMap((cell, column) => (cell.fill === MISS_FILL ? [`${row[0]!.text}, ${header[column]!.text.replace('\n', ' ')}: ${cell.text}`] : []))),
  );
}

describe('long periods', () => {
  test('a 12-month report is two half-year tables at 9 pt, each with the parameter and target, the period average closing the second', async () => {
    const tables = await exported(reportOver(12));
    expect(tables).toHaveLength(2);
    const headers = tables.map((table) => table.rows[0]!.map((cell) => cell.text));
    expect(headers[0]).toEqual(['Service level parameter', 'Target', ...[1, 2, 3, 4, 5, 6].map((month) => `M${month}\naverage`)]);
    expect(headers[1]).toEqual(['Service level parameter', 'Target', ...[7, 8, 9, 10, 11, 12].map((month) => `M${month}\naverage`), 'Period average']);
    // Support priority has four keys: its name over a row for each.
    for (const table of tables) expect(table.rows.map((row) => row[0]!.text)).toEqual(['Service level parameter', 'Availability', 'Reliability', 'Support priority', 'lu', 'u', 'vu', 'tp']);
    const sizes = tables.flatMap((table) => table.rows.flat().flatMap((cell) => cell.lines.flat().map((run) => run.size)));
    expect(new Set(sizes)).toEqual(new Set([18]));
  });

  test('in a 12-month report exactly the missed cells are shaded, in the table of their month', async () => {
    const tables = await exported(reportOver(12));
    // In table order: Availability's row, Reliability's, then each key's, month by month.
    const half = (offset: number) => [
      `Availability, M${3 + offset} average: 97.20${MISS_MARKER}`,
      `Reliability, M${5 + offset} average: 98.95${MISS_MARKER}`,
      `lu, M${4 + offset} average: 12.25${MISS_MARKER}`,
      `lu, M${6 + offset} average: 5.42${MISS_MARKER}`,
      `u, M${4 + offset} average: 5.5${MISS_MARKER}`,
      `vu, M${3 + offset} average: 2.8${MISS_MARKER}`,
      `vu, M${5 + offset} average: 10.25${MISS_MARKER}`,
      `tp, M${5 + offset} average: 1.25${MISS_MARKER}`,
    ];
    expect(shadedCells(tables)).toEqual([...half(0), ...half(6)]);
  });

  test('in a 24-month report with month names, every shaded cell is a miss and every miss is shaded, bold and marked', async () => {
    const report = reportOver(24, '2025-07');
    const tables = await exported(report);
    expect(tables.map((table) => table.rows[0]!.length)).toEqual([8, 8, 8, 9]);
    const missed = new Set(findMisses(report).map((miss) => `${miss.metric.key ?? miss.metric.name}, ${monthColumnHeading(report.meta, miss.monthIndex)}`));
    const shaded = shadedCells(tables).map((line) => line.slice(0, line.indexOf(':')));
    expect(shaded).toHaveLength(new Set(shaded).size);
    expect(new Set(shaded)).toEqual(missed);
    expect(shaded).toHaveLength(8 * 4);

    for (const table of tables) {
      for (const row of table.rows.slice(1)) {
        for (const cell of row.slice(1)) {
          const boldRuns = cell.lines.flat().filter((run) => run.bold);
          if (cell.fill !== MISS_FILL) expect([cell.text, boldRuns]).toEqual([expect.not.stringContaining(MISS_MARKER), []]);
          else expect(boldRuns.map((run) => run.text)).toEqual([cell.text]);
        }
      }
    }
  });

  test('a group of two keys is one row with a line per key, unless its wider cells would spread the months over more tables', async () => {
    const twoKeys = (keys: [string, string]) => {
      const report = reportOver(12);
      report.metrics = report.metrics.filter((metric) => metric.key === 'lu' || metric.key === 'vu' || metric.group === null);
      report.metrics.filter((metric) => metric.group !== null).forEach((metric, index) => (metric.key = keys[index]!));
      return report;
    };
    const short = await exported(twoKeys(['lu', 'vu']));
    expect(short).toHaveLength(2);
    expect(short[0]!.rows.map((row) => row[0]!.text)).toEqual(['Service level parameter', 'Availability', 'Reliability', 'Support priority']);
    expect(short[0]!.rows[3]![1]!.text).toBe(`lu:${NO_BREAK_SPACE}5\nvu:${NO_BREAK_SPACE}1`);
    const long = await exported(twoKeys(['less urgent', 'very urgent']));
    expect(long).toHaveLength(2);
    expect(long[0]!.rows.map((row) => row[0]!.text)).toEqual(['Service level parameter', 'Availability', 'Reliability', 'Support priority', 'less urgent', 'very urgent']);
  });
});

describe('figures in a column', () => {
  test('line up on their decimal points: each line is indented from the right by what its fraction lacks', async () => {
    const report = reportOver(6);
    // Values as typed: 2.8, 0.4 and 0.09 in one column.
    report.metrics.find((metric) => metric.key === 'vu')!.values = [2.8, 0.4, 0.09, 3, null, 0.125];
    report.metrics.find((metric) => metric.key === 'lu')!.values = [0.09, 2.8, 0.4, 1, 2, 3];
    const [table] = await exported(report);
    for (let column = 2; column < table!.rows[0]!.length; column += 1) {
      const points = new Set<number>();
      for (const row of table!.rows.slice(1)) {
        const cell = row[column];
        if (cell === undefined || cell.styles[0] !== 'TableFigure') continue;
        cell.lines.forEach((runs, line) => {
          const lineText = runs.map((run) => run.text).join('');
          const fraction = /\.\d+\*?$/.exec(lineText)?.[0] ?? '';
          // From the right edge: the indent, then what follows the point (nothing for "—" or "3").
          points.add(cell.rightIndents[line]! + Math.ceil(textWidth(fraction, 18, runs.some((run) => run.bold))));
        });
      }
      expect(points.size, `column ${column} lines up`).toBe(1);
    }
  });
});

describe('every period length', () => {
  test.each([1, 3, 6, 7, 9, 12, 13, 24, 36])('with %i months every table spans the text width in twips, and no table has more than six months', async (months) => {
    const tables = await exported(reportOver(months));
    expect(tables).toHaveLength(Math.ceil(months / MAX_MONTHS_PER_TABLE));
    const monthColumns = tables.map((table, index) => table.grid.length - 2 - (index === tables.length - 1 ? 1 : 0));
    expect(monthColumns.reduce((sum, count) => sum + count, 0)).toBe(months);
    expect(Math.max(...monthColumns) - Math.min(...monthColumns)).toBeLessThanOrEqual(1);
    for (const table of tables) {
      expect(table.tableWidth).toBe(TEXT_WIDTH);
      expect(table.grid.reduce((sum, width) => sum + width, 0)).toBe(TEXT_WIDTH);
      for (const row of table.rows) expect(row.reduce((sum, cell) => sum + cell.width, 0)).toBe(TEXT_WIDTH);
    }
  });
});

describe('values whole on one line', () => {
  test.each([
    [6, 'combined'],
    [9, 'combined'],
    [12, 'combined'],
    [24, 'combined'],
    [12, 'sub-rows'],
  ] as const)('with %i months (%s), every value line fits its column, its key joined by a no-break space', async (months, groupStyle) => {
    const report = reportOver(months);
    // Two keys, so the combined style combines them.
    report.metrics = report.metrics.filter((metric) => metric.key !== 'u' && metric.key !== 'tp');
    report.exportOptions.groupStyle = groupStyle;
    const tables = await exported(report);
    const valueCells = tables.flatMap((table) => table.rows.slice(1).flatMap((row) => row.slice(1)));
    expect(valueCells.some((cell) => cell.text.includes(`lu:${NO_BREAK_SPACE}12.25${MISS_MARKER}`) || cell.text === `12.25${MISS_MARKER}`)).toBe(true);
    for (const cell of valueCells) {
      cell.lines.forEach((line, index) => {
        const text = line.map((run) => run.text).join('');
        expect(text, 'a value has no breakable space').not.toContain(' ');
        const width = line.reduce((sum, run) => sum + textWidth(run.text, run.size!, run.bold), 0) + cell.rightIndents[index]!;
        expect(width, `"${text}" and its indent fit ${cell.width} twips less ${cell.padding} of margins`).toBeLessThan(cell.width - cell.padding);
      });
    }
  });

  test('a target worded like a value stays whole; one worded like a sentence wraps at its spaces', async () => {
    const report = reportOver(6);
    const [short, long] = report.metrics;
    short!.targetLabel = '≥ 99 %';
    long!.targetLabel = 'at least 99 % in every month of the period, as agreed';
    const [table] = await exported(report);
    expect(table!.rows[1]![1]!.text).toBe(targetCellText(short!).replaceAll(' ', NO_BREAK_SPACE));
    expect(table!.rows[2]![1]!.text).toBe(targetCellText(long!));
    // The wording wraps rather than take the months' room: the six months stay in one table.
    expect(table!.grid).toHaveLength(9);
  });

  test('one very long word (a URL as wording, a name with no spaces) is broken in its cell, never narrowing the months', async () => {
    const report = reportOver(6);
    report.metrics[0]!.name = 'Availability_of_the_operations_portal_and_all_its_dependent_services_as_measured_by_ARGO';
    report.metrics[1]!.targetLabel = 'https://wiki.egi.eu/wiki/Operational_Level_Agreements#Operations_Portal_service_targets';
    const tables = await exported(report);
    expect(tables).toHaveLength(1);
    expect(tables[0]!.grid).toHaveLength(9);
    expect(tables[0]!.grid.reduce((sum, width) => sum + width, 0)).toBe(TEXT_WIDTH);
  });
});

/** The free fonts whose advance widths the tables hold: Liberation Sans for Arial, Carlito for Calibri. */
const MEASURED = [
  { font: 'Arial', measure: 'sans', regular: '/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf', bold: '/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf' },
  { font: 'Calibri', measure: 'calibri', regular: '/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf', bold: '/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf' },
] as const;

describe('the width tables', () => {
  test.runIf(MEASURED.every((family) => existsSync(family.regular) && existsSync(family.bold)))("measure text as Liberation Sans (Arial's metrics) and Carlito (Calibri's) do, in both weights, never narrower", () => {
    const context = createCanvas(10, 10).getContext('2d');
    const ascii = Array.from({ length: 95 }, (_, index) => String.fromCharCode(32 + index)).join('');
    for (const family of MEASURED) {
      expect(fontMeasure(family.font)).toBe(family.measure);
      GlobalFonts.registerFromPath(family.regular, `Width Check ${family.font} Regular`);
      GlobalFonts.registerFromPath(family.bold, `Width Check ${family.font} Bold`);
      for (const text of [ascii, `lu:${NO_BREAK_SPACE}12.25*`, '— ≥ ≤ − – ’ é Ç', 'Service level parameter']) {
        for (const bold of [false, true]) {
          // A 200 px em measures in the twips of a 10 pt em (200 twips): 20 half-points.
          context.font = `200px "Width Check ${family.font} ${bold ? 'Bold' : 'Regular'}"`;
          // Character by character: Word does not kern by default, as a canvas does whole strings.
          const measured = [...text].reduce((sum, character) => sum + context.measureText(character).width, 0);
          const table = textWidth(text, 20, bold, family.measure);
          // Less only by rounding each advance to a thousandth of an em: 0.1 twip in 200.
          expect(table, `${family.font} "${text}"`).toBeGreaterThan(measured - 0.1 * text.length - 0.5);
          // The few signs beyond ASCII are taken at Arial's widths: Calibri's are narrower, so a column errs roomy.
          expect(table, `${family.font} "${text}"`).toBeLessThan(measured * (family.measure === 'sans' ? 1.01 : 1.08) + 0.5);
        }
      }
    }
  });

  test('Calibri and its twin Carlito are measured by their own table, narrower than Arial; a font no table knows, a tenth wider than Arial', () => {
    const line = 'Availability of the Operations Portal';
    expect(fontMeasure(' carlito ')).toBe('calibri');
    expect(textWidth(line, 20, false, 'calibri')).toBeLessThan(textWidth(line, 20, false, 'sans') * 0.95);
    expect(fontMeasure('Aptos')).toBe('unknown');
    expect(textWidth(line, 20, false, 'unknown')).toBeCloseTo(textWidth(line, 20, false, 'sans') * 1.1, 6);
  });
});
