// The .rdesk file: UTF-8 JSON with a format marker and a schema version. Reading goes
// through migrations to the current shape and then the one validator; nothing half-read.
import type { z } from 'zod';
import { FORMAT_MARKER, SCHEMA_VERSION, reportSchema, type Report } from './report-schema';
import { migrations } from './migrations';
import { refreshDrafts } from './drafting';
import { monthLabel } from './periods';

export const REPORT_FILE_EXTENSION = '.rdesk';

/** Whether a path names a report file by its extension: the only files the app opens. */
export function isReportFilePath(path: string): boolean {
  return path.toLowerCase().endsWith(REPORT_FILE_EXTENSION);
}

/** Why another kind of file is not opened, in the words both main and the window use. */
export function notAReportFileMessage(fileName: string): string {
  return `"${fileName}" could not be opened: Report Desk opens reports saved as ${REPORT_FILE_EXTENSION} files.`;
}

export type ReadResult =
  | { ok: true; report: Report; migratedFrom: number | null }
  | { ok: false; message: string; problems: string[] };

function failure(message: string, problems: string[] = [message]): ReadResult {
  return { ok: false, message, problems };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads the text of a .rdesk file. Never throws: every problem comes back as a sentence. */
export function readReportText(text: string): ReadResult {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return failure('The file is empty: it holds no report.');
  if (body.startsWith('PK')) return failure('This is a Word document or another zip file, not a Report Desk report (.rdesk).');
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return failure(`The file is cut short or damaged: it is not complete JSON (${detail}).`);
  }
  return readReportData(data);
}

/** Validates already-parsed data (a file's JSON, or a report sent over IPC). */
export function readReportData(data: unknown): ReadResult {
  if (!isRecord(data) || data.format !== FORMAT_MARKER) {
    return failure(`This is not a Report Desk report: it lacks the "${FORMAT_MARKER}" format marker.`);
  }
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return failure('This report has no valid schema version, so it cannot be read safely.');
  }
  if (version > SCHEMA_VERSION) {
    return failure(
      `This report was saved by a newer Report Desk (file format ${version}; this version reads up to ${SCHEMA_VERSION}). Update Report Desk to open it.`,
    );
  }
  let current: unknown = data;
  for (let from = version; from < SCHEMA_VERSION; from += 1) {
    const migrate = migrations[from];
    if (migrate === undefined) return failure(`No migration from file format ${from} is known.`);
    try {
      current = migrate(current);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return failure(`This report uses file format ${from} and could not be brought up to date: ${detail}`);
    }
  }
  const parsed = reportSchema.safeParse(current, { reportInput: true });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => describeIssue(issue, current));
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more ${problems.length === 2 ? 'problem' : 'problems'})` : '';
    return failure(`${problems[0]}${more}`, problems);
  }
  return { ok: true, report: parsed.data, migratedFrom: version === SCHEMA_VERSION ? null : version };
}

/**
 * The file's text: drafts brought up to date so the file reads as the report does, keys in
 * the schema's order so files diff cleanly. Throws on an invalid report: never write one.
 */
export function writeReportText(report: Report): string {
  const parsed = reportSchema.safeParse(refreshDrafts(report), { reportInput: true });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(issue === undefined ? 'The report is not valid.' : describeIssue(issue, report));
  }
  return `${JSON.stringify(parsed.data, null, 2)}\n`;
}

function describeInput(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input === null) return 'an empty value';
  if (typeof input === 'string') return `"${input.length > 40 ? `${input.slice(0, 40)}…` : input}"`;
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'an object';
  return String(input);
}

function nameAt(data: unknown, ...path: (string | number)[]): string | null {
  let cursor: unknown = data;
  for (const step of path) {
    if (!isRecord(cursor) && !Array.isArray(cursor)) return null;
    cursor = (cursor as Record<string | number, unknown>)[step];
  }
  return typeof cursor === 'string' && cursor.trim() !== '' ? cursor : null;
}

const fieldWords: Record<string, string> = {
  pm: 'person-months',
  plannedPm: 'planned person-months',
  target: 'target',
  name: 'name',
  unit: 'unit',
  direction: 'direction',
  start: 'start month',
  months: 'number of months',
  monthLabels: 'month label style',
  text: 'text',
  edited: 'edited mark',
};

/** Says where a problem is in words a person knows: "Reliability, M5", "Effort, Pierre Frebault: person-months". */
export function describePlace(path: readonly PropertyKey[], data: unknown): string {
  const [area, index, field, month] = path;
  if (area === 'metrics' && typeof index === 'number') {
    const group = nameAt(data, 'metrics', index, 'group');
    const key = nameAt(data, 'metrics', index, 'key');
    const name = group !== null && key !== null ? `${group} ${key}` : (nameAt(data, 'metrics', index, 'name') ?? `Metric ${index + 1}`);
    if (field === 'values' && typeof month === 'number') {
      const meta = isRecord(data) && isRecord(data.meta) ? data.meta : null;
      const start = meta !== null && isRecord(meta.period) && typeof meta.period.start === 'string' ? meta.period.start : null;
      const style = meta?.monthLabels === 'month-names' ? 'month-names' : 'numbered';
      return `${name}, ${monthLabel({ period: { start, months: month + 1 }, monthLabels: style }, month)}`;
    }
    // The whole list of values: the message itself says "has 5 monthly values".
    if (field === undefined || field === 'values') return name;
    return `${name}: ${fieldWords[String(field)] ?? String(field)}`;
  }
  if (area === 'effort' && index === 'people' && typeof field === 'number') {
    const person = nameAt(data, 'effort', 'people', field) ?? `person ${field + 1}`;
    return `Effort, ${person}${month === undefined ? '' : `: ${fieldWords[String(month)] ?? String(month)}`}`;
  }
  if (area === 'effort') return `Effort: ${fieldWords[String(index)] ?? String(index)}`;
  if (area === 'sections') return `Section "${String(index)}"${field === undefined ? '' : `: ${fieldWords[String(field)] ?? String(field)}`}`;
  if (area === 'meta') {
    const last = path.at(-1);
    return `Report details: ${fieldWords[String(last)] ?? String(last)}`;
  }
  return path.length === 0 ? 'The report' : path.map(String).join('.');
}

function describeIssue(issue: z.core.$ZodIssue, data: unknown): string {
  const place = describePlace(issue.path, data);
  if (issue.code === 'invalid_type') {
    const expected = issue.expected === 'number' ? 'a number' : issue.expected === 'string' ? 'text' : `${issue.expected}`;
    return `${place}: expected ${expected}, got ${describeInput(issue.input)}`;
  }
  return `${place}: ${issue.message}`;
}
