// One in-app modal question at a time (resize, restore, pending entries), answered with a
// button or Escape. The native <dialog> gives the focus trap and Escape handling.
import { useCallback, useEffect, useId, useRef, useState, type ReactElement, type ReactNode } from 'react';

export interface Choice<T extends string> {
  value: T;
  label: string;
  /** The emphasised button. */
  primary?: boolean;
  /** Takes focus when the dialog opens: the safe answer for destructive questions. */
  autoFocus?: boolean;
}

export interface ChoiceRequest<T extends string> {
  title: string;
  message: ReactNode;
  /** Listed under the message, e.g. the places of entries that are not saved. */
  details?: readonly string[];
  choices: readonly Choice<T>[];
  /** The answer Escape gives. */
  cancelValue: T;
  /** An alertdialog interrupts to warn; a plain dialog offers a choice. */
  alert?: boolean;
}

let nextRequestId = 0;

export type AskChoice = <T extends string>(request: ChoiceRequest<T>) => Promise<T>;

interface Pending {
  id: number;
  request: ChoiceRequest<string>;
  resolve: (value: string) => void;
}

function ChoiceDialog({ pending, onAnswer }: { pending: Pending; onAnswer: (value: string) => void }): ReactElement {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const messageId = useId();
  const { request } = pending;
  // Closed before the answer goes out, so the focus is back where it was before whatever
  // follows the answer moves it (to a prompt in a section, to a field).
  const answer = (value: string): void => {
    ref.current?.close();
    onAnswer(value);
  };

  useEffect(() => {
    const dialog = ref.current;
    if (dialog !== null && !dialog.open) dialog.showModal();
    // showModal focuses the first button, whatever React's autoFocus did before it: Enter on
    // "Restore unsaved work?" would discard the work. Focus the intended answer after it.
    dialog?.querySelector<HTMLButtonElement>('[data-autofocus]')?.focus();
    return () => dialog?.close();
  }, []);

  return (
    <dialog
      ref={ref}
      className="choice-dialog"
      role={request.alert === true ? 'alertdialog' : 'dialog'}
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={messageId}
      onCancel={(event) => {
        event.preventDefault();
        answer(request.cancelValue);
      }}
    >
      <h2 id={titleId} className="choice-dialog-title">
        {request.title}
      </h2>
      <div id={messageId} className="choice-dialog-message">
        {request.message}
      </div>
      {request.details !== undefined && request.details.length > 0 && (
        <ul className="choice-dialog-details">
          {request.details.map((detail) => (
            <li key={detail}>{detail}</li>
          ))}
        </ul>
      )}
      <div className="choice-dialog-buttons">
        {request.choices.map((choice) => (
          <button
            key={choice.value}
            type="button"
            className={choice.primary === true ? 'button button-primary' : 'button'}
            data-autofocus={choice.autoFocus === true ? '' : undefined}
            onClick={() => answer(choice.value)}
          >
            {choice.label}
          </button>
        ))}
      </div>
    </dialog>
  );
}

/** The dialog element to render once, and `ask`, which resolves with the chosen value. */
export function useChoiceDialog(): { dialog: ReactNode; ask: AskChoice } {
  const [queue, setQueue] = useState<Pending[]>([]);

  const ask = useCallback<AskChoice>(
    <T extends string>(request: ChoiceRequest<T>) =>
      new Promise<T>((resolve) => {
        nextRequestId += 1;
        const entry: Pending = { id: nextRequestId, request, resolve: (value) => resolve(value as T) };
        setQueue((current) => [...current, entry]);
      }),
    [],
  );

  const current = queue[0];
  const dialog =
    current === undefined ? null : (
      <ChoiceDialog
        key={current.id}
        pending={current}
        onAnswer={(value) => {
          setQueue((all) => all.slice(1));
          current.resolve(value);
        }}
      />
    );
  return { dialog, ask };
}
