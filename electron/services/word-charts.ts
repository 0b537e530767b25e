// The charts of the exported document: each a PNG on its own line, its caption under it (a
// numbered Figure) and alt text that gives every figure it draws. Charts are sized to what they
// show: a longer period is wider, a group taller for each key, the effort chart a bar per person.
import { AlignmentType, ImageRun, Paragraph } from 'docx';
import type { Report } from '../../shared/report-schema';
import { effortChart, effortChartHeight, metricChart, type ReportChart } from '../../shared/chart-config';
import { describeEffortChart, describeMetricChart, EFFORT_CHART_CAPTION, metricChartFigures, metricFigureCaption } from '../../shared/chart-descriptions';
import type { MetricRowGroup } from '../../shared/targets';
import { renderChartPng } from './chart-images';
import { captionParagraph, type CaptionCounter } from './word-captions';

/** Pixels at 96 per inch (the page's text is 642 px wide); drawn at twice that for print. */
const PIXEL_RATIO = 2;
const TEXT_WIDTH_PX = 640;
/** The tallest a chart may be and still leave its caption room on the page. */
const MOST_HEIGHT_PX = 880;

interface Figure {
  chart: ReportChart;
  size: { width: number; height: number };
  caption: string;
  altText: string;
}

/** A short period reads well narrower; 13 months and more take the page's width, a little taller to keep their shape. */
function metricChartSize(months: number, keys: number): { width: number; height: number } {
  const [width, height] = months <= 6 ? [480, 184] : months <= 12 ? [560, 214] : [TEXT_WIDTH_PX, 240];
  // Each key past the first adds a line, a legend entry and its target's: a little more height each.
  return { width, height: Math.min(MOST_HEIGHT_PX, height + 32 * (keys - 1)) };
}

/** The image, kept on the page of its caption, then the caption. Drawn first, in parallel where the renderer can. */
async function figureParagraphs(figures: readonly Figure[], captions: CaptionCounter): Promise<Paragraph[]> {
  const images = await Promise.all(figures.map((figure) => renderChartPng(figure.chart, figure.size.width, figure.size.height, PIXEL_RATIO)));
  return figures.flatMap((figure, index) => [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 160, after: 0 },
      children: [
        new ImageRun({
          type: 'png',
          data: images[index]!,
          transformation: figure.size,
          altText: { name: figure.chart.id, title: figure.chart.title, description: figure.altText },
        }),
      ],
    }),
    captionParagraph('Figure', figure.caption, captions),
  ]);
}

/** One figure per stand-alone metric and per group, in table order; a row with no value at all has none. */
export async function metricFigures(report: Pick<Report, 'meta'>, groups: readonly MetricRowGroup[], captions: CaptionCounter): Promise<Paragraph[]> {
  const months = report.meta.period.months;
  const figures = groups
    // An empty chart says nothing the table's dashes do not; leave it out of the document.
    .filter((row) => row.metrics.some((metric) => metric.values.some((value) => value !== null)))
    .map((row): Figure => {
      return {
        chart: metricChart(report, row),
        size: metricChartSize(months, row.metrics.length),
        caption: metricFigureCaption(report.meta, row),
        altText: `${describeMetricChart(report.meta, row)}. ${metricChartFigures(report.meta, row)}`,
      };
    });
  return figureParagraphs(figures, captions);
}

export async function effortFigure(report: Pick<Report, 'effort'>, captions: CaptionCounter): Promise<Paragraph[]> {
  const people = report.effort.people.length;
  if (people === 0 || report.effort.people.every((person) => person.pm === 0)) return [];
  const figure: Figure = {
    chart: effortChart(report),
    size: { width: 480, height: Math.min(MOST_HEIGHT_PX, effortChartHeight(people)) },
    caption: `${EFFORT_CHART_CAPTION}.`,
    altText: `${describeEffortChart(report)}.`,
  };
  return figureParagraphs([figure], captions);
}
