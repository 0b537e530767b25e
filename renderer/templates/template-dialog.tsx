// Save as Template… and Export Template…'s question: the template's name, what it is for, and
// which sections keep their words as starter text. The figures, notes and drafts never go in.
import { useEffect, useId, useRef, useState, type ReactElement, type ReactNode } from 'react';
import { useAskedDialog } from '../ui/asked-dialog';
import type { Report } from '../../shared/report-schema';
import { hasWordsToKeep, templateShape, type TemplateChoices } from '../../shared/templates/template-building';
import { MAX_TEMPLATE_NAME } from '../../shared/templates/template-marker';
import { isCarried } from '../../shared/section-text';
import { shownSectionNumbers } from '../../shared/sections';
import { nameInMessage } from '../../shared/message-names';
import { describeBytes, wordTemplateBytes } from '../../shared/report-size';

export interface TemplateRequest {
  report: Report;
  /** 'keep': into the person's templates folder (Save as Template…); 'export': to a file they choose. */
  purpose: 'keep' | 'export';
}

/** The template's name and what it keeps, or null when the person cancelled. */
export type AskTemplate = (request: TemplateRequest) => Promise<TemplateChoices | null>;

function TemplateDialog({ request, onAnswer }: { request: TemplateRequest; onAnswer: (choices: TemplateChoices | null) => void }): ReactElement {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const { report, purpose } = request;
  const [name, setName] = useState(report.meta.title.trim().slice(0, MAX_TEMPLATE_NAME));
  const [description, setDescription] = useState('');
  const withWords = report.sections.map((section, index) => ({ section, number: shownSectionNumbers(report)[index] })).filter(({ section }) => hasWordsToKeep(section));
  // Words carried from last period are that period's; the template's own and the person's standing text are kept unless unticked.
  const [kept, setKept] = useState<ReadonlySet<string>>(() => new Set(withWords.filter(({ section }) => !isCarried(report, section)).map(({ section }) => section.id)));
  const [keepWordTemplate, setKeepWordTemplate] = useState(true);
  const nameMissing = name.trim() === '';

  useEffect(() => {
    const dialog = ref.current;
    if (dialog !== null && !dialog.open) dialog.showModal();
    dialog?.querySelector<HTMLInputElement>('input')?.select();
    return () => dialog?.close();
  }, []);

  const toggle = (sectionId: string, on: boolean): void => {
    const next = new Set(kept);
    if (on) next.add(sectionId);
    else next.delete(sectionId);
    setKept(next);
  };

  return (
    <dialog
      ref={ref}
      className="choice-dialog template-dialog"
      aria-modal="true"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-message`}
      onCancel={(event) => {
        event.preventDefault();
        onAnswer(null);
      }}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          if (!nameMissing) onAnswer({ name: name.trim(), description, keepWords: kept, keepWordTemplate });
        }}
      >
        <h2 id={`${id}-title`} className="choice-dialog-title">
          {purpose === 'keep' ? 'Save as template' : 'Export template'}
        </h2>
        <p id={`${id}-message`} className="choice-dialog-message">
          The template keeps this report&apos;s shape ({templateShape({ sections: report.sections, metrics: report.metrics, people: report.effort.people })}): its details, sections, people by name, metrics
          with their targets and the look of its document
          {report.wordTemplate === null || !keepWordTemplate ? '' : `, with its Word template “${nameInMessage(report.wordTemplate.fileName)}” (${describeBytes(wordTemplateBytes(report.wordTemplate))})`}. No figures, person-months, notes or drafts go in.{' '}
          {purpose === 'keep' ? 'New Report from Template… and the start screen will offer it.' : 'You choose where to write the file next, to keep it or send it to a colleague.'}
        </p>
        <div className="template-dialog-fields">
          <div className="field">
            <label htmlFor={`${id}-name`}>Template name</label>
            <input
              id={`${id}-name`}
              type="text"
              value={name}
              maxLength={MAX_TEMPLATE_NAME}
              required
              aria-invalid={nameMissing || undefined}
              aria-describedby={nameMissing ? `${id}-name-problem` : undefined}
              onChange={(event) => setName(event.target.value)}
            />
            {nameMissing && (
              <p className="field-problem" id={`${id}-name-problem`}>
                A template needs a name.
              </p>
            )}
          </div>
          <div className="field">
            <label htmlFor={`${id}-description`}>What it is for (optional)</label>
            <input id={`${id}-description`} type="text" value={description} placeholder="Our quarterly report to the service board" onChange={(event) => setDescription(event.target.value)} />
          </div>
          {report.wordTemplate !== null && (
            <div className="field">
              <label className="field-check">
                <input type="checkbox" checked={keepWordTemplate} aria-describedby={`${id}-word-template-hint`} onChange={(event) => setKeepWordTemplate(event.target.checked)} />
                Keep the Word template “{nameInMessage(report.wordTemplate.fileName)}” ({describeBytes(wordTemplateBytes(report.wordTemplate))})
              </label>
              <p className="field-hint" id={`${id}-word-template-hint`}>
                Reports made from this template export in it. Untick to leave it out: they export in Report Desk&apos;s own look until one is chosen in their details.
              </p>
            </div>
          )}
          {withWords.length > 0 && (
            <fieldset className="template-dialog-words">
              <legend>Keep these sections&apos; words as starter text</legend>
              <p className="field-hint">Untick a section whose words belong to this period only: the template keeps its title and place, empty.</p>
              {withWords.map(({ section, number }) => (
                <label key={section.id} className="field-check">
                  <input type="checkbox" checked={kept.has(section.id)} onChange={(event) => toggle(section.id, event.target.checked)} />
                  {number === undefined ? '' : `${number} `}
                  {section.title.trim()}
                  {section.kind === 'table' && section.rows.length > 0 ? ' (its text and rows)' : ''}
                </label>
              ))}
            </fieldset>
          )}
        </div>
        <div className="choice-dialog-buttons">
          <button type="button" className="button" onClick={() => onAnswer(null)}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={nameMissing}>
            {purpose === 'keep' ? 'Save template' : 'Export…'}
          </button>
        </div>
      </form>
    </dialog>
  );
}

/** The dialog element to render once, and `askTemplate`, which resolves with the answer or null. */
export function useTemplateDialog(): { dialog: ReactNode; askTemplate: AskTemplate } {
  const { dialog, ask } = useAskedDialog(TemplateDialog);
  return { dialog, askTemplate: ask };
}
