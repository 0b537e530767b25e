// The history annex: a document of its own in the report's look (the same styles, page, running
// header, footer and captions, and the report's Word template where it has one), with each
// metric's chart over the years and its table period by period, the runs of misses, effort period
// by period and the notes and measures of past misses.
import { BorderStyle, Document, Header, HeadingLevel, Packer, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType, type FileChild } from 'docx';
import { allMissRuns, describeRun, historyParagraph, periodRows } from '../../../shared/history/history-facts';
import { effortTotals } from '../../../shared/history/history-effort';
import { historyNotes } from '../../../shared/history/history-notes';
import type { ServiceHistory } from '../../../shared/history/service-history';
import { formatPm } from '../../../shared/numbers';
import { asSentence } from '../../../shared/figure-text';
import { describePeriod } from '../../../shared/periods';
import { describeMonths, type PlacedPeriod } from '../../../shared/history/history-periods';
import { documentWords, type DocumentWords } from '../../../shared/i18n/document-words';
import { captionParagraph, newCaptionCounter, type CaptionCounter } from './word-captions';
import { completedParts, FigureImages, XmlBlocks } from './word-package';
import { figureParagraphs } from './word-charts';
import { pageFooter, zippedInLook } from './word-document';
import type { DrawnFigure } from './word-figures';
import { BULLET_LIST, NUMBERING, documentStyles } from './word-styles';
import { COLOUR, FONT, PAGE, SIZE } from './word-page';
import type { WordTemplate } from './word-template';
import { documentFrames } from './word-frames';

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

