// The planned PM for the period, and how the effort compares with it. What is typed commits on
// Enter or on leaving the field; meanwhile the field is one of the store's open editors, so a
// command that saves or exports commits it first.
import { useEffect, useLayoutEffect, useRef, useState, type ReactElement } from 'react';
import { formatPm, parseNumberEntry } from '../../shared/numbers';
import { problemLine } from '../document/entries-to-fix';
import { PLANNED_PM_ID } from '../document/places';
import { useDocument, useDocumentStore, useFieldFocusRequest, useReport } from '../document/use-document';
import { entryAt } from './cell-entry';
import { describePlan, setPlannedPm } from './effort-edits';

export function PlannedPmField(): ReactElement {
  const store = useDocumentStore();
  const effort = useReport((report) => report.effort);
  const entry = useDocument((state) => state.entries.get(PLANNED_PM_ID));
  const planned = effort.plannedPm;
  // null while not typing: the field shows the report's value, so undo shows through.
  const [draft, setDraft] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const plan = describePlan({ effort });

  function commit(text: string): void {
    const parsed = parseNumberEntry(text);
    if (!parsed.ok || (parsed.value !== null && parsed.value < 0)) {
      store.keepEntry(entryAt({ kind: 'planned-pm' }, 'Planned PM', text, parsed.ok ? 'cannot be negative' : parsed.message));
      return;
    }
    store.dropEntry(PLANNED_PM_ID);
    setDraft(null);
    draftRef.current = null;
    const plannedPm = parsed.value;
    if (plannedPm !== store.report.effort.plannedPm) store.edit(plannedPm === null ? 'Clear planned PM' : 'Set planned PM', (report) => setPlannedPm(report, plannedPm));
  }

  // What is typed, for a command's flush, which comes outside React's render.
  const draftRef = useRef<string | null>(null);
  const latestCommit = useRef(commit);
  useLayoutEffect(() => {
    draftRef.current = draft;
    latestCommit.current = commit;
  });
  useEffect(
    () =>
      store.openEditor({
        flush: () => {
          if (draftRef.current !== null) latestCommit.current(draftRef.current);
        },
      }),
    [store],
  );

  useFieldFocusRequest('planned-pm', inputRef);

  return (
    <div className="rd-plan">
      <div className="field rd-plan-field">
        <label htmlFor={PLANNED_PM_ID}>Planned PM for the period</label>
        <input
          ref={inputRef}
          id={PLANNED_PM_ID}
          type="text"
          inputMode="decimal"
          className="input-number"
          placeholder="none"
          value={draft ?? (planned === null ? '' : formatPm(planned))}
          aria-invalid={entry === undefined ? undefined : true}
          aria-describedby={entry === undefined ? `${PLANNED_PM_ID}-plan` : `${PLANNED_PM_ID}-problem ${PLANNED_PM_ID}-plan`}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={(event) => commit(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              commit(event.currentTarget.value);
            } else if (event.key === 'Escape') {
              setDraft(null);
              store.dropEntry(PLANNED_PM_ID);
            }
          }}
        />
        {entry !== undefined && (
          <p id={`${PLANNED_PM_ID}-problem`} className="field-problem">
            <span aria-hidden="true">⚠ </span>
            {problemLine(entry)}
          </p>
        )}
      </div>
      <p id={`${PLANNED_PM_ID}-plan`} className={`rd-plan-text rd-plan-text--${plan?.state ?? 'none'}`}>
        {plan === null ? 'No planned PM set: the effort is not compared with a plan.' : plan.text}
      </p>
    </div>
  );
}
