// How the Word document lays the report out, chosen here and saved with the report: grouped
// metrics (Support priority) as one row or a row each, and whether the charts go in.
import { useId, useMemo, type ReactElement } from 'react';
import { sameMonths } from '../../shared/periods';
import { previousPeriodName } from '../../shared/previous-period';
import { groupMetrics } from '../../shared/targets';
import type { Metric } from '../../shared/report-schema';
import type { ExportOptions } from '../../shared/report-schema';
import { useDocumentStore, useReport } from '../document/use-document';
import { combinedLayoutHint, groupExample, groupStyleLabel, rowsLayoutHint, withExportOptions } from './export-options';
import './export-options.css';

const NO_METRICS: Metric[] = [];

function sameItems(a: readonly Metric[], b: readonly Metric[]): boolean {
  return a.length === b.length && a.every((metric, index) => metric === b[index]);
}

interface ChoiceProps {
  id: string;
  type: 'radio' | 'checkbox';
  name?: string;
  label: string;
  /** What the choice makes of this report; the control's description, not its name. */
  hint: string;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
}

function Choice({ id, type, name, label, hint, checked, disabled, onChange }: ChoiceProps): ReactElement {
  return (
    <div className="export-choice">
      <input id={id} type={type} name={name} checked={checked} disabled={disabled} aria-describedby={`${id}-hint`} onChange={(event) => onChange(event.target.checked)} />
      <div>
        <label htmlFor={id}>{label}</label>
        <p className="export-choice-hint" id={`${id}-hint`}>
          {hint}
        </p>
      </div>
    </div>
  );
}

export function WordExportOptions(): ReactElement {
  const store = useDocumentStore();
  const id = useId();
  const { groupStyle, includeCharts, includePrevious } = useReport((report) => report.exportOptions);
  const previousName = useReport((report) => (report.previous === null ? null : (previousPeriodName(report.previous) ?? 'the previous period')));
  const meta = useReport((report) => report.meta, sameMonths);
  // The example reads the first group only: a figure typed elsewhere leaves it as it is.
  const firstGroup = useReport((report) => groupMetrics(report.metrics).find((row) => row.group !== null)?.metrics ?? NO_METRICS, sameItems);
  const example = useMemo(() => groupExample({ meta, metrics: firstGroup }), [meta, firstGroup]);

  function chooseLayout(style: ExportOptions['groupStyle']): void {
    if (style !== groupStyle) store.edit(groupStyleLabel(style), (report) => withExportOptions(report, { groupStyle: style }));
  }

  const combinedHint = combinedLayoutHint(example);
  const rowsHint = rowsLayoutHint(example);

  return (
    <fieldset className="export-options">
      <legend className="export-options-title">Word export</legend>
      <div className="export-options-body">
        <fieldset className="export-layout">
          <legend>Grouped metrics in the table</legend>
          <Choice id={`${id}-combined`} type="radio" name={`${id}-layout`} label="Side by side in one row" hint={combinedHint} checked={groupStyle === 'combined'} onChange={() => chooseLayout('combined')} />
          <Choice id={`${id}-rows`} type="radio" name={`${id}-layout`} label="A row for each metric" hint={rowsHint} checked={groupStyle === 'sub-rows'} onChange={() => chooseLayout('sub-rows')} />
        </fieldset>
        <div className="export-charts">
          <Choice
            id={`${id}-charts`}
            type="checkbox"
            label="Include charts"
            hint="The effort chart and a chart per metric, after their tables."
            checked={includeCharts}
            onChange={(checked) => store.edit(checked ? 'Include charts in the export' : 'Leave charts out of the export', (report) => withExportOptions(report, { includeCharts: checked }))}
          />
          <Choice
            id={`${id}-previous`}
            type="checkbox"
            label="Previous period column"
            hint={
              previousName === null
                ? 'No previous period is known: start this report from last period’s, or use Compare with… to add one.'
                : `Each metric’s average in ${previousName}, after this period’s.`
            }
            checked={includePrevious && previousName !== null}
            disabled={previousName === null}
            onChange={(checked) =>
              store.edit(checked ? 'Add the previous period to the export' : 'Leave the previous period out of the export', (report) => withExportOptions(report, { includePrevious: checked }))
            }
          />
        </div>
      </div>
      <p className="field-hint">Saved with the report; Export to Word follows them.</p>
    </fieldset>
  );
}
