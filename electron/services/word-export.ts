// The Word export: the report model (and its charts) as a .docx, built whole in memory and only
// then written, atomically, so a failure never leaves a half-written or clobbered file.
import { AlignmentType, BorderStyle, Document, Footer, HeadingLevel, Packer, PageNumber, Paragraph, TextRun, type FileChild } from 'docx';
import { SECTION_IDS, SECTION_TITLES, type Report, type SectionId } from '../../shared/report-schema';
import { readReportData } from '../../shared/report-file';
import { effortLines, sectionText } from '../../shared/drafting';
import { describePeriod } from '../../shared/periods';
import { writeFileAtomically } from './atomic-write';
import { xmlSafeValue } from './word-safe-text';
import { describeWriteFailure } from './file-errors';
import { narrativeParagraphs } from './word-narrative';
import { performanceBlock } from './word-performance-table';
import { effortFigure, metricFigures, type FigureCounter } from './word-charts';
import { BULLET_LIST, COLOUR, NUMBERING, PAGE, SIZE, STYLES } from './word-styles';

export interface WordExportOptions {
  /** Defaults to the report's own export option. */
  includeCharts?: boolean;
}

function titleBlock(report: Report): Paragraph[] {
  const { meta } = report;
  const details: [string, string][] = [
    ['Organisation', meta.organisation],
    ['Service', meta.service],
    ['Agreement', meta.agreement],
    ['Period', describePeriod(meta)],
    ['Author', meta.author],
  ];
  const shown = details.filter(([, value]) => value.trim() !== '');
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(meta.title.trim() || 'Activity report')] }),
    ...shown.map(
      ([label, value], index) =>
        new Paragraph({
          style: 'ReportDetails',
          // A rule under the last line closes the title block.
          ...(index === shown.length - 1
            ? { border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: COLOUR.rule, space: 6 } }, spacing: { after: 120 } }
            : {}),
          children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value.trim())],
        }),
    ),
  ];
}

function heading(id: SectionId, index: number): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(`${index + 1} ${SECTION_TITLES[id]}`)] });
}

async function sectionBody(report: Report, id: SectionId, includeCharts: boolean, figures: FigureCounter): Promise<FileChild[]> {
  const text = narrativeParagraphs(sectionText(report, id), id === 'performance');
  if (id === 'effort') {
    const people = effortLines(report).map((line) => new Paragraph({ numbering: { reference: BULLET_LIST, level: 0 }, children: [new TextRun(line)] }));
    return [...text, ...people, ...(includeCharts ? await effortFigure(report, figures) : [])];
  }
  if (id === 'performance') {
    return [...text, ...performanceBlock(report), ...(includeCharts ? await metricFigures(report, figures) : [])];
  }
  return text;
}

function pageFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: SIZE.small, color: COLOUR.muted })],
      }),
    ],
  });
}

/**
 * Checks the report with the one validator first: a broken report is refused with a sentence,
 * not half-exported. Then every text in it passes the XML gate: this is where texts enter the
 * document, and everything the export writes is made from them.
 */
function validReport(report: Report): Report {
  const checked = readReportData(report);
  if (!checked.ok) throw new Error(`The report is not valid: ${checked.message}`);
  return xmlSafeValue(checked.report);
}

export async function buildWordDocument(report: Report, options: WordExportOptions = {}): Promise<Buffer> {
  const valid = validReport(report);
  const includeCharts = options.includeCharts ?? valid.exportOptions.includeCharts;
  const figures: FigureCounter = { next: 1 };
  const children: FileChild[] = [...titleBlock(valid)];
  for (const [index, id] of SECTION_IDS.entries()) {
    children.push(heading(id, index), ...(await sectionBody(valid, id, includeCharts, figures)));
  }
  const { meta } = valid;
  const creator = meta.author.trim() || meta.organisation.trim() || 'Report Desk';
  const document = new Document({
    title: meta.title.trim() || 'Activity report',
    subject: [meta.service, describePeriod(meta)].filter((part) => part.trim() !== '').join(', '),
    creator,
    lastModifiedBy: creator,
    description: meta.agreement,
    styles: STYLES,
    numbering: NUMBERING,
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin, footer: PAGE.footer, header: PAGE.footer },
          },
        },
        footers: { default: pageFooter() },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** Builds first, then writes atomically: a failure at any step leaves an existing file untouched. */
export async function exportWordFile(path: string, report: Report, options: WordExportOptions = {}): Promise<void> {
  const buffer = await buildWordDocument(report, options);
  try {
    await writeFileAtomically(path, buffer);
  } catch (error) {
    throw new Error(describeWriteFailure(path, 'could not be exported', error));
  }
}
