// One narrative section: the live draft until the person types, then their words, kept.
import { useId, type ReactElement, type ReactNode } from 'react';
import type { Report, SectionId } from '../../shared/report-schema';
import { editSection, redraftSection, sectionText } from '../../shared/drafting';
import { Icon } from '../header/icons';
import { sectionFieldId } from './section-ids';

export type SectionEdit = (next: Report, label: string, coalesceKey?: string) => void;

interface SectionEditorProps {
  report: Report;
  id: SectionId;
  /** Names the section for the label and the buttons ("General overview"). */
  label: string;
  onEdit: SectionEdit;
  /** Shown above the text, e.g. what last period foresaw. */
  context?: ReactNode;
  hint?: string;
}

export function SectionEditor({ report, id, label, onEdit, context, hint }: SectionEditorProps): ReactElement {
  const fieldId = sectionFieldId(id);
  const markId = useId();
  const hintId = useId();
  const edited = report.sections[id].edited;
  const text = sectionText(report, id);

  return (
    <div className={`narrative ${edited ? 'narrative-edited' : 'narrative-draft'}`}>
      <div className="narrative-head">
        <label className="narrative-label" htmlFor={fieldId}>
          {label}
        </label>
        <span className="narrative-mark" id={markId}>
          <Icon name={edited ? 'edited' : 'draft'} />
          {edited ? 'Edited — kept as you wrote it' : 'Draft — follows the data'}
        </span>
        <button
          type="button"
          className="button button-small"
          disabled={!edited}
          title={edited ? 'Replace your text with the app’s draft (Undo brings it back)' : 'This text already follows the data'}
          onClick={() => onEdit(redraftSection(report, id), `Redraft ${label}`)}
        >
          Redraft from data<span className="visually-hidden"> for {label}</span>
        </button>
      </div>
      {context !== undefined && <div className="narrative-context">{context}</div>}
      {hint !== undefined && (
        <p className="narrative-hint" id={hintId}>
          {hint}
        </p>
      )}
      <textarea
        id={fieldId}
        className="narrative-text"
        aria-describedby={hint === undefined ? markId : `${markId} ${hintId}`}
        value={text}
        spellCheck
        onChange={(event) => onEdit(editSection(report, id, event.target.value), `Edit ${label}`, `section:${id}`)}
      />
    </div>
  );
}
