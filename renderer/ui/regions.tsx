// The window's parts a person moves between without walking every control: the toolbar, the
// summary, and the report's sections as its list has them: a part for each section that holds
// a grid (the effort table, the performance table, a table of the person's own), one for each
// run of sections of text between them. F6 and Shift+F6 go to the next and the previous one,
// as in a browser or a mail program; the skip links at the top of the window go straight to
// one. Each part is marked in the page with data-region; what takes the focus in it is its
// grid's active cell, or the first control.
import { useMemo, type ReactElement } from 'react';
import { sameOutline, sectionNumbers, type SectionOutline } from '../../shared/sections';
import { selectOutline } from '../document/selectors';
import { useReport } from '../document/use-document';

export interface Region {
  id: string;
  /** What a skip link says after "Skip to": "summary", "effort table", "sections 4 to 6". */
  label: string;
}

/** A section shown in the window, with its number ("2.1"), or null where the report turns numbering off. */
export interface NumberedSection extends SectionOutline {
  number: string | null;
}

/** The report's sections as the window's parts: a section holding a grid alone, or a run of sections of text. */
export type SectionPart = { kind: 'grid'; section: NumberedSection } | { kind: 'texts'; sections: NumberedSection[] };

function holdsGrid(section: SectionOutline): boolean {
  return section.kind === 'effort' || section.kind === 'performance' || section.kind === 'table';
}

/** The sections, numbered as the report shows them, in the window's parts. */
export function sectionParts(outline: readonly SectionOutline[], numbered: boolean): SectionPart[] {
  const numbers = sectionNumbers(outline);
  const parts: SectionPart[] = [];
  outline.forEach((entry, index) => {
    const section = { ...entry, number: numbered ? numbers[index]! : null };
    const last = parts.at(-1);
    if (holdsGrid(section)) parts.push({ kind: 'grid', section });
    else if (last?.kind === 'texts') last.sections.push(section);
    else parts.push({ kind: 'texts', sections: [section] });
  });
  return parts;
}

/** A part's region: its id in the page and its name. */
export function partRegion(part: SectionPart): Region {
  if (part.kind === 'grid') {
    const { section } = part;
    if (section.kind === 'effort' || section.kind === 'performance') return { id: section.kind, label: `${section.kind} table` };
    return { id: `table:${section.id}`, label: `table “${section.title.trim()}”` };
  }
  const first = part.sections[0]!;
  const last = part.sections.at(-1)!;
  const id = `sections:${first.id}`;
  if (first.number === null || last.number === null) return { id, label: first === last ? `“${first.title.trim()}”` : `“${first.title.trim()}” to “${last.title.trim()}”` };
  return { id, label: first === last ? `section ${first.number}` : `sections ${first.number} to ${last.number}` };
}

/** The report's sections in the window's parts, re-rendering only when the list's shape or numbering changes. */
export function useSectionParts(): SectionPart[] {
  const outline = useReport(selectOutline, sameOutline);
  const numbered = useReport((report) => report.meta.numberSections);
  return useMemo(() => sectionParts(outline, numbered), [outline, numbered]);
}

/** The attribute that marks a region in the page. */
export function regionProps(id: string): { 'data-region': string } {
  return { 'data-region': id };
}

const TABBABLE = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Marks what F6 passes over on its way to a region's first control: a section's heading and its buttons, so F6 lands where the text is typed. */
export const PASSED_BY_F6 = { 'data-region-passed': '' } as const;

/** Focuses a region: a grid's active cell, an element marked as the region's start, or its first control. */
function focusRegionElement(region: HTMLElement): boolean {
  const firstControl = (): HTMLElement | undefined => [...region.querySelectorAll<HTMLElement>(TABBABLE)].find((element) => element.closest('[data-region-passed]') === null);
  const target = region.querySelector<HTMLElement>('[role="grid"] [tabindex="0"]') ?? region.querySelector<HTMLElement>('[data-region-start]') ?? firstControl() ?? null;
  if (target === null) return false;
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: 'nearest' });
  return true;
}

export function focusRegion(id: string): boolean {
  const region = document.querySelector<HTMLElement>(`[data-region="${CSS.escape(id)}"]`);
  return region !== null && focusRegionElement(region);
}

/** F6 (step 1) or Shift+F6 (step -1): from the region holding the focus to the next one there is, round the window, in the page's order. */
export function moveToRegion(step: 1 | -1): void {
  const regions = [...document.querySelectorAll<HTMLElement>('[data-region]')];
  const current = document.activeElement?.closest<HTMLElement>('[data-region]') ?? null;
  const at = current === null ? -1 : regions.indexOf(current);
  for (let tried = 1; tried <= regions.length; tried += 1) {
    const index = ((at === -1 ? (step === 1 ? -1 : 0) : at) + step * tried + regions.length * 2) % regions.length;
    if (focusRegionElement(regions[index]!)) return;
  }
}

/** Links at the very top of the window, shown when one has the focus: the first Tab reaches them. */
export function SkipLinks(): ReactElement {
  const regions = [{ id: 'summary', label: 'summary' }, ...useSectionParts().map(partRegion)];
  return (
    <nav className="skip-links" aria-label="Skip to">
      {regions.map((region) => (
        <a
          key={region.id}
          href={`#${region.id}`}
          className="skip-link"
          onClick={(event) => {
            event.preventDefault();
            focusRegion(region.id);
          }}
        >
          Skip to {region.label}
        </a>
      ))}
      <span className="skip-links-hint">F6 moves between the parts of the window</span>
    </nav>
  );
}
