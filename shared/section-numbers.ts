// The one rule for a section's number, used by the window, the Word export, the drafts that
// refer to sections and the reader's messages: "1", "2", "2.1", "2.2", "3". A sub-section counts
// within the section before it. Nothing imported: it reads levels alone, even a file's raw ones.

/** The number of each section in list order; a level 2 with no section before it counts as a section. */
export function sectionNumbers(sections: readonly { level: number }[]): string[] {
  let section = 0;
  let sub = 0;
  return sections.map(({ level }) => {
    if (level === 2 && section > 0) {
      sub += 1;
      return `${section}.${sub}`;
    }
    section += 1;
    sub = 0;
    return String(section);
  });
}

/** 'Section 4 "Risks"', or 'Section 4' where the title is empty: how a message names a section. */
export function namedSection(number: string, title: string | null): string {
  const trimmed = title?.trim() ?? '';
  return trimmed === '' ? `Section ${number}` : `Section ${number} "${trimmed}"`;
}
