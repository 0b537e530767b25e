// Adding a section: before or after the one it was asked from (or at the end), holding free
// text, a table of the person's own, or a drafted part the report has not placed yet, under a
// title proposed for what it holds.
import { useEffect, useId, useRef, useState, type FormEvent, type ReactElement } from 'react';
import type { DraftedKind, SectionKind } from '../../shared/report-schema';
import type { SectionPlace } from '../../shared/section-edits';
import { defaultTitle } from '../../shared/sections';

/** The section a new one goes beside, as the window names it; null adds at the end. */
export interface AddAnchor {
  id: string;
  level: 1 | 2;
  /** "section 3, “Risks”", "sub-section 2.1, “Incidents”", or "“Risks”" with numbering off. */
  name: string;
}

interface AddSectionDialogProps {
  anchor: AddAnchor | null;
  /** The drafted parts not yet in the report, in their usual order. */
  unplaced: readonly DraftedKind[];
  onAdd(kind: SectionKind, title: string, place: SectionPlace, level: 1 | 2): void;
  onClose(): void;
}

/** What each kind brings, said under its choice. */
const KIND_HINTS: Record<SectionKind, string> = {
  text: 'Your own words, nothing drafted.',
  table: 'Columns you name and rows of text: milestones, risks, changes delivered.',
  effort: 'The effort sentence, the people and their PM, and the effort chart.',
  overview: 'Drafted from the figures: the months and metrics that missed, the trend against last period.',
  performance: 'The table of figures against their targets, its summary and charts.',
  issues: 'Drafted from the misses and your notes on them.',
  measures: 'Drafted from the measures noted for each miss.',
  foreseen: 'Carried from last period’s report, for review.',
};

export function AddSectionDialog({ anchor, unplaced, onAdd, onClose }: AddSectionDialogProps): ReactElement {
  const ref = useRef<HTMLDialogElement>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const [where, setWhere] = useState<'after' | 'before'>('after');
  const [kind, setKind] = useState<SectionKind>('text');
  const [title, setTitle] = useState(defaultTitle('text'));
  // Until the person types a title, it follows the kind chosen.
  const [titleTyped, setTitleTyped] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog !== null && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  function choose(next: SectionKind): void {
    setKind(next);
    if (!titleTyped) setTitle(defaultTitle(next));
  }

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    if (title.trim() === '') {
      setProblem('Title: a section needs a title, as its heading in the document.');
      titleRef.current?.focus();
      return;
    }
    const place: SectionPlace = anchor === null ? 'end' : where === 'after' ? { after: anchor.id } : { before: anchor.id };
    // Closed first, so the focus it gives back does not follow the new section's own.
    ref.current?.close();
    onAdd(kind, title, place, anchor?.level ?? 1);
  }

  const kinds: SectionKind[] = ['text', 'table', ...unplaced];
  return (
    <dialog
      ref={ref}
      className="choice-dialog add-section-dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <form onSubmit={submit} noValidate>
        <h2 id={`${id}-title`} className="choice-dialog-title">
          Add a section
        </h2>
        {anchor === null ? (
          <p className="add-section-where">At the end of the report.</p>
        ) : (
          <fieldset className="add-section-choice add-section-where">
            <legend>Where</legend>
            {(['after', 'before'] as const).map((choice) => (
              <label key={choice}>
                <input type="radio" name={`${id}-where`} checked={where === choice} onChange={() => setWhere(choice)} /> {choice === 'after' ? 'After' : 'Before'} {anchor.name}
              </label>
            ))}
          </fieldset>
        )}
        <fieldset className="add-section-choice">
          <legend>What it holds</legend>
          {kinds.map((choice, index) => (
            <div key={choice} className="add-section-kind">
              {index === 2 && <p className="add-section-group">A part the app drafts, not yet in this report:</p>}
              <label>
                <input type="radio" name={`${id}-kind`} checked={kind === choice} aria-describedby={`${id}-${choice}`} onChange={() => choose(choice)} />{' '}
                {choice === 'text' ? 'Free text' : choice === 'table' ? 'A table' : defaultTitle(choice)}
              </label>
              <span id={`${id}-${choice}`} className="field-hint">
                {KIND_HINTS[choice]}
              </span>
            </div>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor={`${id}-name`}>Title</label>
          <input
            ref={titleRef}
            id={`${id}-name`}
            type="text"
            value={title}
            onChange={(event) => {
              setTitle(event.target.value);
              setTitleTyped(true);
              setProblem(null);
            }}
            aria-invalid={problem === null ? undefined : true}
            aria-describedby={problem === null ? undefined : `${id}-problem`}
          />
          {problem !== null && (
            <p id={`${id}-problem`} className="field-problem">
              {problem}
            </p>
          )}
        </div>
        <div className="choice-dialog-buttons">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary">
            Add section
          </button>
        </div>
      </form>
    </dialog>
  );
}
