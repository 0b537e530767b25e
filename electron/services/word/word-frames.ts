// What a document's tables and charts are measured against: a Word template's text area and body
// font, or the app's own page. The report's export and the history annex measure alike.
import { chartFrame, DEFAULT_CHART_FRAME, type ChartFrame } from './word-figures';
import { DEFAULT_TABLE_FRAME, type TableFrame } from './word-table-layout';
import { fontMeasure } from './word-text-width';
import type { WordTemplate } from './word-template';
import { templateBodyFont } from './word-template-styles';

export function documentFrames(template: WordTemplate | null): { table: TableFrame; charts: ChartFrame } {
  if (template === null) return { table: DEFAULT_TABLE_FRAME, charts: DEFAULT_CHART_FRAME };
  const { width, height, margin } = template.page;
  // A page too narrow for a table at all still gets one of a column's minimum; Word would squeeze it the same.
  const textWidth = Math.max(2880, width - margin.left - margin.right - margin.gutter);
  const textHeight = Math.max(2880, height - margin.top - margin.bottom);
  return { table: { textWidth, font: fontMeasure(templateBodyFont(template)) }, charts: chartFrame(textWidth, textHeight) };
}
