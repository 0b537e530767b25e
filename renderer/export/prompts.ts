// The drafts leave prompts for the person to complete ("M3 Availability: [describe the measure
// planned]"); exported as they are, they would read as unfinished work. A prompt is a bracketed
// phrase that starts in lower case, as every draft writes one.
import { SECTION_IDS, SECTION_TITLES, type Report, type SectionId } from '../../shared/report-schema';
import { sectionText } from '../../shared/drafting';
import { sectionNumber } from '../narrative/section-ids';

const PROMPT = /\[[a-z][^[\]\n]*\]/g;

export interface SectionPrompts {
  id: SectionId;
  count: number;
  /** Where the first prompt is in the section's text, to select it. */
  first: { start: number; end: number };
}

export function findPrompts(report: Report): SectionPrompts[] {
  return SECTION_IDS.flatMap((id) => {
    const matches = [...sectionText(report, id).matchAll(PROMPT)];
    const first = matches[0];
    if (first === undefined) return [];
    return [{ id, count: matches.length, first: { start: first.index, end: first.index + first[0].length } }];
  });
}

/** "Section 5, Measures planned, still has 2 prompts to complete". */
export function promptsLine({ id, count }: SectionPrompts): string {
  return `Section ${sectionNumber(id)}, ${SECTION_TITLES[id]}, still has ${count === 1 ? 'a prompt' : `${count} prompts`} to complete`;
}
