// The report's name and what it covers, with its details form folded away once filled in:
// details are set once a period, figures are what a person comes back for.
import { useId, useState, type ReactElement } from 'react';
import type { ReportMeta } from '../../shared/report-schema';
import { describePeriod, monthLabel } from '../../shared/periods';
import { useDocument, useReport } from '../document/use-document';
import type { AskChoice } from '../ui/choice-dialog';
import { ReportHeaderForm } from './report-header-form';
import { isDetailsPlace } from '../document/places';
import { Icon } from '../ui/icons';
import { nameInMessage } from '../../shared/message-names';
import { useWordTemplateStatus } from './word-template-field';

function needsDetails(meta: ReportMeta): boolean {
  return [meta.title, meta.organisation, meta.service].some((field) => field.trim() === '');
}

export function DocumentHeader({ ask }: { ask: AskChoice }): ReactElement {
  const meta = useReport((report) => report.meta);
  // Decided once per document (the parent remounts for each), so typing never folds the form.
  const [open, setOpen] = useState(() => needsDetails(meta));
  const formId = useId();
  // The summary takes the person to an entry to fix in the details even while they are folded:
  // they unfold in the same render, so the field can take the focus as it shows.
  const template = useReport((report) => report.wordTemplate);
  const templateStatus = useWordTemplateStatus(template);
  // Folded details still say when the Word template cannot be used, or has a newer file: exports depend on it.
  const templateNote =
    template === null || templateStatus === null
      ? null
      : templateStatus.kind === 'unreadable'
        ? `The Word template "${nameInMessage(template.fileName)}" cannot be used: the report exports in Report Desk's own look until it is chosen again.`
        : templateStatus.onDisk !== null
          ? `The Word template "${nameInMessage(template.fileName)}" has a newer file where it was last seen.`
          : null;
  const revealRequested = useDocument((state) => state.focusRequest !== null && isDetailsPlace(state.focusRequest.target));
  if (revealRequested && !open) setOpen(true);

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
          {templateNote !== null && !open && (
            <p className="document-template-note">
              <Icon name="missed" /> {templateNote}{' '}
              <button type="button" className="button-link" onClick={() => setOpen(true)}>
                See the report details
              </button>
            </p>
          )}
        </div>
        <button type="button" className="button" aria-expanded={open} aria-controls={formId} onClick={() => setOpen((shown) => !shown)}>
          {open ? 'Hide report details' : 'Edit report details'}
        </button>
      </div>
      <div id={formId} hidden={!open} className="document-details">
        {/* Folded, not removed: an entry still to fix (a start month, a number of months) stays with its message. */}
        <ReportHeaderForm ask={ask} />
      </div>
    </section>
  );
}
