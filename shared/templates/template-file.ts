// The .rdesk-template file: UTF-8 JSON with its own format marker and version, read as a report
// is (migrations to the current shape, then the one validator) and never half-read: every
// problem is a sentence naming where, never a JavaScript error, never a quote of the file.
import type { z } from 'zod';
import { FORMAT_MARKER } from '../report-schema';
import { describeIssue, describePlace, nameAt, parseFileJson, plainMessage, withField } from '../report-file';
import { migrateToCurrent, type VersionedFormat } from '../migrations';
import { nameInMessage } from '../message-names';
import { TEMPLATE_FILE_EXTENSION, TEMPLATE_FORMAT_MARKER, TEMPLATE_VERSION, templateSchema, type Template } from './template-schema';
import { templateMigrations } from './template-migrations';

export type TemplateRead = { ok: true; template: Template; migratedFrom: number | null } | { ok: false; message: string; problems: string[] };

const TEMPLATE_FORMAT: VersionedFormat = {
  marker: TEMPLATE_FORMAT_MARKER,
  current: TEMPLATE_VERSION,
  steps: templateMigrations,
  noun: 'template',
  others: { [FORMAT_MARKER]: 'This is a Report Desk report, not a template: open it with Open…, or make a template of it with Save as Template….' },
};

function failure(message: string, problems: string[] = [message]): TemplateRead {
  return { ok: false, message, problems };
}

const UNREADABLE = 'This file could not be read as a template: its content is not in a form Report Desk understands.';

/** Reads the text of a .rdesk-template file. Never throws. */
export function readTemplateText(text: string): TemplateRead {
  try {
    const json = parseFileJson(text, 'template', TEMPLATE_FILE_EXTENSION);
    return json.ok ? readTemplateData(json.data) : failure(json.message);
  } catch {
    return failure(UNREADABLE);
  }
}

/** Validates already-parsed data (a file's JSON, or a template sent over IPC). Never throws. */
export function readTemplateData(data: unknown): TemplateRead {
  try {
    const migrated = migrateToCurrent(data, TEMPLATE_FORMAT);
    if (!migrated.ok) return failure(migrated.message);
    const parsed = templateSchema.safeParse(migrated.data, { error: plainMessage });
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => describeIssue(issue, migrated.data, describeTemplatePlace));
      const more = problems.length > 1 ? ` (and ${problems.length - 1} more ${problems.length === 2 ? 'problem' : 'problems'})` : '';
      return failure(`${problems[0]}${more}`, problems);
    }
    return { ok: true, template: parsed.data, migratedFrom: migrated.from === TEMPLATE_VERSION ? null : migrated.from };
  } catch {
    return failure(UNREADABLE);
  }
}

/** The file's text, keys in the schema's order so files diff cleanly. Throws on an invalid template: never write one. */
export function writeTemplateText(template: Template): string {
  const parsed = templateSchema.safeParse(template, { error: plainMessage });
  if (!parsed.success) {
    const issue: z.core.$ZodIssue | undefined = parsed.error.issues[0];
    throw new Error(issue === undefined ? 'The template is not valid.' : describeIssue(issue, template, describeTemplatePlace));
  }
  return `${JSON.stringify(parsed.data, null, 2)}\n`;
}

const TEMPLATE_AREAS: Record<string, string> = {
  format: 'The format marker',
  version: 'The file format version',
  name: "The template's name",
  description: "The template's description",
  details: 'Template details',
  plannedPm: 'Planned person-months',
  look: 'The look of the document',
  exportOptions: 'Word export options',
  numberSections: 'section numbering',
};

/** Where a problem is in a template, in the words a report's problems use: "Availability: target", 'Section 3 "Risks": row 2'. */
export function describeTemplatePlace(path: readonly PropertyKey[], data: unknown): string {
  const [area, row] = path;
  // Metrics and sections sit where a report keeps them, and are named the same way.
  if (area === 'metrics' || area === 'sections') return describePlace(path, data);
  if (area === 'people' && typeof row === 'number') return withField(`People, ${nameInMessage(nameAt(data, 'people', row, 'name') ?? `person ${row + 1}`)}`, path.slice(2));
  if (area === 'people') return 'People';
  return withField(TEMPLATE_AREAS[String(area)] ?? String(area), path.slice(1), TEMPLATE_AREAS);
}
