// One entry for every kind of source: the file's text in, what it holds out (or why not).
import { readArgoJson, readArgoXml } from './argo-results';
import { readDelimitedText } from './delimited-text';
import { readSpreadsheet } from './spreadsheet-figures';
import { findTicketColumns, readTicketExport } from './ticket-export';
import type { SourceReading } from './source-types';
import { nameInMessage } from '../message-names';

/** The kinds of file an import reads, for an open dialog's filter. */
export const IMPORT_FILE_EXTENSIONS = ['json', 'xml', 'csv', 'tsv', 'txt'] as const;

/**
 * Reads a file to import from: ARGO results (JSON or XML, told by the first character), else
 * a ticket export (a Priority and a Response column) or a spreadsheet (a month column).
 * `fileName` names the file in messages. Never throws.
 */
export function readImportSource(fileName: string, text: string): SourceReading {
  const body = text.startsWith('\ufeff') ? text.slice(1) : text;
  const start = body.trimStart();
  if (start === '') return { ok: false, message: `"${nameInMessage(fileName)}" is empty.` };
  if (start.startsWith('{') || start.startsWith('[') || /\.json$/i.test(fileName)) return readArgoJson(fileName, body);
  if (start.startsWith('<') || /\.xml$/i.test(fileName)) return readArgoXml(fileName, body);
  const table = readDelimitedText(body, fileName);
  if (!table.ok) return { ok: false, message: `"${nameInMessage(fileName)}" could not be read as CSV: ${table.message}.` };
  if (table.table.rows.length === 0) return { ok: false, message: `"${nameInMessage(fileName)}" has headings but no rows.` };
  const ticketColumns = findTicketColumns(table.table.header);
  if (ticketColumns !== null) return readTicketExport(fileName, table.table, ticketColumns);
  return readSpreadsheet(fileName, table.table);
}
