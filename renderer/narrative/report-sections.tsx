// The report as it exports: its details, then its sections in the list's order, each with what
// its kind holds (the effort table, the performance table and charts, a table of the person's
// own, or text alone). Each part reads its own slice of the document store, so typing in one
// part re-renders it alone; the list is laid out again only when its shape changes.
import { useDeferredValue, type ReactElement, type ReactNode } from 'react';
import { sameMonths } from '../../shared/periods';
import { EffortChart, PerformanceCharts } from '../charts/report-charts';
import type { SectionOutline } from '../../shared/sections';
import { useReport } from '../document/use-document';
import { WordExportOptions } from '../export/word-export-options';
import { DocumentHeader } from '../header/document-header';
import { EffortTable } from '../tables/effort-table';
import { PerformanceTable } from '../tables/performance-table';
import type { AskChoice } from '../ui/choice-dialog';
import { partRegion, regionProps, useSectionParts, type NumberedSection } from '../ui/regions';
import { SectionEditor } from './section-editor';
import { TableSectionView } from './table-section-view';

interface ReportSectionsProps {
  ask: AskChoice;
  /** Shown under the title, before the details: what needs attention. */
  summary: ReactNode;
}

/** `drawnWhenNear`: laid out and painted only as it comes near the view (see .drawn-when-near). */
function ReportSection({ section, drawnWhenNear = true, children }: { section: NumberedSection; drawnWhenNear?: boolean; children: ReactNode }): ReactElement {
  const Heading = section.level === 1 ? 'h2' : 'h3';
  const classes = ['report-section', section.level === 2 ? 'report-subsection' : '', drawnWhenNear ? 'drawn-when-near' : ''].filter((name) => name !== '');
  return (
    <section className={classes.join(' ')} aria-labelledby={`heading-${section.id}`}>
      <Heading id={`heading-${section.id}`} className="section-heading">
        {section.number !== null && <span className="section-number">{section.number}</span>} {section.title}
      </Heading>
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
  // Redrawn for its months and its language, not for a title typed.
  const meta = useDeferredValue(useReport((report) => report.meta, (a, b) => sameMonths(a, b) && a.language === b.language));
  const metrics = useDeferredValue(useReport((report) => report.metrics));
  return <PerformanceCharts meta={meta} metrics={metrics} />;
}

function EffortChartOfReport(): ReactElement {
  const effort = useReport((report) => report.effort);
  const language = useReport((report) => report.meta.language);
  return <EffortChart effort={effort} language={language} />;
}

/** The text field's name: the section's title, or what part of the section it is. */
function fieldLabel(section: SectionOutline): string {
  const title = section.title.trim();
  if (section.kind === 'effort') return `${title} sentence`;
  if (section.kind === 'performance' || section.kind === 'table') return `${title}: text before the table`;
  return title;
}

function SectionContent({ section }: { section: NumberedSection }): ReactElement {
  const hasPrevious = useReport((report) => report.previous !== null);
  const label = fieldLabel(section);
  switch (section.kind) {
    case 'effort':
      return (
        <ReportSection section={section}>
          <SectionEditor id={section.id} label={label} hint="The list of people and their PM follows this sentence in the export." />
          <div className="effort-layout">
            <EffortTable />
            <EffortChartOfReport />
          </div>
        </ReportSection>
      );
    case 'performance':
      // The grid is where figures are typed: its own rows and months are windowed instead.
      return (
        <ReportSection section={section} drawnWhenNear={false}>
          <SectionEditor id={section.id} label={label} />
          <PerformanceTable />
          <h3 className="subheading">Charts</h3>
          <Charts />
          <WordExportOptions />
        </ReportSection>
      );
    case 'table':
      return (
        <ReportSection section={section}>
          <div {...regionProps(partRegion({ kind: 'grid', section }).id)} className="section-table-region">
            <SectionEditor id={section.id} label={label} />
            <TableSectionView id={section.id} />
          </div>
        </ReportSection>
      );
    default:
      return (
        <ReportSection section={section}>
          <SectionEditor id={section.id} label={label} context={section.kind === 'overview' && hasPrevious ? <LastForeseen /> : undefined} />
        </ReportSection>
      );
  }
}

export function ReportSections({ ask, summary }: ReportSectionsProps): ReactElement {
  const parts = useSectionParts();
  const hasPerformance = parts.some((part) => part.kind === 'grid' && part.section.kind === 'performance');
  return (
    <>
      <DocumentHeader ask={ask} />
      {summary}
      {parts.map((part) =>
        part.kind === 'grid' ? (
          <SectionContent key={part.section.id} section={part.section} />
        ) : (
          <div key={`sections:${part.sections[0]!.id}`} className="report-sections-run" {...regionProps(partRegion(part).id)}>
            {part.sections.map((section) => (
              <SectionContent key={section.id} section={section} />
            ))}
          </div>
        ),
      )}
      {/* The export's options sit with the performance table they mostly shape; without one, after the sections. */}
      {!hasPerformance && <WordExportOptions />}
    </>
  );
}
