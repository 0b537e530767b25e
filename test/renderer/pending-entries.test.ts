import { describe, expect, test } from 'vitest';
import { pendingEntryLine, type PendingEntry } from '../../renderer/document/entries-to-fix';

const entry: PendingEntry = { at: { kind: 'month', metricId: 'availability', monthIndex: 2 }, cellId: 'cell-availability-2', place: 'M3 Availability', message: "'99,9x' is not a number", raw: '99,9x', kept: '99.92' };

describe('an entry still to fix, as the save and export warnings name it', () => {
  test('says the previous value is what the file or the document keeps', () => {
    expect(pendingEntryLine(entry, 'the saved file')).toBe("M3 Availability keeps its previous value 99.92 in the saved file until '99,9x' is fixed (not a number)");
    expect(pendingEntryLine(entry, 'the Word document')).toBe("M3 Availability keeps its previous value 99.92 in the Word document until '99,9x' is fixed (not a number)");
  });

  test('a place that had no value stays empty, never zero', () => {
    expect(pendingEntryLine({ ...entry, kept: null }, 'the saved file')).toBe("M3 Availability stays empty in the saved file until '99,9x' is fixed (not a number)");
  });

  test('a reason other than "not a number" is given as it is', () => {
    const negative: PendingEntry = { at: { kind: 'pm', personId: 'person-1' }, cellId: 'pm-person-1', place: 'Cyril Flieller PM', message: 'cannot be negative', raw: '-2', kept: '4' };
    expect(pendingEntryLine(negative, 'the saved file')).toBe("Cyril Flieller PM keeps its previous value 4 in the saved file until '-2' is fixed (cannot be negative)");
  });
});
