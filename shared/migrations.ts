// One function per change of the file's shape: migrations[n] turns format n into n + 1.
// A new shape adds one entry here and one fixture in test/fixtures.
import { isRecord } from './is-record';
import { DRAFTED_KINDS, DRAFTED_TITLES } from './section-schema';

type Migration = (data: unknown) => unknown;

/** What a migration could not bring over, said about the file: the reader shows it as is. */
export class MigrationProblem extends Error {}

/** A kind of file the app reads: its format marker, its current version, its steps up from every older one. */
export interface VersionedFormat {
  marker: string;
  current: number;
  steps: Readonly<Record<number, Migration>>;
  /** What a person calls it: "report", "template". */
  noun: string;
  /** Another kind of the app's own files, told apart by its marker, with what to do with one. */
  others?: Readonly<Record<string, string>>;
}

export type Migrated = { ok: true; data: unknown; from: number } | { ok: false; message: string };

/**
 * Checks a file's marker and version and brings it up to the current version one step at a
 * time. Never throws: a file of a newer version, or one a step cannot bring over, is a sentence.
 */
export function migrateToCurrent(data: unknown, format: VersionedFormat): Migrated {
  const { marker, current, steps, noun } = format;
  if (!isRecord(data) || data.format !== marker) {
    // Own keys only: a marker such as "toString" must not find what every object inherits.
    const others = format.others ?? {};
    const other = isRecord(data) && typeof data.format === 'string' && Object.hasOwn(others, data.format) ? others[data.format] : undefined;
    return { ok: false, message: other ?? `This is not a Report Desk ${noun}: it lacks the "${marker}" format marker.` };
  }
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { ok: false, message: `This ${noun} has no valid schema version, so it cannot be read safely.` };
  }
  if (version > current) {
    return { ok: false, message: `This ${noun} was saved by a newer Report Desk (file format ${version}; this version reads up to ${current}). Update Report Desk to open it.` };
  }
  let migrated: unknown = data;
  for (let from = version; from < current; from += 1) {
    const step = steps[from];
    if (step === undefined) return { ok: false, message: `No migration from file format ${from} is known.` };
    try {
      migrated = step(migrated);
    } catch (error) {
      // A migration says what it could not bring over in words; anything else is not the file's fault to explain.
      const detail = error instanceof MigrationProblem ? error.message : 'its content is not in the form that format used.';
      return { ok: false, message: `This ${noun} uses file format ${from} and could not be brought up to date: ${detail}` };
    }
  }
  return { ok: true, data: migrated, from: version };
}

/** The entries of a list the old format kept, each a group of fields; absent is empty. */
function entriesOf(value: unknown, what: string): Record<string, unknown>[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || !value.every((entry) => typeof entry === 'object' && entry !== null && !Array.isArray(entry))) {
    throw new MigrationProblem(`its ${what} are not a list of entries.`);
  }
  return value as Record<string, unknown>[];
}

interface ReportV0 {
  format: string;
  version: 0;
  title?: string;
  organisation?: string;
  service?: string;
  periodStart?: string | null;
  periodMonths: number;
  people?: { name: string; pm: number }[];
  metrics?: { name: string; unit?: string; higherIsBetter: boolean; target: number | null; values: (number | null)[] }[];
  sections?: Partial<Record<'effort' | 'overview' | 'performance' | 'issues' | 'measures' | 'foreseen', string>>;
}

