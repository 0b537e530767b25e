// The summary's counts kept in view at the foot of the window once the summary scrolls away,
// so a figure typed far down the page shows its effect at once.
import { useEffect, useState, type ReactElement, type RefObject } from 'react';
import { useDocumentStore } from '../document/use-document';
import { SummaryCounts } from './report-summary';
import { useSummaryFacts } from './summary-facts';

function StatusCounts(): ReactElement {
  return <SummaryCounts facts={useSummaryFacts()} />;
}

/** `summary` is the summary panel, watched for whether it is in view; `documentId` changes as it is drawn anew. */
export function SummaryStatusLine({ summary, documentId }: { summary: RefObject<HTMLElement | null>; documentId: number }): ReactElement | null {
  const store = useDocumentStore();
  const [summaryInView, setSummaryInView] = useState(true);

  useEffect(() => {
    const panel = summary.current;
    if (panel === null) return;
    const observer = new IntersectionObserver((entries) => setSummaryInView(entries.some((entry) => entry.isIntersecting)));
    observer.observe(panel);
    return () => observer.disconnect();
  }, [summary, documentId]);

  if (summaryInView) return null;
  return (
    <div className="status-line">
      {/* A visual echo of the summary, which screen readers already have in full. */}
      <div aria-hidden="true">
        <StatusCounts />
      </div>
      <button type="button" className="button button-small" onClick={() => store.requestFocus({ kind: 'summary' })}>
        Show summary
      </button>
    </div>
  );
}
