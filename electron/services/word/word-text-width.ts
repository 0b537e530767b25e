// How wide a line of text is in Arial, or in Liberation Sans, which LibreOffice swaps in with
// the same advance widths, so table columns can be sized to hold what they show. Measured
// here from a table rather than from the fonts of the machine exporting: they may not be there.

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
/** The few other characters a table shows, the same in both weights (the wider where not). */
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

function advance(character: string, bold: boolean): number {
  const code = character.codePointAt(0)!;
  if (code >= 32 && code <= 126) return (bold ? ASCII_BOLD : ASCII_REGULAR)[code - 32]!;
  const known = OTHER[character];
  if (known !== undefined) return known;
  // An accented letter is as wide as its letter in Arial: é as e, Ç as C.
  const base = character.normalize('NFD')[0];
  return base !== undefined && base !== character ? advance(base, bold) : UNKNOWN;
}

/** The text's width in twips at a size in half-points, as Word stores sizes (no kerning, as Word's default). */
export function textWidth(text: string, halfPoints: number, bold: boolean): number {
  const ems = [...text].reduce((sum, character) => sum + advance(character, bold), 0) / 1000;
  // One em is the font size: half-points × 10 twips.
  return ems * halfPoints * 10;
}
