// A section's heading: its number and title, the handle by which the list is shaped. It takes
// the focus (Tab, or a step that moved the section), renames in place (F2 or its button: Enter
// keeps, Escape cancels, an empty title is refused with a message), and moves and changes level
// by keys (Alt+Shift+arrows) or by the buttons beside it.
import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactElement } from 'react';
import type { SectionMoves } from '../../shared/section-edits';
import { sectionHeadingId, type SectionControl } from '../document/places';
import { useDocumentStore, useFocusRequest } from '../document/use-document';
import { PASSED_BY_F6, type NumberedSection } from '../ui/regions';
import type { AddAnchor } from './add-section-dialog';
import { quoted, type SectionShaping } from './section-shaping';
import { SectionTools, sectionTools, shapingKey, SHAPING_KEYS } from './section-tools';

/** The id of the one hidden sentence every heading is described by: the keys it takes. */
export const SHAPING_KEYS_HINT_ID = 'section-shaping-keys';

export function ShapingKeysHint(): ReactElement {
  const { rename, up, down, indent, outdent } = SHAPING_KEYS;
  return (
    <p id={SHAPING_KEYS_HINT_ID} className="visually-hidden">
      {rename.shown} renames the section; {up.shown} and {down.shown} move it; {indent.shown} makes it a sub-section, {outdent.shown} a section again.
    </p>
  );
}

interface SectionHeadingProps {
  section: NumberedSection;
  moves: SectionMoves;
  shaping: SectionShaping;
  onAdd(anchor: AddAnchor): void;
}

const ALL_KEYS = Object.values(SHAPING_KEYS)
  .map((key) => key.aria)
  .join(' ');

export function SectionHeading({ section, moves, shaping, onAdd }: SectionHeadingProps): ReactElement {
  const store = useDocumentStore();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const toolsRef = useRef<HTMLDivElement>(null);
  const [renaming, setRenaming] = useState(false);
  const [refused, setRefused] = useState(false);
  const noteId = useId();
  const { id, title, level, number } = section;
  const Heading = level === 1 ? 'h2' : 'h3';
  const name = quoted(title);
  /** "section 3" or "sub-section 2.1"; null with numbering off. */
  const numbered = number === null ? null : `${level === 2 ? 'sub-section' : 'section'} ${number}`;
  const fullName = numbered === null ? name : `${numbered}, ${name}`;
  const focusHead = (control: SectionControl = 'heading') => store.requestFocus({ kind: 'section-head', section: id, control });

  // A step that shaped the list leaves the focus here: on the heading, or on the button used if it can be used again.
  useFocusRequest(
    (target) => target.kind === 'section-head' && target.section === id,
    (target) => {
      if (target.kind !== 'section-head') return false;
      const button = target.control === 'heading' ? null : toolsRef.current?.querySelector<HTMLButtonElement>(`[data-control="${target.control}"]:not(:disabled)`);
      const element = button ?? headingRef.current;
      if (element === null) return false;
      element.focus({ preventScroll: true });
      element.scrollIntoView({ block: 'nearest' });
    },
  );

  const tools = sectionTools({
    name,
    level,
    moves,
    rename: () => setRenaming(true),
    move: (step) => shaping.move(id, step, step === -1 ? 'up' : 'down'),
    changeLevel: () => (level === 1 ? shaping.indent(id, 'level') : shaping.outdent(id, 'level')),
    add: () => onAdd({ id, level, name: fullName }),
    remove: () => void shaping.remove(id),
  });

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    // The keys belong to the heading and its buttons, not to the title being typed.
    if (renaming || event.target instanceof HTMLInputElement) return;
    const step = shapingKey(event);
    if (step === null) return;
    event.preventDefault();
    const control = ((event.target as Element).closest<HTMLElement>('[data-control]')?.dataset.control ?? 'heading') as SectionControl;
    if (step === 'rename') return setRenaming(true);
    if (step === 'up' || step === 'down') return shaping.move(id, step === 'up' ? -1 : 1, control);
    if (step === 'indent' && moves.indent) return shaping.indent(id, control);
    if (step === 'outdent' && moves.outdent) shaping.outdent(id, control);
  }

  return (
    <div className="section-head" data-section-head={id} onKeyDown={onKeyDown} {...PASSED_BY_F6}>
      <Heading
        ref={headingRef}
        id={sectionHeadingId(id)}
        className="section-heading"
        tabIndex={renaming ? -1 : 0}
        aria-describedby={renaming ? undefined : SHAPING_KEYS_HINT_ID}
        aria-keyshortcuts={renaming ? undefined : ALL_KEYS}
      >
        {number !== null && <span className="section-number">{number}</span>}{' '}
        {renaming ? (
          <TitleField
            title={title}
            label={`Title of ${numbered ?? 'the section'}`}
            noteId={noteId}
            refused={refused}
            onRefused={setRefused}
            onDone={(typed, how) => {
              setRenaming(false);
              setRefused(false);
              if (typed !== null) shaping.rename(id, typed, { focus: how === 'key' });
              else if (how === 'key') focusHead();
            }}
          />
        ) : (
          title
        )}
      </Heading>
      {/* While the title is typed, the buttons step aside: leaving the field for one would keep the title half typed. */}
      <div ref={toolsRef} className="section-tools-box" hidden={renaming}>
        <SectionTools label={`Arrange ${fullName}`} tools={tools} />
      </div>
      {renaming && (
        // An alert, so the refusal is heard at once, where the field is.
        <p id={noteId} className={refused ? 'section-title-note field-problem' : 'section-title-note field-hint'} role={refused ? 'alert' : undefined}>
          {refused ? `A section needs a title: type one, or Escape to keep ${name}.` : 'Enter keeps the new title, Escape cancels.'}
        </p>
      )}
    </div>
  );
}

