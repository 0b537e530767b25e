// The report format's constants, apart from its schema: the window and the rest of shared/ use
// them without loading zod (README, "The window's first load"); report-schema.ts and report-file.ts re-export them.
import { nameInMessage } from './message-names';

export const FORMAT_MARKER = 'report-desk/report';
export const SCHEMA_VERSION = 3;
export const MAX_PERIOD_MONTHS = 36;
/** The language a report is written in unless the person says otherwise. */
export const DEFAULT_LANGUAGE = 'en-GB';
/** A BCP 47 language tag of the usual shapes: en, en-GB, fr-FR, sr-Latn-RS. */
export const LANGUAGE_TAG_PATTERN = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|\d{3}))?$/;
/** A month as YYYY-MM (the period's start). */
export const MONTH_KEY_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

export const REPORT_FILE_EXTENSION = '.rdesk';

/** Whether a path names a report file by its extension: the only files the app opens. */
export function isReportFilePath(path: string): boolean {
  return path.toLowerCase().endsWith(REPORT_FILE_EXTENSION);
}

/** Why another kind of file is not opened, in the words both main and the window use. */
export function notAReportFileMessage(fileName: string): string {
  return `"${nameInMessage(fileName)}" could not be opened: Report Desk opens reports saved as ${REPORT_FILE_EXTENSION} files.`;
}
