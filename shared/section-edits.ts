// Shaping the section list, each a pure step from one report to the next (one undo step in the
// window): add, move, indent, outdent, rename, remove, and a step of a table's content.
// A step that cannot apply (the first section moved up, an empty title) gives the report back
// unchanged, so the window can offer it or not by comparing; placing a drafted part twice or a
// section id twice is a mistake of the caller's and throws.
import { blockEnd, changeSection, sectionById } from './sections';
import type { Report, Section } from './report-schema';
import type { TableStep } from './table-content';
import { isDraftedKind } from './section-kinds';

/** Where a new section goes: before a section, after one (after its sub-sections, for a new section of level 1), or last. */
export type SectionPlace = { before: string } | { after: string } | 'end';

function indexOf(report: Report, id: string): number {
  return report.sections.findIndex((section) => section.id === id);
}

/** The first section is never a sub-section: one left first by a removal or an insertion becomes a section. */
function firstIsSection(sections: Section[]): Section[] {
  const first = sections[0];
  if (first === undefined || first.level === 1) return sections;
  return [{ ...first, level: 1 }, ...sections.slice(1)];
}

function withSections(report: Report, sections: Section[]): Report {
  return { ...report, sections: firstIsSection(sections) };
}

export function addSection(report: Report, section: Section, place: SectionPlace = 'end'): Report {
  if (sectionById(report, section.id) !== undefined) throw new Error(`The report already has a section with the id "${section.id}".`);
  if (isDraftedKind(section.kind) && report.sections.some((placed) => placed.kind === section.kind)) {
    throw new Error(`The report already has its ${section.kind} section; a drafted part is placed once.`);
  }
  const sections = [...report.sections];
  let at = sections.length;
  if (place !== 'end') {
    const anchor = indexOf(report, 'before' in place ? place.before : place.after);
    if (anchor === -1) throw new Error('The section to add beside is not in the report.');
    at = 'before' in place ? anchor : section.level === 1 ? blockEnd(sections, anchor) : anchor + 1;
  }
  sections.splice(at, 0, section);
  return withSections(report, sections);
}

/** Where a move would put the section, as the new list, or null where it cannot go that way. */
function moved<Item extends { level: number }>(sections: readonly Item[], index: number, step: -1 | 1): Item[] | null {
  const section = sections[index];
  if (section === undefined) return null;
  if (section.level === 2) {
    // A sub-section moves one place: past its section's heading it joins the section beside.
    const other = index + step;
    if (other < 0 || other >= sections.length || (other === 0 && step === -1)) return null;
    const next = [...sections];
    [next[index], next[other]] = [next[other]!, section];
    return next;
  }
  // A section moves with its sub-sections, past the whole section beside it.
  const end = blockEnd(sections, index);
  if (step === -1) {
    let start = index - 1;
    while (start >= 0 && sections[start]!.level === 2) start -= 1;
    if (start < 0) return null;
    return [...sections.slice(0, start), ...sections.slice(index, end), ...sections.slice(start, index), ...sections.slice(end)];
  }
  if (end >= sections.length) return null;
  const nextEnd = blockEnd(sections, end);
  return [...sections.slice(0, index), ...sections.slice(end, nextEnd), ...sections.slice(index, end), ...sections.slice(nextEnd)];
}

/** A section (level 1) can become a sub-section, but never the first. */
function canIndent(sections: readonly { level: number }[], index: number): boolean {
  return index > 0 && sections[index]?.level === 1;
}

export function canMoveSection(report: Report, id: string, step: -1 | 1): boolean {
  return moved(report.sections, indexOf(report, id), step) !== null;
}

/** What a section of the list can do, as the window offers it. */
export interface SectionMoves {
  up: boolean;
  down: boolean;
  /** Become a sub-section of the section before it. */
  indent: boolean;
  /** Become a section again. */
  outdent: boolean;
}

/** For each section of a list (levels alone are read), what it can do: the steps below, asked of every section at once. */
export function sectionMoves(sections: readonly { level: number }[]): SectionMoves[] {
  return sections.map((section, index) => ({
    up: moved(sections, index, -1) !== null,
    down: moved(sections, index, 1) !== null,
    indent: canIndent(sections, index),
    outdent: section.level === 2,
  }));
}

/** Up (-1) or down (1): a section with its sub-sections past the section beside it; a sub-section one place. */
export function moveSection(report: Report, id: string, step: -1 | 1): Report {
  const sections = moved(report.sections, indexOf(report, id), step);
  return sections === null ? report : withSections(report, sections);
}

/** A section becomes a sub-section of the one before it (its own sub-sections follow it there); never the first. */
export function indentSection(report: Report, id: string): Report {
  if (!canIndent(report.sections, indexOf(report, id))) return report;
  return changeSection(report, id, (section) => ({ ...section, level: 2 }));
}

/** A sub-section becomes a section; the sub-sections after it become its own. */
export function outdentSection(report: Report, id: string): Report {
  return changeSection(report, id, (section) => (section.level === 1 ? section : { ...section, level: 1 }));
}

/** A title with no letter in it is refused (the report is given back unchanged): a heading needs words. */
export function renameSection(report: Report, id: string, title: string): Report {
  const trimmed = title.trim();
  if (trimmed === '') return report;
  return changeSection(report, id, (section) => (section.title === trimmed ? section : { ...section, title: trimmed }));
}

/** Removes the one section; its sub-sections stay, under the section before (or become sections, first in the list). */
export function removeSection(report: Report, id: string): Report {
  const index = indexOf(report, id);
  if (index === -1) return report;
  return withSections(report, report.sections.toSpliced(index, 1));
}

/**
 * A step of a table's content (table-content.ts) on the report's table section: the person's own
 * change, so the table is theirs now, reviewed (no longer marked as carried from last period).
 * The same report where the step changes nothing or the section is not a table.
 */
export function editTable(report: Report, id: string, step: TableStep): Report {
  return changeSection(report, id, (section) => {
    if (section.kind !== 'table') return section;
    const content = { columns: section.columns, rows: section.rows };
    const next = step(content);
    return next === content ? section : { ...section, columns: next.columns, rows: next.rows, edited: true, carried: false };
  });
}
