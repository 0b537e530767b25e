// Before an export: prompts the drafts left and carried text not yet reviewed are named, and
// the person goes back to the first or exports anyway; charts the document leaves out are said.
import type { Report } from '../../shared/report-schema';
import type { DocumentStore } from '../document/document-store';
import type { AskChoice } from '../ui/choice-dialog';
import { findPrompts, promptsLine, promptsQuestion } from './prompts';
import { chartsLeftOutWarning } from '../../shared/chart-selection';

/** True to export; false when the person went back to complete the prompts (the first one selected). */
export async function exportDespitePrompts(ask: AskChoice, store: DocumentStore, report: Report): Promise<boolean> {
  const sections = findPrompts(report);
  const firstSection = sections[0];
  if (firstSection === undefined) return true;
  const answer = await ask({
    ...promptsQuestion(sections),
    details: sections.map(promptsLine),
    choices: [
      { value: 'back', label: 'Go back and complete', autoFocus: true },
      { value: 'export', label: 'Export anyway', primary: true },
    ],
    cancelValue: 'back',
    alert: true,
  });
  if (answer === 'export') return true;
  store.requestFocus({ kind: 'section', section: firstSection.id, select: firstSection.first });
  return false;
}

/** True to export; false when the person would rather not, told the document leaves charts out (chart-selection). */
export async function exportDespiteChartLimit(ask: AskChoice, report: Report): Promise<boolean> {
  const warning = chartsLeftOutWarning(report);
  if (warning === null) return true;
  const answer = await ask({
    title: 'More charts than a document can hold',
    message: warning,
    choices: [
      { value: 'cancel', label: 'Cancel' },
      { value: 'export', label: 'Export', primary: true, autoFocus: true },
    ],
    cancelValue: 'cancel',
  });
  return answer === 'export';
}
