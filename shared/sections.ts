// The section list read and made: a section by id or by the part it drafts, a drafted part's
// own title in the report's language, new sections, the seed's six, and the numbers the window
// and the document show. Part of the model: no drafting, no words about figures.
import { newId } from './ids';
import { sectionNumbers } from './section-numbers';
import { DRAFTED_KINDS, type DraftedKind, type SectionKind } from './section-kinds';
import type { DraftedSection, Section, TableSection } from './section-schema';
import type { Report } from './report-schema';
import { DEFAULT_LANGUAGE_TAG, documentWords } from './i18n/document-words';
import { DOCUMENT_LANGUAGES } from './i18n/document-language';

export { sectionNumbers } from './section-numbers';

type WithSections = Pick<Report, 'sections'>;

export function sectionById(report: WithSections, id: string): Section | undefined {
  return report.sections.find((section) => section.id === id);
}

/** The section that holds a drafted part, if the report has placed it. */
export function sectionOfKind(report: WithSections, kind: DraftedKind): DraftedSection | undefined {
  return report.sections.find((section): section is DraftedSection => section.kind === kind);
}

export function hasSectionOfKind(report: WithSections, kind: DraftedKind): boolean {
  return sectionOfKind(report, kind) !== undefined;
}

/** The drafted parts the report has not placed, in their usual order: what "add a section" may still offer. */
export function unplacedDraftedKinds(report: WithSections): DraftedKind[] {
  const placed = new Set(report.sections.map((section) => section.kind));
  return DRAFTED_KINDS.filter((kind) => !placed.has(kind));
}

/** The title a new section of a kind starts with, in the report's language (a BCP 47 tag: "fr-FR"): "Effort", "Mesures prévues", "Neue Tabelle". */
export function defaultTitle(kind: SectionKind, language: string = DEFAULT_LANGUAGE_TAG): string {
  return documentWords(language).say(`title.${kind}`);
}

/**
 * Whether a title is the one the app gave a section of its kind, in any language it writes: a
 * section the person has not renamed, which a change of the report's language may rename.
 */
export function isDefaultTitle(kind: SectionKind, title: string): boolean {
  return DOCUMENT_LANGUAGES.some((language) => defaultTitle(kind, language) === title.trim());
}

export interface NewSectionFields {
  title?: string;
  level?: 1 | 2;
  text?: string;
  /** A table's columns; a new table has three unnamed ones. */
  columns?: string[];
  rows?: string[][];
}

/** A section of a kind, with a fresh id: empty, a draft following the data, not carried; its title and a table's columns in the report's language. */
export function newSection(kind: SectionKind, fields: NewSectionFields = {}, language: string = DEFAULT_LANGUAGE_TAG): Section {
  const common = { id: newId('section'), title: fields.title ?? defaultTitle(kind, language), level: fields.level ?? 1, text: fields.text ?? '', edited: false, carried: false };
  if (kind === 'table') {
    const columns = fields.columns ?? [1, 2, 3].map((number) => documentWords(language).say('table.column', { number }));
    const rows = (fields.rows ?? []).map((row) => columns.map((_, index) => row[index] ?? ''));
    return { ...common, kind, columns, rows } satisfies TableSection;
  }
  return { ...common, kind };
}

/** The seed report's six sections, with the ids the format gave them before it held a list, titled in the report's language. */
export function defaultSections(language: string = DEFAULT_LANGUAGE_TAG): DraftedSection[] {
  return DRAFTED_KINDS.map((kind) => ({ id: kind, title: defaultTitle(kind, language), kind, level: 1, text: '', edited: false, carried: false }));
}

/** Each section's number as shown, or null for every section where the report turns numbering off. */
export function shownSectionNumbers(report: Pick<Report, 'sections' | 'meta'>): (string | null)[] {
  return report.meta.numberSections ? sectionNumbers(report.sections) : report.sections.map(() => null);
}

/** A section's number as shown ("4", "2.1"), or null: numbering off, or no such section. */
export function sectionNumberOf(report: Pick<Report, 'sections' | 'meta'>, id: string): string | null {
  const index = report.sections.findIndex((section) => section.id === id);
  return index === -1 ? null : (shownSectionNumbers(report)[index] ?? null);
}

/**
 * The report with one section changed, or the same report where there is no such section or
 * the change gives back the same section (so an edit that changes nothing records no undo step).
 */
export function changeSection(report: Report, id: string, change: (section: Section) => Section): Report {
  const index = report.sections.findIndex((section) => section.id === id);
  if (index === -1) return report;
  const before = report.sections[index]!;
  const after = change(before);
  return after === before ? report : { ...report, sections: report.sections.with(index, after) };
}

/** A section as a list lays it out: where it stands and what it holds, not its text. */
export type SectionOutline = Pick<Section, 'id' | 'kind' | 'level' | 'title'>;

/** Whether two lists lay out the same: the same sections, in the same order, with the same titles and levels. */
export function sameOutline(a: readonly SectionOutline[], b: readonly SectionOutline[]): boolean {
  if (a === b) return true;
  return a.length === b.length && a.every((section, index) => {
    const other = b[index]!;
    return section.id === other.id && section.kind === other.kind && section.level === other.level && section.title === other.title;
  });
}

/** Where a section's block ends (exclusive): a section (level 1) with its sub-sections, a sub-section alone. */
export function blockEnd(sections: readonly { level: number }[], index: number): number {
  if (sections[index]?.level !== 1) return index + 1;
  let end = index + 1;
  while (end < sections.length && sections[end]!.level === 2) end += 1;
  return end;
}
