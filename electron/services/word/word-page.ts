// The exported document's page, type sizes and colours: plain numbers, apart from the docx
// styles (word-styles.ts), so that measuring the tables needs no docx.
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
  table: 18,
  title: 36,
  heading: 24,
  subheading: 22,
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
