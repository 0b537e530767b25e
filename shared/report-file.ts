// The .rdesk file: UTF-8 JSON with a format marker and a schema version. Reading goes
// through migrations to the current shape and then the one validator; nothing half-read.
import { z } from 'zod';
import { FORMAT_MARKER, MONTH_KEY_PATTERN, SCHEMA_VERSION, reportSchema, type Report } from './report-schema';
import { migrateToCurrent, migrations, type VersionedFormat } from './migrations';
import { TEMPLATE_FORMAT_MARKER } from './templates/template-marker';
import { refreshDrafts } from './section-text';
import { monthLabel } from './periods';
import { metricLabel } from './metric-label';
import { unitWarnings } from './figure-text';
import { namedSection, sectionNumbers } from './section-numbers';
import { isRecord } from './is-record';
import { nameInMessage } from './message-names';
import { REPORT_FILE_EXTENSION } from './report-constants';

export { REPORT_FILE_EXTENSION, isReportFilePath, notAReportFileMessage } from './report-constants';

export type ReadResult =
  /** warnings: what the file holds that is kept but is wrong (a figure its unit cannot hold), as sentences naming where. */
  | { ok: true; report: Report; migratedFrom: number | null; warnings: string[] }
  | { ok: false; message: string; problems: string[] };

function failure(message: string, problems: string[] = [message]): ReadResult {
  return { ok: false, message, problems };
}

/** A file's JSON, or why its text is none: empty, a zip, cut short. The app's files all begin here. */
export function parseFileJson(text: string, noun: string, extension: string): { ok: true; data: unknown } | { ok: false; message: string } {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { ok: false, message: `The file is empty: it holds no ${noun}.` };
  if (body.startsWith('PK')) return { ok: false, message: `This is a Word document or another zip file, not a Report Desk ${noun} (${extension}).` };
  try {
    return { ok: true, data: JSON.parse(body) as unknown };
  } catch (error) {
    return { ok: false, message: `The file is cut short or damaged: it is not complete JSON (${whereJsonBreaks(body, error)}).` };
  }
}

/** Reads the text of a .rdesk file. Never throws: every problem comes back as a sentence. */
export function readReportText(text: string): ReadResult {
  try {
    const json = parseFileJson(text, 'report', REPORT_FILE_EXTENSION);
    return json.ok ? readReportData(json.data) : failure(json.message);
  } catch {
    return unreadable();
  }
}

/** The last word of any reader: a sentence about the file, never a JavaScript error. */
function unreadable(): ReadResult {
  return failure('This file could not be read as a report: its content is not in a form Report Desk understands.');
}

/**
 * Where JSON.parse stopped, as a line and column; never the text around it, which would show
 * what another kind of file holds.
 */
function whereJsonBreaks(body: string, error: unknown): string {
  const message = error instanceof Error ? error.message : '';
  const position = /at position (\d+)/.exec(message);
  if (position === null) return /end of JSON input/.test(message) ? 'it ends too soon' : 'it breaks off or holds something other than JSON';
  const offset = Number(position[1]);
  if (offset >= body.trimEnd().length) return 'it ends too soon';
  const before = body.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `the problem is at line ${line}, column ${column}`;
}

/** Validates already-parsed data (a file's JSON, or a report sent over IPC). Never throws. */
export function readReportData(data: unknown): ReadResult {
  try {
    return readData(data);
  } catch {
    return unreadable();
  }
}

/** The report file's format: its marker, version and migrations. */
const REPORT_FORMAT: VersionedFormat = {
  marker: FORMAT_MARKER,
  current: SCHEMA_VERSION,
  steps: migrations,
  noun: 'report',
  others: { [TEMPLATE_FORMAT_MARKER]: 'This is a Report Desk template, not a report: use New Report from Template… to start a report from it.' },
};

