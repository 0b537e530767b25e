// The performance table in the document: for each table of the view its caption (Table n,
// above it) and its place, filled with the table's XML when the package is completed. The note
// explaining units and marks sits between the first caption and its table, like a chart's
// legend, where it is read before the figures and can never be parted from them by a page
// break (a paragraph keeps with the table after it, in Word and in LibreOffice alike).
import { Paragraph, TextRun } from 'docx';
import { monthLabel } from '../../../shared/periods';
import type { Report } from '../../../shared/report-schema';
import type { PerformanceView } from './word-performance-view';
import type { TablePart } from './word-table-layout';
import { performanceTableXml } from './word-table-xml';
import { captionParagraph, nextCaptionLabel, type CaptionCounter } from './word-captions';
import type { XmlBlocks } from './word-package';
import type { DocumentWords } from '../../../shared/i18n/document-words';

/** "…, M1 – M6", and "…, M7 – M12 and the period average" for the last of several tables. */
function partCaption(report: Pick<Report, 'meta'>, part: TablePart, parts: number, words: DocumentWords): string {
  const caption = words.say('title.performance');
  if (parts === 1) return caption;
  const first = monthLabel(report.meta, part.range.start, words);
  const last = monthLabel(report.meta, part.range.end - 1, words);
  const months = first === last ? first : `${first} – ${last}`;
  return words.say('table.captionPart', { caption, months, withAverage: part.withAverage ? 'yes' : 'no' });
}

export function performanceBlock(report: Pick<Report, 'meta'>, view: PerformanceView, blocks: XmlBlocks, captions: CaptionCounter): Paragraph[] {
  // No metrics, no table: a header row over nothing would only puzzle the reader.
  if (view.rows.length === 0) return [];
  const { parts } = view.layout;
  return parts.flatMap((part, index) => {
    const caption = partCaption(report, part, parts.length, captions.words);
    const described = captions.words.colon(nextCaptionLabel('Table', captions), caption);
    const table = performanceTableXml(view.headings, view.rows, view.layout, part, described);
    const note = index === 0 ? [new Paragraph({ style: 'TableNote', children: [new TextRun(view.note)] })] : [];
    return [captionParagraph('Table', caption, captions), ...note, blocks.placeholder(table)];
  });
}
