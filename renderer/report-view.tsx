// The open report's view: the toolbar, the summary and the sections with their grids and charts.
// The start screen needs none of it, so it is a chunk of its own, fetched as soon as the start
// screen shows and in long before a person opens a report (renderer/report-view-loading.ts).
import { useRef, type ComponentProps, type ReactElement, type ReactNode } from 'react';
import { Toolbar } from './header/toolbar';
import { ReportSections } from './narrative/report-sections';
import { ReportSummary } from './summary/report-summary';
import { SummaryStatusLine } from './summary/summary-status-line';
import type { AskChoice } from './ui/choice-dialog';
import { useDrawnWhenNear } from './ui/drawn-when-near';
import { SkipLinks } from './ui/regions';

/** The toolbar's commands, and what the sections and the status bar need besides. */
export type ReportViewProps = ComponentProps<typeof Toolbar> & {
  documentId: number;
  ask: AskChoice;
  /** The status bar's notices, as the start screen shows them too. */
  noticeArea: ReactNode;
};

export default function ReportView({ documentId, ask, noticeArea, ...toolbar }: ReportViewProps): ReactElement {
  const summaryRef = useRef<HTMLElement>(null);
  const mainRef = useRef<HTMLElement>(null);
  // Drawn anew for every document, and when the view comes back from the start screen or the history.
  useDrawnWhenNear(mainRef, documentId);
  return (
    <>
      <SkipLinks />
      <Toolbar {...toolbar} />
      <main className="document" aria-label="Report" ref={mainRef}>
        {/* A new document draws anew: folded details, grids' active cells and drafts typed start over. */}
        <ReportSections key={documentId} ask={ask} notices={toolbar.notices} summary={<ReportSummary panelRef={summaryRef} />} />
      </main>
      <footer className="status-bar">
        {noticeArea}
        <SummaryStatusLine summary={summaryRef} documentId={documentId} />
      </footer>
    </>
  );
}
