// A dialog that asks and answers once: rendered while a question is pending, its answer (or null
// when cancelled) resolving the promise the asker holds. Each question gets a fresh dialog (key),
// so nothing typed into the last one shows in the next.
import { useCallback, useState, type ComponentType, type ReactNode } from 'react';

export interface AskedDialogProps<Request, Answer> {
  request: Request;
  onAnswer: (answer: Answer | null) => void;
}

/** The dialog element to render once, and `ask`, which resolves with the answer or null. */
export function useAskedDialog<Request, Answer>(Dialog: ComponentType<AskedDialogProps<Request, Answer>>): { dialog: ReactNode; ask: (request: Request) => Promise<Answer | null> } {
  const [pending, setPending] = useState<{ request: Request; resolve: (answer: Answer | null) => void; key: number } | null>(null);
  const ask = useCallback((request: Request) => new Promise<Answer | null>((resolve) => setPending((current) => ({ request, resolve, key: (current?.key ?? 0) + 1 }))), []);
  const dialog =
    pending === null ? null : (
      <Dialog
        key={pending.key}
        request={pending.request}
        onAnswer={(answer) => {
          setPending(null);
          pending.resolve(answer);
        }}
      />
    );
  return { dialog, ask };
}
