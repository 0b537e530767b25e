// How wide a line of text is in Arial, or in Liberation Sans, which LibreOffice swaps in with
// the same advance widths, so table columns can be sized to hold what they show; and in Times
// New Roman (Liberation Serif), Calibri (Carlito), Courier New (Liberation Mono) or a font the
// table does not know, for a Word template's fonts. Measured here from tables rather than from
// the fonts of the machine exporting: they may not be there. The tables were measured once from
// the metric-compatible free fonts (Liberation, Carlito) with the canvas's measureText at 1000 px.

/** Advance widths in thousandths of an em, printable ASCII from space (32) to tilde (126). */
const ASCII_REGULAR = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584,
  556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278,
  278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500,
  334, 260, 334, 584,
];
const ASCII_BOLD = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584,
  611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278,
  333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500,
  389, 280, 389, 584,
];
/** Times New Roman and Liberation Serif (the same advance widths), measured from Liberation Serif. */
const SERIF_REGULAR = [
  250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564,
  444, 921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278,
  333, 469, 500, 333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444,
  480, 200, 480, 541,
];
const SERIF_BOLD = [
  250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 333, 333, 570, 570, 570,
  500, 930, 722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333, 278,
  333, 581, 500, 333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444,
  394, 220, 394, 520,
];

/** Calibri and Carlito (the same advance widths), Word's body font from 2007 to 2023, measured from Carlito. */
const CALIBRI_REGULAR = [
  226, 326, 401, 498, 507, 715, 682, 221, 303, 303, 498, 498, 250, 306, 252, 386, 507, 507, 507, 507, 507, 507, 507, 507, 507, 507, 268, 268, 498, 498, 498,
  463, 894, 579, 544, 533, 615, 488, 459, 631, 623, 252, 319, 520, 420, 855, 646, 662, 517, 673, 543, 459, 487, 642, 567, 890, 519, 487, 468, 307, 386,
  307, 498, 498, 291, 479, 525, 423, 525, 498, 305, 471, 525, 229, 239, 455, 229, 799, 525, 527, 525, 525, 349, 391, 335, 525, 452, 715, 433, 453, 395,
  314, 460, 314, 498,
];
const CALIBRI_BOLD = [
  226, 326, 438, 498, 507, 729, 705, 233, 312, 312, 498, 498, 258, 306, 267, 430, 507, 507, 507, 507, 507, 507, 507, 507, 507, 507, 276, 276, 498, 498, 498,
  463, 898, 606, 561, 529, 630, 488, 459, 637, 631, 267, 331, 547, 423, 874, 659, 676, 532, 686, 563, 473, 495, 653, 591, 906, 551, 520, 478, 325, 430,
  325, 498, 498, 300, 494, 537, 418, 537, 503, 316, 474, 537, 246, 255, 480, 246, 813, 537, 538, 537, 537, 355, 399, 347, 537, 473, 745, 459, 474, 397,
  344, 475, 344, 498,
];

/** The few other characters a table shows, the same in both weights (the wider where not), as Arial has them: no narrower in the other fonts. */
const OTHER: Readonly<Record<string, number>> = {
  '\u00a0': 278,
  '—': 1000,
  '–': 556,
  '−': 584,
  '≥': 549,
  '≤': 549,
  '×': 584,
  '°': 400,
  'µ': 576,
  '€': 556,
  '’': 278,
  '‘': 278,
  '•': 350,
  '…': 1000,
};
/** A character the table does not know is taken as a full em: wider than any it does, so a column errs roomy. */
const UNKNOWN = 1000;

/** How a font's widths are known: by its table, as a fixed pitch, or, unknown, as Arial's a tenth wider (a column errs roomy). */
export type FontMeasure = 'sans' | 'serif' | 'calibri' | 'mono' | 'unknown';

const FAMILIES: Readonly<Record<string, FontMeasure>> = {
  arial: 'sans',
  helvetica: 'sans',
  'liberation sans': 'sans',
  arimo: 'sans',
  'times new roman': 'serif',
  times: 'serif',
  'liberation serif': 'serif',
  tinos: 'serif',
  calibri: 'calibri',
  carlito: 'calibri',
  'courier new': 'mono',
  courier: 'mono',
  'liberation mono': 'mono',
  cousine: 'mono',
};

/** The measure of a font by its name, as a template's style or theme gives it. */
export function fontMeasure(font: string): FontMeasure {
  return FAMILIES[font.trim().toLowerCase()] ?? 'unknown';
}

const UNKNOWN_FONT_SCALE = 1.1;

/** Each measured family's printable ASCII, regular then bold; an unknown font is measured as Arial. */
const TABLES: Readonly<Record<'sans' | 'serif' | 'calibri', readonly [readonly number[], readonly number[]]>> = {
  sans: [ASCII_REGULAR, ASCII_BOLD],
  serif: [SERIF_REGULAR, SERIF_BOLD],
  calibri: [CALIBRI_REGULAR, CALIBRI_BOLD],
};

function advance(character: string, bold: boolean, measure: FontMeasure): number {
  if (measure === 'mono') return 600;
  const code = character.codePointAt(0)!;
  if (code >= 32 && code <= 126) return TABLES[measure === 'serif' || measure === 'calibri' ? measure : 'sans'][bold ? 1 : 0][code - 32]!;
  const known = OTHER[character];
  if (known !== undefined) return known;
  // An accented letter is as wide as its letter: é as e, Ç as C.
  const base = character.normalize('NFD')[0];
  return base !== undefined && base !== character ? advance(base, bold, measure) : UNKNOWN;
}

/** The text's width in twips at a size in half-points, as Word stores sizes (no kerning, as Word's default). */
export function textWidth(text: string, halfPoints: number, bold: boolean, measure: FontMeasure = 'sans'): number {
  const ems = [...text].reduce((sum, character) => sum + advance(character, bold, measure), 0) / 1000;
  // One em is the font size: half-points × 10 twips.
  return ems * halfPoints * 10 * (measure === 'unknown' ? UNKNOWN_FONT_SCALE : 1);
}
