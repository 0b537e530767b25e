// The report's identity and period. Shortening the period asks first when figures would go.
import { useId, useMemo, useRef, useState, type ReactElement } from 'react';
import { MAX_PERIOD_MONTHS, type MonthLabelStyle, type Report, type ReportMeta } from '../../shared/report-schema';
import { resizePeriod, valuesDroppedByResize } from '../../shared/report-building';
import { describePeriod, monthLabel } from '../../shared/periods';
import type { AskChoice } from '../dialogs/choice-dialog';
import type { SectionEdit } from '../narrative/section-editor';
import { trackFieldCommit } from '../state/field-commits';
import { startMonthFromInput } from './start-month';
import { problemLine, type CellProblem, type PendingEntry } from '../tables/cell-problems';
import { useAnnouncedProblems } from '../tables/use-announced-problems';
import { languageChoices } from './report-languages';

type TextField = 'title' | 'organisation' | 'service' | 'agreement' | 'author';

const TEXT_FIELDS: readonly { field: TextField; label: string; wide?: boolean }[] = [
  { field: 'title', label: 'Report title', wide: true },
  { field: 'organisation', label: 'Organisation' },
  { field: 'service', label: 'Service' },
  { field: 'agreement', label: 'Agreement', wide: true },
  { field: 'author', label: 'Author' },
];

interface HeaderFormProps {
  report: Report;
  onEdit: SectionEdit;
  ask: AskChoice;
  onProblemsChange: (problems: PendingEntry[]) => void;
}

function monthRange(meta: ReportMeta): string {
  const first = monthLabel(meta, 0);
  const last = monthLabel(meta, meta.period.months - 1);
  return first === last ? first : `${first} – ${last}`;
}

function withMeta(report: Report, meta: Partial<ReportMeta>): Report {
  return { ...report, meta: { ...report.meta, ...meta } };
}

/** Commits on Enter or leaving the field, so typing "12" never passes through a 1-month period. */
function MonthsField({ report, onEdit, ask, onProblemsChange }: HeaderFormProps): ReactElement {
  const months = report.meta.period.months;
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<CellProblem | null>(null);
  const id = useId();
  const problemId = useId();
  // The app hears of an entry still to fix as of a table's, with the length the file keeps.
  const pending = useMemo(() => (problem === null ? [] : [{ ...problem, kept: String(months) }]), [problem, months]);
  useAnnouncedProblems(pending, onProblemsChange);
  // Enter, then the blur as the question takes the focus, must ask once.
  const underway = useRef<Promise<void> | null>(null);

  function commitOnce(): void {
    if (underway.current !== null) return;
    const commit = applyDraft().finally(() => {
      underway.current = null;
    });
    underway.current = commit;
    // A command given while the question is open (Close, Save) waits for its answer.
    trackFieldCommit(commit);
  }

  async function applyDraft(): Promise<void> {
    if (draft === null) return;
    const value = Number(draft.trim());
    if (draft.trim() === '' || !Number.isInteger(value) || value < 1 || value > MAX_PERIOD_MONTHS) {
      setProblem({ cellId: id, place: 'Number of months', message: `'${draft.trim()}' is not a whole number from 1 to ${MAX_PERIOD_MONTHS}`, raw: draft });
      return;
    }
    setProblem(null);
    setDraft(null);
    if (value === months) return;
    const dropped = valuesDroppedByResize(report, value);
    if (dropped > 0) {
      const first = monthLabel(report.meta, value);
      const last = monthLabel(report.meta, months - 1);
      const droppedMonths = months - value === 1 ? first : months - value === 2 ? `${first} and ${last}` : `${first} to ${last}`;
      const answer = await ask({
        title: 'Shorten the period?',
        message: `A ${value}-month period drops ${dropped === 1 ? '1 figure' : `${dropped} figures`} entered for ${droppedMonths}. Undo brings them back.`,
        choices: [
          { value: 'keep', label: `Keep ${months} months`, autoFocus: true },
          { value: 'shorten', label: `Shorten to ${value} months`, primary: true },
        ],
        cancelValue: 'keep',
        alert: true,
      });
      if (answer !== 'shorten') return;
    }
    onEdit(resizePeriod(report, value), `Change the period to ${value} months`);
  }

  return (
    <div className="field field-narrow">
      <label htmlFor={id}>Number of months</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={1}
        max={MAX_PERIOD_MONTHS}
        className="input-number"
        value={draft ?? String(months)}
        aria-invalid={problem !== null}
        aria-describedby={problem === null ? undefined : problemId}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commitOnce}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            // Else the same keystroke would press the button the dialog focuses.
            event.preventDefault();
            commitOnce();
          }
          if (event.key === 'Escape') {
            setDraft(null);
            setProblem(null);
          }
        }}
      />
      {problem !== null && (
        <p className="field-problem" id={problemId} role="alert">
          {problemLine(problem)}
        </p>
      )}
    </div>
  );
}

