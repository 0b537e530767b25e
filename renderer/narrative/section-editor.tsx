// One narrative section: the live draft until the person types, then their words, kept.
import { useEffect, useId, useRef, useState, type ReactElement, type ReactNode } from 'react';
import type { Section } from '../../shared/report-schema';
import type { SectionId } from '../../shared/report-schema';
import { confirmCarriedForeseen, editSection, isCarriedForeseen, redraftSection } from '../../shared/drafting';
import { sectionFieldId } from '../document/places';
import { useDocumentStore, useFocusRequest, useReport } from '../document/use-document';
import { Icon } from '../ui/icons';

interface SectionEditorProps {
  id: SectionId;
  /** Names the section for the label and the buttons ("General overview"). */
  label: string;
  /** Shown above the text, e.g. what last period foresaw. */
  context?: ReactNode;
  hint?: string;
}

/**
 * The section as shown: the person's own words at once; a draft redrafted by a figure typed
 * elsewhere once the window is idle, not inside that figure's keystroke (a large report's
 * drafts run to tens of thousands of characters, costly to set and lay out). Focusing the
 * field shows the current draft at once, so typing always starts from it.
 */
function useFollowingDraft(current: Section): { section: Section; showCurrent: () => void } {
  const [shown, setShown] = useState(current);
  // Typing, and the draft a redraft or an undo brings back in place of the person's words, show at once.
  if ((current.edited || shown.edited) && shown !== current) setShown(current);
  useEffect(() => {
    if (shown === current) return;
    const idle = requestIdleCallback(() => setShown(current), { timeout: 250 });
    return () => cancelIdleCallback(idle);
  }, [current, shown]);
  return { section: current.edited ? current : shown, showCurrent: () => setShown(current) };
}

export function SectionEditor({ id, label, context, hint }: SectionEditorProps): ReactElement {
  const store = useDocumentStore();
  // The store keeps every untouched draft up to date (open-document.ts): its text is the one to show.
  const current = useReport((report) => report.sections[id]);
  const { section, showCurrent } = useFollowingDraft(current);
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const fieldId = sectionFieldId(id);
  const markId = useId();
  const hintId = useId();
  const { edited } = section;
  // Last period's Foreseen text, carried over word for word: marked for review until edited or confirmed.
  const carried = useReport((report) => id === 'foreseen' && isCarriedForeseen(report));

  // Before an export, the person is taken to a prompt the drafts left, selected to type over.
  useFocusRequest(
    (target) => target.kind === 'section' && target.section === id,
    (target) => {
      const field = fieldRef.current;
      if (field === null || target.kind !== 'section') return false;
      field.focus({ preventScroll: true });
      if (target.select !== undefined) field.setSelectionRange(target.select.start, target.select.end);
      field.scrollIntoView({ block: 'center' });
    },
  );

  return (
    <div className={`narrative ${carried ? 'narrative-carried' : edited ? 'narrative-edited' : 'narrative-draft'}`}>
      <div className="narrative-head">
        <label className="narrative-label" htmlFor={fieldId}>
          {label}
        </label>
        <span className="narrative-mark" id={markId}>
          <Icon name={carried ? 'recent' : edited ? 'edited' : 'draft'} />
          {carried ? 'From last period — review' : edited ? 'Edited — kept as you wrote it' : 'Draft — follows the data'}
        </span>
        {carried && (
          <button
            type="button"
            className="button button-small"
            title="Keep last period's text as this period's (Undo takes it back)"
            onClick={() => store.edit(`Confirm ${label}`, confirmCarriedForeseen)}
          >
            Confirm<span className="visually-hidden"> {label} as reviewed</span>
          </button>
        )}
        <button
          type="button"
          className="button button-small"
          disabled={!edited}
          title={edited ? 'Replace your text with the app’s draft (Undo brings it back)' : 'This text already follows the data'}
          onClick={() => store.edit(`Redraft ${label}`, (report) => redraftSection(report, id))}
        >
          Redraft from data<span className="visually-hidden"> for {label}</span>
        </button>
      </div>
      {context !== undefined && <div className="narrative-context">{context}</div>}
      {hint !== undefined && (
        <p className="narrative-hint" id={hintId}>
          {hint}
        </p>
      )}
      <textarea
        ref={fieldRef}
        id={fieldId}
        className="narrative-text"
        aria-describedby={hint === undefined ? markId : `${markId} ${hintId}`}
        value={section.text}
        spellCheck
        onFocus={showCurrent}
        onChange={(event) => {
          const text = event.target.value;
          store.edit(`Edit ${label}`, (report) => editSection(report, id, text), { coalesceKey: `section:${id}` });
        }}
      />
    </div>
  );
}
