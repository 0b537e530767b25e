// The open report's view: the toolbar, the summary and the sections with their grids and charts.
// The start screen needs none of it, so it is a chunk of its own, fetched as soon as the start
// screen shows and in long before a person opens a report (renderer/report-view-loading.ts).
import { useRef, type ReactElement, type ReactNode } from 'react';
import type { FileCommands } from './files/file-commands';
import type { PeriodCommands } from './files/period-commands';
import { Toolbar } from './header/toolbar';
import { ReportSections } from './narrative/report-sections';
import { ReportSummary } from './summary/report-summary';
import { SummaryStatusLine } from './summary/summary-status-line';
import type { AskChoice } from './ui/choice-dialog';
import { useDrawnWhenNear } from './ui/drawn-when-near';
import type { Notices } from './ui/notices';
import { SkipLinks } from './ui/regions';

export interface ReportViewProps {
  documentId: number;
  commands: FileCommands;
  periods: PeriodCommands;
  notices: Notices;
  ask: AskChoice;
  onStartScreen: () => void;
  onImportFigures: () => void;
  onHistory: () => void;
  /** The status bar's notices, as the start screen shows them too. */
  noticeArea: ReactNode;
}

export default function ReportView({ documentId, commands, periods, notices, ask, onStartScreen, onImportFigures, onHistory, noticeArea }: ReportViewProps): ReactElement {
  const summaryRef = useRef<HTMLElement>(null);
  const mainRef = useRef<HTMLElement>(null);
  // Drawn anew for every document, and when the view comes back from the start screen or the history.
  useDrawnWhenNear(mainRef, documentId);
  return (
    <>
      <SkipLinks />
      <Toolbar commands={commands} periods={periods} notices={notices} onStartScreen={onStartScreen} onImportFigures={onImportFigures} onHistory={onHistory} />
      <main className="document" aria-label="Report" ref={mainRef}>
        {/* A new document draws anew: folded details, grids' active cells and drafts typed start over. */}
        <ReportSections key={documentId} ask={ask} notices={notices} summary={<ReportSummary panelRef={summaryRef} />} />
      </main>
      <footer className="status-bar">
        {noticeArea}
        <SummaryStatusLine summary={summaryRef} documentId={documentId} />
      </footer>
    </>
  );
}
