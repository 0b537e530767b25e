// Notes on monthly figures: what happened, and the measure planned. A metric keeps at most one
// note a month, in month order (the schema checks it); a note with neither text is no note.
import type { FigureNote, Metric, Report } from './report-schema';

/** What a person writes in a note: the schema's note without its month. */
export type NoteText = Pick<FigureNote, 'happened' | 'measure'>;

/** The note on a month's figure, if it has one. */
export function figureNote(metric: Pick<Metric, 'notes'>, month: number): FigureNote | null {
  return metric.notes.find((note) => note.month === month) ?? null;
}

/** Text as a sentence in a draft or a footnote: its lines joined by spaces, no space at either end. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Nothing written: neither what happened nor a measure. */
export function isEmptyNote(text: NoteText): boolean {
  return oneLine(text.happened) === '' && oneLine(text.measure) === '';
}

/**
 * The metric with its note on `month` set to the text (trimmed at its ends), or removed when the
 * text is empty; the notes stay in month order.
 */
export function withFigureNote(metric: Metric, month: number, text: NoteText): Metric {
  const others = metric.notes.filter((note) => note.month !== month);
  const existing = figureNote(metric, month);
  if (existing !== null && existing.happened === text.happened.trim() && existing.measure === text.measure.trim()) return metric;
  if (isEmptyNote(text)) return others.length === metric.notes.length ? metric : { ...metric, notes: others };
  const note: FigureNote = { month, happened: text.happened.trim(), measure: text.measure.trim() };
  const notes = [...others, note].sort((a, b) => a.month - b.month);
  return { ...metric, notes };
}

/** The report with the note on one metric's month set, or removed when empty. */
export function setFigureNote(report: Report, metricId: string, month: number, text: NoteText): Report {
  let changed = false;
  const metrics = report.metrics.map((metric) => {
    if (metric.id !== metricId) return metric;
    const next = withFigureNote(metric, month, text);
    if (next !== metric) changed = true;
    return next;
  });
  return changed ? { ...report, metrics } : report;
}

export function removeFigureNote(report: Report, metricId: string, month: number): Report {
  return setFigureNote(report, metricId, month, { happened: '', measure: '' });
}
