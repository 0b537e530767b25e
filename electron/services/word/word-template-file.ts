// A Word template read from a file the person named (the command line's --reference-doc): its
// size checked before a byte is read, then read whole and handed to readWordTemplate.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { describeFileError } from '../file-errors';
import type { TemplateReading } from './word-template';
import { readWordTemplate } from './word-template-read';
import { TEMPLATE_LIMITS } from './word-template-zip';

export async function readWordTemplateFile(path: string): Promise<TemplateReading> {
  const name = basename(path);
  try {
    const size = (await stat(path)).size;
    if (size > TEMPLATE_LIMITS.file) {
      return { ok: false, problem: `The Word template "${name}" cannot be used: it is ${Math.round(size / 1024 / 1024)} MB, more than the ${TEMPLATE_LIMITS.file / 1024 / 1024} MB a template may be.` };
    }
    return readWordTemplate(await readFile(path), name);
  } catch (error) {
    return { ok: false, problem: `The Word template ${path} cannot be read: ${describeFileError(error)}.` };
  }
}
