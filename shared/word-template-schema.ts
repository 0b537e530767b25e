// The organisation's Word template as the report file carries it: the file itself (its bytes in
// base64), its name, its SHA-256 digest, when it was added and where the file was last seen. It
// travels inside the report, so a report sent to a colleague exports in the same look. Its bytes
// are never trusted: each use checks them against the digest and reads them as a template anew
// (electron/services/word/report-word-template.ts); one that fails leaves the report readable,
// exported in the app's own look with a sentence saying so.
import { z } from 'zod';

/** A SHA-256 digest written as 64 lower-case hexadecimal digits. */
export const SHA256_PATTERN = /^[0-9a-f]{64}$/;
/** A moment as toISOString writes it, in UTC: 2026-01-09T08:05:03.000Z. */
export const ISO_TIME_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-([0-2]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,3})?Z$/;

export const wordTemplateSchema = z
  .object({
    /** The file's name as it was chosen ("EGI OLA report.dotx"), shown in the window and named in messages. */
    fileName: z.string().min(1),
    /** SHA-256 of the bytes: which template this is, and a check that they arrived whole. */
    sha256: z.string().regex(SHA256_PATTERN, 'must be a SHA-256 digest (64 hexadecimal digits)'),
    /** When this version of the template was added to the report. */
    addedAt: z.string().regex(ISO_TIME_PATTERN, 'must be a time written as 2026-01-09T08:05:03.000Z'),
    /** Where the file was when it was added or last taken; null where not known. The window offers a newer file found there. */
    lastSeenPath: z.string().min(1).nullable(),
    /** The file's bytes in base64; last, so the readable part of the report file comes first. */
    base64: z.string(),
  })
  .describe(
    "The organisation's Word template (.dotx or .docx) the report is exported in, carried inside the report. Its bytes (base64) are checked against sha256 and read as a Word template each time they are used; a template that fails is named and the report exported in Report Desk's own look.",
  );

export type ReportWordTemplate = z.infer<typeof wordTemplateSchema>;
