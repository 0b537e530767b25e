// The preview of an import: what the file offers, the person's choices (group or endpoint,
// which metric receives each series, the unit of response times), and every cell that would
// change, old → new, before anything does. Apply is one undo step; Cancel changes nothing.
import { useEffect, useId, useMemo, useRef, useState, type ReactElement } from 'react';
import type { Report } from '../../shared/report-schema';
import { metricLabel } from '../../shared/figure-text';
import {
  describeEntry,
  importableSeries,
  planImport,
  proposeChoices,
  selectableEntries,
  summariseImportPlan,
  type CellChange,
  type ImportChoices,
  type ImportPlan,
  type ImportSource,
} from '../../shared/import';

interface ImportDialogProps {
  source: ImportSource;
  /** The report as it was when the dialog opened; nothing edits it while the modal dialog is open. */
  report: Report;
  /** YYYY-MM-DD, recorded with each imported figure. */
  importedOn: string;
  onApply(plan: ImportPlan): void;
  onCancel(): void;
}

const KIND_WORDS: Record<CellChange['kind'], string> = {
  fills: 'Fills an empty cell',
  'replaces-typed': 'Replaces a figure typed by hand',
  'replaces-imported': 'Replaces an imported figure',
  'same-value': 'Same as the figure there',
};

function sourceKindName(source: ImportSource): string {
  if (source.kind === 'argo') return 'ARGO results';
  if (source.kind === 'tickets') return 'ticket export';
  return 'spreadsheet';
}