/** The language the report is written in: Word checks its spelling and reads it aloud in it. */
function LanguageField({ report, onEdit }: Pick<HeaderFormProps, 'report' | 'onEdit'>): ReactElement {
  const id = useId();
  const { language } = report.meta;
  const choices = useMemo(() => languageChoices(language), [language]);
  return (
    <div className="field">
      <label htmlFor={id}>Language</label>
      <select id={id} value={language} aria-describedby={`${id}-hint`} onChange={(event) => onEdit(withMeta(report, { language: event.target.value }), 'Change the report language')}>
        {choices.map(({ tag, label }) => (
          <option key={tag} value={tag}>
            {label}
          </option>
        ))}
      </select>
      <p className="field-hint" id={`${id}-hint`}>
        Word checks spelling in this language.
      </p>
    </div>
  );
}

export function ReportHeaderForm({ report, onEdit, ask, onProblemsChange }: HeaderFormProps): ReactElement {
  const idPrefix = useId();
  const { meta } = report;
  const labelHintId = `${idPrefix}-labels-hint`;
  const namesNeedStart = meta.monthLabels === 'month-names' && meta.period.start === null;

  return (
    <form className="header-form" aria-label="Report details" onSubmit={(event) => event.preventDefault()}>
      {TEXT_FIELDS.map(({ field, label, wide }) => (
        <div key={field} className={wide === true ? 'field field-wide' : 'field'}>
          <label htmlFor={`${idPrefix}-${field}`}>{label}</label>
          <input
            id={`${idPrefix}-${field}`}
            type="text"
            value={meta[field]}
            onChange={(event) => onEdit(withMeta(report, { [field]: event.target.value }), `Edit ${label.toLowerCase()}`, `meta:${field}`)}
          />
        </div>
      ))}
      <LanguageField report={report} onEdit={onEdit} />
      <fieldset className="period-fields">
        <legend className="visually-hidden">Period</legend>
        <div className="field field-narrow">
          <label htmlFor={`${idPrefix}-start`}>Start month</label>
          <input
            id={`${idPrefix}-start`}
            type="month"
            value={meta.period.start ?? ''}
            aria-describedby={`${idPrefix}-start-hint`}
            onChange={(event) => {
              const start = startMonthFromInput(event.target.value);
              onEdit(withMeta(report, { period: { ...meta.period, start } }), start === null ? 'Clear the start month' : 'Change the start month');
            }}
          />
          <p className="field-hint" id={`${idPrefix}-start-hint`}>
            Optional: leave empty for M1 … M{meta.period.months}
          </p>
        </div>
        <MonthsField report={report} onEdit={onEdit} ask={ask} onProblemsChange={onProblemsChange} />
        <div className="field field-narrow">
          <label htmlFor={`${idPrefix}-labels`}>Month labels</label>
          <select
            id={`${idPrefix}-labels`}
            value={meta.monthLabels}
            aria-describedby={namesNeedStart ? labelHintId : undefined}
            onChange={(event) => onEdit(withMeta(report, { monthLabels: event.target.value as MonthLabelStyle }), 'Change the month labels')}
          >
            <option value="numbered">Numbered (M1 … M{meta.period.months})</option>
            <option value="month-names">Month names (Jan, Feb …)</option>
          </select>
          {namesNeedStart && (
            <p className="field-hint" id={labelHintId}>
              Set a start month to show month names.
            </p>
          )}
        </div>
        <p className="period-readout">
          <span className="period-readout-label">Reporting period</span>
          <span>{describePeriod(meta)}</span>
          <span className="period-months">{monthRange(meta)}</span>
        </p>
      </fieldset>
    </form>
  );
}
