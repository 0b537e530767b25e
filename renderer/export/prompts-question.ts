// Before an export: prompts the drafts left are named, and the person goes back to the first
// one or exports anyway.
import type { Report } from '../../shared/report-schema';
import type { DocumentStore } from '../document/document-store';
import type { AskChoice } from '../ui/choice-dialog';
import { findPrompts, promptsLine } from './prompts';

/** True to export; false when the person went back to complete the prompts (the first one selected). */
export async function exportDespitePrompts(ask: AskChoice, store: DocumentStore, report: Report): Promise<boolean> {
  const sections = findPrompts(report);
  const firstSection = sections[0];
  if (firstSection === undefined) return true;
  const total = sections.reduce((sum, section) => sum + section.count, 0);
  const answer = await ask({
    title: total === 1 ? 'A prompt is still to complete' : `${total} prompts are still to complete`,
    message: 'The drafts leave prompts in square brackets for your own words. Exported now, the document shows them as they are:',
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
