// The summary's headline in words: "2 missed targets · 1 month without a value · 1 entry to fix".

function count(value: number, one: string, many: string): string {
  return `${value} ${value === 1 ? one : many}`;
}

export interface SummaryCounts {
  misses: number;
  missing: number;
  invalid: number;
}

export function summaryHeadline({ misses, missing, invalid }: SummaryCounts): string {
  return [
    count(misses, 'missed target', 'missed targets'),
    count(missing, 'month without a value', 'months without a value'),
    count(invalid, 'entry to fix', 'entries to fix'),
  ].join(' · ');
}

/** Takes the person to a table cell by its DOM id; false when the cell is not on screen. */
export function focusCell(cellId: string): boolean {
  const cell = document.getElementById(cellId);
  if (cell === null) return false;
  cell.scrollIntoView({ block: 'center', inline: 'nearest' });
  cell.focus({ preventScroll: true });
  return true;
}

export function cellId(metricId: string, monthIndex: number): string {
  return `cell-${metricId}-${monthIndex}`;
}
