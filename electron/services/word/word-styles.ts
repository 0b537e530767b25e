// The look of the exported document: its lists and the styles every paragraph takes its form
// from (headings numbered by their style, captions, table text), in the page's sizes and colours
// (word-page.ts).
import { AlignmentType, LevelFormat, LineRuleType, type INumberingOptions, type IStylesOptions } from 'docx';
import { COLOUR, FONT, SIZE } from './word-page';

export const BULLET_LIST = 'report-bullets';
/** "1. " lines: each list of them counts from 1 (an instance of its own). */
export const NUMBERED_LIST = 'report-numbered';
/** The sections' numbers: "1 Effort" … "6 Foreseen activities and changes", from Heading 1 itself. */
export const SECTION_NUMBERING = 'report-sections';

export const NUMBERING: INumberingOptions = {
  config: [
    {
      reference: BULLET_LIST,
      levels: [
        {
          level: 0,
          format: LevelFormat.BULLET,
          text: '•',
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: 400, hanging: 260 } } },
        },
        {
          level: 1,
          format: LevelFormat.BULLET,
          text: '–',
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: 800, hanging: 260 } } },
        },
      ],
    },
    {
      reference: NUMBERED_LIST,
      levels: [
        { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 400, hanging: 300 } } } },
        { level: 1, format: LevelFormat.LOWER_LETTER, text: '%2.', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 800, hanging: 300 } } } },
      ],
    },
    {
      reference: SECTION_NUMBERING,
      levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 420, hanging: 420 } } } }],
    },
  ],
};

/** Arabic, Hebrew … : written right to left. */
export function isRightToLeft(language: string): boolean {
  return /^(ar|he|fa|ur|yi|ps|sd|ug|ckb|dv)(-|$)/.test(language);
}

/** The report's language, for spelling, hyphenation and a screen reader's voice; Arabic, Hebrew … as the right-to-left language too. */
function languageOptions(language: string): { value: string; bidirectional?: string } {
  return isRightToLeft(language) ? { value: language, bidirectional: language } : { value: language };
}

export function documentStyles(language: string): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: FONT, size: SIZE.body, color: COLOUR.text, language: languageOptions(language) },
        paragraph: { spacing: { after: 60, line: 252, lineRule: LineRuleType.AUTO } },
      },
      title: {
        run: { font: FONT, size: SIZE.title, bold: true, color: COLOUR.heading },
        paragraph: { spacing: { after: 120 } },
      },
      // Real Heading 1 paragraphs at outline level 1, numbered by the style: Word's navigation
      // pane, LibreOffice's Navigator, a table of contents and the PDF's bookmarks list them.
      heading1: {
        run: { font: FONT, size: SIZE.heading, bold: true, allCaps: true, color: COLOUR.heading },
        paragraph: { spacing: { before: 260, after: 100 }, keepNext: true, keepLines: true, outlineLevel: 0, numbering: { reference: SECTION_NUMBERING, level: 0 } },
      },
      caption: {
        run: { font: FONT, size: SIZE.caption, italics: true, color: COLOUR.muted },
        paragraph: { spacing: { before: 60, after: 180 }, alignment: AlignmentType.CENTER, keepLines: true },
      },
      listParagraph: {
        paragraph: { spacing: { after: 60 } },
      },
      // The notes on figures, at the foot of the page: small, as the table's own note.
      footnoteText: {
        run: { font: FONT, size: SIZE.small },
        paragraph: { spacing: { after: 40, line: 240, lineRule: LineRuleType.AUTO } },
      },
    },
    paragraphStyles: [
      {
        id: 'TableNote',
        name: 'Table note',
        basedOn: 'Normal',
        run: { size: SIZE.small, color: COLOUR.muted },
        // Under its caption, above its table, and on the table's page.
        paragraph: { spacing: { before: 0, after: 80 }, keepLines: true, keepNext: true },
      },
      {
        id: 'TableCaption',
        name: 'Table caption',
        basedOn: 'Caption',
        next: 'Normal',
        // Above its table, and on its page.
        paragraph: { spacing: { before: 120, after: 60 }, alignment: AlignmentType.LEFT, keepNext: true },
      },
      {
        id: 'TableText',
        name: 'Table text',
        basedOn: 'Normal',
        run: { size: SIZE.table },
        paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
      },
      {
        id: 'TableFigure',
        name: 'Table figure',
        basedOn: 'TableText',
        paragraph: { alignment: AlignmentType.RIGHT },
      },
      {
        id: 'TableHeading',
        name: 'Table heading',
        basedOn: 'TableText',
        run: { bold: true },
      },
      {
        id: 'ReportDetails',
        name: 'Report details',
        basedOn: 'Normal',
        run: { color: COLOUR.muted },
        paragraph: { spacing: { after: 20 } },
      },
      {
        id: 'RunningHeader',
        name: 'Running header',
        basedOn: 'Normal',
        run: { size: SIZE.small, color: COLOUR.muted },
        paragraph: { spacing: { after: 0 }, alignment: AlignmentType.RIGHT },
      },
    ],
  };
}
