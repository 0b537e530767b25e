// The planned PM for the period, and how the effort compares with it.
import { useEffect, useId, useRef, useState, type ReactElement } from 'react';
import type { Report } from '../../shared/report-schema';
import { formatPm, parseNumberEntry } from '../../shared/numbers';
import { problemLine, type CellProblem } from './cell-problems';
import { describePlan, setPlannedPm } from './effort-edits';

interface PlannedPmFieldProps {
  report: Report;
  onChange: (next: Report, label: string) => void;
  /** An entry kept as typed because it is not a valid plan, or null once there is none. */
  onProblemChange: (problem: CellProblem | null) => void;
}

export function PlannedPmField({ report, onChange, onProblemChange }: PlannedPmFieldProps): ReactElement {
  const id = useId();
  const inputId = `${id}-planned`;
  const planned = report.effort.plannedPm;
  // null while not typing: the field shows the report's value, so undo shows through.
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<CellProblem | null>(null);
  const plan = describePlan(report);
  const announce = useRef(onProblemChange);
  useEffect(() => {
    announce.current = onProblemChange;
  });
  useEffect(() => {
    announce.current(problem);
  }, [problem]);

  function commit(text: string) {
    const entry = parseNumberEntry(text);
    if (!entry.ok || (entry.value !== null && entry.value < 0)) {
      setProblem({ cellId: inputId, place: 'Planned PM', message: entry.ok ? 'cannot be negative' : entry.message, raw: text });
      return;
    }
    setProblem(null);
    setDraft(null);
    if (entry.value !== planned) onChange(setPlannedPm(report, entry.value), entry.value === null ? 'Clear planned PM' : 'Set planned PM');
  }

  return (
    <div className="rd-plan">
      <div className="field rd-plan-field">
        <label htmlFor={inputId}>Planned PM for the period</label>
        <input
          id={inputId}
          type="text"
          inputMode="decimal"
          className="input-number"
          placeholder="none"
          value={draft ?? (planned === null ? '' : formatPm(planned))}
          aria-invalid={problem === null ? undefined : true}
          aria-describedby={problem === null ? `${id}-plan` : `${id}-problem ${id}-plan`}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={(event) => commit(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              commit(event.currentTarget.value);
            } else if (event.key === 'Escape') {
              setDraft(null);
              setProblem(null);
            }
          }}
        />
        {problem !== null && (
          <p id={`${id}-problem`} className="field-problem">
            <span aria-hidden="true">⚠ </span>
            {problemLine(problem)}
          </p>
        )}
      </div>
      <p id={`${id}-plan`} className={`rd-plan-text rd-plan-text--${plan?.state ?? 'none'}`}>
        {plan === null ? 'No planned PM set: the effort is not compared with a plan.' : plan.text}
      </p>
    </div>
  );
}
