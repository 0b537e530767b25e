// A Word template as a report keeps it, damaged as a file is damaged on a disk or by a hand
// edit: one character of its base64 changed for another base64 character, so it still decodes
// but its bytes no longer match their digest.
import type { ReportWordTemplate } from '../../shared/report-schema';

export function brokenTemplate(template: ReportWordTemplate): ReportWordTemplate {
  const at = Math.floor(template.base64.length / 2);
  const changed = template.base64[at] === 'A' ? 'B' : 'A';
  return { ...template, base64: `${template.base64.slice(0, at)}${changed}${template.base64.slice(at + 1)}` };
}

/** The same damage done to a saved report file's text, as a person with a text editor would. */
export function breakTemplateInFile(text: string): string {
  const report = JSON.parse(text) as { wordTemplate: ReportWordTemplate | null };
  if (report.wordTemplate === null) throw new Error('The report keeps no Word template to break.');
  const broken = brokenTemplate(report.wordTemplate);
  return text.replace(report.wordTemplate.base64, broken.base64);
}
