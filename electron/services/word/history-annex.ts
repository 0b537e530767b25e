// The history annex: a document of its own in the report's look (the same styles, page, running
// header, footer and captions), with each metric's chart over the years and its table period by
// period, the runs of misses, effort period by period and the notes and measures of past misses.
import { BorderStyle, Document, Header, HeadingLevel, Packer, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType, type FileChild } from 'docx';
import { allMissRuns, describeRun, historyParagraph, periodRows } from '../../../shared/history/history-facts';
import { effortTotals } from '../../../shared/history/history-effort';
import { historyNotes } from '../../../shared/history/history-notes';
import type { ServiceHistory } from '../../../shared/history/service-history';
import { formatPm } from '../../../shared/numbers';
import { asSentence } from '../../../shared/figure-text';
import { captionParagraph, newCaptionCounter, type CaptionCounter } from './word-captions';
import { completedParts, ImageStandIns, zipParts } from './word-package';
import { figureParagraphs } from './word-charts';
import { pageFooter } from './word-document';
import type { DrawnFigure } from './word-figures';
import { BULLET_LIST, NUMBERING, documentStyles } from './word-styles';
import { COLOUR, FONT, PAGE, SIZE, TEXT_WIDTH } from './word-page';

const RULE = { style: BorderStyle.SINGLE, size: 4, color: COLOUR.rule };
const BORDERS = { top: RULE, bottom: RULE, left: RULE, right: RULE, insideHorizontal: RULE, insideVertical: RULE };

function heading(text: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(text)] });
}

function subHeading(text: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, children: [new TextRun(text)] });
}

function bullet(text: string): Paragraph {
  return new Paragraph({ numbering: { reference: BULLET_LIST, level: 0 }, children: [new TextRun(text)] });
}

function body(text: string): Paragraph {
  return new Paragraph({ children: [new TextRun(text)] });
}

interface Column {
  heading: string;
  /** Share of the text width; widths are set in twips, which every reader honours. */
  share: number;
  figure?: boolean;
}

/** A table with its header repeated on each page; the `marked` cells of a row shaded and bold (a miss), never by colour alone: the text says it too. */
function table(columns: readonly Column[], rows: readonly { cells: string[]; marked?: readonly number[] }[]): Table {
  const total = columns.reduce((sum, column) => sum + column.share, 0);
  const widths = columns.map((column) => Math.floor((TEXT_WIDTH * column.share) / total));
  const cell = (text: string, index: number, look: { header?: boolean; marked?: boolean }) =>
    new TableCell({
      width: { size: widths[index]!, type: WidthType.DXA },
      margins: { left: 80, right: 80, top: 30, bottom: 30 },
      ...(look.header === true ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: COLOUR.headerFill } } : look.marked === true ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: COLOUR.missFill } } : {}),
      children: text.split('\n').map(
        (line) =>
          new Paragraph({
            style: look.header === true ? 'TableHeading' : columns[index]!.figure === true ? 'TableFigure' : 'TableText',
            children: [new TextRun({ text: line, ...(look.marked === true ? { bold: true, color: COLOUR.missText } : {}) })],
          }),
      ),
    });
  return new Table({
    width: { size: widths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((column, index) => cell(column.heading, index, { header: true })) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.cells.map((text, index) => cell(text, index, { marked: row.marked?.includes(index) === true })) })),
    ],
  });
}

function periodsSection(history: ServiceHistory): FileChild[] {
  const parts: FileChild[] = [heading('Reports read')];
  parts.push(...history.periods.map((period) => bullet(`${period.name}: ${period.file.name}`)));
  if (history.missing.length > 0) parts.push(body(`No report for ${history.missing.map((gap) => gap.name).join('; ')}: a gap in every series.`));
  if (history.leftOut.length > 0) {
    parts.push(body('Left out:'));
    parts.push(...history.leftOut.map((file) => bullet(`${file.name} ${file.message}.`)));
  }
  return parts;
}

function metricsSection(history: ServiceHistory, figures: Map<string, DrawnFigure>, captions: CaptionCounter, images: ImageStandIns): FileChild[] {
  const parts: FileChild[] = [heading('Performance over the years')];
  const paragraph = historyParagraph(history);
  if (paragraph !== '') parts.push(body(paragraph));
  for (const series of history.metrics) {
    parts.push(subHeading(series.formerly.length === 0 ? series.name : `${series.name} (formerly ${series.formerly.join(', ')})`));
    const figure = figures.get(series.id);
    if (figure !== undefined) parts.push(...figureParagraphs([figure], captions, images));
    parts.push(captionParagraph('Table', `${series.name}, period by period: the target as it was, the average, the months that met it and the worst month.`, captions));
    const rows = periodRows(history, series).map((row) => ({
      cells: [row.periodName, row.target, row.average, `${row.monthsMet} of ${row.monthsWithValue}`, row.worst ?? '—'],
      // The months met and the worst month say the miss; the target was not missed.
      marked: row.missed > 0 ? [3, 4] : [],
    }));
    parts.push(
      table(
        // Shares that keep "0.67 working days" and "Apr 2023: 1.4 working days" on one line; "5 of 6" needs little.
        [
          { heading: 'Period', share: 2.6 },
          { heading: 'Target', share: 2.2 },
          { heading: 'Average', share: 2.4, figure: true },
          { heading: 'Months met', share: 1.6, figure: true },
          { heading: 'Worst month', share: 3.5 },
        ],
        rows,
      ),
    );
  }
  return parts;
}

