// What needs attention before the report goes out, each item one click from its place. The
// items are memoised on their own words, so a figure typed re-renders the items it changes.
import { memo, useRef, useState, type ReactElement, type ReactNode, type Ref } from 'react';
import { describeEvaluation, formatMetricValueWithUnit, metricLabel, noteLines, outsideUnitMessage } from '../../shared/figure-text';
import { figureNote } from '../../shared/figure-notes';
import { summaryLine } from '../../shared/drafting';
import { monthLabel } from '../../shared/periods';
import type { Report, ReportMeta } from '../../shared/report-schema';
import { sectionNumberOf, sectionOfKind } from '../../shared/sections';
import { placeId, SUMMARY_ID } from '../document/places';
import { useDocumentStore, useFocusRequest, useReport } from '../document/use-document';
import { Icon } from '../ui/icons';
import { regionProps } from '../ui/regions';
import { useOpenNote } from '../notes/note-editor';
import { summaryParts } from './summary-counts';
import { useSummaryFacts, type SummaryFacts } from './summary-facts';

type PeriodMeta = Pick<ReportMeta, 'period' | 'monthLabels'>;

/** Items a list shows before "Show all": a large report's hundreds of misses would bury the rest. */
export const SUMMARY_LIST_LIMIT = 12;

/** A summary list of `items`, the first few at once and the rest on request. */
function SummaryList<T>({ items, className, what, render }: { items: readonly T[]; className: string; what: string; render: (item: T) => ReactNode }): ReactElement {
  const [all, setAll] = useState(false);
  const shown = all ? items : items.slice(0, SUMMARY_LIST_LIMIT);
  return (
    <>
      <ul className={className}>{shown.map(render)}</ul>
      {items.length > SUMMARY_LIST_LIMIT && (
        <button type="button" className="summary-more" aria-expanded={all} onClick={() => setAll((shownAll) => !shownAll)}>
          {all ? `Show the first ${SUMMARY_LIST_LIMIT} only` : `Show all ${items.length} ${what}`}
        </button>
      )}
    </>
  );
}

/** A chip or link that takes the person to a month's figure. */
function GoToMonth({ metricId, monthIndex, className, label, children }: { metricId: string; monthIndex: number; className: string; label?: string; children: ReactElement | string | (ReactElement | string)[] }): ReactElement {
  const store = useDocumentStore();
  return (
    <button type="button" className={className} aria-label={label} onClick={() => store.requestFocus({ kind: 'month', metricId, monthIndex })}>
      {children}
    </button>
  );
}

const MissingRow = memo(function MissingRow({ meta, metricId, label, monthIndexes }: { meta: PeriodMeta; metricId: string; label: string; monthIndexes: string }): ReactElement {
  return (
    <li className="summary-missing-row">
      <span className="summary-metric">{label}</span>
      <span className="month-chips">
        {monthIndexes.split(',').map((text) => {
          const monthIndex = Number(text);
          const month = monthLabel(meta, monthIndex);
          return (
            <GoToMonth key={monthIndex} metricId={metricId} monthIndex={monthIndex} className="chip" label={`Go to ${month} ${label}`}>
              {month}
            </GoToMonth>
          );
        })}
      </span>
    </li>
  );
});

function MissingByMetric({ facts }: { facts: SummaryFacts }): ReactElement | null {
  if (facts.missing.length === 0) return null;
  const byMetric = new Map<string, { label: string; months: number[] }>();
  for (const item of facts.missing) {
    const row = byMetric.get(item.metric.id) ?? { label: metricLabel(item.metric), months: [] };
    row.months.push(item.monthIndex);
    byMetric.set(item.metric.id, row);
  }
  return (
    <section className="summary-group" aria-labelledby="summary-missing">
      <h3 id="summary-missing" className="summary-group-title">
        <Icon name="missing" className="icon-missing" /> Months without a value
      </h3>
      <SummaryList
        items={[...byMetric]}
        className="summary-list"
        what="metrics with months without a value"
        render={([metricId, row]) => <MissingRow key={metricId} meta={facts.meta} metricId={metricId} label={row.label} monthIndexes={row.months.join(',')} />}
      />
    </section>
  );
}

