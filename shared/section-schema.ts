// The report's sections, part of the model: an ordered list, each section free text, a table
// of the person's own, or one of the parts the app drafts from the data (each at most once).
// The rules across the list (a drafted part placed twice, ids shared, a sub-section first, a
// row as long as the table's columns) are stated here, in words the reader's messages finish.
import { z } from 'zod';
import { namedSection, sectionNumbers } from './section-numbers';
import { DRAFTED_KINDS, isDraftedKind, type SectionKind } from './section-kinds';

export { DRAFTED_KINDS, DRAFTED_TITLES, SECTION_KINDS, isDraftedKind, type DraftedKind, type SectionKind } from './section-kinds';

/** What every section has, in the order a file lists them. */
function sectionFields<Kind extends z.ZodType>(kind: Kind) {
  return {
    /** Unique in the report; edits, focus and the window find the section by it. */
    id: z.string().min(1),
    /** The heading, as the document prints it. */
    title: z.string().regex(/\S/, 'cannot be empty'),
    kind,
    /** 1: a section; 2: a sub-section of the section before it. */
    level: z.literal([1, 2], { error: 'must be 1 (a section) or 2 (a sub-section)' }),
    /** A drafted part: its draft or the person's words. Free text: the text. A table: the text before it. */
    text: z.string(),
    /** A drafted part: true once the person's words, never redrafted. Free text and tables: changed since made or carried. */
    edited: z.boolean(),
    /** Carried over from last period's report and not yet reviewed: cleared by an edit or Confirm. */
    carried: z.boolean(),
  };
}

export const textSectionSchema = z.object(sectionFields(z.literal('text')));

export const tableSectionSchema = z.object({
  ...sectionFields(z.literal('table')),
  /** The columns' names, left to right. */
  columns: z.array(z.string()).min(1, 'cannot be empty: a table has one column at least'),
  /** Rows of cell texts, each as long as the columns. */
  rows: z.array(z.array(z.string())),
});

export const draftedSectionSchema = z.object(sectionFields(z.enum(DRAFTED_KINDS)));

export const sectionSchema = z.discriminatedUnion('kind', [textSectionSchema, tableSectionSchema, draftedSectionSchema]);

export type Section = z.infer<typeof sectionSchema>;
export type TextSection = z.infer<typeof textSectionSchema>;
export type TableSection = z.infer<typeof tableSectionSchema>;
export type DraftedSection = z.infer<typeof draftedSectionSchema>;

/** A problem of one section against the others: its index in the list, and a predicate about it. */
export interface SectionListProblem {
  index: number;
  message: string;
}

/** What the list's rules read of a section: a report's, or a template's (which keeps no marks). */
export type SectionInList = Pick<Section, 'id' | 'title' | 'kind' | 'level'> & { rows?: readonly (readonly string[])[]; columns?: readonly string[] };

/** What the list breaks of the rules no single section can: each said of the section at fault. */
export function sectionListProblems(sections: readonly SectionInList[]): SectionListProblem[] {
  const numbers = sectionNumbers(sections);
  const other = (index: number) => namedSection(numbers[index]!, sections[index]!.title).replace(/^Section/, 'section');
  const problems: SectionListProblem[] = [];
  if (sections[0]?.level === 2) problems.push({ index: 0, message: 'is a sub-section but comes first; the first section must be a section (level 1)' });
  const firstWithId = new Map<string, number>();
  const firstOfKind = new Map<SectionKind, number>();
  sections.forEach((section, index) => {
    const sameId = firstWithId.get(section.id);
    if (sameId === undefined) firstWithId.set(section.id, index);
    else problems.push({ index, message: `has the same id "${section.id}" as ${other(sameId)}; each section needs its own id` });
    if (isDraftedKind(section.kind)) {
      const sameKind = firstOfKind.get(section.kind);
      if (sameKind === undefined) firstOfKind.set(section.kind, index);
      else problems.push({ index, message: `is a second ${section.kind} part, after ${other(sameKind)}; a report holds each drafted part once at most` });
    }
    const { rows = [], columns = [] } = section;
    if (section.kind === 'table') {
      rows.forEach((row, rowIndex) => {
        if (row.length !== columns.length) {
          problems.push({ index, message: `row ${rowIndex + 1} has ${row.length} ${row.length === 1 ? 'cell' : 'cells'} but the table has ${columns.length} ${columns.length === 1 ? 'column' : 'columns'}` });
        }
      });
    }
  });
  return problems;
}
