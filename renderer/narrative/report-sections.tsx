// The report as it exports: its details, then sections 1 to 6 with their tables and charts.
// Each part reads its own slice of the document store, so typing in one part re-renders it
// alone.
import { useDeferredValue, type ReactElement, type ReactNode } from 'react';
import type { SectionId } from '../../shared/report-schema';
import { SECTION_TITLES } from '../../shared/report-schema';
import { sameMonths } from '../../shared/periods';
import { EffortChart, PerformanceCharts } from '../charts/report-charts';
import { sectionNumber } from '../document/places';
import { useReport } from '../document/use-document';
import { WordExportOptions } from '../export/word-export-options';
import { DocumentHeader } from '../header/document-header';
import { EffortTable } from '../tables/effort-table';
import { PerformanceTable } from '../tables/performance-table';
import type { AskChoice } from '../ui/choice-dialog';
import { regionProps } from '../ui/regions';
import { SectionEditor } from './section-editor';

interface ReportSectionsProps {
  ask: AskChoice;
  /** Shown under the title, before the details: what needs attention. */
  summary: ReactNode;
}

/** `drawnWhenNear`: laid out and painted only as it comes near the view (see .drawn-when-near). */
function ReportSection({ id, drawnWhenNear = true, children }: { id: SectionId; drawnWhenNear?: boolean; children: ReactNode }): ReactElement {
  return (
    <section className={drawnWhenNear ? 'report-section drawn-when-near' : 'report-section'}>
      <h2 id={`heading-${id}`} className="section-heading">
        <span className="section-number">{sectionNumber(id)}</span> {SECTION_TITLES[id]}
      </h2>
      {children}
    </section>
  );
}

/** What last period foresaw, above this period's overview. */
function LastForeseen(): ReactElement | null {
  const foreseen = useReport((report) => report.previous?.foreseen ?? null);
  if (foreseen === null) return null;
  return (
    <p>
      <strong>Last period you foresaw:</strong> {foreseen.trim() === '' ? '(nothing written)' : foreseen}
    </p>
  );
}

/** The charts follow an edit a moment behind it, rendered after the keystroke's own frame (as the summary is). */
function Charts(): ReactElement {
  const meta = useDeferredValue(useReport((report) => report.meta, sameMonths));
  const metrics = useDeferredValue(useReport((report) => report.metrics));
  return <PerformanceCharts meta={meta} metrics={metrics} />;
}

function EffortChartOfReport(): ReactElement {
  const effort = useReport((report) => report.effort);
  return <EffortChart effort={effort} />;
}

export function ReportSections({ ask, summary }: ReportSectionsProps): ReactElement {
  const hasPrevious = useReport((report) => report.previous !== null);
  return (
    <>
      <DocumentHeader ask={ask} />
      {summary}

      <ReportSection id="effort">
        <SectionEditor id="effort" label="Effort sentence" hint="The list of people and their PM follows this sentence in the export." />
        <div className="effort-layout">
          <EffortTable />
          <EffortChartOfReport />
        </div>
      </ReportSection>

      <ReportSection id="overview">
        <SectionEditor id="overview" label="General overview" context={hasPrevious ? <LastForeseen /> : undefined} />
      </ReportSection>

      {/* The grid is where figures are typed: its own rows and months are windowed instead. */}
      <ReportSection id="performance" drawnWhenNear={false}>
        <SectionEditor id="performance" label="Performance text" />
        <PerformanceTable />
        <h3 className="subheading">Charts</h3>
        <Charts />
        <WordExportOptions />
      </ReportSection>

      <div {...regionProps('sections')}>
        <ReportSection id="issues">
          <SectionEditor id="issues" label="Issues arising" />
        </ReportSection>

        <ReportSection id="measures">
          <SectionEditor id="measures" label="Measures planned" />
        </ReportSection>

        <ReportSection id="foreseen">
          <SectionEditor id="foreseen" label="Foreseen activities and changes" />
        </ReportSection>
      </div>
    </>
  );
}