export function ImportDialog({ source, report, importedOn, onApply, onCancel }: ImportDialogProps): ReactElement {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const summaryId = useId();
  const [choices, setChoices] = useState<ImportChoices>(() => proposeChoices(source, report));
  const plan = useMemo(() => planImport(report, source, choices, importedOn), [report, source, choices, importedOn]);
  const series = useMemo(() => importableSeries(source), [source]);
  const entries = source.kind === 'argo' ? selectableEntries(source) : [];
  const needsEntry = source.kind === 'argo' && choices.entry === null;
  const needsFirstMonth = report.meta.period.start === null;
  const replacedTyped = plan.changes.filter((change) => change.kind === 'replaces-typed').length;

  useEffect(() => {
    const dialog = ref.current;
    if (dialog !== null && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  const close = (then: () => void): void => {
    ref.current?.close();
    then();
  };
  const choose = (change: Partial<ImportChoices>): void => setChoices((current) => ({ ...current, ...change }));

  return (
    <dialog
      ref={ref}
      className="choice-dialog import-dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={summaryId}
      onCancel={(event) => {
        event.preventDefault();
        close(onCancel);
      }}
    >
      <h2 id={titleId} className="choice-dialog-title">
        Import figures from {source.fileName}
      </h2>
      <p id={summaryId} className="import-summary">
        {needsEntry ? `A ${sourceKindName(source)} file: choose the group or endpoint to import from.` : plan.nothing === null ? `${summariseImportPlan(plan)}.` : plan.nothing}
      </p>

      <div className="import-choices">
        {source.kind === 'argo' && (
          <label className="import-field">
            <span>Group or endpoint</span>
            <select value={choices.entry ?? ''} onChange={(event) => choose({ entry: event.target.value === '' ? null : event.target.value })}>
              {choices.entry === null && <option value="">Choose one…</option>}
              {entries.map((entry) => (
                <option key={entry.id} value={entry.id}>
                  {describeEntry(entry)}
                </option>
              ))}
            </select>
          </label>
        )}
        {needsFirstMonth && (
          <label className="import-field">
            <span>Month M1 is</span>
            <input type="month" value={choices.firstMonth ?? ''} onChange={(event) => choose({ firstMonth: event.target.value === '' ? null : event.target.value })} />
          </label>
        )}
        {source.kind === 'tickets' && (
          <fieldset className="import-field import-unit">
            <legend>Response times in the file are in</legend>
            <label>
              <input type="radio" name="import-unit" checked={choices.responseUnit === 'working-days'} onChange={() => choose({ responseUnit: 'working-days' })} /> working days
            </label>
            <label>
              <input type="radio" name="import-unit" checked={choices.responseUnit === 'hours'} onChange={() => choose({ responseUnit: 'hours' })} /> hours
            </label>
          </fieldset>
        )}
        {series.length > 0 && (
          <fieldset className="import-mapping">
            <legend>Which metric receives each series</legend>
            {series.map((name) => (
              <label key={name} className="import-field">
                <span>{name}</span>
                <select
                  aria-label={`Metric for ${name}`}
                  value={choices.mapping[name] ?? ''}
                  onChange={(event) => choose({ mapping: { ...choices.mapping, [name]: event.target.value === '' ? null : event.target.value } })}
                >
                  <option value="">Leave out</option>
                  {report.metrics.map((metric) => (
                    <option key={metric.id} value={metric.id}>
                      {metricLabel(metric)}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </fieldset>
        )}
      </div>

      {plan.problems.length > 0 && (
        <section className="import-messages import-problems" aria-label="Problems">
          <h3>Problems</h3>
          <ul>
            {plan.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </section>
      )}
      {plan.warnings.length > 0 && (
        <section className="import-messages import-problems" aria-label="Figures to fix after the import">
          <h3>Figures to fix after the import</h3>
          <ul>
            {plan.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </section>
      )}
      {plan.notes.length > 0 && (
        <ul className="import-messages import-notes" aria-label="How the file was read">
          {plan.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}

      {plan.changes.length > 0 && (
        // Focusable, so a keyboard can scroll a long list of changes.
        <section className="import-changes" tabIndex={0} aria-label="Cells that will change">
          {replacedTyped > 0 && (
            <p className="import-warning">
              <span aria-hidden="true">⚠ </span>
              {replacedTyped === 1 ? 'One figure typed by hand would be replaced; it is marked below.' : `${replacedTyped} figures typed by hand would be replaced; they are marked below.`}
            </p>
          )}
          <table className="import-table">
            <caption className="visually-hidden">Cells that will change</caption>
            <thead>
              <tr>
                <th scope="col">Metric</th>
                <th scope="col">Month</th>
                <th scope="col" className="import-number">
                  Now
                </th>
                <th scope="col">
                  <span className="visually-hidden">becomes</span>
                </th>
                <th scope="col" className="import-number">
                  Imported
                </th>
                <th scope="col">Change</th>
              </tr>
            </thead>
            <tbody>
              {plan.changes.map((change) => (
                <tr key={`${change.metricId}:${change.month}`} className={`import-change import-change--${change.kind}`} title={`${change.where}: ${change.given}`}>
                  <th scope="row">{change.metric}</th>
                  <td>{change.monthLabel}</td>
                  <td className="import-number">{change.beforeText}</td>
                  <td aria-hidden="true">→</td>
                  <td className="import-number">{change.afterText}</td>
                  <td className="import-kind">
                    {change.kind === 'replaces-typed' && <span aria-hidden="true">⚠ </span>}
                    {KIND_WORDS[change.kind]}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      {plan.outside.length > 0 && (
        <section className="import-messages import-outside" aria-label="Left out">
          <h3>Left out: outside the report&apos;s period</h3>
          <ul>
            {plan.outside.map((month) => (
              <li key={month.month}>
                {month.label} ({month.series.join(', ')})
              </li>
            ))}
          </ul>
        </section>
      )}

      <div className="choice-dialog-buttons">
        <button type="button" className="button" onClick={() => close(onCancel)}>
          Cancel
        </button>
        <button type="button" className="button button-primary" disabled={plan.changes.length === 0} onClick={() => close(() => onApply(plan))}>
          {plan.changes.length === 0 ? 'Apply' : `Apply ${plan.changes.length === 1 ? '1 figure' : `${plan.changes.length} figures`}`}
        </button>
      </div>
    </dialog>
  );
}
