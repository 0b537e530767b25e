// The summary's headline in words: "2 missed targets · 1 month without a value · 1 entry to fix".

/** The summary panel's DOM id, for "Show summary" and for watching whether it is in view. */
export const SUMMARY_ID = 'report-summary';

export interface SummaryCounts {
  misses: number;
  missing: number;
  invalid: number;
}

export interface SummaryPart {
  kind: 'missed' | 'missing' | 'invalid';
  count: number;
  words: string;
}

export function summaryParts({ misses, missing, invalid }: SummaryCounts): SummaryPart[] {
  return [
    { kind: 'missed', count: misses, words: misses === 1 ? 'missed target' : 'missed targets' },
    { kind: 'missing', count: missing, words: missing === 1 ? 'month without a value' : 'months without a value' },
    { kind: 'invalid', count: invalid, words: invalid === 1 ? 'entry to fix' : 'entries to fix' },
  ];
}

export function summaryHeadline(counts: SummaryCounts): string {
  return summaryParts(counts)
    .map((part) => `${part.count} ${part.words}`)
    .join(' · ');
}

/** Asks whatever folds a part of the window away (the report details) to unfold it. */
export const REVEAL_EVENT = 'report-desk:reveal';

/** Takes the person to a table cell by its DOM id; false when the cell is not on screen. */
export function focusCell(cellId: string): boolean {
  const cell = document.getElementById(cellId);
  if (cell === null) return false;
  // Its container opens synchronously on this event: a folded field cannot take the focus.
  cell.dispatchEvent(new Event(REVEAL_EVENT, { bubbles: true }));
  cell.scrollIntoView({ block: 'center', inline: 'nearest' });
  cell.focus({ preventScroll: true });
  return true;
}
