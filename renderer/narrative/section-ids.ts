// How the window names a report section: its number, as the export numbers it, and the DOM id
// of its text, so a warning can take the person there.
import { SECTION_IDS, type SectionId } from '../../shared/report-schema';

export function sectionNumber(id: SectionId): number {
  return SECTION_IDS.indexOf(id) + 1;
}

export function sectionFieldId(id: SectionId): string {
  return `section-${id}-text`;
}
