// The report as it exports: its details, then sections 1 to 6 with their tables and charts.
import { useCallback, useRef, type ReactElement, type ReactNode } from 'react';
import type { Report, SectionId } from '../../shared/report-schema';
import { SECTION_TITLES } from '../../shared/report-schema';
import { EffortChart, PerformanceCharts } from '../charts/report-charts';
import type { AskChoice } from '../dialogs/choice-dialog';
import { WordExportOptions } from '../export/word-export-options';
import { DocumentHeader } from '../header/document-header';
import type { PendingEntry } from '../tables/cell-problems';
import { EffortTable } from '../tables/effort-table';
import { PerformanceTable } from '../tables/performance-table';
import { SectionEditor, type SectionEdit } from './section-editor';
import { sectionNumber } from './section-ids';

interface ReportSectionsProps {
  report: Report;
  onEdit: SectionEdit;
  /** Each table's entries kept as typed until fixed. */
  onProblemsChange: (table: ProblemSource, problems: PendingEntry[]) => void;
  ask: AskChoice;
  /** Shown under the title, before the details: what needs attention. */
  summary: ReactNode;
}

/** Where entries still to fix come from, in the order the app lists them. */
export const PROBLEM_SOURCES = ['details', 'effort', 'performance'] as const;
export type ProblemSource = (typeof PROBLEM_SOURCES)[number];

function ReportSection({ id, children }: { id: SectionId; children: ReactNode }): ReactElement {
  return (
    <section className="report-section">
      <h2 id={`heading-${id}`} className="section-heading">
        <span className="section-number">{sectionNumber(id)}</span> {SECTION_TITLES[id]}
      </h2>
      {children}
    </section>
  );
}

export function ReportSections({ report, onEdit, onProblemsChange, ask, summary }: ReportSectionsProps): ReactElement {
  // The tables render again only when their own data changes, so the report they edit may be
  // older in its other parts (a section typed into, the other table edited): what each one
  // changes is its own data alone.
  const latest = useRef(report);
  latest.current = report;
  const effortChange = useCallback((next: Report, label: string): void => onEdit({ ...latest.current, effort: next.effort }, label), [onEdit]);
  const performanceChange = useCallback((next: Report, label: string): void => onEdit({ ...latest.current, metrics: next.metrics }, label), [onEdit]);
  const detailsProblems = useCallback((problems: PendingEntry[]) => onProblemsChange('details', problems), [onProblemsChange]);
  const effortProblems = useCallback((problems: PendingEntry[]) => onProblemsChange('effort', problems), [onProblemsChange]);
  const performanceProblems = useCallback((problems: PendingEntry[]) => onProblemsChange('performance', problems), [onProblemsChange]);

  return (
    <>
      <DocumentHeader report={report} onEdit={onEdit} ask={ask} onProblemsChange={detailsProblems} />
      {summary}

      <ReportSection id="effort">
        <SectionEditor report={report} id="effort" label="Effort sentence" onEdit={onEdit} hint="The list of people and their PM follows this sentence in the export." />
        <div className="effort-layout">
          <EffortTable report={report} onChange={effortChange} onProblemsChange={effortProblems} />
          <EffortChart effort={report.effort} />
        </div>
      </ReportSection>

      <ReportSection id="overview">
        <SectionEditor
          report={report}
          id="overview"
          label="General overview"
          onEdit={onEdit}
          context={
            report.previous === null ? undefined : (
              <p>
                <strong>Last period you foresaw:</strong> {report.previous.foreseen.trim() === '' ? '(nothing written)' : report.previous.foreseen}
              </p>
            )
          }
        />
      </ReportSection>

      <ReportSection id="performance">
        <SectionEditor report={report} id="performance" label="Performance text" onEdit={onEdit} />
        <PerformanceTable report={report} onChange={performanceChange} onProblemsChange={performanceProblems} />
        <h3 className="subheading">Charts</h3>
        <PerformanceCharts meta={report.meta} metrics={report.metrics} />
        <WordExportOptions report={report} onEdit={onEdit} />
      </ReportSection>

      <ReportSection id="issues">
        <SectionEditor report={report} id="issues" label="Issues arising" onEdit={onEdit} />
      </ReportSection>

      <ReportSection id="measures">
        <SectionEditor report={report} id="measures" label="Measures planned" onEdit={onEdit} />
      </ReportSection>

      <ReportSection id="foreseen">
        <SectionEditor report={report} id="foreseen" label="Foreseen activities and changes" onEdit={onEdit} />
      </ReportSection>
    </>
  );
}
