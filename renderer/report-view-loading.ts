// The report's view is not part of the window's first load (README, "The window's first load"):
// it is fetched as soon as the window has drawn its start screen, and the start screen stays
// until it is in, so a report is never shown in parts or behind a placeholder.
import { useEffect, useState, type ComponentType } from 'react';
import type { ReportViewProps } from './report-view';
import type { Notices } from './ui/notices';

type ReportViewComponent = ComponentType<ReportViewProps>;

let loaded: ReportViewComponent | null = null;

/** The report's view once its code is in, null until then; a notice says if it could not load. */
export function useReportView(notices: Notices): ReportViewComponent | null {
  const [view, setView] = useState<ReportViewComponent | null>(() => loaded);
  useEffect(() => {
    if (view !== null) return;
    let current = true;
    import('./report-view').then(
      (module) => {
        loaded = module.default;
        if (current) setView(() => module.default);
      },
      () => {
        if (current) notices.error('The report cannot be shown: a part of Report Desk did not load. Restart Report Desk and try again.');
      },
    );
    return () => {
      current = false;
    };
  }, [view, notices]);
  return view;
}
