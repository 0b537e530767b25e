// Publishes the report model as JSON Schema (schema/report.schema.json) from the one zod
// validator, so the file can never say something the app does not check.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { z } from 'zod';
import { FORMAT_MARKER, SCHEMA_VERSION, reportSchema } from '../shared/report-schema';
import { TEMPLATE_FORMAT_MARKER, TEMPLATE_VERSION, templateSchema } from '../shared/templates/template-schema';

export const SCHEMA_PATH = fileURLToPath(new URL('../schema/report.schema.json', import.meta.url));
export const TEMPLATE_SCHEMA_PATH = fileURLToPath(new URL('../schema/template.schema.json', import.meta.url));

/** The schema file's text, exactly as committed. */
export function reportJsonSchemaText(): string {
  // 'input': what a file may hold (unknown keys are ignored on reading, not refused).
  const generated = z.toJSONSchema(reportSchema, { target: 'draft-2020-12', io: 'input' });
  const { $schema, ...body } = generated;
  const schema = {
    $schema,
    $id: `urn:report-desk:schema:report:${SCHEMA_VERSION}`,
    title: 'Report Desk report (.rdesk)',
    description:
      `One periodic service activity report, as Report Desk saves it: UTF-8 JSON with format "${FORMAT_MARKER}" and version ${SCHEMA_VERSION}. ` +
      'Generated from shared/report-schema.ts by scripts/write-json-schema.ts (npm run schema). ' +
      'Not expressible here, and checked by the app: every metric has exactly meta.period.months monthly values; no two metrics, people or sections share an id; ' +
      'each drafted kind (effort, overview, performance, issues, measures, foreseen) is placed once at most; the first section has level 1; ' +
      "every row of a table section has as many cells as the section has columns. A section's carried flag marks content carried from last period's report and not yet reviewed.",
    ...body,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/** The template file's schema text, exactly as committed. */
export function templateJsonSchemaText(): string {
  const generated = z.toJSONSchema(templateSchema, { target: 'draft-2020-12', io: 'input' });
  const { $schema, ...body } = generated;
  const schema = {
    $schema,
    $id: `urn:report-desk:schema:template:${TEMPLATE_VERSION}`,
    title: 'Report Desk template (.rdesk-template)',
    description:
      `A report's shape and standing content without its period's figures, as Report Desk saves a template: UTF-8 JSON with format "${TEMPLATE_FORMAT_MARKER}" and version ${TEMPLATE_VERSION}. ` +
      'Generated from shared/templates/template-schema.ts by scripts/write-json-schema.ts (npm run schema). ' +
      'Its sections follow the rules of a report\'s (schema/report.schema.json): each drafted kind placed once at most, the first at level 1, every table row as long as its columns; ' +
      'a drafted part holds no text, free text and tables hold the starter text a new report begins with. No two metrics, people or sections share an id (checked by the app).',
    ...body,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await writeFile(SCHEMA_PATH, reportJsonSchemaText());
  console.log(`Wrote ${SCHEMA_PATH}`);
  await writeFile(TEMPLATE_SCHEMA_PATH, templateJsonSchemaText());
  console.log(`Wrote ${TEMPLATE_SCHEMA_PATH}`);
}
