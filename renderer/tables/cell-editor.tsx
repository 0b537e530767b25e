// The text field that opens inside a cell while it is being edited.
import { useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { editorKeyIntent } from './grid-navigation';
import type { EditorHandlers, GridEditing } from './use-spreadsheet-grid';

interface CellEditorProps {
  editing: GridEditing;
  handlers: EditorHandlers;
  label: string;
  numeric: boolean;
  invalid: boolean;
  describedBy: string | undefined;
}

export function CellEditor({ editing, handlers, label, numeric, invalid, describedBy }: CellEditorProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  // Enter, Tab, Escape and blur can all end an edit; only the first one counts.
  const finished = useRef(false);

  useLayoutEffect(() => {
    const input = inputRef.current;
    if (input === null) return;
    input.focus();
    if (editing.selectAll) input.select();
    else input.setSelectionRange(input.value.length, input.value.length);
  }, [editing]);

  function finish(action: () => void) {
    if (finished.current) return;
    finished.current = true;
    action();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const command = event.ctrlKey || event.metaKey;
    if (command && ['z', 'y'].includes(event.key.toLowerCase())) {
      // Undo/redo belong to the text being typed while the editor is open, not to the app.
      event.stopPropagation();
      return;
    }
    const intent = editorKeyIntent(event);
    if (intent.kind === 'none') return;
    event.preventDefault();
    event.stopPropagation();
    const text = event.currentTarget.value;
    if (intent.kind === 'cancel') finish(handlers.onCancel);
    else finish(() => handlers.onCommit(text, intent.then));
  }

  return (
    <input
      ref={inputRef}
      className={numeric ? 'rd-cell-editor rd-cell-editor--number' : 'rd-cell-editor'}
      defaultValue={editing.initialText}
      // The default size of 20 characters widened the column and re-flowed the whole table.
      size={1}
      aria-label={label}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      inputMode={numeric ? 'decimal' : 'text'}
      autoComplete="off"
      spellCheck={false}
      // Ctrl+Z here undoes the typing (see onKeyDown); the app's menu Undo looks for this mark.
      data-own-undo=""
      onKeyDown={onKeyDown}
      // For the menu's Undo and Redo (see app.tsx): whether this field has typing of its own.
      onInput={(event) => {
        event.currentTarget.dataset.typed = 'true';
      }}
      onBlur={(event) => {
        const text = event.currentTarget.value;
        finish(() => handlers.onCommit(text, null));
      }}
      onPaste={(event) => {
        if (finished.current) return;
        const text = event.clipboardData.getData('text/plain');
        if (handlers.onPasteBlock(text)) {
          event.preventDefault();
          finished.current = true;
        }
      }}
    />
  );
}
