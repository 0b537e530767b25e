// The report's name and what it covers, with its details form folded away once filled in:
// details are set once a period, figures are what a person comes back for.
import { useEffect, useId, useRef, useState, type ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { REVEAL_EVENT } from '../summary/summary-counts';
import type { Report } from '../../shared/report-schema';
import { describePeriod, monthLabel } from '../../shared/periods';
import type { AskChoice } from '../dialogs/choice-dialog';
import type { SectionEdit } from '../narrative/section-editor';
import { ReportHeaderForm } from './report-header-form';
import type { PendingEntry } from '../tables/cell-problems';

interface DocumentHeaderProps {
  report: Report;
  onEdit: SectionEdit;
  ask: AskChoice;
  /** Entries in the details form not valid yet: unsaved work, like a table's. */
  onProblemsChange: (problems: PendingEntry[]) => void;
}

function needsDetails(report: Report): boolean {
  const { meta } = report;
  return [meta.title, meta.organisation, meta.service].some((field) => field.trim() === '');
}

export function DocumentHeader({ report, onEdit, ask, onProblemsChange }: DocumentHeaderProps): ReactElement {
  // Decided once per document (the parent remounts for each), so typing never folds the form.
  const [open, setOpen] = useState(() => needsDetails(report));
  const formId = useId();
  const detailsRef = useRef<HTMLDivElement>(null);
  // The summary takes the person to an entry to fix in the details even while they are folded.
  useEffect(() => {
    const details = detailsRef.current;
    if (details === null) return;
    const reveal = (): void => flushSync(() => setOpen(true));
    details.addEventListener(REVEAL_EVENT, reveal);
    return () => details.removeEventListener(REVEAL_EVENT, reveal);
  }, []);
  const { meta } = report;
  const months = meta.period.months;
  const range = months === 1 ? monthLabel(meta, 0) : `${monthLabel(meta, 0)} – ${monthLabel(meta, months - 1)}`;
  const facts = [meta.organisation, meta.service, `${describePeriod(meta)} (${range})`, meta.author].filter((part) => part.trim() !== '');

  return (
    <section className="document-header">
      <div className="document-title">
        <div>
          <h1>{meta.title.trim() === '' ? 'Untitled report' : meta.title}</h1>
          <p className="document-subtitle">{facts.join(' · ')}</p>
          {meta.agreement.trim() !== '' && <p className="document-agreement">{meta.agreement}</p>}
        </div>
        <button type="button" className="button" aria-expanded={open} aria-controls={formId} onClick={() => setOpen((shown) => !shown)}>
          {open ? 'Hide report details' : 'Edit report details'}
        </button>
      </div>
      <div id={formId} ref={detailsRef} hidden={!open} className="document-details">
        {/* Folded, not removed: an entry still to fix (a number of months) stays with its message. */}
        <ReportHeaderForm report={report} onEdit={onEdit} ask={ask} onProblemsChange={onProblemsChange} />
      </div>
    </section>
  );
}
