// A month typed as people write it (07/2025, 2025-07, July 2025), read when the field is left
// or Enter is pressed; anything else keeps what was typed and says how to write a month.
import { useEffect, useId, useRef, useState, type ReactElement, type Ref } from 'react';
import { describeMonth, readMonthInput } from '../../shared/month-cells';

interface MonthFieldProps {
  label: string;
  month: string | null;
  /** Called with the month read (YYYY-MM), or null when the field is emptied; only when it changes. */
  onChange: (month: string | null) => void;
  /** Under the field while nothing is wrong: "Optional: leave empty for M1 … M6". */
  hint: string;
  /** Told of a month that could not be read (what was typed, and the message), and of null once there is none. */
  onProblemChange?: (problem: MonthProblem | null) => void;
  /**
   * A month typed before that could not be read, kept elsewhere (an entry to fix in the document
   * store): the field shows it again, with its message, when it is drawn anew.
   */
  kept?: MonthProblem | null;
  /** The input's id, where others name it (an entry to fix); one of its own otherwise. */
  inputId?: string;
  inputRef?: Ref<HTMLInputElement>;
  className?: string;
  /** The input's name in its form, for a form that reads it on submit. */
  name?: string;
  /**
   * Registers the field while it is typed in (the document store's openEditor), so Save and
   * Export commit what it holds first; returns what unregisters it.
   */
  registerEditor?: (editor: { flush(): void }) => () => void;
}

export interface MonthProblem {
  raw: string;
  message: string;
}

/** "July 2025" as the field shows a month. */
export function monthForField(month: string | null): string {
  return month === null ? '' : describeMonth(month);
}

export function MonthField({ label, month, onChange, hint, onProblemChange, kept, className, name, registerEditor, inputId, inputRef }: MonthFieldProps): ReactElement {
  const ownId = useId();
  const id = inputId ?? `${ownId}-month`;
  // null while not typing: the field shows the report's month, so undo shows through.
  const [draft, setDraft] = useState<string | null>(() => kept?.raw ?? null);
  const [problem, setProblem] = useState<string | null>(() => kept?.message ?? null);

  const report = (problemFound: MonthProblem | null): void => {
    setProblem(problemFound === null ? null : problemFound.message);
    onProblemChange?.(problemFound);
  };

  /** True when the text reads as a month (or none). */
  const commit = (text: string): boolean => {
    const read = readMonthInput(text);
    if (!read.ok) {
      report({ raw: text, message: read.message });
      return false;
    }
    report(null);
    setDraft(null);
    if (read.month !== month) onChange(read.month);
    return true;
  };

  const typing = draft !== null;
  const latest = useRef({ draft, commit });
  useEffect(() => {
    latest.current = { draft, commit };
  });
  useEffect(() => {
    if (!typing || registerEditor === undefined) return;
    return registerEditor({
      flush: () => {
        const { draft: text, commit: commitText } = latest.current;
        if (text !== null) commitText(text);
      },
    });
  }, [typing, registerEditor]);

  return (
    <div className={className ?? 'field'}>
      <label htmlFor={id}>{label}</label>
      <input
        ref={inputRef}
        id={id}
        name={name}
        type="text"
        autoComplete="off"
        spellCheck={false}
        placeholder="07/2025"
        value={draft ?? monthForField(month)}
        aria-invalid={problem === null ? undefined : true}
        aria-describedby={problem === null ? `${id}-hint` : `${id}-problem`}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={(event) => {
          if (draft !== null) commit(event.currentTarget.value);
        }}
        onKeyDown={(event) => {
          // Enter on a month it can read goes on to the form (a dialog's default button).
          if (event.key === 'Enter') {
            if (!commit(event.currentTarget.value)) event.preventDefault();
          } else if (event.key === 'Escape' && (draft !== null || problem !== null)) {
            // Escape gives back the month as it was, as a table cell does.
            event.preventDefault();
            event.stopPropagation();
            setDraft(null);
            report(null);
          }
        }}
      />
      {problem === null ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : (
        <p className="field-problem" id={`${id}-problem`} role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
