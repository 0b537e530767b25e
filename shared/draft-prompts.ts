// What an export should not carry unnoticed: prompts the drafts left for the person to complete
// ("M3 Availability: [describe the measure planned]"), and text or rows carried from last period
// and not yet reviewed, and a table of the person's own with no rows (the document shows its
// headings over a row saying there are no entries). The window asks before an export and the command line warns, both in
// these words, naming each section as the report shows it.
import type { Report } from './report-schema';
import { findDraftPrompts } from './drafting';
import { isCarried, isStarterText, textOfSection } from './section-text';
import { shownSectionNumbers } from './sections';
import { ENGLISH_WORDS, type DocumentWords } from './i18n/document-words';

export interface SectionPrompts {
  /** The section's id, to take the person there. */
  id: string;
  /** The section's number as shown, or null where the report turns numbering off. */
  number: string | null;
  title: string;
  /** A table section: what is carried is its rows. */
  table: boolean;
  /** 'prompts': the drafts' prompts are still in the text; 'carried': last period's content, not yet reviewed; 'starter': the template's; 'empty': a table with no rows. */
  kind: 'prompts' | 'carried' | 'starter' | 'empty';
  /** How many prompts; 1 for carried content. */
  count: number;
  /** Where the first prompt is in the section's text (the whole text, for carried content), to select it. */
  first: { start: number; end: number };
}

/** Every section with something left to finish, in the document's order. */
export function findPrompts(report: Report): SectionPrompts[] {
  const numbers = shownSectionNumbers(report);
  return report.sections.flatMap((held, index): SectionPrompts[] => {
    const section = { id: held.id, number: numbers[index] ?? null, title: held.title.trim(), table: held.kind === 'table' };
    const text = textOfSection(report, held);
    const places = findDraftPrompts(text);
    const first = places[0];
    const found: SectionPrompts[] = first === undefined ? [] : [{ ...section, kind: 'prompts', count: places.length, first }];
    if (isCarried(report, held)) found.push({ ...section, kind: 'carried', count: 1, first: { start: 0, end: text.length } });
    else if (isStarterText(held)) found.push({ ...section, kind: 'starter', count: 1, first: { start: 0, end: text.length } });
    if (held.kind === 'table' && held.rows.length === 0) found.push({ ...section, kind: 'empty', count: 1, first: { start: text.length, end: text.length } });
    return found;
  });
}

/**
 * "Section 5, Measures planned, still has 2 prompts to complete"; "“Risks” still holds last
 * period's rows, not yet reviewed": in English in the window's question, in the report's
 * language in the command line's warnings about the document.
 */
export function promptsLine(prompts: SectionPrompts): string {
  return promptsLineIn(prompts, ENGLISH_WORDS);
}

function promptsLineIn({ number, title, table, kind, count }: SectionPrompts, words: DocumentWords): string {
  // Numbered, the title is set off by commas as the number's apposition; unnumbered, it is the subject.
  return words.say('prompts.line', { numbered: number === null ? 'no' : 'yes', number: number ?? '', title: number === null ? words.quoted(title) : title, kind, table: table ? 'yes' : 'no', count });
}

/** The command line's warning about one section: "Section 5, Measures planned, still has a prompt to complete; the document shows it as written". */
export function promptsWarning(prompts: SectionPrompts, words: DocumentWords): string {
  const shown = prompts.kind === 'empty' ? words.say('prompts.shownEmpty') : words.say('prompts.shownAsWritten', { count: prompts.count });
  return words.semicolon(promptsLineIn(prompts, words), shown);
}

/** The question before an export, in words that fit what was found. */
export function promptsQuestion(found: readonly SectionPrompts[]): { title: string; message: string } {
  const prompts = found.filter((section) => section.kind === 'prompts').reduce((sum, section) => sum + section.count, 0);
  const carried = found.some((section) => section.kind === 'carried');
  const starter = found.some((section) => section.kind === 'starter');
  const empty = found.filter((section) => section.kind === 'empty').length;
  const shown = 'Exported now, the document shows them as they are:';
  if (empty > 0 && prompts === 0 && !carried && !starter) {
    return { title: empty === 1 ? 'A table has no entries' : `${empty} tables have no entries`, message: `Exported now, the document shows ${empty === 1 ? 'its headings' : 'the headings of each'} over a row saying there are no entries:` };
  }
  if (!carried && !starter) {
    return { title: prompts === 1 ? 'A prompt is still to complete' : `${prompts} prompts are still to complete`, message: `The drafts leave prompts in square brackets for your own words. ${shown}` };
  }
  const review = [carried ? 'text carried over from last period' : null, starter ? "the template's starter text" : null].filter((part) => part !== null).join(' and ');
  if (prompts === 0) {
    const title = carried && !starter ? "Last period's text is not yet reviewed" : starter && !carried ? "The template's text is not yet reviewed" : 'Some text is not yet reviewed';
    return { title, message: `${review.charAt(0).toUpperCase()}${review.slice(1)} ${carried && starter ? 'are' : 'is'} marked for review until you edit or confirm it. Exported now, the document shows it as it is:` };
  }
  return { title: 'Some text is still to finish', message: `The drafts leave prompts in square brackets for your own words, and ${review} waits for review. ${shown}` };
}
