// Rows of a spreadsheet saved as CSV or TSV: RFC 4180 quoting (read by papaparse, through
// shared/csv), and the separators spreadsheets really write (a comma; a semicolon where the
// decimal mark is a comma, as French Excel saves; a tab for TSV and Excel's "Unicode text").
import { readCsvRecords } from '../csv/csv-text';

export type Separator = ',' | ';' | '\t';

export interface DelimitedRow {
  /** The row's line in the file (1-based), for messages; a quoted line break makes rows span lines. */
  line: number;
  cells: string[];
}

export interface DelimitedText {
  separator: Separator;
  header: string[];
  rows: DelimitedRow[];
}

export type DelimitedReading = { ok: true; table: DelimitedText } | { ok: false; message: string };

export const SEPARATOR_NAMES: Readonly<Record<Separator, string>> = { ',': 'commas', ';': 'semicolons', '\t': 'tabs' };

const SEPARATORS: readonly Separator[] = [',', ';', '\t'];

/**
 * The separator of the header line: a tab for .tsv, else whichever splits the header into the
 * most cells (a comma inside quotes, "Availability, %", splits nothing).
 */
function chooseSeparator(firstLine: string, fileName: string): Separator {
  if (/\.tsv$/i.test(fileName)) return '\t';
  const counts = SEPARATORS.map((separator) => {
    const read = readCsvRecords(firstLine, separator);
    return { separator, count: read.ok ? (read.records[0]?.cells.length ?? 0) : 0 };
  });
  counts.sort((a, b) => b.count - a.count);
  return counts[0]!.count > 1 ? counts[0]!.separator : ',';
}

/** Parses the whole text; a quote left open is a problem with its line. Never throws. */
export function readDelimitedText(text: string, fileName: string): DelimitedReading {
  const body = text.startsWith('\ufeff') ? text.slice(1) : text;
  const firstLine = body.split(/\r\n|\n|\r/, 1)[0] ?? '';
  const separator = chooseSeparator(firstLine, fileName);
  const read = readCsvRecords(body, separator);
  if (!read.ok) return read;
  const nonEmpty = read.records.filter((record) => record.cells.some((value) => value.trim() !== ''));
  const [header, ...rows] = nonEmpty;
  if (header === undefined) return { ok: false, message: 'the file is empty' };
  return { ok: true, table: { separator, header: header.cells.map((name) => name.trim()), rows } };
}
