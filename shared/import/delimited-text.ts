// Rows of a spreadsheet saved as CSV or TSV: RFC 4180 quoting, and the separators spreadsheets
// really write (a comma; a semicolon where the decimal mark is a comma, as French Excel saves;
// a tab for TSV and Excel's "Unicode text").

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

/** The separator of the header line: a tab for .tsv, else whichever splits the header most. */
function chooseSeparator(firstLine: string, fileName: string): Separator {
  if (/\.tsv$/i.test(fileName)) return '\t';
  const counts = ([',', ';', '\t'] as const).map((separator) => ({ separator, count: splitLine(firstLine, separator).length }));
  counts.sort((a, b) => b.count - a.count);
  return counts[0]!.count > 1 ? counts[0]!.separator : ',';
}

// Only for counting columns in the header; quotes are honoured so "Availability, %" is one.
function splitLine(line: string, separator: Separator): string[] {
  const cells: string[] = [''];
  let quoted = false;
  for (const character of line) {
    if (character === '"') quoted = !quoted;
    else if (character === separator && !quoted) cells.push('');
  }
  return cells;
}

/** Parses the whole text; a quote left open is a problem with its line. Never throws. */
export function readDelimitedText(text: string, fileName: string): DelimitedReading {
  const body = text.startsWith('\ufeff') ? text.slice(1) : text;
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const separator = chooseSeparator(firstLine, fileName);
  const records: DelimitedRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 0;
  let cellStarted = false;
  const endCell = () => {
    cells.push(cell);
    cell = '';
    cellStarted = false;
  };
  const endRecord = () => {
    endCell();
    records.push({ line: recordLine, cells });
    cells = [];
  };
  for (let index = 0; index < body.length; index += 1) {
    const character = body[index]!;
    if (quoted) {
      if (character === '"') {
        if (body[index + 1] === '"') {
          cell += '"';
          index += 1;
        } else quoted = false;
      } else {
        if (character === '\n') line += 1;
        cell += character;
      }
      continue;
    }
    if (character === '"' && !cellStarted) {
      quoted = true;
      cellStarted = true;
      quoteLine = line;
    } else if (character === separator) endCell();
    else if (character === '\n' || character === '\r') {
      if (character === '\r' && body[index + 1] === '\n') index += 1;
      endRecord();
      line += 1;
      recordLine = line;
    } else {
      // A quote inside an unquoted cell (5" screen) is kept as written, as spreadsheets do.
      cell += character;
      if (character !== ' ') cellStarted = true;
    }
  }
  if (quoted) return { ok: false, message: `line ${quoteLine}: a quote (") opens a cell that is never closed` };
  if (cell !== '' || cells.length > 0) endRecord();
  const nonEmpty = records.filter((record) => record.cells.some((value) => value.trim() !== ''));
  const [header, ...rows] = nonEmpty;
  if (header === undefined) return { ok: false, message: 'the file is empty' };
  return { ok: true, table: { separator, header: header.cells.map((name) => name.trim()), rows } };
}
