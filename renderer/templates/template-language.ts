// Which language the start screen offers the shipped templates in first: the language the person
// writes their reports in, as far as the window knows it.
import type { RecentReports } from '../../shared/api';
import { documentLanguage, type DocumentLanguage } from '../../shared/i18n/document-language';

/**
 * From the File menu, the open report's language; at launch (a blank report in the window), the
 * language of the last report the person worked on, English where there is none.
 */
export function preferredTemplateLanguage(openReportLanguage: string, atLaunch: boolean, recent: RecentReports | null): DocumentLanguage {
  if (!atLaunch) return documentLanguage(openReportLanguage);
  const last = recent?.reports.find((report) => report.language !== null)?.language;
  return documentLanguage(last ?? openReportLanguage);
}
