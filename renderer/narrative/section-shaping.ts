// The window's steps that shape the section list: rename, add, move, indent, outdent, remove.
// Each is one step of Undo named for what it did, leaves the focus where a keyboard user
// expects it (the section's heading or the button used, a new section's text, after a removal
// the next heading), and says what happened in the status line, which screen readers announce.
// The status line goes once the document changes, so the sentence is said after the step's last
// change of the store (its focus request included).
import { addSection, indentSection, moveSection, outdentSection, removeSection, renameSection, type SectionPlace } from '../../shared/section-edits';
import { ownContent, type OwnContent } from '../../shared/section-text';
import { newSection, sectionById, shownSectionNumbers } from '../../shared/sections';
import type { Report, SectionKind } from '../../shared/report-schema';
import { countOf } from '../../shared/words';
import type { DocumentStore, ReportUpdate } from '../document/document-store';
import type { SectionControl } from '../document/places';
import type { AskChoice } from '../ui/choice-dialog';

export interface SectionShaping {
  /** False when the title is refused (it has no word in it); the report is then unchanged. */
  rename(id: string, title: string, options?: { focus: boolean }): boolean;
  move(id: string, step: -1 | 1, control?: SectionControl): void;
  /** A section becomes a sub-section of the one before it. */
  indent(id: string, control?: SectionControl): void;
  /** A sub-section becomes a section. */
  outdent(id: string, control?: SectionControl): void;
  add(kind: SectionKind, title: string, place: SectionPlace, level: 1 | 2): void;
  /** Asks first where the section holds the person's own work; resolves once it is done or declined. */
  remove(id: string): Promise<void>;
}

interface ShapingNeeds {
  store: DocumentStore;
  ask: AskChoice;
  /** Says what happened, in the window's status line. */
  announce(text: string): void;
}

/** “Risks”, as every sentence here quotes a title. */
export function quoted(title: string): string {
  return `“${title.trim()}”`;
}

/** Where a section stands, as a person would say it: "section 3", "sub-section 2.1"; numbering off, "after “Summary”" or "first". */
export function placeOfSection(report: Report, id: string): string {
  const index = report.sections.findIndex((section) => section.id === id);
  const number = shownSectionNumbers(report)[index] ?? null;
  if (number !== null) return `${report.sections[index]!.level === 2 ? 'sub-section' : 'section'} ${number}`;
  const before = report.sections[index - 1];
  return before === undefined ? 'first' : `after ${quoted(before.title)}`;
}

/** What removing a section takes of the person's own, in words: "your own text, 120 words", "last period’s table, 4 rows, not yet reviewed". */
export function ownContentWords(kind: SectionKind, content: OwnContent): string {
  const words = countOf(content.words, 'word', 'words');
  const what =
    kind === 'table' && content.rows > 0
      ? `table, ${countOf(content.rows, 'row', 'rows')}${content.words > 0 ? `, with ${words} of text before it` : ''}`
      : `text, ${words}`;
  return content.carried ? `last period’s ${what}, not yet reviewed` : `your own ${what}`;
}

export function createSectionShaping({ store, ask, announce }: ShapingNeeds): SectionShaping {
  /** One undo step; false where the step did not apply (the report unchanged). */
  const edit = (label: string, update: ReportUpdate): boolean => {
    const last = store.getSnapshot().history.past.at(-1);
    store.edit(label, update);
    return store.getSnapshot().history.past.at(-1) !== last;
  };
  const titleOf = (id: string): string => sectionById(store.report, id)?.title ?? '';
  const focusHead = (id: string, control: SectionControl = 'heading'): void => store.requestFocus({ kind: 'section-head', section: id, control });

  return {
    rename(id, title, { focus } = { focus: true }) {
      if (title.trim() === '') return false;
      const before = titleOf(id);
      const renamed = edit(`Rename Section ${quoted(before)}`, (report) => renameSection(report, id, title));
      if (focus) focusHead(id);
      if (renamed) announce(`Renamed ${quoted(before)} to ${quoted(title)}.`);
      return true;
    },

    move(id, step, control) {
      const title = titleOf(id);
      if (!edit(`Move Section ${quoted(title)} ${step === -1 ? 'Up' : 'Down'}`, (report) => moveSection(report, id, step))) return;
      focusHead(id, control);
      announce(`Moved ${quoted(title)} ${step === -1 ? 'up' : 'down'}, now ${placeOfSection(store.report, id)}.`);
    },

    indent(id, control) {
      const title = titleOf(id);
      if (!edit(`Make ${quoted(title)} a Sub-section`, (report) => indentSection(report, id))) return;
      focusHead(id, control);
      const report = store.report;
      const index = report.sections.findIndex((section) => section.id === id);
      const parent = report.sections.slice(0, index).findLast((section) => section.level === 1);
      announce(`${quoted(title)} is now a sub-section${parent === undefined ? '' : ` of ${quoted(parent.title)}`}, ${placeOfSection(report, id)}.`);
    },

    outdent(id, control) {
      const title = titleOf(id);
      if (!edit(`Make ${quoted(title)} a Section`, (report) => outdentSection(report, id))) return;
      focusHead(id, control);
      announce(`${quoted(title)} is a section again, ${placeOfSection(store.report, id)}.`);
    },

    add(kind, title, place, level) {
      const section = newSection(kind, { title: title.trim(), level });
      if (!edit(`Add Section ${quoted(section.title)}`, (report) => addSection(report, section, place))) return;
      // A new section is there to be written: its text takes the focus; a new table's columns are named first.
      store.requestFocus(kind === 'table' ? { kind: 'table-columns', section: section.id } : { kind: 'section', section: section.id });
      announce(`Added ${quoted(section.title)}, ${placeOfSection(store.report, section.id)}.`);
    },

    async remove(id) {
      const report = store.report;
      const section = sectionById(report, id);
      if (section === undefined) return;
      const place = placeOfSection(report, id);
      const content = ownContent(report, section);
      if (content !== null) {
        const index = report.sections.indexOf(section);
        const subSections = section.level === 1 && report.sections[index + 1]?.level === 2;
        const answer = await ask({
          title: `Remove ${quoted(section.title)}?`,
          message: `${place[0]!.toUpperCase()}${place.slice(1)}, ${quoted(section.title)}, holds ${ownContentWords(section.kind, content)}. Removing the section takes it out of the report; Undo (Ctrl+Z) brings it back.${subSections ? ' Its sub-sections stay, under the section before it.' : ''}`,
          choices: [
            { value: 'keep', label: 'Keep the section', autoFocus: true },
            { value: 'remove', label: 'Remove the section', primary: true },
          ],
          cancelValue: 'keep',
          alert: true,
        });
        if (answer !== 'remove') return;
      }
      // Where it stands now: the list may have changed while the question was open.
      const at = store.report.sections.findIndex((held) => held.id === id);
      if (!edit(`Remove Section ${quoted(section.title)}`, (current) => removeSection(current, id))) return;
      const after = store.report.sections;
      const next = after[Math.min(at, after.length - 1)];
      store.requestFocus(next === undefined ? { kind: 'add-section' } : { kind: 'section-head', section: next.id, control: 'heading' });
      announce(`Removed ${place === 'first' || place.startsWith('after') ? quoted(section.title) : `${place}, ${quoted(section.title)}`}. Undo (Ctrl+Z) brings it back.`);
    },
  };
}
