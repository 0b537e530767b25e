// What a view loaded on first use (the import preview; later the history, the templates) shows
// while its code loads: the dialog's frame and title at once, a line saying it is opening, and
// Escape or Cancel to give up. A moment, from disk; it only shows on a busy machine.
import { useEffect, useId, useRef, type ReactElement } from 'react';

interface LoadingDialogProps {
  /** The title of the dialog being opened, as it will read once open. */
  label: string;
  onCancel: () => void;
}

export function LoadingDialog({ label, onCancel }: LoadingDialogProps): ReactElement {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    const focusedBefore = document.activeElement;
    if (dialog !== null && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
      // React has taken the dialog out of the page already, and a dialog closed out of the page
      // gives no focus back: give it back, so that the dialog opened next returns it there too.
      if (focusedBefore instanceof HTMLElement && focusedBefore.isConnected) focusedBefore.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className="choice-dialog loading-dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-busy="true"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId} className="choice-dialog-title">
        {label}
      </h2>
      <p className="choice-dialog-message" role="status">
        Opening…
      </p>
      <div className="choice-dialog-buttons">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
