// The kinds of section and the drafted parts' titles, apart from the sections' schema: the window
// uses them without loading zod (README, "The window's first load"); section-schema.ts re-exports them.

/** The parts the app drafts from the data, in the order the seed's report has them. */
export const DRAFTED_KINDS = ['effort', 'overview', 'performance', 'issues', 'measures', 'foreseen'] as const;
export type DraftedKind = (typeof DRAFTED_KINDS)[number];

/** What a section holds: free text, a table of the person's own, or one drafted part. */
export const SECTION_KINDS = ['text', 'table', ...DRAFTED_KINDS] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

/** A drafted part's title until the person renames it: the seed's six headings. */
export const DRAFTED_TITLES: Record<DraftedKind, string> = {
  effort: 'Effort',
  overview: 'General overview of activity in the period',
  performance: 'Performance against service targets',
  issues: 'Issues arising in the period',
  measures: 'Measures planned',
  foreseen: 'Foreseen activities and changes',
};

export function isDraftedKind(kind: SectionKind): kind is DraftedKind {
  return kind !== 'text' && kind !== 'table';
}
