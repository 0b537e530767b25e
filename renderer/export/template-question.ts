// Before an export: a Word template the report keeps but that cannot be used is named, and the
// person chooses its file again, exports in the app's own look, or goes back. Never silently.
import type { DocumentStore } from '../document/document-store';
import type { AskChoice } from '../ui/choice-dialog';
import type { Notices } from '../ui/notices';
import { chooseWordTemplate, wordTemplateStatus } from './word-template';

/** True to export (in the template chosen again, or in the app's own look); false to go back. */
export async function exportDespiteTemplate(ask: AskChoice, store: DocumentStore, notices: Notices): Promise<boolean> {
  const template = store.report.wordTemplate;
  if (template === null) return true;
  const status = await wordTemplateStatus(template);
  if (status.kind === 'readable') return true;
  const answer = await ask({
    title: 'Export without the Word template?',
    message: `${status.problem} The document would be in Report Desk's own look.`,
    choices: [
      { value: 'cancel', label: 'Cancel', autoFocus: true },
      { value: 'choose', label: 'Choose the file again…' },
      { value: 'export', label: "Export in Report Desk's look", primary: true },
    ],
    cancelValue: 'cancel',
    alert: true,
  });
  if (answer !== 'choose') return answer === 'export';
  const step = await chooseWordTemplate(store);
  if (step.kind === 'failed') notices.error(step.message);
  return step.kind === 'taken';
}