interface TitleFieldProps {
  title: string;
  label: string;
  /** The id of the note under the heading: the keys, or why the title is refused. */
  noteId: string;
  refused: boolean;
  onRefused(refused: boolean): void;
  /** The title typed, or null (cancelled, or left empty); by a key, or by leaving the field. */
  onDone(typed: string | null, how: 'key' | 'blur'): void;
}

/** The title in place, to rename: Enter keeps it, Escape cancels; an empty title is refused. */
function TitleField({ title, label, noteId, refused, onRefused, onDone }: TitleFieldProps): ReactElement {
  const store = useDocumentStore();
  const ref = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState(title);
  // Enter or Escape settles it; the blur that follows as the field goes must not settle it again.
  const settled = useRef(false);
  useLayoutEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);

  const finish = (typed: string | null, how: 'key' | 'blur'): void => {
    if (settled.current) return;
    settled.current = true;
    onDone(typed, how);
  };
  // Save, Export and Close take the title as typed (an empty one is given up), as Enter would.
  const flush = useRef<() => void>(() => undefined);
  useLayoutEffect(() => {
    flush.current = () => finish(value.trim() === '' ? null : value, 'key');
  });
  useLayoutEffect(() => store.openEditor({ flush: () => flush.current() }), [store]);

  return (
    <input
      ref={ref}
      type="text"
      className="section-title-input"
      aria-label={label}
      aria-invalid={refused ? true : undefined}
      aria-describedby={noteId}
      value={value}
      spellCheck
      onChange={(event) => {
        setValue(event.target.value);
        onRefused(false);
      }}
      onKeyDown={(event) => {
        if (event.nativeEvent.isComposing) return;
        // Undo and Redo here are the field's own, of the title being typed, not the report's.
        if ((event.ctrlKey || event.metaKey) && ['z', 'y'].includes(event.key.toLowerCase())) return event.stopPropagation();
        if (event.key === 'Escape') {
          event.preventDefault();
          finish(null, 'key');
        } else if (event.key === 'Enter') {
          event.preventDefault();
          if (value.trim() === '') onRefused(true);
          else finish(value, 'key');
        }
      }}
      // Leaving the field keeps a title typed, as a file's name typed in place is kept; an empty one is given up.
      onBlur={() => finish(value.trim() === '' ? null : value, 'blur')}
    />
  );
}
