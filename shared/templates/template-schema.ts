// A template: a report's shape and standing content without its period's figures. Its details,
// its sections with their starter text, its people by name, its metrics with their targets, and
// how the document looks. One zod schema is the validator, the types and the JSON Schema
// (schema/template.schema.json), as the report's is.
import { z } from 'zod';
import { MAX_PERIOD_MONTHS, exportOptionsSchema, metricSchema, reportMetaSchema, wordTemplateSchema } from '../report-schema';
import { draftedSectionSchema, sectionListProblems, tableSectionSchema, textSectionSchema } from '../section-schema';
import { MAX_TEMPLATE_NAME, TEMPLATE_FORMAT_MARKER, TEMPLATE_VERSION } from './template-marker';

export { MAX_TEMPLATE_NAME, TEMPLATE_FILE_EXTENSION, TEMPLATE_FORMAT_MARKER, TEMPLATE_VERSION, isTemplateFilePath } from './template-marker';

/**
 * A template's sections. Its own words (the starter text) live only in free text and tables: a
 * drafted part holds its place and title, never words, since its words always come from the data.
 */
export const templateSectionSchema = z.discriminatedUnion('kind', [
  textSectionSchema.omit({ edited: true, carried: true }),
  tableSectionSchema.omit({ edited: true, carried: true }),
  draftedSectionSchema.omit({ text: true, edited: true, carried: true }),
]);

/** What a report's details keep from one period to the next: no period, no author. */
export const templateDetailsSchema = z.object({
  title: reportMetaSchema.shape.title,
  organisation: reportMetaSchema.shape.organisation,
  service: reportMetaSchema.shape.service,
  agreement: reportMetaSchema.shape.agreement,
  /** How many months each period has. */
  months: z.number().int().min(1).max(MAX_PERIOD_MONTHS),
  monthLabels: reportMetaSchema.shape.monthLabels,
  language: reportMetaSchema.shape.language,
});

/** How the document looks: the report's own settings, which every report made from the template takes. */
export const templateLookSchema = z.object({
  numberSections: z.boolean(),
  exportOptions: exportOptionsSchema,
  /** The organisation's Word template, kept as the report keeps it (null: the app's own look). */
  wordTemplate: wordTemplateSchema.nullable(),
});

export const templatePersonSchema = z.object({ id: z.string().min(1), name: z.string() });

/** A metric as every period measures it: no figures, notes or sources. */
export const templateMetricSchema = metricSchema.omit({ values: true, notes: true, sources: true });

export const templateSchema = z
  .object({
    format: z.literal(TEMPLATE_FORMAT_MARKER),
    version: z.literal(TEMPLATE_VERSION),
    /** The template's name, as the start screen and the command line know it. */
    name: z.string().regex(/\S/, 'cannot be empty').max(MAX_TEMPLATE_NAME),
    /** What it is for, in a sentence or two. */
    description: z.string(),
    details: templateDetailsSchema,
    /** The sections in the document's order, as the report's: each drafted part at most once. */
    sections: z.array(templateSectionSchema),
    people: z.array(templatePersonSchema),
    /** The person-months planned for each period; null: none planned. */
    plannedPm: z.number().refine(Number.isFinite, 'expected a finite number').min(0).nullable(),
    metrics: z.array(templateMetricSchema),
    look: templateLookSchema,
  })
  .superRefine((template, ctx) => {
    for (const { index, message } of sectionListProblems(template.sections)) ctx.addIssue({ code: 'custom', path: ['sections', index], message });
    // Rows are found by id in every report made from the template: two sharing one would both change.
    for (const [list, noun, own] of [['metrics', 'metric', 'its'], ['people', 'person', 'their']] as const) {
      const seen = new Map<string, number>();
      template[list].forEach((row, index) => {
        const first = seen.get(row.id);
        if (first === undefined) return void seen.set(row.id, index);
        ctx.addIssue({ code: 'custom', path: [list, index], message: `has the same id "${row.id}" as ${noun} ${first + 1}; each ${noun} needs ${own} own id` });
      });
    }
  });

export type Template = z.infer<typeof templateSchema>;
export type TemplateSection = z.infer<typeof templateSectionSchema>;
export type TemplateMetric = z.infer<typeof templateMetricSchema>;
export type TemplateDetails = z.infer<typeof templateDetailsSchema>;
