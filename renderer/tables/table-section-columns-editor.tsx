// The columns of a table section, named, added and removed under its grid: each change one call
// of `onChange`, so one step of Undo. Folded away once the table has columns.
import { useEffect, useRef, useState, type KeyboardEvent, type ReactElement } from 'react';
import { addColumn, columnHasText, removeColumn, renameColumn, type TableSectionContent } from './table-section-edits';
import { sectionColumnName } from './table-section-columns';
import { useReport } from '../document/use-document';
import { documentWords } from '../../shared/i18n/document-words';

interface ColumnsEditorProps {
  label: string;
  content: TableSectionContent;
  onChange(next: TableSectionContent, change: string): void;
  onStatus(status: string): void;
}

export function TableSectionColumnsEditor({ label, content, onChange, onStatus }: ColumnsEditorProps): ReactElement {
  const { columns } = content;
  // A new column's name is printed in the document: it starts in the report's language ("Colonne 4").
  const language = useReport((report) => report.meta.language);
  const listRef = useRef<HTMLOListElement>(null);
  // A column just added: its name field takes the focus, to be named.
  const [added, setAdded] = useState<number | null>(null);
  useEffect(() => {
    if (added === null) return;
    listRef.current?.querySelectorAll('input')[added]?.select();
    setAdded(null);
  }, [added]);

  function rename(index: number, name: string): void {
    onChange(renameColumn(content, index, name.trim()), `Rename column ${index + 1} of ${label}`);
  }

  function remove(index: number): void {
    const name = sectionColumnName(columns, index);
    const withText = columnHasText(content, index);
    onChange(removeColumn(content, index), `Remove column ${name} of ${label}`);
    onStatus(withText ? `Removed the column ${name} and its text. Undo brings it back.` : `Removed the column ${name}.`);
  }

  function add(): void {
    onChange(addColumn(content, documentWords(language).say('table.column', { number: columns.length + 1 })), `Add a column to ${label}`);
    setAdded(columns.length);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>, index: number): void {
    if (event.key === 'Enter') {
      event.preventDefault();
      rename(index, event.currentTarget.value);
    } else if (event.key === 'Escape') {
      event.currentTarget.value = columns[index] ?? '';
    }
  }

  return (
    <details className="rd-section-columns" open={columns.length === 0 ? true : undefined}>
      <summary>Columns</summary>
      <ol ref={listRef} className="rd-section-column-list">
        {columns.map((name, index) => (
          // Keyed by the name too: an undo that renames the column shows the name it brings back.
          <li key={`${index}:${name}`}>
            <input
              type="text"
              className="rd-plan-field"
              aria-label={`Name of column ${index + 1}`}
              defaultValue={name}
              onBlur={(event) => rename(index, event.currentTarget.value)}
              onKeyDown={(event) => onKeyDown(event, index)}
            />
            <button type="button" className="rd-link-button" aria-label={`Remove column ${sectionColumnName(columns, index)}`} onClick={() => remove(index)}>
              Remove
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="button" onClick={add}>
        + Add column
      </button>
    </details>
  );
}
