// Reading a block copied from Excel or LibreOffice: tab-separated cells, rows ended by
// \r\n or \n, usually with a trailing newline; a cell holding a tab, newline or quote
// comes quoted ("a ""b"""), as both programs write it.

/** True when the text is more than one cell, so it should fill a block rather than one entry. */
export function isBlockPaste(text: string): boolean {
  return /[\t\r\n]/.test(text.replace(/(\r\n|\n|\r)$/, ''));
}

export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let index = 0;
  let atCellStart = true;
  while (index < text.length) {
    const char = text[index]!;
    if (atCellStart && char === '"') {
      const closing = readQuoted(text, index + 1);
      if (closing !== null) {
        cell = closing.value;
        index = closing.end;
        atCellStart = false;
        continue;
      }
    }
    atCellStart = false;
    if (char === '\t') {
      row.push(cell);
      cell = '';
      atCellStart = true;
    } else if (char === '\n' || char === '\r') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      atCellStart = true;
      if (char === '\r' && text[index + 1] === '\n') index += 1;
    } else {
      cell += char;
    }
    index += 1;
  }
  // A trailing newline ends the last row; it does not start an empty one.
  if (!atCellStart || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  // Blank lines at the end are the copy's padding, not cells to clear.
  while (rows.length > 0 && rows.at(-1)!.every((value) => value.trim() === '')) rows.pop();
  return rows;
}

/** A quoted cell only counts if its closing quote is followed by a separator or the end. */
function readQuoted(text: string, start: number): { value: string; end: number } | null {
  let value = '';
  let index = start;
  while (index < text.length) {
    const char = text[index]!;
    if (char === '"') {
      if (text[index + 1] === '"') {
        value += '"';
        index += 2;
        continue;
      }
      const after = text[index + 1];
      if (after === undefined || after === '\t' || after === '\n' || after === '\r') return { value, end: index + 1 };
      return null;
    }
    value += char;
    index += 1;
  }
  return null;
}
