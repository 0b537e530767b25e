// The report as its names are written among the app's own words: every name, unit and note that
// holds right-to-left letters or a bidirectional control isolated (bidi-text.ts), so the drafts
// and the Word export never let one reorder the words around it.
import type { Report } from './report-schema';
import { isolated } from './bidi-text';

/** The same list, or a new one where a name was isolated (so unchanged rows keep their identity). */
function mapped<T>(items: readonly T[], each: (item: T) => T): T[] {
  let changed = false;
  const result = items.map((item) => {
    const next = each(item);
    if (next !== item) changed = true;
    return next;
  });
  return changed ? result : (items as T[]);
}

/** The object with the named text fields isolated; itself where none needed it. */
function withIsolated<T extends object>(value: T, keys: readonly (keyof T)[]): T {
  let copy: T | null = null;
  for (const key of keys) {
    const text = value[key];
    if (typeof text !== 'string') continue;
    const safe = isolated(text);
    if (safe !== text) (copy ??= { ...value })[key] = safe as T[keyof T];
  }
  return copy ?? value;
}

/**
 * The report with every name, unit and note that is set among the app's own words isolated:
 * the metrics' names, groups, keys and units, the notes on figures and their sources, the people,
 * the report's details and last period's summary. The sections' texts are the person's own
 * paragraphs, with nothing of the app's after them on their lines, and stay as they are. What
 * needs nothing keeps its identity, so a report of plain names is returned as it was.
 */
export function withNamesIsolated(report: Report): Report {
  const metrics = mapped(report.metrics, (metric) => {
    const named = withIsolated(metric, ['name', 'group', 'key', 'unit', 'targetLabel']);
    const notes = mapped(metric.notes, (note) => withIsolated(note, ['happened', 'measure']));
    const sources = mapped(metric.sources, (source) => withIsolated(source, ['file']));
    return notes === metric.notes && sources === metric.sources && named === metric ? metric : { ...named, notes, sources };
  });
  const people = mapped(report.effort.people, (person) => withIsolated(person, ['name']));
  const period = withIsolated(report.meta.period, ['name']);
  const details = withIsolated(report.meta, ['title', 'organisation', 'service', 'agreement', 'author']);
  const meta = period === report.meta.period ? details : { ...details, period };
  let previous = report.previous;
  if (previous !== null) {
    const earlier = previous;
    const previousMetrics = mapped(earlier.metrics, (entry) => withIsolated(entry, ['label', 'unit']));
    const previousPeople = mapped(earlier.people, (person) => withIsolated(person, ['name']));
    const named = withIsolated(earlier, ['name']);
    previous = previousMetrics === earlier.metrics && previousPeople === earlier.people ? named : { ...named, metrics: previousMetrics, people: previousPeople };
  }
  if (metrics === report.metrics && people === report.effort.people && meta === report.meta && previous === report.previous) return report;
  return { ...report, meta, metrics, effort: people === report.effort.people ? report.effort : { ...report.effort, people }, previous };
}
