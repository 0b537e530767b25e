// The summary's counts kept in view at the foot of the window once the summary scrolls away,
// so a figure typed far down the page shows its effect at once.
import { useEffect, useState, type ReactElement } from 'react';
import type { Report } from '../../shared/report-schema';
import type { CellProblem } from '../tables/cell-problems';
import { SummaryCounts } from './report-summary';
import { SUMMARY_ID } from './summary-counts';

function showSummary(): void {
  const summary = document.getElementById(SUMMARY_ID);
  summary?.scrollIntoView({ block: 'start' });
  document.getElementById('summary-title')?.focus({ preventScroll: true });
}

export function SummaryStatusLine({ report, problems, documentId }: { report: Report; problems: readonly CellProblem[]; documentId: number }): ReactElement | null {
  const [summaryInView, setSummaryInView] = useState(true);

  useEffect(() => {
    const summary = document.getElementById(SUMMARY_ID);
    if (summary === null) return;
    const observer = new IntersectionObserver((entries) => setSummaryInView(entries.some((entry) => entry.isIntersecting)));
    observer.observe(summary);
    return () => observer.disconnect();
  }, [documentId]);

  if (summaryInView) return null;
  return (
    <div className="status-line">
      {/* A visual echo of the summary, which screen readers already have in full. */}
      <div aria-hidden="true">
        <SummaryCounts report={report} problems={problems} />
      </div>
      <button type="button" className="button button-small" onClick={showSummary}>
        Show summary
      </button>
    </div>
  );
}
