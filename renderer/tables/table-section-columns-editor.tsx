// The columns of a table section, named, added and removed above its grid: each change one call
// of `onChange`, so one step of Undo. Open while the table has no rows (a new table's columns
// are to be named first), folded away once it has; `focusFirst` opens it on the first name.
import { useEffect, useImperativeHandle, useRef, useState, type ReactElement, type Ref } from 'react';
import { insertTableColumn, removeTableColumn, renameTableColumn, tableColumnEntries, type TableContent, type TableStep } from '../../shared/table-content';
import type { AskChoice } from '../ui/choice-dialog';
import { Icon } from '../ui/icons';
import { documentWords } from '../../shared/i18n/document-words';
import { useReport } from '../document/use-document';
import { sectionColumnName } from './table-section-columns';
import { columnRemovalQuestion } from './table-section-status';

interface ColumnsEditorProps {
  label: string;
  content: TableContent;
  onChange(step: TableStep, change: string): void;
  onStatus(status: string): void;
  /** Asks before a column that holds text is removed. */
  ask: AskChoice;
  ref?: Ref<ColumnsEditorHandle>;
}

export interface ColumnsEditorHandle {
  /** Unfolds the list and selects the first column's name, to be typed over. */
  focusFirst(): void;
}

/**
 * A column's name as typed: kept as the person's until Enter or leaving the field renames the
 * column; Escape, an empty name, or the name changed by Undo shows the column's name again.
 */
function ColumnNameField({ label, name, onRename }: { label: string; name: string; onRename(name: string): void }): ReactElement {
  const [typed, setTyped] = useState({ name, text: name });
  // The column renamed from elsewhere (Undo, Redo): the field follows.
  const shown = typed.name === name ? typed.text : name;
  if (typed.name !== name) setTyped({ name, text: name });
  const commit = (): void => {
    if (shown.trim() === '') setTyped({ name, text: name });
    else if (shown !== name) onRename(shown);
  };
  return (
    <input
      type="text"
      className="rd-plan-field"
      aria-label={label}
      value={shown}
      onChange={(event) => setTyped({ name, text: event.target.value })}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          commit();
        } else if (event.key === 'Escape') {
          setTyped({ name, text: name });
        }
      }}
    />
  );
}

export function TableSectionColumnsEditor({ label, content, onChange, onStatus, ask, ref }: ColumnsEditorProps): ReactElement {
  const { columns } = content;
  // A new column's name is printed in the document: it starts in the report's language ("Colonne 4").
  const language = useReport((report) => report.meta.language);
  const listRef = useRef<HTMLOListElement>(null);
  const [open, setOpen] = useState(content.rows.length === 0);
  // A column's name field to select once it is shown: a column just added, or the first, asked for.
  const [selecting, setSelecting] = useState<number | null>(null);
  useEffect(() => {
    if (selecting === null) return;
    const field = listRef.current?.querySelectorAll('input')[selecting];
    field?.select();
    field?.scrollIntoView({ block: 'nearest' });
    setSelecting(null);
  }, [selecting]);
  useImperativeHandle(ref, () => ({
    focusFirst() {
      setOpen(true);
      setSelecting(0);
    },
  }));

  /** A name left empty is refused: the field shows the name it had. */
  function rename(index: number, name: string): void {
    const trimmed = name.trim();
    if (trimmed !== '') onChange((current) => renameTableColumn(current, index, trimmed), `Rename column ${index + 1} of ${label}`);
  }

  /** An empty column goes at once; one holding text goes once the person has read what goes with it. */
  async function remove(index: number): Promise<void> {
    const name = sectionColumnName(columns, index);
    const entries = tableColumnEntries(content, index);
    if (entries > 0) {
      const question = columnRemovalQuestion(name, entries, label);
      const answer = await ask({
        title: question.title,
        message: question.message,
        choices: [
          { value: 'keep', label: question.keep, autoFocus: true },
          { value: 'remove', label: question.remove, primary: true },
        ],
        cancelValue: 'keep',
        alert: true,
      });
      if (answer !== 'remove') return;
    }
    // The question is the window's, but the menu's Undo is main's and may have moved the columns
    // meanwhile: the column asked about is the one removed, or none where it is no longer there.
    onChange((current) => (sectionColumnName(current.columns, index) === name && tableColumnEntries(current, index) === entries ? removeTableColumn(current, index) : current), `Remove column ${name} of ${label}`);
    onStatus(entries > 0 ? `Removed the column ${name} and its text. Undo brings it back.` : `Removed the column ${name}.`);
    // The focus stays in the list, on the name now in that place.
    setSelecting(Math.min(index, columns.length - 2));
  }

  function add(): void {
    const at = columns.length;
    onChange((current) => insertTableColumn(current, at, documentWords(language).say('table.column', { number: at + 1 })), `Add a column to ${label}`);
    setSelecting(at);
  }

  return (
    <details className="rd-section-columns" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        Edit columns<span className="visually-hidden"> of {label}</span>
      </summary>
      <ol ref={listRef} className="rd-section-column-list">
        {columns.map((name, index) => (
          <li key={index}>
            <ColumnNameField label={`${label}: name of column ${index + 1}`} name={name} onRename={(next) => rename(index, next)} />
            <button
              type="button"
              className="rd-link-button"
              disabled={columns.length === 1}
              title={columns.length === 1 ? 'A table keeps one column at least' : undefined}
              aria-label={`Remove column ${sectionColumnName(columns, index)} of ${label}`}
              onClick={() => void remove(index)}
            >
              Remove
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="button button-small" onClick={add}>
        <Icon name="add" /> Add column<span className="visually-hidden"> to {label}</span>
      </button>
    </details>
  );
}
