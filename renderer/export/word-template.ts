// The report's Word template in the window: what main made of it, and the steps that change it
// (each one undo step). Main reads the template anew from the report's bytes each time it is
// asked; the answer is kept by the template itself, so Undo bringing a template back brings its
// answer back without asking again.
import type { TakenWordTemplate, WordTemplateStatus } from '../../shared/api';
import type { ReportWordTemplate } from '../../shared/report-schema';
import { oversizeReason, reportFileBytes } from '../../shared/report-size';
import { nameInMessage } from '../../shared/message-names';
import { api } from '../api';
import type { DocumentStore } from '../document/document-store';

const statuses = new WeakMap<ReportWordTemplate, Promise<WordTemplateStatus>>();

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What main makes of the template: the style each part takes, or why it cannot be used. Never rejects. */
export function wordTemplateStatus(template: ReportWordTemplate): Promise<WordTemplateStatus> {
  let status = statuses.get(template);
  if (status === undefined) {
    status = api()
      .checkWordTemplate(template)
      .catch((error: unknown): WordTemplateStatus => ({ kind: 'unreadable', problem: `The Word template "${nameInMessage(template.fileName)}" could not be checked: ${messageOf(error)}`, onDisk: null }));
    statuses.set(template, status);
  }
  return status;
}

/** Asks main again, for a file where the template was last seen that has changed since the report was opened. */
export function checkWordTemplateAgain(template: ReportWordTemplate): Promise<WordTemplateStatus> {
  statuses.delete(template);
  return wordTemplateStatus(template);
}

export type TemplateStep = { kind: 'taken'; taken: TakenWordTemplate } | { kind: 'cancelled' } | { kind: 'failed'; message: string };

/** The template taken into the report, as one undo step, its reading kept for the window to show; refused where the report would grow past what it may be. */
function keep(store: DocumentStore, taken: TakenWordTemplate, label: string): TemplateStep {
  const tooLarge = oversizeReason(reportFileBytes({ ...store.report, wordTemplate: taken.template }), 'add-template', taken.template);
  if (tooLarge !== null) return { kind: 'failed', message: `The Word template "${nameInMessage(taken.template.fileName)}" was not added: ${tooLarge}.` };
  statuses.set(taken.template, Promise.resolve({ kind: 'readable', styleMap: taken.styleMap, warnings: taken.warnings, onDisk: null }));
  store.edit(label, (report) => ({ ...report, wordTemplate: taken.template }));
  return { kind: 'taken', taken };
}

/** Choose a Word template… (or Choose the file again…): main's dialog, opened where the report's was last seen. */
export async function chooseWordTemplate(store: DocumentStore): Promise<TemplateStep> {
  const current = store.report.wordTemplate;
  try {
    const answer = await api().chooseWordTemplate({ lastSeenPath: current?.lastSeenPath ?? null });
    if (answer.kind !== 'word-template') return answer;
    return keep(store, answer, current === null ? 'Choose the Word template' : current.sha256 === answer.template.sha256 ? 'Choose the Word template file again' : 'Change the Word template');
  } catch (error) {
    return { kind: 'failed', message: `The Word template could not be chosen: ${messageOf(error)}` };
  }
}

/** The file where the template was last seen, taken in place of the report's copy. */
export async function takeWordTemplateFromDisk(store: DocumentStore, path: string): Promise<TemplateStep> {
  try {
    const answer = await api().takeWordTemplateFromDisk(path);
    if (answer.kind !== 'word-template') return answer;
    return keep(store, answer, 'Take the newer Word template');
  } catch (error) {
    return { kind: 'failed', message: `The Word template could not be read: ${messageOf(error)}` };
  }
}

/** Back to the app's own look. */
export function removeWordTemplate(store: DocumentStore): void {
  store.edit('Remove the Word template', (report) => ({ ...report, wordTemplate: null }));
}
