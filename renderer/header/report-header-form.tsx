// The report's identity and period. Shortening the period asks first when figures would go.
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type ReactElement } from 'react';
import { MAX_PERIOD_MONTHS } from '../../shared/report-constants';
import type { MonthLabelStyle, Report, ReportMeta } from '../../shared/report-schema';
import { resizePeriod, valuesDroppedByResize } from '../../shared/report-building';
import { countOf } from '../../shared/figure-text';
import { describePeriod, monthLabel } from '../../shared/periods';
import { problemLine } from '../document/entries-to-fix';
import { PERIOD_MONTHS_ID, PERIOD_START_ID } from '../document/places';
import { useDocument, useDocumentStore, useFieldFocusRequest, useReport } from '../document/use-document';
import type { AskChoice } from '../ui/choice-dialog';
import { periodName } from '../../shared/period-choice';
import { MonthField } from '../ui/month-field';
import { MONTH_INPUT_EXAMPLES } from '../../shared/month-cells';
import { languageChoices } from './report-languages';
import { WordTemplateField } from './word-template-field';
import { changeReportLanguage, titlesToRename } from '../../shared/report-language';
import { WINDOW_WORDS } from '../window-words';

type TextField = 'title' | 'organisation' | 'service' | 'agreement' | 'author';

const TEXT_FIELDS: readonly { field: TextField; label: string; wide?: boolean }[] = [
  { field: 'title', label: 'Report title', wide: true },
  { field: 'organisation', label: 'Organisation' },
  { field: 'service', label: 'Service' },
  { field: 'agreement', label: 'Agreement', wide: true },
  { field: 'author', label: 'Author' },
];

interface HeaderFormProps {
  ask: AskChoice;
}

function monthRange(meta: ReportMeta): string {
  const first = monthLabel(meta, 0);
  const last = monthLabel(meta, meta.period.months - 1);
  return first === last ? first : `${first} – ${last}`;
}

function withMeta(report: Report, meta: Partial<ReportMeta>): Report {
  return { ...report, meta: { ...report.meta, ...meta } };
}

/**
 * Commits on Enter or leaving the field, so typing "12" never passes through a 1-month period.
 * Meanwhile it is one of the store's open editors: a command commits it first, and waits for
 * the answer when shortening the period asks.
 */
