// The text field that opens inside a cell while it is being edited. While open it is one of
// the store's open editors: a command (Save, Export, Close) commits it first, and the menu's
// Undo and Redo, like Ctrl+Z and Ctrl+Y, step through its own typing (typing-history.ts).
import { useLayoutEffect, useRef, type FormEvent, type KeyboardEvent } from 'react';
import { useDocumentStore } from '../document/use-document';
import { editorKeyIntent } from './grid-navigation';
import { noteSelection, recordTyping, shownState, startTyping, stepTyping, type TypedState, type TypingHistory } from './typing-history';
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
  // What was typed here, step by step; set as the editor opens.
  const history = useRef<TypingHistory | null>(null);
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
    history.current = startTyping(stateOf(input));
  }, [editing]);

  /** Undo or redo of the typing here; nothing when there is no step that way. */
  function stepTypingHistory(command: 'undo' | 'redo'): void {
    const input = inputRef.current;
    const current = history.current;
    if (input === null || current === null) return;
    const next = stepTyping(current, command);
    if (next === current) return;
    history.current = next;
    const shown = shownState(next);
    input.value = shown.value;
    input.setSelectionRange(shown.selectionStart, shown.selectionEnd);
  }
  const latestStep = useRef(stepTypingHistory);
  useLayoutEffect(() => {
    latestStep.current = stepTypingHistory;
  });

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
        undoTyping: (command) => latestStep.current(command),
      }),
    [store],
  );

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const command = event.ctrlKey || event.metaKey;
    const key = event.key.toLowerCase();
    if (command && (key === 'z' || key === 'y')) {
      // Undo/redo belong to the text being typed while the editor is open, not to the app.
      event.preventDefault();
      event.stopPropagation();
      stepTypingHistory(key === 'y' || event.shiftKey ? 'redo' : 'undo');
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
      onInput={(event: FormEvent<HTMLInputElement>) => {
        const input = event.nativeEvent as InputEvent;
        // A character an input method is still composing becomes one step once it is composed.
        if (history.current !== null && !input.isComposing) history.current = recordTyping(history.current, stateOf(event.currentTarget), input.inputType);
      }}
      onSelect={(event) => {
        if (history.current !== null) history.current = noteSelection(history.current, stateOf(event.currentTarget));
      }}
      onCompositionEnd={(event) => {
        if (history.current !== null) history.current = recordTyping(history.current, stateOf(event.currentTarget), 'insertCompositionText');
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

function stateOf(input: HTMLInputElement): TypedState {
  const end = input.value.length;
  return { value: input.value, selectionStart: input.selectionStart ?? end, selectionEnd: input.selectionEnd ?? end };
}
