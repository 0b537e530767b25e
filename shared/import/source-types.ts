// What a file to import from holds, once read: ARGO results, a spreadsheet, or a ticket export.
import type { Separator } from './delimited-text';

/** One monthly figure a source gives. */
export interface SourceFigure {
  /** YYYY-MM */
  month: string;
  /** At the precision given: "99.99999900000002" stays 99.99999900000002. */
  value: number;
  /** The figure as the file wrote it ("99.99999900000002"), or how it was made ("mean of 3 tickets"). */
  given: string;
  /** Where in the file, for a person: "GROUP_A / ST01, 2015-06", "row 4". */
  where: string;
}

/** A named run of monthly figures: availability, a spreadsheet's column, a ticket priority. */
export interface SourceSeries {
  name: string;
  figures: SourceFigure[];
}

export interface ArgoResult {
  /** As given: 2015-06 (monthly), 2015-06-22 (daily). */
  date: string;
  availability: string;
  reliability: string;
  /** Fractions of the day or month, where ARGO gives them (endpoint groups and below). */
  unknown: string | null;
  uptime: string | null;
  downtime: string | null;
}

export type ArgoGranularity = 'monthly' | 'daily' | 'mixed' | 'none';

/** A group, endpoint group, service flavour or endpoint in an ARGO results file. */
export interface ArgoEntry {
  /** Its path joined with " / ": "GROUP_A / ST01". Unique in the file. */
  id: string;
  name: string;
  /** ARGO's type as the file gives it: GROUP, SITES, SITE, service, endpoint. */
  type: string;
  /** Names from the top of the file down to this one. */
  path: string[];
  /** What else the file says of it: "resource id simple-queue, service service.queue". */
  details: string | null;
  results: ArgoResult[];
  granularity: ArgoGranularity;
  /** Results that could not be read, as sentences. */
  problems: string[];
}

export interface ArgoSource {
  kind: 'argo';
  fileName: string;
  format: 'json' | 'xml';
  /** Every entry in file order, parents before their children; some hold no results of their own. */
  entries: ArgoEntry[];
}

export interface SpreadsheetSource {
  kind: 'spreadsheet';
  fileName: string;
  separator: Separator;
  monthColumn: string;
  /** A series per column but the month column, named by its heading. */
  series: SourceSeries[];
  problems: string[];
  notes: string[];
}

/** The helpdesk's ticket priorities and the Support priority keys they go into. */
export const TICKET_PRIORITIES = [
  { name: 'less urgent', key: 'lu' },
  { name: 'urgent', key: 'u' },
  { name: 'very urgent', key: 'vu' },
  { name: 'top priority', key: 'tp' },
] as const;

export type TicketPriority = (typeof TICKET_PRIORITIES)[number]['name'];

export interface Ticket {
  /** The ticket's line in the file. */
  line: number;
  priority: TicketPriority;
  month: string;
  /** The response time as written, in the unit the person says the export uses. */
  response: number;
}

export interface TicketSource {
  kind: 'tickets';
  fileName: string;
  /** The headings of the columns read. */
  columns: { priority: string; date: string; response: string };
  tickets: Ticket[];
  /** What the response column's heading says of its unit, when it says: 'hours' or 'working-days'. */
  headingUnit: ResponseUnit | null;
  problems: string[];
  notes: string[];
}

export type ResponseUnit = 'working-days' | 'hours';

export type ImportSource = ArgoSource | SpreadsheetSource | TicketSource;

export type SourceReading = { ok: true; source: ImportSource } | { ok: false; message: string };
