// The report's Word template in its details: choose one (main's dialog), see the style each part
// of the report takes and what was left out, remove it, each one undo step. A template that
// cannot be used says so, and that exports are in the app's own look meanwhile; the file where it
// was last seen is offered when it has changed, or when the report's copy is damaged.
import { useEffect, useId, useState, type ReactElement } from 'react';
import type { TemplateStyleChoice, WordTemplateOnDisk, WordTemplateStatus } from '../../shared/api';
import type { ReportWordTemplate } from '../../shared/report-schema';
import { useDocumentStore, useReport } from '../document/use-document';
import { chooseWordTemplate, removeWordTemplate, takeWordTemplateFromDisk, wordTemplateStatus, type TemplateStep } from '../export/word-template';
import { describeLastChange } from '../start/last-change';

/** What main made of the report's template; null while it is being read, and for a report without one. */
export function useWordTemplateStatus(template: ReportWordTemplate | null): WordTemplateStatus | null {
  const [answer, setAnswer] = useState<{ template: ReportWordTemplate; status: WordTemplateStatus } | null>(null);
  useEffect(() => {
    if (template === null) return;
    let current = true;
    void wordTemplateStatus(template).then((status) => {
      if (current) setAnswer({ template, status });
    });
    return () => {
      current = false;
    };
  }, [template]);
  return answer !== null && answer.template === template ? answer.status : null;
}

function addedOn(template: ReportWordTemplate): string {
  const when = new Date(template.addedAt);
  return Number.isNaN(when.getTime()) ? '' : `added ${when.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })}`;
}

function StyleList({ styleMap, open }: { styleMap: readonly TemplateStyleChoice[]; open: boolean }): ReactElement {
  const fromTemplate = styleMap.filter((choice) => choice.from === 'template').length;
  return (
    <details className="template-styles" open={open}>
      <summary>
        The style each part takes: {fromTemplate} of {styleMap.length} from the template
      </summary>
      <table className="template-style-table">
        <thead>
          <tr>
            <th scope="col">Part of the report</th>
            <th scope="col">Style in Word</th>
          </tr>
        </thead>
        <tbody>
          {styleMap.map((choice) => (
            <tr key={choice.part}>
              <th scope="row">{choice.part}</th>
              <td>{choice.from === 'template' ? `The template's ${choice.style}` : choice.style}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

function OnDiskOffer({ onDisk, kind, onTake }: { onDisk: WordTemplateOnDisk; kind: WordTemplateStatus['kind']; onTake: () => void }): ReactElement {
  const changed = describeLastChange(onDisk.modified);
  return (
    <div className="template-on-disk" role="status">
      <p>
        {kind === 'readable'
          ? `The file where this template was last seen has changed since it was added (${changed}): ${onDisk.path}`
          : `The template file is still where it was last seen: ${onDisk.path}`}
      </p>
      <button type="button" className="button button-small" onClick={onTake}>
        {kind === 'readable' ? 'Take the newer one' : 'Take it from there'}
      </button>
    </div>
  );
}

export function WordTemplateField(): ReactElement {
  const store = useDocumentStore();
  const id = useId();
  const template = useReport((report) => report.wordTemplate);
  const status = useWordTemplateStatus(template);
  const [problem, setProblem] = useState<string | null>(null);
  // The style list opens for a template just taken, as the person chose it.
  const [justTaken, setJustTaken] = useState<ReportWordTemplate | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (step: () => Promise<TemplateStep>): Promise<void> => {
    setBusy(true);
    try {
      const result = await step();
      setProblem(result.kind === 'failed' ? result.message : null);
      if (result.kind === 'taken') setJustTaken(result.taken.template);
    } finally {
      setBusy(false);
    }
  };
  const choose = () => void run(() => chooseWordTemplate(store));

  return (
    <fieldset className="template-fields" aria-describedby={`${id}-hint`} aria-busy={busy || (template !== null && status === null)}>
      <legend>Word template</legend>
      {template === null ? (
        <div className="template-file">
          <p className="field-hint" id={`${id}-hint`}>
            None: the document is in Report Desk&apos;s own look. An organisation&apos;s template (.dotx or .docx) gives it their styles, page, headers and logo, and is kept inside the
            report file.
          </p>
          <button type="button" className="button" disabled={busy} onClick={choose}>
            Choose a Word template…
          </button>
        </div>
      ) : (
        <>
          <div className="template-file">
            <p className="template-name" id={`${id}-hint`}>
              <strong>{template.fileName}</strong> <span className="field-hint">{addedOn(template)}, kept inside the report file</span>
            </p>
            <button type="button" className="button button-small" disabled={busy} onClick={choose}>
              {status?.kind === 'unreadable' ? 'Choose the file again…' : 'Choose another…'}
            </button>
            <button type="button" className="button button-small" disabled={busy} onClick={() => removeWordTemplate(store)}>
              Remove
            </button>
          </div>
          {status === null && <p className="field-hint">Reading the template…</p>}
          {status?.kind === 'unreadable' && (
            <p className="field-problem" role="alert">
              {status.problem} Until it is chosen again, the report exports in Report Desk&apos;s own look.
            </p>
          )}
          {status?.onDisk != null && <OnDiskOffer onDisk={status.onDisk} kind={status.kind} onTake={() => void run(() => takeWordTemplateFromDisk(store, status.onDisk!.path))} />}
          {status?.kind === 'readable' && <StyleList key={template.sha256} styleMap={status.styleMap} open={justTaken === template} />}
          {status?.kind === 'readable' && status.warnings.length > 0 && (
            <ul className="template-warnings" aria-label="Left out of the template">
              {status.warnings.map((warning) => (
                <li key={warning}>{warning}</li>
              ))}
            </ul>
          )}
        </>
      )}
      {problem !== null && (
        <p className="field-problem" role="alert">
          {problem}
        </p>
      )}
    </fieldset>
  );
}