function MonthsField({ ask }: HeaderFormProps): ReactElement {
  const store = useDocumentStore();
  const months = useReport((report) => report.meta.period.months);
  const entry = useDocument((state) => state.entries.get(PERIOD_MONTHS_ID));
  const [draft, setDraft] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const problemId = useId();
  // Enter, then the blur as the question takes the focus, must ask once.
  const underway = useRef<Promise<void> | null>(null);

  function commitOnce(): Promise<void> {
    if (underway.current !== null) return underway.current;
    const commit = applyDraft().finally(() => {
      underway.current = null;
    });
    underway.current = commit;
    return commit;
  }

  async function applyDraft(): Promise<void> {
    const text = draftRef.current;
    if (text === null) return;
    const value = Number(text.trim());
    if (text.trim() === '' || !Number.isInteger(value) || value < 1 || value > MAX_PERIOD_MONTHS) {
      store.keepEntry({ at: { kind: 'months' }, cellId: PERIOD_MONTHS_ID, place: 'Number of months', message: `'${text.trim()}' is not a whole number from 1 to ${MAX_PERIOD_MONTHS}`, raw: text });
      return;
    }
    store.dropEntry(PERIOD_MONTHS_ID);
    setDraft(null);
    draftRef.current = null;
    const current = store.report;
    const from = current.meta.period.months;
    if (value === from) return;
    const dropped = valuesDroppedByResize(current, value);
    if (dropped > 0) {
      const first = monthLabel(current.meta, value);
      const last = monthLabel(current.meta, from - 1);
      const droppedMonths = from - value === 1 ? first : from - value === 2 ? `${first} and ${last}` : `${first} to ${last}`;
      const answer = await ask({
        title: 'Shorten the period?',
        message: `A ${value}-month period drops ${countOf(dropped, 'figure', 'figures')} entered for ${droppedMonths}. Undo brings them back.`,
        choices: [
          { value: 'keep', label: `Keep ${from} months`, autoFocus: true },
          { value: 'shorten', label: `Shorten to ${value} months`, primary: true },
        ],
        cancelValue: 'keep',
        alert: true,
      });
      if (answer !== 'shorten') return;
    }
    store.edit(`Change the period to ${value} months`, (report) => resizePeriod(report, value));
  }

  // What is typed, for a command's flush, which comes outside React's render.
  const draftRef = useRef<string | null>(null);
  const latestCommit = useRef(commitOnce);
  useLayoutEffect(() => {
    draftRef.current = draft;
    latestCommit.current = commitOnce;
  });
  useEffect(() => store.openEditor({ flush: () => (draftRef.current === null ? undefined : latestCommit.current()) }), [store]);

  useFieldFocusRequest('months', inputRef);

  return (
    <div className="field field-narrow">
      <label htmlFor={PERIOD_MONTHS_ID}>Number of months</label>
      <input
        ref={inputRef}
        id={PERIOD_MONTHS_ID}
        type="number"
        inputMode="numeric"
        min={1}
        max={MAX_PERIOD_MONTHS}
        className="input-number"
        value={draft ?? String(months)}
        aria-invalid={entry !== undefined}
        aria-describedby={entry === undefined ? undefined : problemId}
        onChange={(event) => {
          setDraft(event.target.value);
          draftRef.current = event.target.value;
        }}
        onBlur={() => void commitOnce()}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            // Else the same keystroke would press the button the dialog focuses.
            event.preventDefault();
            void commitOnce();
          }
          if (event.key === 'Escape') {
            setDraft(null);
            draftRef.current = null;
            store.dropEntry(PERIOD_MONTHS_ID);
          }
        }}
      />
      {entry !== undefined && (
        <p className="field-problem" id={problemId} role="alert">
          {problemLine(entry)}
        </p>
      )}
    </div>
  );
}

/**
 * The period's first month. A month it cannot read stays as typed, with its message, and is an
 * entry to fix like a figure's: listed in the summary, counted as unsaved work, reached from there.
 */
function StartMonthField(): ReactElement {
  const store = useDocumentStore();
  const period = useReport((report) => report.meta.period);
  // Read as the field is drawn: a field drawn again (after the start screen) shows the entry still kept.
  const kept = useDocument((state) => state.entries.get(PERIOD_START_ID));
  const inputRef = useRef<HTMLInputElement>(null);
  useFieldFocusRequest('start-month', inputRef);
  return (
    <MonthField
      className="field field-narrow"
      label="Start month"
      inputId={PERIOD_START_ID}
      inputRef={inputRef}
      month={period.start}
      hint={`Optional: ${MONTH_INPUT_EXAMPLES}; leave empty for M1 … M${period.months}`}
      registerEditor={store.openEditor}
      kept={kept === undefined ? null : { raw: kept.raw, message: `${kept.message}.` }}
      onProblemChange={(problem) => {
        if (problem === null) store.dropEntry(PERIOD_START_ID);
        // An entry's message is a clause ("Start month: '13/2025' is not a month …"), without the sentence's full stop.
        else store.keepEntry({ at: { kind: 'start-month' }, cellId: PERIOD_START_ID, place: 'Start month', message: problem.message.replace(/\.$/, ''), raw: problem.raw });
      }}
      onChange={(start) => store.edit(start === null ? 'Clear the start month' : 'Change the start month', (report) => withMeta(report, { period: { ...report.meta.period, start } }))}
    />
  );
}

/**
 * The language the report is written in: the document's own words follow it (the untouched
 * drafts at once, as one undo step), Word checks its spelling and reads it aloud in it. Titles the
 * app gave and the person never changed are renamed only when the person says so.
 */
