// Start Next Period's question: which period the new report covers. It proposes the period
// (shared/period-choice) and lets the person change the name and the start month first.
import { useEffect, useId, useRef, useState, type ReactElement, type ReactNode } from 'react';
import { useAskedDialog } from '../ui/asked-dialog';
import { choosePeriod, periodName, type Period } from '../../shared/period-choice';
import { documentWords } from '../../shared/i18n/document-words';
import { MONTH_INPUT_EXAMPLES, readMonthInput } from '../../shared/month-cells';
import { describePeriod } from '../../shared/periods';
import { MonthField } from '../ui/month-field';

export interface PeriodRequest {
  /** The report the period follows, by name: "Operations Portal OLA report.rdesk". */
  from: string;
  /** The period it covered, and the one proposed to follow it. */
  last: Period;
  proposal: Period;
  /** The question's own words, where it is not Start Next Period's (a new report from a template). */
  wording?: { title: string; message: string; action: string };
  /** The report's language: a period named by its months is named in it, as the document prints it. */
  language: string;
}

/** The period as confirmed, or null when the person cancelled. */
export type AskPeriod = (request: PeriodRequest) => Promise<Period | null>;

interface PeriodDialogProps {
  request: PeriodRequest;
  onAnswer: (period: Period | null) => void;
}

function PeriodDialog({ request, onAnswer }: PeriodDialogProps): ReactElement {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const { months } = request.proposal;
  const [start, setStart] = useState<string | null>(request.proposal.start);
  // The name follows the start month until the person types one of their own.
  const words = documentWords(request.language);
  const [name, setName] = useState<string>(periodName(request.proposal, words) ?? '');
  const [nameTyped, setNameTyped] = useState(false);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog !== null && !dialog.open) dialog.showModal();
    dialog?.querySelector<HTMLInputElement>('input')?.focus();
    return () => dialog?.close();
  }, []);

  const changeStart = (month: string | null): void => {
    setStart(month);
    if (!nameTyped && month !== null) setName(describePeriod({ period: { start: month, months, name: null } }, words));
  };

  const lastName = periodName(request.last, words);
  return (
    <dialog
      ref={ref}
      className="choice-dialog period-dialog"
      aria-modal="true"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-message`}
      onCancel={(event) => {
        event.preventDefault();
        onAnswer(null);
      }}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          // Read from the form: Enter in the start field submits before its state has settled.
          const fields = new FormData(event.currentTarget);
          const typedStart = readMonthInput(String(fields.get('start') ?? ''));
          if (!typedStart.ok) return;
          // A name the person did not type follows the start month: none kept apart from it.
          const typedName = nameTyped || typedStart.month === null ? String(fields.get('name') ?? '') : '';
          onAnswer(choosePeriod(months, typedStart.month, typedName, words));
        }}
      >
        <h2 id={`${id}-title`} className="choice-dialog-title">
          {request.wording?.title ?? 'Start the next period'}
        </h2>
        <p id={`${id}-message`} className="choice-dialog-message">
          {request.wording === undefined ? (
            <>
              The new report follows {request.from}
              {lastName === null ? '' : ` (${lastName})`}: the same people, metrics and targets, no figures yet, last period kept beside
              each figure. {request.from} stays as it was.
            </>
          ) : (
            request.wording.message
          )}{' '}
          Which {months === 1 ? 'month' : `${months} months`} does it cover?
        </p>
        <div className="period-dialog-fields">
          <div className="field">
            <label htmlFor={`${id}-name`}>Period name</label>
            <input
              id={`${id}-name`}
              name="name"
              type="text"
              value={name}
              placeholder="July – December 2025"
              aria-describedby={`${id}-name-hint`}
              onChange={(event) => {
                setName(event.target.value);
                setNameTyped(true);
              }}
            />
            <p className="field-hint" id={`${id}-name-hint`}>
              On the title page, in the Word document&apos;s properties and in the file name.
            </p>
          </div>
          <MonthField
            label="Start month"
            month={start}
            name="start"
            onChange={changeStart}
            hint={`Optional: ${MONTH_INPUT_EXAMPLES}; months stay numbered M1 … M${months} unless the report names them.`}
          />
        </div>
        <div className="choice-dialog-buttons">
          <button type="button" className="button" onClick={() => onAnswer(null)}>
            Cancel
          </button>
          <button type="submit" className="button button-primary">
            {request.wording?.action ?? 'Start next period'}
          </button>
        </div>
      </form>
    </dialog>
  );
}

/** The dialog element to render once, and `askPeriod`, which resolves with the answer or null. */
export function usePeriodDialog(): { dialog: ReactNode; askPeriod: AskPeriod } {
  const { dialog, ask } = useAskedDialog(PeriodDialog);
  return { dialog, askPeriod: ask };
}
