// What marks a template file, apart from its schema: the report's reader names a template it is
// given by this marker without loading anything of templates.

export const TEMPLATE_FORMAT_MARKER = 'report-desk/template';
export const TEMPLATE_VERSION = 1;
export const TEMPLATE_FILE_EXTENSION = '.rdesk-template';
/** The most a template's name holds: it names a file and a line of the start screen. */
export const MAX_TEMPLATE_NAME = 120;

/** Whether a path names a template file by its extension. */
export function isTemplateFilePath(path: string): boolean {
  return path.toLowerCase().endsWith(TEMPLATE_FILE_EXTENSION);
}
