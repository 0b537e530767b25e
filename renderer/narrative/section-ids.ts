// How the window names a report section: its number, as the export numbers it, and the DOM id
// of its text, so a warning can take the person there.
import type { SectionId } from '../../shared/report-schema';

export { sectionNumber } from '../../shared/draft-prompts';

export function sectionFieldId(id: SectionId): string {
  return `section-${id}-text`;
}
