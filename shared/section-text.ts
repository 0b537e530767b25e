// What each section says, and the person's edits of it. A drafted part follows the data until
// the person edits it; then it is theirs and is never redrafted but by redraftSection. Free text
// and a table's text before it are always the person's. Text carried from last period is marked
// until the person edits it or confirms it.
import type { DraftedKind, Report, Section } from './report-schema';
import { isDraftedKind } from './section-kinds';
import { changeSection, sectionById } from './sections';
import { draftKind } from './drafting';
import { documentWords } from './i18n/document-words';

/** The text a section shows and exports: the live draft of an untouched drafted part, else the text held. */
export function textOfSection(report: Report, section: Section): string {
  return isDraftedKind(section.kind) && !section.edited ? draftKind(report, section.kind) : section.text;
}

/** The text of the section with this id ('' where the report has none). */
export function sectionText(report: Report, id: string): string {
  const section = sectionById(report, id);
  return section === undefined ? '' : textOfSection(report, section);
}

/** What the document says under a drafted part that would otherwise stand empty under its heading, in the report's language. */
export function emptySectionSentence(kind: DraftedKind, language: string): string {
  return documentWords(language).say(`empty.${kind}`);
}

/**
 * A section's text in the document: its text, or for a drafted part with nothing else to show
 * (no people, no table) a sentence. Free text stays as written, even empty: it is the person's.
 */
export function documentSectionText(report: Report, section: Section): string {
  const text = textOfSection(report, section);
  if (text.trim() !== '' || !isDraftedKind(section.kind)) return text;
  const hasMore = (section.kind === 'effort' && report.effort.people.length > 0) || (section.kind === 'performance' && report.metrics.length > 0);
  return hasMore ? text : emptySectionSentence(section.kind, report.meta.language);
}

/** The report with every untouched drafted part's text brought up to date with the data. */
export function refreshDrafts(report: Report): Report {
  let changed = false;
  const sections = report.sections.map((section) => {
    if (section.edited || !isDraftedKind(section.kind)) return section;
    const text = draftKind(report, section.kind);
    if (text === section.text) return section;
    changed = true;
    return { ...section, text };
  });
  return changed ? { ...report, sections } : report;
}

/** The person's own text for a section; from now on the data no longer changes it, and it is no longer carried. */
export function editSection(report: Report, id: string, text: string): Report {
  return changeSection(report, id, (section) => ({ ...section, text, edited: true, carried: false }));
}

/**
 * Back to the app's draft, following the data again (undoable by the caller's history). The
 * Foreseen draft is last period's text: back to it, it waits for review again.
 */
export function redraftSection(report: Report, id: string): Report {
  return changeSection(report, id, (section) => {
    if (!isDraftedKind(section.kind)) return section;
    const text = draftKind(report, section.kind);
    return { ...section, text, edited: false, carried: section.kind === 'foreseen' && text.trim() !== '' };
  });
}

/**
 * Whether a section holds something carried from last period and not yet reviewed: marked "From
 * last period — review". Only the person's own words carry, and the Foreseen draft (last
 * period's text); another drafted part is this period's draft, whatever its mark says.
 */
export function isCarried(report: Report, section: Section): boolean {
  if (!section.carried || (isDraftedKind(section.kind) && section.kind !== 'foreseen')) return false;
  return textOfSection(report, section).trim() !== '' || (section.kind === 'table' && section.rows.length > 0);
}

/**
 * Whether a free-text section or a table still holds the words its template gave it, untouched:
 * marked "From the template — review" until the person edits or confirms them. A template's own
 * words live only there (a drafted part takes none), with `edited: false, carried: false`: a
 * section the person made is empty until they type, and one carried from last period is marked so.
 */
export function isStarterText(section: Section): boolean {
  if (section.edited || section.carried || isDraftedKind(section.kind)) return false;
  return section.text.trim() !== '' || (section.kind === 'table' && section.rows.length > 0);
}

/** The carried content, or a template's starter text, kept as this period's: reviewed, no longer marked, the person's own (never redrafted). */
export function confirmCarried(report: Report, id: string): Report {
  const section = sectionById(report, id);
  if (section === undefined || !(section.carried || isStarterText(section))) return report;
  return changeSection(report, id, (held) => ({ ...held, text: textOfSection(report, held), edited: true, carried: false }));
}

/** What a section holds of the person's own: the words of its text, a table's rows with something written, whether carried from last period. */
export interface OwnContent {
  words: number;
  rows: number;
  carried: boolean;
}

function wordCount(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/u).length;
}

/**
 * What removing a section would take of the person's own work, or null where it holds none: an
 * empty section, or a drafted part untouched (its draft comes back from the data when the part
 * is placed again). Free text and tables are the person's whatever their marks say.
 */
export function ownContent(report: Report, section: Section): OwnContent | null {
  const carried = isCarried(report, section);
  if (isDraftedKind(section.kind) && !section.edited && !carried) return null;
  const words = wordCount(textOfSection(report, section));
  const rows = section.kind === 'table' ? section.rows.filter((row) => row.some((cell) => cell.trim() !== '')).length : 0;
  return words === 0 && rows === 0 ? null : { words, rows, carried };
}
