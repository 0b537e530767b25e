// What an export should not carry unnoticed: prompts the drafts left for the person to complete
// ("M3 Availability: [describe the measure planned]"), and last period's Foreseen text carried
// into this one and not yet reviewed. The window asks before an export and the command line
// warns, both in these words.
import { SECTION_IDS, SECTION_TITLES, type Report, type SectionId } from './report-schema';
import { findDraftPrompts, isCarriedForeseen, sectionText } from './drafting';

/** A section's number, as the document and the window number it. */
export function sectionNumber(id: SectionId): number {
  return SECTION_IDS.indexOf(id) + 1;
}

export interface SectionPrompts {
  id: SectionId;
  /** 'prompts': the drafts' prompts are still in the text; 'carried': last period's text, not yet reviewed. */
  kind: 'prompts' | 'carried';
  /** How many prompts; 1 for carried text. */
  count: number;
  /** Where the first prompt is in the section's text (the whole text, for carried text), to select it. */
  first: { start: number; end: number };
}

/** Every section with something left to finish, in the document's order. */
export function findPrompts(report: Report): SectionPrompts[] {
  return SECTION_IDS.flatMap((id): SectionPrompts[] => {
    const text = sectionText(report, id);
    const places = findDraftPrompts(text);
    const first = places[0];
    const found: SectionPrompts[] = first === undefined ? [] : [{ id, kind: 'prompts', count: places.length, first }];
    if (id === 'foreseen' && isCarriedForeseen(report)) found.push({ id, kind: 'carried', count: 1, first: { start: 0, end: text.length } });
    return found;
  });
}

/** "Section 5, Measures planned, still has 2 prompts to complete"; "Section 6, …, still holds last period's text, not yet reviewed". */
export function promptsLine({ id, kind, count }: SectionPrompts): string {
  const section = `Section ${sectionNumber(id)}, ${SECTION_TITLES[id]}`;
  if (kind === 'carried') return `${section}, still holds last period's text, not yet reviewed`;
  return `${section}, still has ${count === 1 ? 'a prompt' : `${count} prompts`} to complete`;
}

/** The question before an export, in words that fit what was found. */
export function promptsQuestion(found: readonly SectionPrompts[]): { title: string; message: string } {
  const prompts = found.filter((section) => section.kind === 'prompts').reduce((sum, section) => sum + section.count, 0);
  const carried = found.some((section) => section.kind === 'carried');
  const shown = 'Exported now, the document shows them as they are:';
  if (!carried) {
    return { title: prompts === 1 ? 'A prompt is still to complete' : `${prompts} prompts are still to complete`, message: `The drafts leave prompts in square brackets for your own words. ${shown}` };
  }
  if (prompts === 0) return { title: "Last period's text is not yet reviewed", message: "Text carried over from last period is marked for review until you edit or confirm it. Exported now, the document shows it as it is:" };
  return { title: 'Some text is still to finish', message: `The drafts leave prompts in square brackets for your own words, and text carried over from last period waits for review. ${shown}` };
}
