// The charts of the exported document, planned before the document is built and drawn while it is: each
// with its size, its caption (a numbered Figure) and alt text that gives every figure it draws.
// Charts are sized to what they show: a longer period is wider, a group taller for each key, the
// effort chart a bar per person. No docx here: the drawing starts while docx is still loading.
import type { Report } from '../../../shared/report-schema';
import { effortChart, effortChartHeight, metricChart, type ReportChart } from '../../../shared/chart-config';
import { describeEffortChart, describeMetricChart, effortChartCaption, metricChartFigures, metricFigureCaption } from '../../../shared/chart-descriptions';
import type { MetricRowGroup } from '../../../shared/targets';
import { hasSectionOfKind } from '../../../shared/sections';
import { chartsLeftOutSentence, documentCharts } from '../../../shared/chart-selection';
import { documentWords } from '../../../shared/i18n/document-words';
import { drawChartPngs, type ChartImageRequest, type DrawingOptions } from '../charts/chart-drawing';

/** Pixels at 96 per inch (the default page's text is 642 px wide); drawn at twice that for print. */
const PIXEL_RATIO = 2;
/** A pixel at 96 per inch, in twips. */
const TWIPS_PER_PIXEL = 15;
/** Room under a chart for its caption, and above it for its spacing. */
const CAPTION_ROOM_PX = 100;

/** The room charts have: the page's text area, in pixels at 96 per inch. */
export interface ChartFrame {
  width: number;
  /** The tallest a chart may be and still leave its caption room on the page. */
  mostHeight: number;
}

/** The frame of a text area given in twips (a Word template's page). */
export function chartFrame(textWidth: number, textHeight: number): ChartFrame {
  return { width: Math.floor(textWidth / TWIPS_PER_PIXEL), mostHeight: Math.max(160, Math.min(880, Math.floor(textHeight / TWIPS_PER_PIXEL) - CAPTION_ROOM_PX)) };
}

/** The app's own page: A4 with 2 cm margins. */
export const DEFAULT_CHART_FRAME: ChartFrame = { width: 640, mostHeight: 880 };

export interface Figure {
  chart: ReportChart;
  size: { width: number; height: number };
  caption: string;
  altText: string;
}

export interface DrawnFigure extends Figure {
  png: Buffer;
}

/** What names a figure's image: what it draws, at its size (one chart shown twice is one image, and one file). */
export function figureImageKey(figure: Figure): string {
  return JSON.stringify([figure.chart.config, figure.size]);
}

/** A figure still being drawn: its image is supplied, by its key, when the document is completed. */
export interface PendingFigure extends Figure {
  imageKey: string;
}

/**
 * A short period reads well narrower; 13 months and more take the page's width, a little taller
 * to keep their shape. A narrower page (a template's) narrows them all to its text width.
 */
function metricChartSize(months: number, keys: number, frame: ChartFrame): { width: number; height: number } {
  const [width, height] = months <= 6 ? [480, 184] : months <= 12 ? [560, 214] : [frame.width, 240];
  // Each key past the first adds a line, a legend entry and its target's: a little more height each.
  return { width: Math.min(width, frame.width), height: Math.min(frame.mostHeight, height + 32 * (keys - 1)) };
}

/** One figure per stand-alone metric and per group the document shows, in table order (chart-selection). */
function metricFigures(report: Pick<Report, 'meta'>, rows: readonly MetricRowGroup[], frame: ChartFrame): Figure[] {
  const months = report.meta.period.months;
  return rows.map((row) => ({
    chart: metricChart(report, row),
    size: metricChartSize(months, row.metrics.length, frame),
    caption: metricFigureCaption(report.meta, row),
    altText: `${describeMetricChart(report.meta, row)}. ${metricChartFigures(report.meta, row)}`,
  }));
}

function effortFigures(report: Pick<Report, 'effort' | 'meta'>, frame: ChartFrame): Figure[] {
  const people = report.effort.people.length;
  if (people === 0 || report.effort.people.every((person) => person.pm === 0)) return [];
  return [
    {
      chart: effortChart(report),
      size: { width: Math.min(480, frame.width), height: Math.min(frame.mostHeight, effortChartHeight(people)) },
      caption: `${effortChartCaption(report.meta)}.`,
      altText: `${describeEffortChart(report)}.`,
    },
  ];
}

export interface ReportFigures {
  /** The effort section's figure, if anyone worked. */
  effort: readonly PendingFigure[];
  /** The performance section's figures, after its table. */
  metrics: readonly PendingFigure[];
  /** Every figure's PNG, the effort's first, as they are drawn: awaited only once docx has packed the document. */
  drawn: Promise<Buffer[]>;
  /** Said before the performance figures when the document leaves some charts out; null when it shows them all. */
  leftOut: string | null;
  /** How many charts there are to draw. */
  count: number;
}

/** The figures the document shows: the effort section's, then the performance section's chosen ones. */
function plannedFigures(report: Pick<Report, 'meta' | 'effort' | 'sections'>, groups: readonly MetricRowGroup[], frame: ChartFrame) {
  const effort = hasSectionOfKind(report, 'effort') ? effortFigures(report, frame) : [];
  const selection = documentCharts(hasSectionOfKind(report, 'performance') ? groups : []);
  return { effort, selection, all: [...effort, ...metricFigures(report, selection.shown, frame)] };
}

function figureRequests(figures: readonly Figure[]): ChartImageRequest[] {
  return figures.map(({ chart, size }) => ({ chart, width: size.width, height: size.height, pixelRatio: PIXEL_RATIO }));
}

/** The charts an export of the report draws, at the sizes and pixel ratio it draws them (the chart thread's cache is made drawing these). */
export function reportChartRequests(report: Pick<Report, 'meta' | 'effort' | 'sections'>, groups: readonly MetricRowGroup[], frame: ChartFrame = DEFAULT_CHART_FRAME): ChartImageRequest[] {
  return figureRequests(plannedFigures(report, groups, frame).all);
}

/**
 * Starts drawing every chart the document shows now, all at once; the document is built and
 * packed meanwhile, each figure's picture naming its image by its key (FigureImages), and waits
 * for the drawing only to put the images in (word-document.ts), drawn as `drawing` says. A report without an effort or a
 * performance section has none of its charts.
 */
export function startReportFigures(
  report: Pick<Report, 'meta' | 'effort' | 'sections'>,
  groups: readonly MetricRowGroup[],
  frame: ChartFrame = DEFAULT_CHART_FRAME,
  drawing: DrawingOptions = {},
): ReportFigures {
  const { effort, selection, all } = plannedFigures(report, groups, frame);
  const drawn = drawChartPngs(figureRequests(all), drawing);
  // Awaited once the document is packed; until then a failure must not count as unhandled, should the export stop first.
  drawn.catch(() => undefined);
  const pending = all.map((figure): PendingFigure => ({ ...figure, imageKey: figureImageKey(figure) }));
  return {
    effort: pending.slice(0, effort.length),
    metrics: pending.slice(effort.length),
    drawn,
    leftOut: chartsLeftOutSentence(selection, documentWords(report.meta.language)),
    count: all.length,
  };
}