function runsSection(history: ServiceHistory): FileChild[] {
  const runs = allMissRuns(history);
  return [heading('Consecutive misses'), ...(runs.length === 0 ? [body('No metric missed its target two months in a row.')] : runs.map((run) => bullet(`${describeRun(run)}.`)))];
}

function effortSection(history: ServiceHistory, captions: CaptionCounter): FileChild[] {
  const totals = effortTotals(history);
  const rows = history.periods.map((period, index) => {
    const people = history.people.flatMap((person) => {
      const row = person.byPeriod[index];
      return row == null ? [] : [`${row.name.trim() || 'Unnamed'}: ${formatPm(row.pm)}`];
    });
    const total = totals[index]!;
    return { cells: [period.name, formatPm(total.total), total.planned === null ? '—' : formatPm(total.planned), people.join('\n')], marked: total.planned !== null && total.total < total.planned ? [1] : [] };
  });
  return [
    heading('Effort'),
    captionParagraph('Table', 'Effort period by period, in person-months (PM): the total against the planned PM, and each person’s share.', captions),
    table(
      [
        { heading: 'Period', share: 3 },
        { heading: 'Total PM', share: 1.5, figure: true },
        { heading: 'Planned PM', share: 1.5, figure: true },
        { heading: 'People (PM)', share: 5 },
      ],
      rows,
    ),
  ];
}

function notesSection(history: ServiceHistory): FileChild[] {
  const notes = historyNotes(history);
  const parts: FileChild[] = [heading('Issues and measures')];
  if (notes.length === 0) return [...parts, body('No figure of these periods has a note.')];
  let metric = '';
  for (const note of notes) {
    if (note.metric !== metric) {
      metric = note.metric;
      parts.push(subHeading(metric));
    }
    const measure = note.measure === '' ? 'No measure noted.' : asSentence(`Measure: ${note.measure}`);
    const happened = asSentence(note.happened === '' ? 'Nothing written on what happened' : note.happened);
    parts.push(bullet(`${note.periodName}, ${note.month} (${note.figure}): ${happened} ${measure}`));
  }
  return parts;
}

function span(history: ServiceHistory): string {
  const first = history.periods[0];
  const last = history.periods.at(-1);
  return first === undefined || last === undefined ? '' : `${first.name} to ${last.name}`;
}

/** The report's styles, and a heading for each metric under the numbered sections. */
function annexStyles(language: string): ReturnType<typeof documentStyles> {
  const styles = documentStyles(language);
  return {
    ...styles,
    default: {
      ...styles.default,
      heading2: {
        run: { font: FONT, size: SIZE.body + 1, bold: true, color: COLOUR.heading },
        paragraph: { spacing: { before: 220, after: 80 }, keepNext: true, keepLines: true, outlineLevel: 1 },
      },
    },
  };
}

/** The annex's bytes, from a history whose texts have passed the Word gate, its charts drawing. */
export async function historyAnnex(history: ServiceHistory, drawing: Promise<Map<string, DrawnFigure>>, language: string): Promise<Buffer> {
  const title = `History of ${history.service.trim() || 'the service'}`;
  const details: [string, string][] = [
    ['Service', history.service],
    ['Agreement', history.agreement],
    ['Periods', span(history)],
  ].filter((detail): detail is [string, string] => detail[1]!.trim() !== '');
  const captions = newCaptionCounter();
  const images = new ImageStandIns();
  const figures = await drawing;
  const children: FileChild[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(title)] }),
    ...details.map(
      ([label, value], index) =>
        new Paragraph({
          style: 'ReportDetails',
          ...(index === details.length - 1 ? { border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: COLOUR.rule, space: 6 } }, spacing: { after: 120 } } : {}),
          children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value.trim())],
        }),
    ),
    ...periodsSection(history),
    ...metricsSection(history, figures, captions, images),
    ...runsSection(history),
    ...effortSection(history, captions),
    ...notesSection(history),
  ];
  const footer = pageFooter();
  const document = new Document({
    title,
    subject: [history.service, span(history)].filter((part) => part.trim() !== '').join(', '),
    creator: 'Report Desk',
    description: history.agreement,
    styles: annexStyles(language),
    numbering: NUMBERING,
    sections: [
      {
        properties: {
          titlePage: true,
          page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin, footer: PAGE.footer, header: PAGE.footer } },
        },
        headers: { default: new Header({ children: [new Paragraph({ style: 'RunningHeader', children: [new TextRun(`${title} · ${span(history)}`)] })] }), first: new Header({ children: [] }) },
        footers: { default: footer, first: footer },
        children,
      },
    ],
  });
  return zipParts(completedParts(await Packer.toBuffer(document), images, language));
}
