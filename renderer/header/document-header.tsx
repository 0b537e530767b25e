// The report's name and what it covers, with its details form folded away once filled in:
// details are set once a period, figures are what a person comes back for.
import { useId, useState, type ReactElement } from 'react';
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
      <div id={formId} hidden={!open} className="document-details">
        {open && <ReportHeaderForm report={report} onEdit={onEdit} ask={ask} onProblemsChange={onProblemsChange} />}
      </div>
    </section>
  );
}
