// CSV and TSV through one library (papaparse), both ways: the import reads spreadsheets'
// files with it, the history writes its table with it. Pure TypeScript over strings: main, the
// window and the command line all call it.
import Papa from 'papaparse';

export interface CsvRecord {
  /** The record's first line in the file (1-based), for messages; a quoted line break makes a record span lines. */
  line: number;
  cells: string[];
}

export type CsvReading = { ok: true; records: CsvRecord[] } | { ok: false; message: string };

const BOM = '\ufeff';

/** The 1-based line of each offset asked for in order: counts the line breaks once, as it goes. */
function lineCounter(text: string): (offset: number) => number {
  let counted = 0;
  let line = 1;
  return (offset) => {
    for (; counted < offset; counted += 1) {
      const character = text[counted];
      // \r\n is one break; a lone \r (old Mac files) is one too.
      if (character === '\n' || (character === '\r' && text[counted + 1] !== '\n')) line += 1;
    }
    return line;
  };
}

/**
 * Every record of the text, cells as written (quotes taken off, "" read as "), with the line each
 * starts on. A quote left open is a problem naming its line. Never throws.
 */
export function readCsvRecords(text: string, delimiter: string): CsvReading {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  const lineAt = lineCounter(body);
  let start = 0;
  let openQuote: number | null = null;
  try {
    Papa.parse(body, {
      delimiter,
      quoteChar: '"',
      escapeChar: '"',
      skipEmptyLines: false,
      step: (result) => {
        if (result.errors.some((error) => error.code === 'MissingQuotes')) openQuote ??= start;
        records.push({ line: lineAt(start), cells: result.data });
        // The cursor stands past this record's line break: where the next one starts.
        start = result.meta.cursor;
      },
    });
  } catch {
    return { ok: false, message: 'its text could not be read as rows and cells' };
  }
  if (openQuote !== null) {
    const quote = body.indexOf('"', openQuote);
    return { ok: false, message: `line ${lineAt(quote === -1 ? openQuote : quote)}: a quote (") opens a cell that is never closed` };
  }
  return { ok: true, records };
}

// A cell a spreadsheet would run as a formula (=, +, @, or - before anything but a number) is
// written with a leading apostrophe; figures, negative ones included, stay figures.
const FORMULA_START = /^[=+@\t\r]|^-(?![\d.,]+$)/;

/**
 * The rows as CSV that spreadsheets open cleanly: UTF-8 with a byte-order mark (Excel reads
 * accents right only with it), commas, CRLF line ends, a cell quoted only where it needs it
 * (a comma, a quote, a line break, spaces at either end).
 */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  return `${BOM}${Papa.unparse(rows, { delimiter: ',', newline: '\r\n', quoteChar: '"', escapeChar: '"', escapeFormulae: FORMULA_START })}\r\n`;
}
