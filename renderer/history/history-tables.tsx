// The history's tables: each metric period by period (windowed: sixty metrics over twenty
// periods are 1,200 rows), and effort, a person a row and a period a column, with each period's
// total against its planned PM.
import { useMemo, useRef, type ReactElement } from 'react';
import { periodRows, type PeriodRow } from '../../shared/history/history-facts';
import { effortTotals, personPmText } from '../../shared/history/history-effort';
import type { ServiceHistory } from '../../shared/history/service-history';
import { formatPm } from '../../shared/numbers';
import { useRowWindow } from '../tables/use-row-window';

/** The rows out of view, as one row of their height. */
export function RowGap({ height, columns }: { height: number; columns: number }): ReactElement {
  return (
    <tr aria-hidden="true" style={{ height }}>
      <td colSpan={columns} />
    </tr>
  );
}

interface PeriodLine {
  key: string;
  metric: string;
  /** The metric's first row shows its name; the others leave it to the row above. */
  first: boolean;
  row: PeriodRow;
}

export function HistoryPeriodTable({ history }: { history: ServiceHistory }): ReactElement {
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const lines = useMemo<PeriodLine[]>(
    () => history.metrics.flatMap((series) => periodRows(history, series).map((row, index) => ({ key: `${series.id}-${row.period}`, metric: series.name, first: index === 0, row }))),
    [history],
  );
  const keys = useMemo(() => lines.map((line) => line.key), [lines]);
  const noPins = useMemo(() => [], []);
  const { items, observe } = useRowWindow(keys, noPins, bodyRef);
  return (
    <table className="history-table" aria-label="Each metric period by period" aria-rowcount={lines.length + 1}>
      <thead>
        <tr aria-rowindex={1}>
          <th scope="col">Metric</th>
          <th scope="col">Period</th>
          <th scope="col">Target</th>
          <th scope="col" className="is-figure">Average</th>
          <th scope="col" className="is-figure">Months met</th>
          <th scope="col">Worst month</th>
        </tr>
      </thead>
      <tbody ref={bodyRef}>
        {items.map((item) => {
          if (item.kind === 'gap') return <RowGap key={item.key} height={item.height} columns={6} />;
          const { key, metric, first, row } = lines[item.index]!;
          const missed = row.missed > 0;
          return (
            <tr key={key} ref={observe} data-row-key={key} aria-rowindex={item.index + 2} className={first ? 'history-first-of-metric' : undefined}>
              <th scope="row">{first ? metric : <span className="visually-hidden">{metric}</span>}</th>
              <td>{row.periodName}</td>
              <td>{row.target}</td>
              <td className="is-figure">{row.average}</td>
              <td className={missed ? 'is-figure is-missed' : 'is-figure'}>
                {row.monthsMet} of {row.monthsWithValue}
                {missed && <span className="history-missed-words"> ({row.missed} missed)</span>}
              </td>
              <td>{row.worst ?? '—'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function HistoryEffortTable({ history }: { history: ServiceHistory }): ReactElement {
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const totals = useMemo(() => effortTotals(history), [history]);
  const keys = useMemo(() => history.people.map((person) => person.id), [history.people]);
  const noPins = useMemo(() => [], []);
  const { items, observe } = useRowWindow(keys, noPins, bodyRef);
  return (
    <div className="history-wide" role="region" aria-label="Effort by period" tabIndex={0}>
      <table className="history-table history-effort" aria-rowcount={history.people.length + 3}>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">Person</th>
            {history.periods.map((period) => (
              <th key={period.first} scope="col" className="is-figure">
                {period.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody ref={bodyRef}>
          {items.map((item) => {
            if (item.kind === 'gap') return <RowGap key={item.key} height={item.height} columns={history.periods.length + 1} />;
            const person = history.people[item.index]!;
            return (
              <tr key={person.id} ref={observe} data-row-key={person.id} aria-rowindex={item.index + 2}>
                <th scope="row">
                  {person.name}
                  {person.formerly.length > 0 && <span className="history-formerly"> (formerly {person.formerly.join(', ')})</span>}
                </th>
                {person.byPeriod.map((row, period) => (
                  <td key={period} className="is-figure">
                    {personPmText(row?.pm ?? null)}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr aria-rowindex={history.people.length + 2}>
            <th scope="row">Total PM</th>
            {totals.map((total) => (
              <td key={total.period} className={total.planned !== null && total.total < total.planned ? 'is-figure is-missed' : 'is-figure'}>
                {formatPm(total.total)}
              </td>
            ))}
          </tr>
          <tr aria-rowindex={history.people.length + 3}>
            <th scope="row">Planned PM</th>
            {totals.map((total) => (
              <td key={total.period} className="is-figure">
                {total.planned === null ? '—' : formatPm(total.planned)}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