/** A miss, its note's words under it (or none yet), and the note one click away. */
const MissItem = memo(function MissItem({ metricId, monthIndex, place, detail, note }: { metricId: string; monthIndex: number; place: string; detail: string; note: string }): ReactElement {
  const openNote = useOpenNote();
  return (
    <li className="summary-item summary-item-missed">
      <GoToMonth metricId={metricId} monthIndex={monthIndex} className="summary-link">
        <span className="visually-hidden">Go to </span>
        {place}
      </GoToMonth>
      <span>{detail}</span>
      <button type="button" className="summary-note-button" aria-label={`${note === '' ? 'Add note' : 'Edit note'} on ${place}`} onClick={() => openNote({ metricId, monthIndex })}>
        {note === '' ? 'Add note' : 'Edit note'}
      </button>
      {note !== '' && (
        <p className="summary-note">
          <Icon name="edited" /> {note}
        </p>
      )}
    </li>
  );
});

function noteText(note: ReturnType<typeof figureNote>): string {
  return note === null ? '' : noteLines(note).join(' · ');
}

/** The figures the report holds that their units cannot, but for those an entry typed over them already replaces. */
function heldToFix(facts: SummaryFacts): SummaryFacts['outside'] {
  if (facts.outside.length === 0 || facts.pending.length === 0) return facts.outside;
  const overTyped = new Set(facts.pending.map((entry) => entry.cellId));
  return facts.outside.filter((figure) => !overTyped.has(placeId({ kind: 'month', metricId: figure.metric.id, monthIndex: figure.monthIndex })));
}

/** The counts alone, for the status bar that stays in view. */
export const SummaryCounts = memo(function SummaryCounts({ facts }: { facts: SummaryFacts }): ReactElement {
  const parts = summaryParts({ misses: facts.misses.length, missing: facts.missing.length, invalid: facts.pending.length + heldToFix(facts).length });
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
});

/** Where the figures are typed, as the window heads it: "section 3" and its title, or its title alone; null without a performance section. */
function performancePlace(report: Report): { short: string; full: string } | null {
  const section = sectionOfKind(report, 'performance');
  if (section === undefined) return null;
  const number = sectionNumberOf(report, section.id);
  const title = section.title.trim();
  return number === null ? { short: `“${title}”`, full: `“${title}”` } : { short: `section ${number}`, full: `section ${number}, ${title}` };
}

function samePlace(a: { short: string; full: string } | null, b: { short: string; full: string } | null): boolean {
  return a === b || (a !== null && b !== null && a.full === b.full);
}

/** A report with nothing typed yet says where to start, instead of listing every month as missing. */
function NothingYet({ facts }: { facts: SummaryFacts }): ReactElement {
  const place = useReport(performancePlace, samePlace);
  const first = facts.metrics[0];
  if (place === null) return <p className="summary-empty">This report has no performance section: figures and targets are not followed in it.</p>;
  if (first === undefined) return <p className="summary-empty">No metrics in the report yet. Add them in {place.short} with Add metric.</p>;
  return (
    <p className="summary-empty">
      No figures yet. Type or paste the monthly figures in{' '}
      <GoToMonth metricId={first.id} monthIndex={0} className="summary-link">
        {place.full}
      </GoToMonth>
      ; missed targets and months without a value will be listed here.
    </p>
  );
}

export function ReportSummary({ panelRef }: { panelRef?: Ref<HTMLElement> }): ReactElement {
  const titleRef = useRef<HTMLHeadingElement>(null);
  const facts = useSummaryFacts();

  // "Show summary" in the status bar brings it back into view.
  useFocusRequest(
    (target) => target.kind === 'summary',
    () => {
      const title = titleRef.current;
      title?.closest('section')?.scrollIntoView({ block: 'start' });
      title?.focus({ preventScroll: true });
    },
  );

  return <SummaryPanel facts={facts} panelRef={panelRef} titleRef={titleRef} />;
}

