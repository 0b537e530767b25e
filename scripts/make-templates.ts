// Writes the shipped templates (shared/templates/shipped-templates.ts) to assets/templates/, one
// .rdesk-template file each, as the app writes a template: a person can open one from the
// desktop, keep it or send it. test/unit/shipped-templates.test.ts fails when a file differs
// from what this writes now: run `npx tsx scripts/make-templates.ts` after changing them.
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { shippedTemplates } from '../shared/templates/shipped-templates';
import { writeTemplateText } from '../shared/templates/template-file';
import { TEMPLATE_FILE_EXTENSION } from '../shared/templates/template-schema';

export const SHIPPED_TEMPLATES_DIR = fileURLToPath(new URL('../assets/templates', import.meta.url));

/** Each shipped template's file name and text, exactly as committed. */
export function shippedTemplateFiles(): { fileName: string; text: string }[] {
  return shippedTemplates().map(({ id, template }) => ({ fileName: `${id}${TEMPLATE_FILE_EXTENSION}`, text: writeTemplateText(template) }));
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await mkdir(SHIPPED_TEMPLATES_DIR, { recursive: true });
  for (const { fileName, text } of shippedTemplateFiles()) {
    await writeFile(join(SHIPPED_TEMPLATES_DIR, fileName), text);
    console.log(`Wrote ${join(SHIPPED_TEMPLATES_DIR, fileName)}`);
  }
}