function readData(data: unknown): ReadResult {
  const migrated = migrateToCurrent(data, REPORT_FORMAT);
  if (!migrated.ok) return failure(migrated.message);
  const current = migrated.data;
  const version = migrated.from;
  const parsed = reportSchema.safeParse(current, { error: plainMessage });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => describeIssue(issue, current));
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more ${problems.length === 2 ? 'problem' : 'problems'})` : '';
    return failure(`${problems[0]}${more}`, problems);
  }
  return { ok: true, report: parsed.data, migratedFrom: version === SCHEMA_VERSION ? null : version, warnings: unitWarnings(parsed.data) };
}

/**
 * The file's text: drafts brought up to date so the file reads as the report does, keys in
 * the schema's order so files diff cleanly. Throws on an invalid report: never write one.
 */
export function writeReportText(report: Report): string {
  const parsed = reportSchema.safeParse(refreshDrafts(report), { error: plainMessage });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(issue === undefined ? 'The report is not valid.' : describeIssue(issue, report));
  }
  return `${JSON.stringify(parsed.data, null, 2)}\n`;
}

/** What a wrong value is, by its kind: a message names the place, never echoes the file's content. */
function describeInput(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input === null) return 'an empty value';
  if (typeof input === 'string') return input.trim() === '' ? 'empty text' : 'text';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'a group of fields';
  return KIND_WORDS[typeof input] ?? 'another kind of value';
}

const KIND_WORDS: Record<string, string> = {
  number: 'a number',
  string: 'text',
  boolean: 'true or false',
  object: 'a group of fields',
  array: 'a list',
};

/** A bound worth stating: zod fills in the safe-integer range for a whole number without one. */
function statedBound(value: number | null): number | null {
  return value !== null && Number.isFinite(value) && Math.abs(value) < Number.MAX_SAFE_INTEGER ? value : null;
}

/** "must be a whole number from 1 to 36": the whole rule of a number field, read from its schema. */
function numberRule(issue: z.core.$ZodRawIssue): string | null {
  if (!(issue.schema instanceof z.ZodNumber)) return null;
  const kind = issue.schema.isInt ? 'a whole number' : 'a number';
  const min = statedBound(issue.schema.minValue);
  const max = statedBound(issue.schema.maxValue);
  if (min !== null && max !== null) return `must be ${kind} from ${min} to ${max}`;
  if (min === 0 && !issue.schema.isInt) return 'cannot be negative';
  if (min !== null) return `must be ${kind} of at least ${min}`;
  if (max !== null) return `must be ${kind} of at most ${max}`;
  return `must be ${kind}`;
}

/** zod's own messages in plain words; a message the schema states itself still wins. */
export function plainMessage(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.input === undefined) return 'is missing';
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'int') return numberRule(issue) ?? 'must be a whole number';
      return `expected ${KIND_WORDS[issue.expected] ?? issue.expected}, got ${describeInput(issue.input)}`;
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const bound = Number(small ? issue.minimum : issue.maximum);
      if (issue.origin === 'number') return numberRule(issue) ?? `must be ${small ? 'at least' : 'at most'} ${bound}`;
      if (issue.origin === 'string' && small && bound === 1) return 'cannot be empty';
      const unit = issue.origin === 'string' ? 'characters' : 'entries';
      return `must have ${small ? 'at least' : 'at most'} ${bound} ${unit}`;
    }
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      return `must be ${allowed.length === 1 ? allowed[0] : `one of: ${allowed.join(', ')}`}`;
    }
    case 'invalid_format':
      return 'is not written in the expected form';
    case 'invalid_union':
      // A section of a kind no Report Desk knows: the kinds it knows, in a list.
      return 'discriminator' in issue && Array.isArray(issue.options) ? `must be one of: ${issue.options.map(String).join(', ')}` : undefined;
    default:
      return undefined;
  }
}

/** The text at a path of what a file holds, where it is text with words in it. */
export function nameAt(data: unknown, ...path: (string | number)[]): string | null {
  let cursor: unknown = data;
  for (const step of path) {
    if (!isRecord(cursor) && !Array.isArray(cursor)) return null;
    cursor = (cursor as Record<string | number, unknown>)[step];
  }
  return typeof cursor === 'string' && cursor.trim() !== '' ? cursor : null;
}

/** The report's top-level parts, by the names the window gives them. */
export const AREA_WORDS: Record<string, string> = {
  format: 'The format marker',
  version: 'The file format version',
  meta: 'Report details',
  effort: 'Effort',
  metrics: 'Metrics',
  sections: 'Sections',
  previous: "Last period's report",
  exportOptions: 'Word export options',
  wordTemplate: 'Word template',
};

// Names that take "are": "Metrics are missing", but "Effort is missing".
const PLURAL_AREAS = new Set(['meta', 'metrics', 'sections', 'exportOptions']);

/** Every field below the top level, in words; a key in more than one place means the same in each. */
export const FIELD_WORDS: Record<string, string> = {
  id: 'id',
  name: 'name',
  people: 'list of people',
  pm: 'person-months',
  plannedPm: 'planned person-months',
  unit: 'unit',
  direction: 'direction',
  target: 'target',
  targetLabel: 'target wording',
  decimals: 'decimal places',
  group: 'group',
  key: 'name within the group',
  values: 'monthly values',
  title: 'report title',
  organisation: 'organisation',
  service: 'service',
  agreement: 'agreement',
  author: 'author',
  period: 'period',
  start: 'start month',
  months: 'number of months',
  monthLabels: 'month labels',
  text: 'text',
  edited: 'edited mark',
  foreseen: 'foreseen text',
  groupStyle: 'grouped metrics layout',
  includeCharts: 'include charts',
  includePrevious: 'previous-period column',
  language: 'language',
  notes: 'notes',
  sources: 'sources',
  month: 'month',
  happened: 'what happened',
  measure: 'measure planned',
  file: 'source file',
  importedOn: 'day of import',
  label: 'label',
  average: 'period average',
  monthsMet: 'months met',
  monthsWithValue: 'months with a value',
  worst: 'worst month',
  value: 'value',
  totalPm: 'total person-months',
  metrics: 'metrics',
  numberSections: 'section numbering',
  fileName: 'file name',
  sha256: 'digest',
  addedAt: 'time it was added',
  lastSeenPath: 'place it was last seen',
  base64: 'content',
};

/** A section's fields, where a word differs from the same key elsewhere ("title" is the report's in its details). */
export const SECTION_FIELD_WORDS: Record<string, string> = {
  title: 'title',
  kind: 'kind',
  level: 'level',
  carried: 'carried mark',
  columns: 'columns',
  rows: 'rows',
};

/** "Availability", or "Support priority lu" inside a group, as the table names the row. */
function metricNameAt(data: unknown, index: number): string {
  const name = nameAt(data, 'metrics', index, 'name') ?? `Metric ${index + 1}`;
  return nameInMessage(metricLabel({ name, group: nameAt(data, 'metrics', index, 'group'), key: nameAt(data, 'metrics', index, 'key') }));
}

/** "Availability, M5" or "Availability, Nov 2025": a month's figure as its column is headed. */
function monthCellAt(data: unknown, row: string, month: number): string {
  const meta = isRecord(data) && isRecord(data.meta) ? data.meta : null;
  // Only a start the schema accepts names months; any other ("2025", "") is itself a problem reported apart.
  const start = meta !== null && isRecord(meta.period) && typeof meta.period.start === 'string' && MONTH_KEY_PATTERN.test(meta.period.start) ? meta.period.start : null;
  const style = meta?.monthLabels === 'month-names' ? 'month-names' : 'numbered';
  return `${row}, ${monthLabel({ period: { start, months: month + 1, name: null }, monthLabels: style }, month)}`;
}

/** The row, then the field within it by its last key: "Report details: number of months". */
export function withField(row: string, within: readonly PropertyKey[], words: Record<string, string> = FIELD_WORDS): string {
  const field = within.at(-1);
  if (field === undefined) return row;
  return `${row}: ${typeof field === 'number' ? `entry ${field + 1}` : (words[String(field)] ?? FIELD_WORDS[String(field)] ?? nameInMessage(String(field)))}`;
}

/** 'Section 4 "Risks"': numbered as the window numbers it, read leniently from what the file holds. */
function sectionAt(data: unknown, index: number): string {
  const list = isRecord(data) && Array.isArray(data.sections) ? (data.sections as unknown[]) : [];
  const levels = list.map((section) => ({ level: isRecord(section) && section.level === 2 ? 2 : 1 }));
  return namedSection(sectionNumbers(levels)[index] ?? String(index + 1), nameAt(data, 'sections', index, 'title'));
}

/** "Section 3 "Milestones": row 2, column 4": a table's cell as a person finds it. */
function sectionPlace(path: readonly PropertyKey[], data: unknown, index: number): string {
  const section = sectionAt(data, index);
  const [, , field, row, column] = path;
  if (field === 'rows' && typeof row === 'number') return `${section}: row ${row + 1}${typeof column === 'number' ? `, column ${column + 1}` : ''}`;
  if (field === 'columns' && typeof row === 'number') return `${section}: column ${row + 1}`;
  return withField(section, path.slice(2), SECTION_FIELD_WORDS);
}

/** Says where a problem is in words a person knows: "Reliability, M5", "Effort, Pierre Frebault: person-months". */
export function describePlace(path: readonly PropertyKey[], data: unknown): string {
  const [area, row, field, month] = path;
  if (area === undefined) return 'The report';
  if (area === 'metrics' && typeof row === 'number') {
    const name = metricNameAt(data, row);
    if (field === 'values' && typeof month === 'number') return monthCellAt(data, name, month);
    return withField(name, path.slice(2));
  }
  if (area === 'effort' && row === 'people' && typeof field === 'number') {
    const name = nameInMessage(nameAt(data, 'effort', 'people', field, 'name') ?? `person ${field + 1}`);
    return withField(`Effort, ${name}`, path.slice(3));
  }
  if (area === 'sections' && typeof row === 'number') return sectionPlace(path, data, row);
  return withField(AREA_WORDS[String(area)] ?? nameInMessage(String(area)), path.slice(1));
}

/** A problem zod found, as one sentence: where (by `placeOf`, a report's places by default), then what. */
export function describeIssue(issue: z.core.$ZodIssue, data: unknown, placeOf: (path: readonly PropertyKey[], data: unknown) => string = describePlace): string {
  const place = placeOf(issue.path, data);
  const wholeArea = issue.path.length === 1 && PLURAL_AREAS.has(String(issue.path[0]));
  const message = wholeArea && issue.message === 'is missing' ? 'are missing' : issue.message;
  // A predicate ("must be …", "is missing") continues the place; anything else follows a colon.
  const sentence = /^(must|cannot|is|are) /.test(message) ? `${place} ${message}` : `${place}: ${message}`;
  // A name or a value with a line break in it still makes one line.
  return sentence.replace(/\s*\n\s*/g, ' ');
}