/** A table across the text width, its header repeated on each page; the `marked` cells of a row shaded and bold (a miss), never by colour alone: the text says it too. */
function table(columns: readonly Column[], rows: readonly { cells: string[]; marked?: readonly number[] }[], textWidth: number): Table {
  const total = columns.reduce((sum, column) => sum + column.share, 0);
  const widths = columns.map((column) => Math.floor((textWidth * column.share) / total));
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

/** A period's name in the annex's words: its own name, or its months' in the annex's language. */
function periodName(period: PlacedPeriod, words: DocumentWords): string {
  return describePeriod(period.report.meta, words);
}

function periodsSection(history: ServiceHistory, words: DocumentWords): FileChild[] {
  const parts: FileChild[] = [heading(words.say('history.readHeading'))];
  parts.push(...history.periods.map((period) => bullet(words.colon(periodName(period, words), period.file.name))));
  const gaps = history.missing.map((gap) => describeMonths(gap.first, gap.months, words));
  if (gaps.length > 0) parts.push(body(words.say('history.missingReports', { periods: gaps.reduce((all, gap) => words.semicolon(all, gap)) })));
  if (history.leftOut.length > 0) {
    parts.push(body(words.say('history.leftOut')));
    // Why a file was left out is the reading's own sentence, in the window's words.
    parts.push(...history.leftOut.map((file) => bullet(`${file.name} ${file.message}.`)));
  }
  return parts;
}

function metricsSection(history: ServiceHistory, figures: Map<string, DrawnFigure>, captions: CaptionCounter, images: FigureImages, blocks: XmlBlocks, textWidth: number): FileChild[] {
  const { words } = captions;
  const parts: FileChild[] = [heading(words.say('history.performanceHeading'))];
  const paragraph = historyParagraph(history, words);
  if (paragraph !== '') parts.push(body(paragraph));
  for (const series of history.metrics) {
    parts.push(subHeading(series.formerly.length === 0 ? series.name : words.say('history.formerly', { name: series.name, names: series.formerly.join(', ') })));
    const figure = figures.get(series.id);
    if (figure !== undefined) parts.push(...figureParagraphs([figure], captions, images, blocks));
    parts.push(captionParagraph('Table', words.say('history.tableCaption', { metric: series.name }), captions));
    const rows = periodRows(history, series, words).map((row) => ({
      cells: [periodName(history.periods[row.period]!, words), row.target, row.average, words.say('history.metOf', { met: row.monthsMet, months: row.monthsWithValue }), row.worst ?? '—'],
      // The months met and the worst month say the miss; the target was not missed.
      marked: row.missed > 0 ? [3, 4] : [],
    }));
    parts.push(
      table(
        // Shares that keep "0.67 working days" and "Apr 2023: 1.4 working days" on one line; "5 of 6" needs little.
        [
          { heading: words.say('history.period'), share: 2.6 },
          { heading: words.say('history.target'), share: 2.2 },
          { heading: words.say('history.average'), share: 2.4, figure: true },
          { heading: words.say('history.monthsMet'), share: 1.6, figure: true },
          { heading: words.say('history.worstMonth'), share: 3.5 },
        ],
        rows,
        textWidth,
      ),
    );
  }
  return parts;
}

function runsSection(history: ServiceHistory, words: DocumentWords): FileChild[] {
  const runs = allMissRuns(history);
  return [heading(words.say('history.runsHeading')), ...(runs.length === 0 ? [body(words.say('history.noRuns'))] : runs.map((run) => bullet(`${describeRun(run, words)}.`)))];
}

function effortSection(history: ServiceHistory, captions: CaptionCounter, textWidth: number): FileChild[] {
  const { words } = captions;
  const totals = effortTotals(history);
  const rows = history.periods.map((period, index) => {
    const people = history.people.flatMap((person) => {
      const row = person.byPeriod[index];
      return row == null ? [] : [words.colon(row.name.trim() || words.say('person.unnamed'), formatPm(row.pm, words))];
    });
    const total = totals[index]!;
    return {
      cells: [periodName(period, words), formatPm(total.total, words), total.planned === null ? '—' : formatPm(total.planned, words), people.join('\n')],
      marked: total.planned !== null && total.total < total.planned ? [1] : [],
    };
  });
  return [
    heading(words.say('history.effortHeading')),
    captionParagraph('Table', words.say('history.effortCaption'), captions),
    table(
      [
        { heading: words.say('history.period'), share: 3 },
        { heading: words.say('history.totalPm'), share: 1.5, figure: true },
        { heading: words.say('history.plannedPm'), share: 1.5, figure: true },
        { heading: words.say('history.peoplePm'), share: 5 },
      ],
      rows,
      textWidth,
    ),
  ];
}

function notesSection(history: ServiceHistory, words: DocumentWords): FileChild[] {
  const notes = historyNotes(history, words);
  const parts: FileChild[] = [heading(words.say('history.notesHeading'))];
  if (notes.length === 0) return [...parts, body(words.say('history.noNotes'))];
  let metric = '';
  for (const note of notes) {
    if (note.metric !== metric) {
      metric = note.metric;
      parts.push(subHeading(metric));
    }
    const measure = note.measure === '' ? words.say('history.noMeasure') : asSentence(words.say('history.measure', { measure: note.measure }));
    const happened = asSentence(note.happened === '' ? words.say('history.nothingWritten') : note.happened);
    parts.push(bullet(words.say('history.note', { period: periodName(history.periods[note.period]!, words), month: note.month, figure: note.figure, happened, measure })));
  }
  return parts;
}

function span(history: ServiceHistory, words: DocumentWords): string {
  const first = history.periods[0];
  const last = history.periods.at(-1);
  return first === undefined || last === undefined ? '' : words.say('history.span', { first: periodName(first, words), last: periodName(last, words) });
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

/**
 * The annex's bytes, from a history whose texts have passed the Word gate, its charts drawing
 * (sized to the template's text width, where there is one); a Word template, last, dresses it as
 * it dresses the report.
 */
export async function historyAnnex(history: ServiceHistory, drawing: Promise<Map<string, DrawnFigure>>, language: string, template: WordTemplate | null = null): Promise<Buffer> {
  const textWidth = documentFrames(template).table.textWidth;
  const words = documentWords(language);
  const service = history.service.trim();
  const title = words.say('history.title', { hasService: service === '' ? 'no' : 'yes', service });
  const details: [string, string][] = [
    [words.say('details.service'), history.service],
    [words.say('details.agreement'), history.agreement],
    [words.say('history.periods'), span(history, words)],
  ].filter((detail): detail is [string, string] => detail[1]!.trim() !== '');
  const captions = newCaptionCounter(words);
  const images = new FigureImages();
  const blocks = new XmlBlocks();
  const figures = await drawing;
  const children: FileChild[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(title)] }),
    ...details.map(
      ([label, value], index) =>
        new Paragraph({
          style: 'ReportDetails',
          ...(index === details.length - 1 ? { border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: COLOUR.rule, space: 6 } }, spacing: { after: 120 } } : {}),
          children: [new TextRun({ text: words.colon(label, ''), bold: true }), new TextRun(value.trim())],
        }),
    ),
    ...periodsSection(history, words),
    ...metricsSection(history, figures, captions, images, blocks, textWidth),
    ...runsSection(history, words),
    ...effortSection(history, captions, textWidth),
    ...notesSection(history, words),
  ];
  const footer = pageFooter(words);
  const document = new Document({
    title,
    subject: [history.service, span(history, words)].filter((part) => part.trim() !== '').join(', '),
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
        headers: { default: new Header({ children: [new Paragraph({ style: 'RunningHeader', children: [new TextRun(`${title} · ${span(history, words)}`)] })] }), first: new Header({ children: [] }) },
        footers: { default: footer, first: footer },
        children,
      },
    ],
  });
  return zippedInLook(completedParts(await Packer.toBuffer(document), images, language), blocks, template, language);
}