/** Format 0, the prototype's: flat meta, sections as plain strings (all treated as the person's words). */
function fromV0(data: unknown): unknown {
  const old = data as ReportV0;
  const sections = typeof old.sections === 'object' && old.sections !== null ? old.sections : undefined;
  const people = entriesOf(old.people, 'people') as unknown as NonNullable<ReportV0['people']>;
  const metrics = entriesOf(old.metrics, 'metrics') as unknown as NonNullable<ReportV0['metrics']>;
  const section = (text: string | undefined) => (text === undefined ? { text: '', edited: false } : { text, edited: true });
  return {
    format: old.format,
    version: 1,
    meta: {
      title: old.title ?? '',
      organisation: old.organisation ?? '',
      service: old.service ?? '',
      agreement: '',
      author: '',
      period: { start: old.periodStart ?? null, months: old.periodMonths },
      monthLabels: old.periodStart ? 'month-names' : 'numbered',
    },
    effort: {
      people: people.map((person, index) => ({ id: `person-${index + 1}`, name: person.name, pm: person.pm })),
      plannedPm: null,
    },
    metrics: metrics.map((metric, index) => ({
      id: `metric-${index + 1}`,
      name: metric.name,
      unit: metric.unit ?? '',
      direction: metric.higherIsBetter ? 'higher-is-better' : 'lower-is-better',
      target: metric.target,
      targetLabel: null,
      decimals: null,
      group: null,
      key: null,
      values: metric.values,
    })),
    sections: {
      effort: section(sections?.effort),
      overview: section(sections?.overview),
      performance: section(sections?.performance),
      issues: section(sections?.issues),
      measures: section(sections?.measures),
      foreseen: section(sections?.foreseen),
    },
    previous: null,
    exportOptions: { groupStyle: 'combined', includeCharts: true },
  };
}

interface ReportV1 {
  meta: { period: Record<string, unknown> } & Record<string, unknown>;
  metrics: Record<string, unknown>[];
  previous: { foreseen: string } | null;
  exportOptions: Record<string, unknown>;
}

/**
 * Format 1 to 2: notes and import sources per figure, a period name, the report's language, a
 * previous-period summary (a format-1 file kept only its Foreseen text), the previous-period
 * column as an export option. Unknown shapes pass through for the validator to name.
 */
function fromV1(data: unknown): unknown {
  const old = data as ReportV1;
  if (!isRecord(old) || !isRecord(old.meta) || !isRecord(old.meta.period) || !Array.isArray(old.metrics) || !isRecord(old.exportOptions)) return { ...(isRecord(old) ? old : {}), version: 2 };
  return {
    ...old,
    version: 2,
    meta: { ...old.meta, period: { ...old.meta.period, name: null }, language: 'en-GB' },
    metrics: old.metrics.map((metric) => (isRecord(metric) ? { ...metric, notes: [], sources: [] } : metric)),
    previous: isRecord(old.previous) ? { name: '', foreseen: old.previous.foreseen, metrics: [], people: [], totalPm: null } : old.previous,
    exportOptions: { ...old.exportOptions, includePrevious: false },
  };
}

/**
 * Format 2 to 3: the six fixed sections become the ordered list, in their order, each with the
 * id and title it always had, level 1; the Foreseen text still as last period wrote it is marked
 * carried (format 2 derived that mark); section numbering on, as every format-2 report was
 * numbered; no Word template (the app's own look, as every format-2 report was exported). A section the file lacks stays in the list without its text, for the validator to
 * name; unknown shapes pass through.
 */
function fromV2(data: unknown): unknown {
  if (!isRecord(data)) return data;
  // No report carried a Word template before format 3.
  const next: Record<string, unknown> = { ...data, version: 3, wordTemplate: null };
  if (isRecord(data.meta)) next.meta = { ...data.meta, numberSections: true };
  const sections = data.sections;
  if (!isRecord(sections)) return next;
  const carriedText = isRecord(data.previous) && typeof data.previous.foreseen === 'string' ? data.previous.foreseen : '';
  next.sections = DRAFTED_KINDS.map((kind) => {
    const old = sections[kind];
    const start = { id: kind, title: DRAFTED_TITLES[kind], kind, level: 1 };
    if (!isRecord(old)) return old === undefined ? { ...start, carried: false } : old;
    const carried = kind === 'foreseen' && old.edited === false && carriedText.trim() !== '';
    return { ...start, text: old.text, edited: old.edited, carried };
  });
  return next;
}

export const migrations: Record<number, Migration> = {
  0: fromV0,
  1: fromV1,
  2: fromV2,
};
