// Every month of every period, a row per metric: windowed as the report's grid is (rows in view
// by use-row-window, months in view by use-column-window), so twenty periods of sixty metrics
// draw a screenful of cells. A missing report is a hatched gap; a miss is marked by its icon
// and its words, never by colour alone.
import { memo, useMemo, useRef, type ReactElement } from 'react';
import { pointView, seriesPoints } from '../../shared/history/history-facts';
import { describeTarget } from '../../shared/figure-text';
import type { ServiceHistory } from '../../shared/history/service-history';
import type { MetricSeries } from '../../shared/history/history-matching';
import { useRowWindow } from '../tables/use-row-window';
import { useColumnWindow, type DrawnColumns } from '../tables/use-column-window';
import { RowGap } from './history-tables';

const NAME_WIDTH = 220;
const TARGET_WIDTH = 180;
const MONTH_WIDTH = 88;
const FIRST_MONTH_COLUMN = 2;

/** "≥ 98 %, then ≥ 99 % from Jan 2024": each period's target where it changed. */
export function targetsOverTime(history: Pick<ServiceHistory, 'periods'>, series: MetricSeries): string {
  const parts: string[] = [];
  let last = '';
  series.byPeriod.forEach((metric, period) => {
    if (metric === null) return;
    const target = describeTarget(metric);
    if (target === last) return;
    parts.push(parts.length === 0 ? target : `then ${target} from ${history.periods[period]!.name}`);
    last = target;
  });
  return parts.join(', ');
}

interface RowProps {
  history: ServiceHistory;
  series: MetricSeries;
  rowIndex: number;
  columns: DrawnColumns;
  observe: (row: HTMLTableRowElement | null) => void;
}

const MonthRow = memo(function MonthRow({ history, series, rowIndex, columns, observe }: RowProps): ReactElement {
  const points = useMemo(() => seriesPoints(history, series), [history, series]);
  return (
    <tr ref={observe} data-row-key={series.id} aria-rowindex={rowIndex + 3}>
      {columns.items.map((item) => {
        if (item.kind === 'gap') return <td key={item.key} colSpan={item.span} className="history-gap-cell" aria-hidden="true" />;
        if (item.index === 0) {
          return (
            <th key="name" scope="row" className="history-name" aria-colindex={1}>
              {series.name}
              {series.formerly.length > 0 && <span className="history-formerly"> (formerly {series.formerly.join(', ')})</span>}
            </th>
          );
        }
        if (item.index === 1) {
          return (
            <td key="target" className="history-target" aria-colindex={2}>
              {targetsOverTime(history, series)}
            </td>
          );
        }
        const point = points[item.index - FIRST_MONTH_COLUMN]!;
        const view = pointView(series, point);
        const className = ['history-month', point.state === 'missed' ? 'is-missed' : '', point.state === 'no-period' ? 'is-no-report' : '', point.state === 'not-measured' ? 'is-not-measured' : ''].filter(Boolean).join(' ');
        return (
          <td key={point.month.key} className={className} aria-colindex={item.index + 1} title={view.accessibleName} aria-label={view.accessibleName}>
            {view.icon !== '' && (
              <span className="history-miss-icon" aria-hidden="true">
                {view.icon}{' '}
              </span>
            )}
            {view.text}
          </td>
        );
      })}
    </tr>
  );
});

/** The period headings over the months drawn: each spans its drawn months, a missing period says so. */
function periodHeadings(history: ServiceHistory, columns: DrawnColumns): ReactElement[] {
  const cells: ReactElement[] = [];
  let open: { key: string; label: string; span: number; missing: boolean } | null = null;
  const close = () => {
    if (open !== null) cells.push(<th key={open.key} colSpan={open.span} scope="colgroup" className={open.missing ? 'history-period-heading is-no-report' : 'history-period-heading'}>{open.label}</th>);
    open = null;
  };
  for (const item of columns.items) {
    if (item.kind === 'gap') {
      close();
      cells.push(<th key={item.key} colSpan={item.span} aria-hidden="true" />);
      continue;
    }
    if (item.index < FIRST_MONTH_COLUMN) {
      close();
      cells.push(<th key={`blank-${item.index}`} aria-hidden="true" className={item.index === 1 ? 'history-target-heading' : undefined} />);
      continue;
    }
    const month = history.timeline[item.index - FIRST_MONTH_COLUMN]!;
    const gap = month.period === null ? history.missing.find((missing) => month.month >= missing.first && month.month < missing.first + missing.months) : undefined;
    const key = month.period === null ? `missing-${gap?.first ?? month.month}` : `period-${month.period}`;
    const label = month.period === null ? `No report: ${gap?.name ?? month.label}` : history.periods[month.period]!.name;
    if (open !== null && open.key === key) open.span += 1;
    else {
      close();
      open = { key, label, span: 1, missing: month.period === null };
    }
  }
  close();
  return cells;
}

export function HistoryMonthGrid({ history }: { history: ServiceHistory }): ReactElement {
  const scrollRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const widths = useMemo(() => [NAME_WIDTH, TARGET_WIDTH, ...history.timeline.map(() => MONTH_WIDTH)], [history.timeline]);
  const keys = useMemo(() => history.metrics.map((series) => series.id), [history.metrics]);
  const noPins = useMemo(() => [], []);
  const columns = useColumnWindow(widths, FIRST_MONTH_COLUMN, widths.length - 1, noPins, scrollRef);
  const { items, observe } = useRowWindow(keys, noPins, bodyRef, scrollRef);
  const totalWidth = widths.reduce((sum, width) => sum + width, 0);
  return (
    <div className="history-grid-scroll" ref={scrollRef} tabIndex={0} role="region" aria-label="Month by month, every period">
      <table className="history-grid" style={{ width: totalWidth }} aria-rowcount={history.metrics.length + 2} aria-colcount={widths.length}>
        <colgroup>
          {widths.map((width, index) => (
            <col key={index} style={{ width }} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>{periodHeadings(history, columns)}</tr>
          <tr aria-rowindex={2}>
            {columns.items.map((item) =>
              item.kind === 'gap' ? (
                <th key={item.key} colSpan={item.span} aria-hidden="true" />
              ) : item.index === 0 ? (
                <th key="name" scope="col" aria-colindex={1}>Metric</th>
              ) : item.index === 1 ? (
                <th key="target" scope="col" aria-colindex={2} className="history-target-heading">
                  Target
                </th>
              ) : (
                <th key={item.index} scope="col" aria-colindex={item.index + 1} className="history-month-heading">
                  {history.timeline[item.index - FIRST_MONTH_COLUMN]!.label}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody ref={bodyRef}>
          {items.map((item) =>
            item.kind === 'gap' ? (
              <RowGap key={item.key} height={item.height} columns={widths.length} />
            ) : (
              <MonthRow key={keys[item.index]} history={history} series={history.metrics[item.index]!} rowIndex={item.index} columns={columns} observe={observe} />
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}
