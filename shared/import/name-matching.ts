// Matching what a file calls a series ("Availability (%)", "very urgent") to the report's
// metrics by name: the proposal the person starts from, and the names the command line takes.
import type { Metric, Report } from '../report-schema';
import { metricLabel } from '../figure-text';
import { TICKET_PRIORITIES } from './source-types';
import { nameInMessage } from '../message-names';

/** "Availability (%)" → "availability", "Priorité" → "priorite", "less_urgent" → "less urgent". */
export function normaliseName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Every name a metric answers to: "support priority lu", "lu", "availability". */
function namesOf(metric: Metric): string[] {
  const names = [metricLabel(metric), metric.name, metric.key ?? ''].map(normaliseName).filter((name) => name !== '');
  return [...new Set(names)];
}

function wholeWordsIn(haystack: string, needle: string): boolean {
  return ` ${haystack} `.includes(` ${needle} `);
}

/** The ticket priority a cell or series names ("Very Urgent", "very_urgent", "vu"), or null. */
export function ticketPriorityOf(text: string): (typeof TICKET_PRIORITIES)[number] | null {
  const name = normaliseName(text);
  return TICKET_PRIORITIES.find((priority) => priority.name === name || priority.key === name) ?? null;
}

/**
 * The metric proposed to receive a series: one whose name is the series' name, else the only
 * one whose name holds it ("availability" → "Service availability"); a ticket priority goes to
 * its key (very urgent → vu), in the Support priority group where there is one. Metrics in
 * `taken` are not proposed twice. Null when no single metric fits: the person chooses.
 */
export function proposeMetric(seriesName: string, report: Report, taken: ReadonlySet<string> = new Set()): string | null {
  const free = report.metrics.filter((metric) => !taken.has(metric.id));
  const priority = ticketPriorityOf(seriesName);
  if (priority !== null) {
    const keyed = free.filter((metric) => metric.key !== null && normaliseName(metric.key) === priority.key);
    const inSupport = keyed.filter((metric) => normaliseName(metric.group ?? '') === 'support priority');
    const chosen = inSupport.length === 1 ? inSupport : keyed;
    if (chosen.length === 1) return chosen[0]!.id;
  }
  const name = normaliseName(seriesName);
  if (name === '') return null;
  const exact = free.filter((metric) => namesOf(metric).includes(name));
  if (exact.length === 1) return exact[0]!.id;
  if (exact.length > 1) return null;
  const holding = free.filter((metric) => namesOf(metric).some((metricName) => wholeWordsIn(metricName, name)));
  return holding.length === 1 ? holding[0]!.id : null;
}

/** A metric the person names: by id, by its row label or name (any case), or by its key in a group. */
export function findMetricByName(report: Report, text: string): { ok: true; metric: Metric } | { ok: false; message: string } {
  const byId = report.metrics.find((metric) => metric.id === text);
  if (byId !== undefined) return { ok: true, metric: byId };
  const name = normaliseName(text);
  const matches = report.metrics.filter((metric) => namesOf(metric).includes(name));
  if (matches.length === 1) return { ok: true, metric: matches[0]! };
  const known = report.metrics.map((metric) => metricLabel(metric)).join(', ');
  if (matches.length > 1) return { ok: false, message: `"${nameInMessage(text)}" names ${matches.length} metrics (${matches.map(metricLabel).join(', ')}); give the whole name` };
  return { ok: false, message: `the report has no metric "${nameInMessage(text)}" (its metrics: ${known})` };
}

/** The series a person names among those a source offers, in any case and spacing; null if none. */
export function findSeriesName(names: readonly string[], text: string): string | null {
  const exact = names.find((name) => name === text);
  if (exact !== undefined) return exact;
  const wanted = normaliseName(text);
  const matches = names.filter((name) => normaliseName(name) === wanted);
  return matches.length === 1 ? matches[0]! : null;
}
