// The window's parts a person moves between without walking every control: the toolbar, the
// summary, the effort table, the performance table and the sections after it. F6 and
// Shift+F6 go to the next and the previous one, as in a browser or a mail program; the skip
// links at the top of the window go straight to one. Each part is marked in the page with
// data-region; what takes the focus in it is its grid's active cell, or the first control.
import type { ReactElement } from 'react';

export const REGIONS = [
  { id: 'toolbar', label: 'Toolbar' },
  { id: 'summary', label: 'Summary' },
  { id: 'effort', label: 'Effort table' },
  { id: 'performance', label: 'Performance table' },
  { id: 'sections', label: 'Sections 4 to 6' },
] as const;

export type RegionId = (typeof REGIONS)[number]['id'];

/** The attribute that marks a region in the page. */
export function regionProps(id: RegionId): { 'data-region': RegionId } {
  return { 'data-region': id };
}

const TABBABLE = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

function regionElement(id: RegionId): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-region="${id}"]`);
}

/** Focuses a region: a grid's active cell, an element marked as the region's start, or its first control. */
export function focusRegion(id: RegionId): boolean {
  const region = regionElement(id);
  if (region === null) return false;
  const target = region.querySelector<HTMLElement>('[role="grid"] [tabindex="0"]') ?? region.querySelector<HTMLElement>('[data-region-start]') ?? region.querySelector<HTMLElement>(TABBABLE);
  if (target === null) return false;
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: 'nearest' });
  return true;
}

/** F6 (step 1) or Shift+F6 (step -1): from the region holding the focus to the next one there is, round the window. */
export function moveToRegion(step: 1 | -1): void {
  const current = document.activeElement?.closest<HTMLElement>('[data-region]')?.dataset.region;
  const at = REGIONS.findIndex((region) => region.id === current);
  for (let tried = 1; tried <= REGIONS.length; tried += 1) {
    const index = ((at === -1 ? (step === 1 ? -1 : 0) : at) + step * tried + REGIONS.length * 2) % REGIONS.length;
    if (focusRegion(REGIONS[index]!.id)) return;
  }
}

/** Links at the very top of the window, shown when one has the focus: the first Tab reaches them. */
export function SkipLinks(): ReactElement {
  return (
    <nav className="skip-links" aria-label="Skip to">
      {REGIONS.filter((region) => region.id !== 'toolbar').map((region) => (
        <a
          key={region.id}
          href={`#${region.id}`}
          className="skip-link"
          onClick={(event) => {
            event.preventDefault();
            focusRegion(region.id);
          }}
        >
          Skip to {region.label.toLowerCase()}
        </a>
      ))}
      <span className="skip-links-hint">F6 moves between the parts of the window</span>
    </nav>
  );
}
