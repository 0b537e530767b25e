// What needs attention before the report goes out, each item one click from its cell.
import type { ReactElement } from 'react';
import type { Report } from '../../shared/report-schema';
import { findMisses, findMissingValues } from '../../shared/targets';
import { describeEvaluation, formatMetricValueWithUnit, metricLabel, monthCellId } from '../../shared/figure-text';
import { summaryLine } from '../../shared/drafting';
import type { CellProblem } from '../tables/cell-problems';
import { Icon } from '../header/icons';
import { focusCell, SUMMARY_ID, summaryParts } from './summary-counts';

interface ReportSummaryProps {
  report: Report;
  problems: readonly CellProblem[];
}

function MissingByMetric({ report }: { report: Report }): ReactElement | null {
  const missing = findMissingValues(report);
  if (missing.length === 0) return null;
  const byMetric = new Map<string, typeof missing>();
  for (const item of missing) byMetric.set(item.metric.id, [...(byMetric.get(item.metric.id) ?? []), item]);
  return (
    <section className="summary-group" aria-labelledby="summary-missing">
      <h3 id="summary-missing" className="summary-group-title">
        <Icon name="missing" className="icon-missing" /> Months without a value
      </h3>
      <ul className="summary-list">
        {[...byMetric.values()].map((items) => {
          const metric = items[0]!.metric;
          return (
            <li key={metric.id} className="summary-missing-row">
              <span className="summary-metric">{metricLabel(metric)}</span>
              <span className="month-chips">
                {items.map((item) => (
                  <button
                    key={item.monthIndex}
                    type="button"
                    className="chip"
                    aria-label={`Go to ${item.monthLabel} ${metricLabel(metric)}`}
                    onClick={() => focusCell(monthCellId(metric.id, item.monthIndex))}
                  >
                    {item.monthLabel}
                  </button>
                ))}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The counts alone, for the status bar that stays in view. */
export function SummaryCounts({ report, problems }: ReportSummaryProps): ReactElement {
  const parts = summaryParts({ misses: findMisses(report).length, missing: findMissingValues(report).length, invalid: problems.length });
  return (
    <p className="summary-counts">
      {parts.map((part, index) => (
        <span key={part.kind} className={`stat stat-${part.kind}${part.count === 0 ? ' stat-zero' : ''}`}>
          {index > 0 && <span className="stat-separator"> · </span>}
          <Icon name={part.kind} />
          <span className="stat-count">{part.count}</span> {part.words}
        </span>
      ))}
    </p>
  );
}

/** A report with nothing typed yet says where to start, instead of listing every month as missing. */
function NothingYet({ report }: { report: Report }): ReactElement {
  const first = report.metrics[0];
  if (first === undefined) return <p className="summary-empty">No metrics in the report yet. Add them in section 3 with Add metric.</p>;
  return (
    <p className="summary-empty">
      No figures yet. Type or paste the monthly figures in{' '}
      <button type="button" className="summary-link" onClick={() => focusCell(monthCellId(first.id, 0))}>
        section 3, Performance against service targets
      </button>
      ; missed targets and months without a value will be listed here.
    </p>
  );
}

export function ReportSummary({ report, problems }: ReportSummaryProps): ReactElement {
  const misses = findMisses(report);
  const noFigures = problems.length === 0 && report.metrics.every((metric) => metric.values.every((value) => value === null));
  const allClear = !noFigures && misses.length === 0 && findMissingValues(report).length === 0 && problems.length === 0;

  return (
    <section className="summary" id={SUMMARY_ID} aria-labelledby="summary-title">
      <div className="summary-head">
        <h2 id="summary-title" className="summary-title" tabIndex={-1}>
          Summary
        </h2>
        <SummaryCounts report={report} problems={problems} />
      </div>
      {allClear && (
        <p className="summary-clear">
          <Icon name="met" className="icon-met" /> Every figure is in and meets its target.
        </p>
      )}
      {noFigures && <NothingYet report={report} />}
      <div className="summary-groups">
        {problems.length > 0 && (
          <section className="summary-group" aria-labelledby="summary-invalid">
            <h3 id="summary-invalid" className="summary-group-title">
              <Icon name="invalid" className="icon-invalid" /> Entries to fix (not saved until fixed)
            </h3>
            <ul className="summary-list">
              {problems.map((problem) => (
                <li key={problem.cellId} className="summary-item summary-item-invalid">
                  <button type="button" className="summary-link" onClick={() => focusCell(problem.cellId)}>
                    <span className="visually-hidden">Go to </span>
                    {problem.place}
                  </button>
                  <span>{problem.message}</span>
                </li>
              ))}
            </ul>
          </section>
        )}

        {misses.length > 0 && (
          <section className="summary-group" aria-labelledby="summary-misses">
            <h3 id="summary-misses" className="summary-group-title">
              <Icon name="missed" className="icon-missed" /> Missed targets
            </h3>
            <ul className="summary-list">
              {misses.map((miss) => (
                <li key={`${miss.metric.id}-${miss.monthIndex}`} className="summary-item summary-item-missed">
                  <button type="button" className="summary-link" onClick={() => focusCell(monthCellId(miss.metric.id, miss.monthIndex))}>
                    <span className="visually-hidden">Go to </span>
                    {miss.monthLabel} {metricLabel(miss.metric)}
                  </button>
                  <span>
                    {formatMetricValueWithUnit(miss.value, miss.metric)}, {describeEvaluation('missed', miss.metric)}
                    {/* The cell shows what was typed over it; say why the old figure still counts. */}
                    {problems.some((problem) => problem.cellId === monthCellId(miss.metric.id, miss.monthIndex)) && ' (still counted until the entry typed over it is fixed)'}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        )}

        {!noFigures && <MissingByMetric report={report} />}

        {!noFigures && (
          <section className="summary-group" aria-labelledby="summary-metrics">
            <h3 id="summary-metrics" className="summary-group-title">
              By metric
            </h3>
            <ul className="summary-list summary-lines">
              {report.metrics.map((metric, index) => (
                <li key={metric.id}>{summaryLine(report, index)}</li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </section>
  );
}
