// What the person decides before an import: which ARGO group or endpoint, which metric
// receives each series, the unit of ticket response times, the month M1 is. Proposed from
// names first, so most imports need no change.
import type { Report } from '../report-schema';
import { proposeMetric } from './name-matching';
import { TICKET_PRIORITIES, type ArgoEntry, type ArgoSource, type ImportSource, type ResponseUnit } from './source-types';
import { nameInMessage } from '../message-names';

export interface ImportChoices {
  /** ARGO: the id of the entry whose figures are imported (from the source's entries); null: not chosen yet. */
  entry: string | null;
  /** Each series the source offers (see importableSeries) → the id of the metric receiving it; null or absent: left out. */
  mapping: Readonly<Record<string, string | null>>;
  /** Ticket exports: the unit the response times are written in. */
  responseUnit: ResponseUnit;
  /** Working hours in a working day, to turn hours into working days. */
  hoursPerWorkingDay: number;
  /** YYYY-MM of M1, for a report whose months are only numbered (no start month); else unused. */
  firstMonth: string | null;
}

export const DEFAULT_HOURS_PER_WORKING_DAY = 8;

/** The ARGO series: availability and reliability, named as ARGO names them. */
export const ARGO_SERIES = ['availability', 'reliability'] as const;

/** The names of what a source can put into metrics, in the order to show them. */
export function importableSeries(source: ImportSource): string[] {
  if (source.kind === 'argo') return [...ARGO_SERIES];
  if (source.kind === 'spreadsheet') return source.series.map((series) => series.name);
  const present = new Set(source.tickets.map((ticket) => ticket.priority));
  return TICKET_PRIORITIES.filter((priority) => present.has(priority.name)).map((priority) => priority.name);
}

/** The entries a person can choose: those with results of their own. */
export function selectableEntries(source: ArgoSource): ArgoEntry[] {
  return source.entries.filter((entry) => entry.results.length > 0);
}

/** "GROUP_A / ST01 (SITES)", with what else the file says of it. */
export function describeEntry(entry: ArgoEntry): string {
  return `${entry.id} (${entry.type}${entry.details === null ? '' : `; ${entry.details}`})`;
}

/** Each series to the metric its name proposes, a metric never proposed twice. */
export function proposeMapping(source: ImportSource, report: Report): Record<string, string | null> {
  const taken = new Set<string>();
  const mapping: Record<string, string | null> = {};
  for (const name of importableSeries(source)) {
    const metric = proposeMetric(name, report, taken);
    mapping[name] = metric;
    if (metric !== null) taken.add(metric);
  }
  return mapping;
}

/** Choices to start from: the only entry there is, metrics by name, the unit a heading names. */
export function proposeChoices(source: ImportSource, report: Report): ImportChoices {
  const selectable = source.kind === 'argo' ? selectableEntries(source) : [];
  return {
    entry: selectable.length === 1 ? selectable[0]!.id : null,
    mapping: proposeMapping(source, report),
    responseUnit: source.kind === 'tickets' ? (source.headingUnit ?? 'working-days') : 'working-days',
    hoursPerWorkingDay: DEFAULT_HOURS_PER_WORKING_DAY,
    firstMonth: null,
  };
}

/** Path parts however they are spaced: "GROUP_A/ST01" is "GROUP_A / ST01". */
function pathOf(text: string): string {
  return text
    .split('/')
    .map((part) => part.trim())
    .join(' / ');
}

/**
 * The entry a person names (as --group does): its id or path ("GROUP_A / ST01", "GROUP_A/ST01"),
 * its name where only one entry has it, or the end of its path ("ST01/service_a/e01").
 */
export function findEntry(source: ArgoSource, text: string): { ok: true; entry: ArgoEntry } | { ok: false; message: string } {
  const wanted = pathOf(text);
  const exact = source.entries.find((entry) => entry.id === wanted);
  if (exact !== undefined) return { ok: true, entry: exact };
  const lower = wanted.toLowerCase();
  const byEnd = source.entries.filter((entry) => entry.name.toLowerCase() === lower || entry.id.toLowerCase().endsWith(` / ${lower}`) || entry.id.toLowerCase() === lower);
  if (byEnd.length === 1) return { ok: true, entry: byEnd[0]! };
  if (byEnd.length > 1) return { ok: false, message: `"${nameInMessage(text)}" names ${byEnd.length} entries in "${nameInMessage(source.fileName)}" (${byEnd.map((entry) => entry.id).join('; ')}); give its path` };
  const names = selectableEntries(source).map((entry) => entry.id);
  return { ok: false, message: `"${nameInMessage(source.fileName)}" has no group or endpoint "${nameInMessage(text)}" (it holds ${names.join('; ')})` };
}
