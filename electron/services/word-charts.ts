// The charts of the exported document: PNG images with a numbered caption and alt text that
// says the figures, for readers who cannot see the image. Short periods sit two charts a row.
import { AlignmentType, BorderStyle, ImageRun, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import type { Report } from '../../shared/report-schema';
import { effortChart, metricCharts, type ReportChart } from '../../shared/chart-config';
import { evaluate, groupMetrics, type MetricRowGroup } from '../../shared/targets';
import { formatMetricValue, metricLabel } from '../../shared/figure-text';
import { formatWithUnit } from '../../shared/numbers';
import { monthLabel } from '../../shared/periods';
import { effortLines } from '../../shared/drafting';
import { renderChartPng } from './chart-images';
import { TEXT_WIDTH } from './word-styles';

/** Sizes in pixels at 96 per inch (the page's text is 642 px wide); drawn at twice that for print. */
const FULL = { width: 560, height: 220 };
const HALF = { width: 300, height: 210 };
const PIXEL_RATIO = 2;
/** Up to this many months a chart reads well at half the page's width. */
const TWO_UP_MONTHS = 6;

export interface FigureCounter {
  next: number;
}

interface Figure {
  chart: ReportChart;
  /** A group's chart has a series per key and a longer legend: it gets the page's full width. */
  wide: boolean;
  caption: string;
  description: string;
}

async function figureParagraphs(figure: Figure, size: { width: number; height: number }, counter: FigureCounter): Promise<Paragraph[]> {
  const png = await renderChartPng(figure.chart, size.width, size.height, PIXEL_RATIO);
  const number = counter.next;
  counter.next += 1;
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 160, after: 0 },
      children: [
        new ImageRun({
          type: 'png',
          data: png,
          transformation: size,
          altText: { name: figure.chart.id, title: figure.chart.title, description: figure.description },
        }),
      ],
    }),
    new Paragraph({ style: 'Caption', children: [new TextRun(`Figure ${number}: ${figure.caption}`)] }),
  ];
}

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

/** Two figures side by side in a borderless table, its widths in twips like every table of the document. */
async function twoUp(pair: [Figure, Figure], counter: FigureCounter): Promise<Table> {
  const column = Math.floor(TEXT_WIDTH / 2);
  const cells: TableCell[] = [];
  for (const figure of pair) {
    cells.push(new TableCell({ width: { size: column, type: WidthType.DXA }, children: await figureParagraphs(figure, HALF, counter) }));
  }
  return new Table({
    width: { size: column * 2, type: WidthType.DXA },
    columnWidths: [column, column],
    layout: TableLayoutType.FIXED,
    borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER },
    rows: [new TableRow({ cantSplit: true, children: cells })],
  });
}

function rowDescription(report: Report, row: MetricRowGroup): string {
  const series = row.metrics.map((metric) => {
    const months = metric.values.map((value, index) => `${monthLabel(report.meta, index)} ${value === null ? 'no value' : formatMetricValue(value, metric)}`);
    const target = metric.target === null ? 'no target' : `target ${formatWithUnit(metric.target, metric.unit)}`;
    return `${metricLabel(metric)} (${target}): ${months.join(', ')}`;
  });
  return `${series.join('. ')}.`;
}

function rowCaption(row: MetricRowGroup): string {
  const name = row.group ?? row.metrics[0]!.name;
  const hasTarget = row.metrics.some((metric) => metric.target !== null);
  const hasMiss = row.metrics.some((metric) => metric.values.some((value) => evaluate(value, metric) === 'missed'));
  const parts = [`${name} by month`];
  if (hasTarget) parts.push('dashed line: target');
  if (hasMiss) parts.push('red triangles: missed');
  return `${parts.join('; ')}.`;
}

/** One figure per stand-alone metric and per group, in table order. */
export async function metricFigures(report: Report, counter: FigureCounter): Promise<(Paragraph | Table)[]> {
  const rows = groupMetrics(report.metrics);
  const figures = metricCharts(report)
    .map((chart, index): Figure & { row: MetricRowGroup } => {
      const row = rows[index]!;
      return { chart, row, wide: row.group !== null, caption: rowCaption(row), description: rowDescription(report, row) };
    })
    // An empty chart says nothing the table's dashes do not; leave it out of the document.
    .filter(({ row }) => row.metrics.some((metric) => metric.values.some((value) => value !== null)));
  const pairable = report.meta.period.months <= TWO_UP_MONTHS;
  const blocks: (Paragraph | Table)[] = [];
  let index = 0;
  while (index < figures.length) {
    const figure = figures[index]!;
    const next = figures[index + 1];
    if (pairable && !figure.wide && next !== undefined && !next.wide) {
      blocks.push(await twoUp([figure, next], counter));
      index += 2;
    } else {
      blocks.push(...(await figureParagraphs(figure, FULL, counter)));
      index += 1;
    }
  }
  return blocks;
}

export async function effortFigure(report: Report, counter: FigureCounter): Promise<Paragraph[]> {
  const people = report.effort.people.length;
  if (people === 0 || report.effort.people.every((person) => person.pm === 0)) return [];
  // Room for the title and axis, then a bar's worth per person.
  const size = { width: 480, height: Math.min(480, 80 + 26 * people) };
  const figure: Figure = { chart: effortChart(report), wide: true, caption: 'Effort by person, in person-months (PM).', description: `${effortLines(report).join('. ')}.` };
  return figureParagraphs(figure, size, counter);
}
