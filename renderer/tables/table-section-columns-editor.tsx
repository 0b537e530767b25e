// The columns of a table section, named, added and removed above its grid: each change one call
// of `onChange`, so one step of Undo. Open while the table has no rows (a new table's columns
// are to be named first), folded away once it has; `focusFirst` opens it on the first name.
import { useEffect, useImperativeHandle, useRef, useState, type KeyboardEvent, type ReactElement, type Ref } from 'react';
import { insertTableColumn, removeTableColumn, renameTableColumn, tableColumnHasText, type TableContent, type TableStep } from '../../shared/table-content';
import { Icon } from '../ui/icons';
import { sectionColumnName } from './table-section-columns';

interface ColumnsEditorProps {
  label: string;
  content: TableContent;
  onChange(step: TableStep, change: string): void;
  onStatus(status: string): void;
  ref?: Ref<ColumnsEditorHandle>;
}

export interface ColumnsEditorHandle {
  /** Unfolds the list and selects the first column's name, to be typed over. */
  focusFirst(): void;
}

export function TableSectionColumnsEditor({ label, content, onChange, onStatus, ref }: ColumnsEditorProps): ReactElement {
  const { columns } = content;
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
  function rename(index: number, field: HTMLInputElement): void {
    const name = field.value.trim();
    if (name === '') field.value = columns[index] ?? '';
    else onChange((current) => renameTableColumn(current, index, name), `Rename column ${index + 1} of ${label}`);
  }

  function remove(index: number): void {
    const name = sectionColumnName(columns, index);
    const withText = tableColumnHasText(content, index);
    onChange((current) => removeTableColumn(current, index), `Remove column ${name} of ${label}`);
    onStatus(withText ? `Removed the column ${name} and its text. Undo brings it back.` : `Removed the column ${name}.`);
  }

  function add(): void {
    const at = columns.length;
    onChange((current) => insertTableColumn(current, at, `Column ${at + 1}`), `Add a column to ${label}`);
    setSelecting(at);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>, index: number): void {
    if (event.key === 'Enter') {
      event.preventDefault();
      rename(index, event.currentTarget);
    } else if (event.key === 'Escape') {
      event.currentTarget.value = columns[index] ?? '';
    }
  }

  return (
    <details className="rd-section-columns" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        Columns<span className="visually-hidden"> of {label}</span>
      </summary>
      <ol ref={listRef} className="rd-section-column-list">
        {columns.map((name, index) => (
          // Keyed by the name too: an undo that renames the column shows the name it brings back.
          <li key={`${index}:${name}`}>
            <input
              type="text"
              className="rd-plan-field"
              aria-label={`${label}: name of column ${index + 1}`}
              defaultValue={name}
              onBlur={(event) => rename(index, event.currentTarget)}
              onKeyDown={(event) => onKeyDown(event, index)}
            />
            <button
              type="button"
              className="rd-link-button"
              disabled={columns.length === 1}
              title={columns.length === 1 ? 'A table keeps one column at least' : undefined}
              aria-label={`Remove column ${sectionColumnName(columns, index)} of ${label}`}
              onClick={() => remove(index)}
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
