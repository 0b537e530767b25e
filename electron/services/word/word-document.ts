// The .docx itself, built with docx from the report word-export.ts has made safe for XML, its
// performance view and its charts as they finish drawing.
import { AlignmentType, BorderStyle, Document, Footer, Header, HeadingLevel, Packer, PageNumber, Paragraph, TextRun, type FileChild } from 'docx';
import type { Report, Section } from '../../../shared/report-schema';
import { effortLines } from '../../../shared/drafting';
import { documentSectionText } from '../../../shared/section-text';
import { hasSectionOfKind } from '../../../shared/sections';
import { describePeriod } from '../../../shared/periods';
import { documentWords, type DocumentWords } from '../../../shared/i18n/document-words';
import { narrativeParagraphs, type ListCounter } from './word-narrative';
import { performanceBlock } from './word-performance-table';
import type { PerformanceView } from './word-performance-view';
import { tableNotes } from './word-table-content';
import { sectionTableBlock } from './word-section-table';
import { newCaptionCounter, type CaptionCounter } from './word-captions';
import { completedParts, FigureImages, XmlBlocks, zipParts, type PackageWatch } from './word-package';
import { figureParagraphs } from './word-charts';
import type { ReportFigures } from './word-figures';
import { BULLET_LIST, NUMBERING, documentStyles } from './word-styles';
import type { WordTemplate } from './word-template';
import { dressedInTemplate } from './word-template-apply';
import { COLOUR, PAGE, SIZE } from './word-page';

function reportTitle(report: Report): string {
  return report.meta.title.trim() || documentWords(report.meta.language).say('report.title');
}

function titleBlock(report: Report, words: DocumentWords): Paragraph[] {
  const { meta } = report;
  const details: [string, string][] = [
    [words.say('details.organisation'), meta.organisation],
    [words.say('details.service'), meta.service],
    [words.say('details.agreement'), meta.agreement],
    [words.say('details.period'), describePeriod(meta, words)],
    [words.say('details.author'), meta.author],
  ];
  const shown = details.filter(([, value]) => value.trim() !== '');
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(reportTitle(report))] }),
    ...shown.map(
      ([label, value], index) =>
        new Paragraph({
          style: 'ReportDetails',
          // A rule under the last line closes the title block.
          ...(index === shown.length - 1
            ? { border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: COLOUR.rule, space: 6 } }, spacing: { after: 120 } }
            : {}),
          children: [new TextRun({ text: words.colon(label, ''), bold: true }), new TextRun(value.trim())],
        }),
    ),
  ];
}

/** "Effort" numbered "1" by the Heading 1 style, a sub-section "1.1" by Heading 2 (unless the report turns numbering off). */
function heading(section: Section): Paragraph {
  return new Paragraph({ heading: section.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, children: [new TextRun(section.title.trim())] });
}

interface Parts {
  report: Report;
  view: PerformanceView;
  /** Drawing since the export began; null without charts. */
  figures: ReportFigures | null;
  blocks: XmlBlocks;
  images: FigureImages;
  captions: CaptionCounter;
  lists: ListCounter;
}

/** A section's text, then what its kind adds: the people and the effort chart, the performance tables and charts, a table of the person's own. */
function sectionBody(section: Section, parts: Parts): FileChild[] {
  const { report, view, figures, captions, images } = parts;
  // The text before a table introduces it: it stays on the table's page.
  const text = narrativeParagraphs(documentSectionText(report, section), parts.lists, section.kind === 'performance' || section.kind === 'table', parts.blocks);
  if (section.kind === 'effort') {
    // docx writes the first person with the list's numbering; the rest are written like it (XmlBlocks.moreLike).
    const [first, ...others] = effortLines(report);
    const people = first === undefined ? [] : parts.blocks.moreLike(new Paragraph({ numbering: { reference: BULLET_LIST, level: 0 }, children: [new TextRun(first)] }), others);
    return [...text, ...people, ...(figures === null ? [] : figureParagraphs(figures.effort, captions, images, parts.blocks))];
  }
  if (section.kind === 'performance') {
    return [...text, ...performanceBlock(report, view, parts.blocks, captions), ...(figures === null ? [] : chartParagraphs(figures, parts))];
  }
  if (section.kind === 'table') return [...text, ...sectionTableBlock(section, parts.blocks, captions, view.layout.frame)];
  return text;
}

/** The performance charts, after a sentence saying which where the document leaves some out (chart-selection). */
function chartParagraphs(figures: ReportFigures, parts: Parts): FileChild[] {
  const leftOut = figures.leftOut === null ? [] : [new Paragraph({ keepNext: true, children: [new TextRun(figures.leftOut)] })];
  return [...leftOut, ...figureParagraphs(figures.metrics, parts.captions, parts.images, parts.blocks)];
}

