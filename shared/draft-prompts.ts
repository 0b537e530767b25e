// The drafts leave prompts for the person to complete ("M3 Availability: [describe the measure
// planned]"); exported as they are, they would read as unfinished work. The window asks before
// an export and the command line warns, both in these words.
import { SECTION_IDS, SECTION_TITLES, type Report, type SectionId } from './report-schema';
import { findDraftPrompts, sectionText } from './drafting';

/** A section's number, as the document and the window number it. */
export function sectionNumber(id: SectionId): number {
  return SECTION_IDS.indexOf(id) + 1;
}

export interface SectionPrompts {
  id: SectionId;
  count: number;
  /** Where the first prompt is in the section's text, to select it. */
  first: { start: number; end: number };
}

export function findPrompts(report: Report): SectionPrompts[] {
  return SECTION_IDS.flatMap((id) => {
    const places = findDraftPrompts(sectionText(report, id));
    const first = places[0];
    if (first === undefined) return [];
    return [{ id, count: places.length, first }];
  });
}

/** "Section 5, Measures planned, still has 2 prompts to complete". */
export function promptsLine({ id, count }: SectionPrompts): string {
  return `Section ${sectionNumber(id)}, ${SECTION_TITLES[id]}, still has ${count === 1 ? 'a prompt' : `${count} prompts`} to complete`;
}
