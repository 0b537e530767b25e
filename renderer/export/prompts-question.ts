// Before an export: prompts the drafts left are named, and the person goes back to the first
// one or exports anyway.
import type { Report } from '../../shared/report-schema';
import type { AskChoice } from '../dialogs/choice-dialog';
import { sectionFieldId } from '../narrative/section-ids';
import { findPrompts, promptsLine, type SectionPrompts } from './prompts';

/** Selects the prompt in its section's text, once the question has closed and handed back the focus. */
function goToPrompt({ id, first }: SectionPrompts): void {
  window.setTimeout(() => {
    const field = document.getElementById(sectionFieldId(id));
    if (!(field instanceof HTMLTextAreaElement)) return;
    field.focus({ preventScroll: true });
    field.setSelectionRange(first.start, first.end);
    field.scrollIntoView({ block: 'center' });
  }, 0);
}

/** True to export; false when the person went back to complete the prompts. */
export async function exportDespitePrompts(ask: AskChoice, report: Report): Promise<boolean> {
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
  goToPrompt(firstSection);
  return false;
}