function LanguageField({ ask }: HeaderFormProps): ReactElement {
  const store = useDocumentStore();
  const id = useId();
  const language = useReport((report) => report.meta.language);
  const choices = useMemo(() => languageChoices(language), [language]);

  async function choose(chosen: string): Promise<void> {
    const renames = titlesToRename(store.report, chosen);
    let rename = false;
    if (renames.length > 0) {
      const question = WINDOW_WORDS.renameQuestion(renames, chosen);
      const answer = await ask({
        title: question.title,
        message: question.message,
        details: question.details,
        choices: [
          { value: 'keep', label: question.keep },
          { value: 'rename', label: question.rename, primary: true, autoFocus: true },
        ],
        cancelValue: 'keep',
      });
      rename = answer === 'rename';
    }
    store.edit(WINDOW_WORDS.languageEdit, (report) => changeReportLanguage(report, chosen, rename));
  }

  return (
    <div className="field">
      <label htmlFor={id}>{WINDOW_WORDS.languageLabel}</label>
      <select id={id} value={language} aria-describedby={`${id}-hint`} onChange={(event) => void choose(event.target.value)}>
        {choices.map(({ tag, label }) => (
          <option key={tag} value={tag}>
            {label}
          </option>
        ))}
      </select>
      <p className="field-hint" id={`${id}-hint`}>
        {WINDOW_WORDS.languageHint(language)}
      </p>
    </div>
  );
}

/** Whether the headings carry their numbers (1, 2, 2.1 …), in the window and in the document alike. */
function NumberingField(): ReactElement {
  const store = useDocumentStore();
  const id = useId();
  const numbered = useReport((report) => report.meta.numberSections);
  return (
    <div className="field">
      <span className="field-check">
        <input
          id={id}
          type="checkbox"
          checked={numbered}
          aria-describedby={`${id}-hint`}
          onChange={(event) => {
            const numberSections = event.target.checked;
            store.edit(numberSections ? 'Number the sections' : 'Stop numbering the sections', (report) => withMeta(report, { numberSections }));
          }}
        />
        <label htmlFor={id}>Number the sections</label>
      </span>
      <p className="field-hint" id={`${id}-hint`}>
        1, 2, 2.1 … before each heading, here and in Word.
      </p>
    </div>
  );
}

export function ReportHeaderForm({ ask }: HeaderFormProps): ReactElement {
  const store = useDocumentStore();
  const idPrefix = useId();
  const meta = useReport((report) => report.meta);
  const editMeta = (label: string, changes: Partial<ReportMeta>, coalesceKey?: string): void =>
    store.edit(label, (report) => withMeta(report, changes), coalesceKey === undefined ? {} : { coalesceKey });
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
            onChange={(event) => editMeta(`Edit ${label.toLowerCase()}`, { [field]: event.target.value }, `meta:${field}`)}
          />
        </div>
      ))}
      <LanguageField ask={ask} />
      <NumberingField />
      <fieldset className="period-fields">
        <legend className="visually-hidden">Period</legend>
        <div className="field field-period-name">
          <label htmlFor={`${idPrefix}-period-name`}>Period name</label>
          <input
            id={`${idPrefix}-period-name`}
            type="text"
            value={meta.period.name ?? ''}
            placeholder={periodName({ ...meta.period, name: null }) ?? 'July – December 2025'}
            aria-describedby={`${idPrefix}-period-name-hint`}
            onChange={(event) => {
              const name = event.target.value;
              store.edit('Edit the period name', (report) => withMeta(report, { period: { ...report.meta.period, name: name === '' ? null : name } }), { coalesceKey: 'meta:period-name' });
            }}
          />
          <p className="field-hint" id={`${idPrefix}-period-name-hint`}>
            {meta.period.start === null ? 'Optional: names the period where its months are only numbered' : 'Optional: leave empty to name it by its months'}
          </p>
        </div>
        <StartMonthField />
        <MonthsField ask={ask} />
        <div className="field field-narrow">
          <label htmlFor={`${idPrefix}-labels`}>Month labels</label>
          <select
            id={`${idPrefix}-labels`}
            value={meta.monthLabels}
            aria-describedby={namesNeedStart ? labelHintId : undefined}
            onChange={(event) => editMeta('Change the month labels', { monthLabels: event.target.value as MonthLabelStyle })}
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
      <WordTemplateField />
    </form>
  );
}
