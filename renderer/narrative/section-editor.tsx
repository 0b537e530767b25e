// One section's text: a drafted part's live draft until the person types, then their words,
// kept; free text and a table's text before it, the person's own from the start. Text carried
// from last period is marked for review until it is edited or confirmed.
import { useEffect, useId, useRef, useState, type ReactElement, type ReactNode } from 'react';
import { isDraftedKind } from '../../shared/section-kinds';
import type { Section } from '../../shared/report-schema';
import { confirmCarried, editSection, isCarried, isStarterText, redraftSection } from '../../shared/section-text';
import { sectionById } from '../../shared/sections';
import { sectionFieldId } from '../document/places';
import { useDocumentStore, useFocusRequest, useReport } from '../document/use-document';
import { Icon } from '../ui/icons';

interface SectionEditorProps {
  /** The section's id. */
  id: string;
  /** Names the section for the label and the buttons ("General overview"). */
  label: string;
  /** Shown above the text, e.g. what last period foresaw. */
  context?: ReactNode;
  hint?: string;
}

/** What stands in for a section gone from the report (removed as this renders): nothing to show. */
const GONE: Section = { id: '', title: ' ', kind: 'text', level: 1, text: '', edited: true, carried: false };

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
  const current = useReport((report) => sectionById(report, id) ?? GONE);
  const { section, showCurrent } = useFollowingDraft(current);
  const drafted = isDraftedKind(current.kind);
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const fieldId = sectionFieldId(id);
  const markId = useId();
  const hintId = useId();
  const { edited } = section;
  // Last period's text, carried over word for word, or a template's starter text: marked for review until edited or confirmed.
  const review = useReport((report) => {
    const held = sectionById(report, id) ?? GONE;
    return isCarried(report, held) ? 'last period' : isStarterText(held) ? 'the template' : null;
  });
  const carried = review !== null;
  const language = useReport((report) => report.meta.language);
  // Free text has no draft to tell apart from the person's words: only text to review is marked.
  const mark = carried ? `From ${review} — review` : !drafted ? null : edited ? 'Edited — kept as you wrote it' : 'Draft — follows the data';
  const describedBy = [mark === null ? null : markId, hint === undefined ? null : hintId].filter((part) => part !== null).join(' ');

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
    <div className={`narrative ${carried ? 'narrative-carried' : edited || !drafted ? 'narrative-edited' : 'narrative-draft'}`}>
      <div className="narrative-head">
        <label className="narrative-label" htmlFor={fieldId}>
          {label}
        </label>
        {mark !== null && (
          <span className="narrative-mark" id={markId}>
            <Icon name={carried ? 'recent' : edited ? 'edited' : 'draft'} />
            {mark}
          </span>
        )}
        {carried && (
          <button
            type="button"
            className="button button-small"
            title={`Keep ${review === 'last period' ? "last period's" : "the template's"} text as this period's (Undo takes it back)`}
            onClick={() => store.edit(`Confirm ${label}`, (report) => confirmCarried(report, id))}
          >
            Confirm<span className="visually-hidden"> {label} as reviewed</span>
          </button>
        )}
        {drafted && (
          <button
            type="button"
            className="button button-small"
            disabled={!edited}
            title={edited ? 'Replace your text with the app’s draft (Undo brings it back)' : 'This text already follows the data'}
            onClick={() => store.edit(`Redraft ${label}`, (report) => redraftSection(report, id))}
          >
            Redraft from data<span className="visually-hidden"> for {label}</span>
          </button>
        )}
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
        aria-describedby={describedBy === '' ? undefined : describedBy}
        value={section.text}
        // The drafts are in the report's language: the browser checks their spelling in it.
        lang={language}
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
