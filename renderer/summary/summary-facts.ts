// What the summary and its echo in the status bar are made of: the misses, the months without
// a value and the entries to fix. Read from the figures alone, so typing in a section
// recomputes none of it. They follow an edit a moment behind it (React's deferred value): the
// keystroke's own render draws the grid's cell, and the summary is rendered just after, in work
// React can interrupt for the next key.
import { useDeferredValue, useMemo } from 'react';
import type { Report, ReportMeta } from '../../shared/report-schema';
import { sameMonths } from '../../shared/periods';
import { findFiguresOutsideUnits, findMisses, findMissingValues, type FigureOutsideUnit, type Miss, type MissingValue } from '../../shared/targets';
import type { PendingEntry } from '../document/entries-to-fix';
import { selectPendingEntries } from '../document/selectors';
import { useDocument, useReport } from '../document/use-document';

export interface SummaryFacts {
  meta: ReportMeta;
  metrics: Report['metrics'];
  misses: readonly Miss[];
  missing: readonly MissingValue[];
  pending: readonly PendingEntry[];
  /** Figures the report holds that their units cannot (read from a file or imported): to fix, never checked. */
  outside: readonly FigureOutsideUnit[];
}

/** The facts, one object while they stay the same: a memoised view of them sleeps through the keystroke. */
export function useSummaryFacts(): SummaryFacts {
  const meta = useDeferredValue(useReport((report) => report.meta, sameMonths));
  const metrics = useDeferredValue(useReport((report) => report.metrics));
  const pending = useDeferredValue(useDocument(selectPendingEntries));
  const misses = useMemo(() => findMisses({ meta, metrics }), [meta, metrics]);
  const missing = useMemo(() => findMissingValues({ meta, metrics }), [meta, metrics]);
  const outside = useMemo(() => findFiguresOutsideUnits({ meta, metrics }), [meta, metrics]);
  return useMemo(() => ({ meta, metrics, misses, missing, pending, outside }), [meta, metrics, misses, missing, pending, outside]);
}
