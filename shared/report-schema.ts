// The report model: one zod schema is both the validator and the source of the types. It
// stands under everything else in shared/: it imports the sections' part of the model and the
// one way a metric is named in its messages, nothing of the rules or the words above it.
import { z } from 'zod';
import { metricLabel } from './metric-label';
import { sectionListProblems, sectionSchema } from './section-schema';
import { nameInMessage } from './message-names';
import { wordTemplateSchema } from './word-template-schema';
import { FORMAT_MARKER, LANGUAGE_TAG_PATTERN, MAX_PERIOD_MONTHS, MONTH_KEY_PATTERN, SCHEMA_VERSION } from './report-constants';

export { DEFAULT_LANGUAGE, FORMAT_MARKER, LANGUAGE_TAG_PATTERN, MAX_PERIOD_MONTHS, MONTH_KEY_PATTERN, SCHEMA_VERSION } from './report-constants';

export { DRAFTED_KINDS, DRAFTED_TITLES, SECTION_KINDS, isDraftedKind, sectionSchema } from './section-schema';
export type { DraftedKind, DraftedSection, Section, SectionKind, TableSection, TextSection } from './section-schema';
export { wordTemplateSchema, type ReportWordTemplate } from './word-template-schema';

const finiteNumber = z.number().refine(Number.isFinite, 'expected a finite number');

export const personSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  pm: finiteNumber.min(0),
});

/** What happened to one monthly figure and what is planned about it: drafts Issues and Measures. */
export const figureNoteSchema = z.object({
  /** The month's index in the period (0 is the first month). */
  month: z.number().int().min(0),
  happened: z.string(),
  measure: z.string(),
});

/** Where an imported figure came from: the file's name and the day of the import. */
export const figureSourceSchema = z.object({
  month: z.number().int().min(0),
  file: z.string(),
  /** YYYY-MM-DD */
  importedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day written YYYY-MM-DD, such as 2025-07-31'),
});

export const directionSchema = z.enum(['higher-is-better', 'lower-is-better']);

export const metricSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  unit: z.string(),
  direction: directionSchema,
  /** The threshold a value must reach (or stay under); null: reported without a target. */
  target: finiteNumber.nullable(),
  /** The target as the agreement writes it, shown in place of the number (e.g. "Medium"). */
  targetLabel: z.string().nullable(),
  /** Decimal places for display; null shows a value as entered (at most 2 places). */
  decimals: z.number().int().min(0).max(6).nullable(),
  /** Rows of one group (Support priority) render together; key names the row in the group (lu). */
  group: z.string().nullable(),
  key: z.string().nullable(),
  /** One value per month of the period; null is "no value", never zero. */
  values: z.array(finiteNumber.nullable()),
  /** Notes on some of the monthly figures, at most one a month, in month order. */
  notes: z.array(figureNoteSchema),
  /** The source of each imported figure, at most one a month, in month order. */
  sources: z.array(figureSourceSchema),
});

export const reportMetaSchema = z.object({
  title: z.string(),
  organisation: z.string(),
  service: z.string(),
  agreement: z.string(),
  author: z.string(),
  period: z.object({
    /** First month as YYYY-MM, or null when the report labels months M1 … Mn only. */
    start: z.string().regex(MONTH_KEY_PATTERN, 'must be a month written YYYY-MM, such as 2025-07').nullable(),
    months: z.number().int().min(1).max(MAX_PERIOD_MONTHS),
    /** The period's own name ("July – December 2025"), where the months are only numbered or it says more. */
    name: z.string().nullable(),
  }),
  monthLabels: z.enum(['numbered', 'month-names']),
  /** The report's language as a BCP 47 tag ("en-GB"): Word spell-checks and hyphenates by it. */
  language: z.string().regex(LANGUAGE_TAG_PATTERN, 'must be a language tag such as en-GB or fr-FR'),
  /** Whether the headings are numbered ("1", "1.1") in the window and the document. */
  numberSections: z.boolean(),
});

/** What the next period keeps of the one before: enough to compare, not the whole report. */
export const previousPeriodSchema = z.object({
  /** The period's name as the report described it ("January – June 2025"); empty when unknown. */
  name: z.string(),
  /** The text of its Foreseen section ('' where it had none): this period's Foreseen draft, carried for review. */
  foreseen: z.string(),
  metrics: z.array(
    z.object({
      /** The metric's id, shared with this period's metric it became. */
      id: z.string().min(1),
      label: z.string(),
      unit: z.string(),
      average: finiteNumber.nullable(),
      monthsMet: z.number().int().min(0),
      monthsWithValue: z.number().int().min(0),
      /** The month furthest on the wrong side, by its label ("M3", "Mar 2025"). */
      worst: z.object({ month: z.string(), value: finiteNumber }).nullable(),
    }),
  ),
  people: z.array(z.object({ id: z.string().min(1), name: z.string(), pm: finiteNumber.min(0) })),
  /** Its total person-months; null when not known (a file from before this was kept). */
  totalPm: finiteNumber.min(0).nullable(),
});

