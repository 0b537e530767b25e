// How wide a text is drawn in the window's font, measured on a canvas: the grid sets its
// columns' widths from what they show (table-layout: fixed), so an edit never makes the
// browser lay the whole table out again to find them.

export interface TextFont {
  size: number;
  weight: 400 | 500 | 600;
}

export const CELL_TEXT: TextFont = { size: 14, weight: 400 };
/** Missed figures and totals are set in bold: measured so, they fit either way. */
export const CELL_STRONG: TextFont = { size: 14, weight: 600 };
export const NAME_TEXT: TextFont = { size: 14, weight: 500 };
export const HEADING_TEXT: TextFont = { size: 12, weight: 600 };
export const SMALL_TEXT: TextFont = { size: 11, weight: 500 };

const MAX_CACHED = 50_000;

let context: CanvasRenderingContext2D | null | undefined;
let family = 'sans-serif';
let currentFont = '';
const widths = new Map<string, number>();

function measuringContext(): CanvasRenderingContext2D | null {
  if (context === undefined) {
    context = document.createElement('canvas').getContext('2d');
    // Read once: the page's font list (theme.css), as the cells inherit it.
    family = getComputedStyle(document.body).fontFamily || family;
  }
  return context;
}

/** The width in CSS pixels of `text` in the window's font at `font`. */
export function textWidth(text: string, font: TextFont): number {
  // The grid sets figures in tabular digits, all as wide as each other: "99.94" and "12.05" are
  // one measurement, not two thousand for a 36 × 60 report.
  const key = `${font.size}/${font.weight}/${text.replace(/[0-9]/g, '0')}`;
  const known = widths.get(key);
  if (known !== undefined) return known;
  const canvas = measuringContext();
  let width: number;
  if (canvas === null) {
    width = text.length * font.size * 0.6;
  } else {
    const css = `${font.weight} ${font.size}px ${family}`;
    if (css !== currentFont) {
      canvas.font = css;
      currentFont = css;
    }
    width = canvas.measureText(text.replace(/[0-9]/g, '0')).width;
  }
  if (widths.size > MAX_CACHED) widths.clear();
  widths.set(key, width);
  return width;
}

/** The widest of a heading's words: headings wrap between words, never inside one. */
export function longestWordWidth(text: string, font: TextFont): number {
  return Math.max(0, ...text.split(/\s+/).map((word) => textWidth(word, font)));
}
