// The look of the exported document: page, type scale, colours, list and heading styles.
import { AlignmentType, LevelFormat, LineRuleType, type INumberingOptions, type IStylesOptions } from 'docx';

/** Arial: on every Windows and Mac; LibreOffice swaps in the metric-compatible Liberation Sans. */
export const FONT = 'Arial';

/** A4 portrait with 2 cm margins, in twips (1/20 pt): 9638 twips of text width. */
export const PAGE = {
  width: 11906,
  height: 16838,
  margin: 1134,
  footer: 567,
} as const;
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;

/** Sizes in half-points, as Word stores them. */
export const SIZE = {
  body: 21,
  small: 17,
  title: 36,
  heading: 24,
  caption: 17,
} as const;

export const COLOUR = {
  text: '1F2328',
  muted: '57606A',
  heading: '1F3864',
  rule: '9AA4AE',
  headerFill: 'DCE3EC',
  groupFill: 'F0F3F6',
  /** Excel's "Bad" cell: light red fill, dark red text. Colour is never the only sign. */
  missFill: 'F8CBCB',
  missText: '9C0006',
} as const;

export const BULLET_LIST = 'report-bullets';

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
      ],
    },
  ],
};

export const STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: FONT, size: SIZE.body, color: COLOUR.text },
      paragraph: { spacing: { after: 100, line: 264, lineRule: LineRuleType.AUTO } },
    },
    title: {
      run: { font: FONT, size: SIZE.title, bold: true, color: COLOUR.heading },
      paragraph: { spacing: { after: 120 } },
    },
    // Real Heading 1 paragraphs, so Word's navigation pane lists the six sections.
    heading1: {
      run: { font: FONT, size: SIZE.heading, bold: true, allCaps: true, color: COLOUR.heading },
      paragraph: { spacing: { before: 360, after: 140 }, keepNext: true, keepLines: true },
    },
    caption: {
      run: { font: FONT, size: SIZE.caption, italics: true, color: COLOUR.muted },
      paragraph: { spacing: { before: 40, after: 240 }, alignment: AlignmentType.CENTER },
    },
    listParagraph: {
      paragraph: { spacing: { after: 60 } },
    },
  },
  paragraphStyles: [
    {
      id: 'TableNote',
      name: 'Table note',
      basedOn: 'Normal',
      run: { size: SIZE.small, color: COLOUR.muted },
      paragraph: { spacing: { before: 80, after: 200 } },
    },
    {
      id: 'ReportDetails',
      name: 'Report details',
      basedOn: 'Normal',
      run: { color: COLOUR.muted },
      paragraph: { spacing: { after: 20 } },
    },
  ],
};