export const exportOptionsSchema = z.object({
  /** 'combined': one row per group with "lu: 4.42  vu: 0.09" cells, as the seed; 'sub-rows': a row per key. */
  groupStyle: z.enum(['combined', 'sub-rows']),
  includeCharts: z.boolean(),
  /** A column with each metric's previous-period average, where the previous period is known. */
  includePrevious: z.boolean(),
});

export const reportSchema = z
  .object({
    format: z.literal(FORMAT_MARKER),
    version: z.literal(SCHEMA_VERSION),
    meta: reportMetaSchema,
    effort: z.object({
      people: z.array(personSchema),
      plannedPm: finiteNumber.min(0).nullable(),
    }),
    metrics: z.array(metricSchema),
    /** The report's sections in the document's order: free text, tables, and each drafted part at most once. */
    sections: z.array(sectionSchema),
    /** What last period's report said and measured, kept as context for this period's writing. */
    previous: previousPeriodSchema.nullable(),
    exportOptions: exportOptionsSchema,
    /** The organisation's Word template the report is exported in; null: the app's own look. Last: its bytes are the file's bulk. */
    wordTemplate: wordTemplateSchema.nullable(),
  })
  .superRefine((report, ctx) => {
    const { months } = report.meta.period;
    // A number of months already refused would make every metric a second, misleading problem.
    const monthsValid = Number.isInteger(months) && months >= 1 && months <= MAX_PERIOD_MONTHS;
    report.metrics.forEach((metric, index) => {
      if (monthsValid && metric.values.length !== months) {
        ctx.addIssue({
          code: 'custom',
          path: ['metrics', index],
          message: `has ${metric.values.length} monthly values but the period has ${report.meta.period.months} months`,
        });
      }
    });
    // A note or a source belongs to one month of the period, and a month has at most one of each.
    report.metrics.forEach((metric, index) => {
      for (const [field, noun] of [['notes', 'note'], ['sources', 'source']] as const) {
        metric[field].forEach((entry, position) => {
          const before = position === 0 ? -1 : metric[field][position - 1]!.month;
          const problem =
            monthsValid && entry.month >= months
              ? `has a ${noun} on month ${entry.month + 1}, past the period's ${months} months`
              : entry.month === before
                ? `has two ${noun}s on month ${entry.month + 1}; a month has at most one`
                : entry.month < before
                  ? `lists its ${noun}s out of month order (month ${entry.month + 1} after month ${before + 1})`
                  : null;
          if (problem !== null) ctx.addIssue({ code: 'custom', path: ['metrics', index], message: problem });
        });
      }
    });
    // Edits find a row by its id: two rows sharing one would both change. One pass each, so a
    // list of thousands is checked as fast as a list of ten.
    const metricName = (metric: Metric, index: number) => nameInMessage(metricLabel(metric).trim() || `metric ${index + 1}`);
    const personName = (person: Person, index: number) => nameInMessage(person.name.trim() || `person ${index + 1}`);
    const firstMetric = new Map<string, number>();
    report.metrics.forEach((metric, index) => {
      const first = firstMetric.get(metric.id);
      if (first === undefined) return void firstMetric.set(metric.id, index);
      const message = `has the same id "${nameInMessage(metric.id)}" as ${metricName(report.metrics[first]!, first)}; each metric needs its own id`;
      ctx.addIssue({ code: 'custom', path: ['metrics', index], message });
    });
    const firstPerson = new Map<string, number>();
    report.effort.people.forEach((person, index) => {
      const first = firstPerson.get(person.id);
      if (first === undefined) return void firstPerson.set(person.id, index);
      const message = `has the same id "${nameInMessage(person.id)}" as ${personName(report.effort.people[first]!, first)}; each person needs their own id`;
      ctx.addIssue({ code: 'custom', path: ['effort', 'people', index], message });
    });
    for (const { index, message } of sectionListProblems(report.sections)) ctx.addIssue({ code: 'custom', path: ['sections', index], message });
  });

export type Report = z.infer<typeof reportSchema>;
export type ReportMeta = Report['meta'];
export type Metric = z.infer<typeof metricSchema>;
export type Person = z.infer<typeof personSchema>;
export type Direction = z.infer<typeof directionSchema>;
export type ExportOptions = z.infer<typeof exportOptionsSchema>;
export type FigureNote = z.infer<typeof figureNoteSchema>;
export type FigureSource = z.infer<typeof figureSourceSchema>;
export type PreviousPeriod = z.infer<typeof previousPeriodSchema>;
export type MonthLabelStyle = ReportMeta['monthLabels'];