// Stand-ins for Word's two fields in the message: characters of the private use area no text has.
const PAGE_FIELD = '\ue000page\ue000';
const PAGES_FIELD = '\ue000pages\ue000';

/** "Page 2 of 5" ("Page 2 sur 5", "Seite 2 von 5"), centred: the report's footer, and its annexes'. */
export function pageFooter(words: DocumentWords): Footer {
  // The message's words around Word's two fields, in the order the language puts them.
  const said = words.say('footer.page', { page: PAGE_FIELD, pages: PAGES_FIELD });
  const children = said.split(/(\ue000pages?\ue000)/).filter((part) => part !== '').map((part) => (part === PAGE_FIELD ? PageNumber.CURRENT : part === PAGES_FIELD ? PageNumber.TOTAL_PAGES : part));
  return new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children, size: SIZE.small, color: COLOUR.muted })] })],
  });
}

/** From the second page on: the report's title and period, so a loose page says what it belongs to. */
function runningHeader(report: Report, words: DocumentWords): Header {
  return new Header({ children: [new Paragraph({ style: 'RunningHeader', children: [new TextRun(`${reportTitle(report)} · ${describePeriod(report.meta, words)}`)] })] });
}

/**
 * The document's bytes: the report has passed the XML gate, its view is built (measured to the
 * template's page, where there is one) and its charts are drawing; the template, last, dresses it.
 */
export async function wordDocument(report: Report, view: PerformanceView, figures: ReportFigures | null, template: WordTemplate | null = null, watch: PackageWatch = {}): Promise<Buffer> {
  const parts: Parts = { report, view, figures, blocks: new XmlBlocks(), images: new FigureImages(), captions: newCaptionCounter(documentWords(report.meta.language)), lists: { numberedLists: 0 } };
  // Packed apart, so docx's tree of the document is gone before the tables are made and written.
  const packed = await packedByDocx(parts);
  watch.signal?.throwIfAborted();
  // The charts were drawn while docx packed: their images go in now.
  if (figures !== null) {
    const pngs = await figures.drawn;
    [...figures.effort, ...figures.metrics].forEach((figure, index) => parts.images.supply(figure.imageKey, pngs[index]!));
  }
  return zippedInLook(completedParts(packed, parts.images, report.meta.language), parts.blocks, template, report.meta.language, watch);
}

/**
 * A completed package zipped, in the Word template's look where there is one (the report's and
 * the history annex's): the blocks written as XML text take the template stage's renaming as they are made.
 */
export function zippedInLook(completed: Record<string, Uint8Array>, blocks: XmlBlocks, template: WordTemplate | null, language: string, watch: PackageWatch = {}): Promise<Buffer> {
  if (template === null) return zipParts(completed, blocks, watch);
  const dressing = dressedInTemplate(completed, template, language);
  return zipParts(dressing.parts, blocks, { ...watch, rewrite: dressing.rewrite });
}

/** The document as docx packs it: everything but the blocks written as XML text and the images, which stand in. */
async function packedByDocx(parts: Parts): Promise<Buffer> {
  const { report, view } = parts;
  const words = parts.captions.words;
  const children: FileChild[] = [...titleBlock(report, words)];
  for (const section of report.sections) children.push(heading(section), ...sectionBody(section, parts));
  // The notes on figures are footnotes of the performance table: without it, nothing refers to them.
  const notes = hasSectionOfKind(report, 'performance') ? tableNotes(view.rows) : [];
  const { meta } = report;
  const creator = meta.author.trim() || meta.organisation.trim() || 'Report Desk';
  const document = new Document({
    title: reportTitle(report),
    subject: [meta.service, describePeriod(meta, words)].filter((part) => part.trim() !== '').join(', '),
    creator,
    lastModifiedBy: creator,
    description: meta.agreement,
    styles: documentStyles(meta.language, meta.numberSections),
    numbering: NUMBERING,
    // The notes on figures: the performance table refers to each by its id (word-table-xml).
    footnotes: Object.fromEntries(notes.map((note) => [note.id, { children: [new Paragraph({ style: 'FootnoteText', children: [new TextRun(` ${note.text}`)] })] }])),
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin, footer: PAGE.footer, header: PAGE.footer },
          },
        },
        // The first page carries the title block itself: no running header there.
        headers: { default: runningHeader(report, words), first: new Header({ children: [] }) },
        footers: { default: pageFooter(words), first: pageFooter(words) },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
