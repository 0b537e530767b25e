// Changing the language a report is written in. The untouched drafts follow it (they are the
// app's words); the titles the app gave and the person never changed may follow it, when the
// person says so; the person's own words never change.
import type { Report } from './report-schema';
import { defaultTitle, isDefaultTitle } from './sections';
import { refreshDrafts } from './section-text';
import { DOCUMENT_LANGUAGES } from './i18n/document-language';
import { documentWords } from './i18n/document-words';

/** A title the app gave, and what it becomes in the new language. */
export interface TitleRename {
  /** The section's id, or null for the report's own title. */
  sectionId: string | null;
  from: string;
  to: string;
}

function isDefaultReportTitle(title: string): boolean {
  return DOCUMENT_LANGUAGES.some((language) => documentWords(language).say('report.title') === title.trim());
}

/**
 * The titles still as the app gave them (a section's default title of its kind, the report's
 * "Activity report", in any language the app writes) that read otherwise in the new language:
 * what a change of language may rename, once the person agrees.
 */
export function titlesToRename(report: Report, language: string): TitleRename[] {
  const renames: TitleRename[] = [];
  const title = documentWords(language).say('report.title');
  if (isDefaultReportTitle(report.meta.title) && report.meta.title.trim() !== title) renames.push({ sectionId: null, from: report.meta.title.trim(), to: title });
  for (const section of report.sections) {
    const to = defaultTitle(section.kind, language);
    if (isDefaultTitle(section.kind, section.title) && section.title.trim() !== to) renames.push({ sectionId: section.id, from: section.title.trim(), to });
  }
  return renames;
}

/**
 * The report in another language, as one step: its untouched drafts redrafted in it, and with
 * `rename`, the titles titlesToRename finds given the new language's. Text the person wrote, and
 * every title they chose, stay as they are.
 */
export function changeReportLanguage(report: Report, language: string, rename: boolean): Report {
  if (report.meta.language === language) return report;
  const renames = rename ? titlesToRename(report, language) : [];
  const bySection = new Map(renames.flatMap((change) => (change.sectionId === null ? [] : [[change.sectionId, change.to] as const])));
  const reportTitle = renames.find((change) => change.sectionId === null)?.to;
  const next: Report = {
    ...report,
    meta: { ...report.meta, language, ...(reportTitle === undefined ? {} : { title: reportTitle }) },
    sections: bySection.size === 0 ? report.sections : report.sections.map((section) => (bySection.has(section.id) ? { ...section, title: bySection.get(section.id)! } : section)),
  };
  return refreshDrafts(next);
}