/** Drawn again only when the facts change, a moment after the edit that changed them. */
const SummaryPanel = memo(function SummaryPanel({ facts, panelRef, titleRef }: { facts: SummaryFacts; panelRef: Ref<HTMLElement> | undefined; titleRef: Ref<HTMLHeadingElement> }): ReactElement {
  const store = useDocumentStore();
  const { misses, missing, pending, metrics } = facts;
  const outside = heldToFix(facts);
  const noFigures = pending.length === 0 && metrics.every((metric) => metric.values.every((value) => value === null));
  const allClear = !noFigures && misses.length === 0 && missing.length === 0 && pending.length === 0 && outside.length === 0;
  const overTyped = new Set(pending.map((entry) => entry.cellId));

  return (
    <section className="summary" id={SUMMARY_ID} ref={panelRef} aria-labelledby="summary-title" {...regionProps('summary')}>
      <div className="summary-head">
        <h2 id="summary-title" ref={titleRef} className="summary-title" tabIndex={-1}>
          Summary
        </h2>
        <SummaryCounts facts={facts} />
      </div>
      {allClear && (
        <p className="summary-clear">
          <Icon name="met" className="icon-met" /> Every figure is in and meets its target.
        </p>
      )}
      {noFigures && <NothingYet facts={facts} />}
      <div className="summary-groups drawn-when-near">
        {pending.length > 0 && (
          <section className="summary-group" aria-labelledby="summary-invalid">
            <h3 id="summary-invalid" className="summary-group-title">
              <Icon name="invalid" className="icon-invalid" /> Entries to fix (not saved until fixed)
            </h3>
            <SummaryList
              items={pending}
              className="summary-list"
              what="entries to fix"
              render={(entry) => (
                <li key={entry.cellId} className="summary-item summary-item-invalid">
                  <button type="button" className="summary-link" onClick={() => store.requestFocus(entry.at)}>
                    <span className="visually-hidden">Go to </span>
                    {entry.place}
                  </button>
                  <span>{entry.message}</span>
                </li>
              )}
            />
          </section>
        )}

        {outside.length > 0 && (
          <section className="summary-group" aria-labelledby="summary-outside">
            <h3 id="summary-outside" className="summary-group-title">
              <Icon name="invalid" className="icon-invalid" /> Figures to fix (their unit cannot hold them; not checked against a target)
            </h3>
            <SummaryList
              items={outside}
              className="summary-list"
              what="figures to fix"
              render={(figure) => (
                <li key={`${figure.metric.id}-${figure.monthIndex}`} className="summary-item summary-item-invalid">
                  <GoToMonth metricId={figure.metric.id} monthIndex={figure.monthIndex} className="summary-link">
                    <span className="visually-hidden">Go to </span>
                    {`${figure.monthLabel} ${metricLabel(figure.metric)}`}
                  </GoToMonth>
                  <span>{outsideUnitMessage(figure.value, figure.metric.unit)}</span>
                </li>
              )}
            />
          </section>
        )}

        {misses.length > 0 && (
          <section className="summary-group" aria-labelledby="summary-misses">
            <h3 id="summary-misses" className="summary-group-title">
              <Icon name="missed" className="icon-missed" /> Missed targets
            </h3>
            <SummaryList
              items={misses}
              className="summary-list"
              what="missed targets"
              render={(miss) => {
                // The cell shows what was typed over it; say why the old figure still counts.
                const stillCounted = overTyped.has(placeId({ kind: 'month', metricId: miss.metric.id, monthIndex: miss.monthIndex })) ? ' (still counted until the entry typed over it is fixed)' : '';
                return (
                  <MissItem
                    key={`${miss.metric.id}-${miss.monthIndex}`}
                    metricId={miss.metric.id}
                    monthIndex={miss.monthIndex}
                    place={`${miss.monthLabel} ${metricLabel(miss.metric)}`}
                    detail={`${formatMetricValueWithUnit(miss.value, miss.metric)}, ${describeEvaluation('missed', miss.metric)}${stillCounted}`}
                    note={noteText(figureNote(miss.metric, miss.monthIndex))}
                  />
                );
              }}
            />
          </section>
        )}

        {!noFigures && <MissingByMetric facts={facts} />}

        {!noFigures && (
          <section className="summary-group" aria-labelledby="summary-metrics">
            <h3 id="summary-metrics" className="summary-group-title">
              By metric
            </h3>
            <SummaryList
              items={metrics.map((metric, index) => ({ id: metric.id, index }))}
              className="summary-list summary-lines"
              what="metrics"
              render={({ id, index }) => <li key={id}>{summaryLine(facts, index)}</li>}
            />
          </section>
        )}
      </div>
    </section>
  );
});
