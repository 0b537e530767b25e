// The Word template a report keeps inside its file: made from a file's bytes, and read back from
// the report on every use, never trusted. Its bytes must be base64, must match the digest saved
// with them, and must read as a template (readWordTemplate); a template that fails any of these
// is named in a sentence and the report exports in the app's own look, never silently.
import { createHash } from 'node:crypto';
import type { Report, ReportWordTemplate } from '../../../shared/report-schema';
import { nameInMessage } from '../../../shared/message-names';
import type { TemplateReading, WordTemplate } from './word-template';
import { readWordTemplate } from './word-template-read';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The template as the report keeps it, from a file's bytes: where it was found, and when. */
export function keptWordTemplate(bytes: Uint8Array, fileName: string, path: string | null, now: Date = new Date()): ReportWordTemplate {
  return { fileName, sha256: sha256Of(bytes), addedAt: now.toISOString(), lastSeenPath: path, base64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64') };
}

/** The kept bytes, or null where they are not base64 (Buffer would skip what is not, and read something else). */
export function keptBytes(kept: ReportWordTemplate): Buffer | null {
  return kept.base64.length % 4 === 0 && BASE64.test(kept.base64) ? Buffer.from(kept.base64, 'base64') : null;
}

/** The template the report keeps, read from its bytes after they are checked against their digest. Never throws. */
export function readKeptWordTemplate(kept: ReportWordTemplate): TemplateReading {
  const refuse = (why: string): TemplateReading => ({ ok: false, problem: `The Word template "${nameInMessage(kept.fileName)}" kept in this report cannot be used: ${why}.` });
  const bytes = keptBytes(kept);
  if (bytes === null || bytes.length === 0) return refuse('its content in the report file is damaged (it is not a file written in base64)');
  if (sha256Of(bytes) !== kept.sha256) return refuse('its content in the report file does not match the digest saved with it, so it was damaged or changed outside Report Desk');
  const reading = readWordTemplate(bytes, kept.fileName);
  return reading.ok ? reading : { ok: false, problem: reading.problem.replace(`"${nameInMessage(kept.fileName)}" cannot`, `"${nameInMessage(kept.fileName)}" kept in this report cannot`) };
}

/** How a document is dressed: in a template, or in the app's own look with the sentence saying why. */
export interface ExportLook {
  template: WordTemplate | null;
  /** The template's reading, for the styles each part took and what it left out; null in the app's own look. */
  reading: Extract<TemplateReading, { ok: true }> | null;
  /** Why a template the report keeps was not used, a sentence; null when it was, or when the report has none. */
  problem: string | null;
}

/** What the window says of a document exported in the app's look because the report's template could not be used. */
export function defaultLookNotice(problem: string): string {
  return `${problem.replace(/\.$/, '')}; the document is in Report Desk's own look. Choose the template file again in the report details to export in its look.`;
}

/** The look the report's own template gives its export: the template, or the app's look and why. */
export function reportExportLook(report: Pick<Report, 'wordTemplate'>): ExportLook {
  if (report.wordTemplate === null) return { template: null, reading: null, problem: null };
  const reading = readKeptWordTemplate(report.wordTemplate);
  if (!reading.ok) return { template: null, reading: null, problem: reading.problem };
  return { template: reading.template, reading, problem: null };
}
