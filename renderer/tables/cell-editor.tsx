// The text field that opens inside a cell while it is being edited. While open it is one of
// the store's open editors: a command (Save, Export, Close) commits it first, and the menu's
// Undo and Redo reach its own typing.
import { useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { useDocumentStore } from '../document/use-document';
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
  const store = useDocumentStore();
  const inputRef = useRef<HTMLInputElement>(null);
  // Enter, Tab, Escape, blur and a command's flush can all end an edit; only the first one counts.
  const finished = useRef(false);
  // Whether anything was typed: there is something to redo only then.
  const typed = useRef(false);
  const latestHandlers = useRef(handlers);
  useLayoutEffect(() => {
    latestHandlers.current = handlers;
  });

  useLayoutEffect(() => {
    const input = inputRef.current;
    if (input === null) return;
    input.focus({ preventScroll: true });
    if (editing.selectAll) input.select();
    else input.setSelectionRange(input.value.length, input.value.length);
  }, [editing]);

  function finish(action: () => void) {
    if (finished.current) return;
    finished.current = true;
    action();
  }

  useLayoutEffect(
    () =>
      store.openEditor({
        // The cell keeps the focus, as it does after Enter: the command runs, the person stays.
        flush: () => {
          const input = inputRef.current;
          if (input !== null) finish(() => latestHandlers.current.onCommit(input.value, 'stay'));
        },
        undoTyping: (command) => {
          // Chromium keeps one undo history for the whole page: the editor hands it on only for
          // its own typing, so Undo with nothing typed here never undoes another field's typing.
          const input = inputRef.current;
          if (input === null) return;
          const own = command === 'undo' ? input.value !== input.defaultValue : typed.current;
          if (own) document.execCommand(command);
        },
      }),
    [store],
  );

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
      // The column's width is set; the default size of 20 characters would only overflow it.
      size={1}
      aria-label={label}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      inputMode={numeric ? 'decimal' : 'text'}
      autoComplete="off"
      spellCheck={false}
      onKeyDown={onKeyDown}
      onInput={() => {
        typed.current = true;
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
