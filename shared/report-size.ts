// How big a report may be: the one limit the reader opens up to, which saving and exporting
// also keep, so the app never writes a report it would then refuse to open.
import type { Report, ReportWordTemplate } from './report-schema';
import { nameInMessage } from './message-names';

/** Far above any real report (the seed is 5 KB); a file over it is not read, and none is written. */
export const MAX_REPORT_FILE_BYTES = 20 * 1024 * 1024;

const MEGABYTE = 1024 * 1024;

/** "54 KB", "21.4 MB"; "just over 20 MB" where one decimal would read as the limit itself. */
export function describeBytes(bytes: number): string {
  // A Word template is often a few dozen kilobytes: "54 KB", not "0.1 MB" (or "0.0 MB").
  const kilobytes = Math.round(bytes / 1024);
  if (kilobytes < 1024) return `${bytes > 0 ? Math.max(1, kilobytes) : 0} KB`;
  const shown = (bytes / MEGABYTE).toFixed(1);
  if (bytes > MAX_REPORT_FILE_BYTES && Number(shown) <= MAX_REPORT_FILE_BYTES / MEGABYTE) return `just over ${MAX_REPORT_FILE_BYTES / MEGABYTE} MB`;
  return `${shown} MB`;
}

/** The limit as people read it: "20 MB". */
export const MAX_REPORT_SIZE_TEXT = `${MAX_REPORT_FILE_BYTES / MEGABYTE} MB`;

/** The bytes a text takes in UTF-8, without encoding it (shared code has no Buffer). */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      index += 1;
    } else bytes += 3;
  }
  return bytes;
}

/** Two spaces a level, as writeReportText indents. */
const INDENT = 2;

/** The bytes of a value as JSON.stringify(value, null, 2) writes it at this depth of nesting, counted without the whole text. */
function jsonBytes(value: unknown, depth: number): number {
  if (Array.isArray(value) && value.length > 0) {
    // "[\n", each item indented on its own line, ",\n" between them, "\n" and the closing indent and "]".
    const inner = (depth + 1) * INDENT;
    let bytes = 2 + (value.length - 1) * 2 + 1 + depth * INDENT + 1;
    for (const item of value) bytes += inner + jsonBytes(item === undefined ? null : item, depth + 1);
    return bytes;
  }
  const text = JSON.stringify(value, null, INDENT);
  // Each line after the first of a nested value's own text moves right by its depth.
  let lines = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines += 1;
  return utf8ByteLength(text) + lines * depth * INDENT;
}

/**
 * The bytes the report takes as a .rdesk file, drafts as they stand (writeReportText's layout):
 * counted metric by metric, so the largest report is never one string just to be measured.
 */
export function reportFileBytes(report: Report): number {
  const { metrics, ...rest } = report;
  const withoutMetrics = JSON.stringify({ ...rest, metrics: [] }, null, INDENT);
  // The empty list "[]" gives way to the metrics, each at depth 1 inside the report.
  return utf8ByteLength(withoutMetrics) - 2 + jsonBytes(metrics, 1) + 1;
}

/** The bytes a Word template takes inside the report file: its base64, about four thirds of the file. */
export function wordTemplateBytes(template: Pick<ReportWordTemplate, 'base64'>): number {
  return template.base64.length;
}

/**
 * Why a report of this size is not written (or a Word template not added to it), and what to do,
 * or null when it fits: "it would take 21.4 MB as a file, and Report Desk opens reports of up to
 * 20 MB. …". A Word template kept inside the report counts, and the reason says how much of it.
 */
export function oversizeReason(bytes: number, then: 'save' | 'export' | 'add-template', wordTemplate: Pick<ReportWordTemplate, 'fileName' | 'base64'> | null = null): string | null {
  if (bytes <= MAX_REPORT_FILE_BYTES) return null;
  const templateShare = wordTemplate === null ? '' : `; its Word template "${nameInMessage(wordTemplate.fileName)}", kept inside it, takes ${describeTemplate(wordTemplate)} of that`;
  const split = wordTemplate === null ? 'Split' : 'Choose a smaller Word template (its pictures make most of its size) or remove it in the report details, or split';
  const advice =
    then === 'add-template'
      ? 'Make the template smaller (its pictures make most of its size) and choose it again'
      : then === 'save'
        ? `${split} it into two reports (some of the metrics or months in each), or shorten its longest texts and notes, and save again`
        : `${split} it into two reports (some of the metrics or months in each) and export each`;
  const written = then === 'add-template' ? 'The report is as it was' : 'Nothing was written';
  const subject = then === 'add-template' ? 'with it the report would take' : 'the report would take';
  return `${subject} ${describeBytes(bytes)} as a file, and Report Desk opens reports of up to ${MAX_REPORT_SIZE_TEXT}${templateShare}. ${advice}. ${written}`;
}

function describeTemplate(template: Pick<ReportWordTemplate, 'base64'>): string {
  return `${(wordTemplateBytes(template) / MEGABYTE).toFixed(1)} MB`;
}
