// Template files on disk: one read with the same care as a report (size, UTF-8, then the shared
// reader), written whole or not at all, and the person's own templates in the app's folder.
// Plain Node: main, the command line and the tests use it as is.
import { readdir, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { readTemplateText, writeTemplateText, type TemplateRead } from '../../shared/templates/template-file';
import { TEMPLATE_FILE_EXTENSION, isTemplateFilePath, type Template } from '../../shared/templates/template-schema';
import { templateShape } from '../../shared/templates/template-building';
import type { TemplateSummary } from '../../shared/templates/template-api-types';
import { shippedTemplates } from '../../shared/templates/shipped-templates';
import { readReportFileText } from './report-files';
import { writeFileAtomically } from './atomic-write';
import { describeWriteFailure } from './file-errors';
import { fileNameFromTitle } from './file-names';
import { MAX_REPORT_FILE_BYTES, MAX_REPORT_SIZE_TEXT, describeBytes, utf8ByteLength } from '../../shared/report-size';
import { nameInMessage } from '../../shared/message-names';

/** The person's own templates: a folder of the app's data, beside its backups and recovery drafts. */
export function ownTemplatesFolder(userData: string): string {
  return join(userData, 'Templates');
}

/** Reads and validates a .rdesk-template file. Never throws; a problem with the file names it. */
export async function readTemplateFile(path: string): Promise<TemplateRead> {
  const file = await readReportFileText(path, 'template');
  if (!file.ok) return { ok: false, message: file.message, problems: [file.message] };
  return readTemplateText(file.text);
}

/** Writes the template whole or not at all: a failure leaves the file there as it was, and says why naming it. */
export async function saveTemplateFile(path: string, template: Template): Promise<void> {
  const text = writeTemplateText(template);
  // A template is read with a report's size limit: one the app could not open again is never written.
  const bytes = utf8ByteLength(text);
  if (bytes > MAX_REPORT_FILE_BYTES) {
    throw new Error(`The template "${nameInMessage(template.name)}" would take ${describeBytes(bytes)} as a file, and Report Desk opens templates of up to ${MAX_REPORT_SIZE_TEXT}. Remove the Word template in the report details, or choose a smaller one, and save the template again. Nothing was written.`);
  }
  try {
    await writeFileAtomically(path, text);
  } catch (error) {
    throw new Error(describeWriteFailure(path, 'could not be saved', error));
  }
}

/** The file a template of this name is kept in, in the person's folder: "Quarterly report.rdesk-template". */
export function ownTemplateFileName(name: string): string {
  return `${fileNameFromTitle(name, 'Template')}${TEMPLATE_FILE_EXTENSION}`;
}

/** Whether an id names a template file in the folder itself, never a path out of it. */
export function isOwnTemplateId(id: string): boolean {
  return id === basename(id) && !/[\\/]/.test(id) && id !== '.' && id !== '..' && isTemplateFilePath(id);
}

/** A template as the start screen lists it. */
export function summarise(ref: TemplateSummary['ref'], template: Template): TemplateSummary {
  return { ref, name: template.name, description: template.description, shape: templateShape(template), language: template.details.language, problem: null };
}

/** The shipped templates, language by language, each language's in the start screen's order. */
export function shippedSummaries(): TemplateSummary[] {
  return shippedTemplates().map(({ id, template }) => summarise({ kind: 'shipped', id }, template));
}

/**
 * The person's own templates, by name; one that cannot be read is listed with its problem, so it
 * can be removed. A folder not made yet holds none.
 */
export async function listOwnTemplates(folder: string): Promise<TemplateSummary[]> {
  let names: string[];
  try {
    names = (await readdir(folder)).filter(isTemplateFilePath);
  } catch {
    return [];
  }
  const read = await Promise.all(
    names.map(async (id): Promise<TemplateSummary> => {
      const file = await readTemplateFile(join(folder, id));
      if (file.ok) return summarise({ kind: 'own', id }, file.template);
      return { ref: { kind: 'own', id }, name: id.slice(0, -TEMPLATE_FILE_EXTENSION.length), description: '', shape: '', language: null, problem: file.message };
    }),
  );
  return read.sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }));
}

/** Removes one of the person's own templates; only a file of that folder, by its name. */
export async function removeOwnTemplate(folder: string, id: string): Promise<void> {
  if (!isOwnTemplateId(id)) throw new Error(`"${id}" is not one of your templates.`);
  await rm(join(folder, id));
}
