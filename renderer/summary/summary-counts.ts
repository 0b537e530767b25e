// The summary's headline in words: "2 missed targets · 1 month without a value · 1 entry to fix".
import { plural } from '../../shared/figure-text';

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
    { kind: 'missed', count: misses, words: plural(misses, 'missed target', 'missed targets') },
    { kind: 'missing', count: missing, words: plural(missing, 'month without a value', 'months without a value') },
    { kind: 'invalid', count: invalid, words: plural(invalid, 'entry to fix', 'entries to fix') },
  ];
}

export function summaryHeadline(counts: SummaryCounts): string {
  return summaryParts(counts)
    .map((part) => `${part.count} ${part.words}`)
    .join(' · ');
}
