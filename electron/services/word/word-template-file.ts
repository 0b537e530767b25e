// A Word template read from a file the person named (chosen in main's dialog, or the command
// line's --reference-doc): its size checked before a byte is read, then read whole and handed to
// readWordTemplate.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { describeFileError } from '../file-errors';
import { nameInMessage } from '../../../shared/message-names';
import type { TemplateReading } from './word-template';
import { readWordTemplate } from './word-template-read';
import { TEMPLATE_LIMITS } from './word-template-zip';

export type TemplateFileBytes = { ok: true; bytes: Buffer; fileName: string } | { ok: false; problem: string };

/** The file's bytes, unless it is larger than a template may be or cannot be read; never throws. */
export async function readTemplateFileBytes(path: string): Promise<TemplateFileBytes> {
  const fileName = basename(path);
  try {
    const size = (await stat(path)).size;
    if (size > TEMPLATE_LIMITS.file) {
      return { ok: false, problem: `The Word template "${nameInMessage(fileName)}" cannot be used: it is ${Math.round(size / 1024 / 1024)} MB, more than the ${TEMPLATE_LIMITS.file / 1024 / 1024} MB a template may be.` };
    }
    return { ok: true, bytes: await readFile(path), fileName };
  } catch (error) {
    return { ok: false, problem: `The Word template ${path} cannot be read: ${describeFileError(error)}.` };
  }
}

export async function readWordTemplateFile(path: string): Promise<TemplateReading> {
  const file = await readTemplateFileBytes(path);
  return file.ok ? readWordTemplate(file.bytes, file.fileName) : { ok: false, problem: file.problem };
}
