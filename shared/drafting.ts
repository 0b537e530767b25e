// The narrative the app drafts from the data, one drafter for each drafted part. The app
// drafts, the person decides: section-text.ts keeps a section the person edited as they wrote it.
import type { DraftedKind, FigureNote, Metric, Report } from './report-schema';
import { sectionOfKind, shownSectionNumbers } from './sections';
import { formatPm, formatWithUnit, withUnit } from './numbers';
import { findMisses, summariseMetric, totalPm, type Miss } from './targets';
import { countOf, formatMetricAverage, formatMetricValueWithUnit, isolated, joinWords, metricLabel } from './figure-text';
import { draftTrend } from './period-trend';
import { figureNote, oneLine } from './figure-notes';
import { monthLabel } from './periods';
import { withNamesIsolated } from './names-isolated';

export const NOTHING_TO_REPORT = 'N.A';
export const NO_PROBLEMS = 'No problems encountered during the period.';
export const TABLE_INTRO = 'The following table shows performance against targets:';
/** The prompt a draft leaves for the person to replace with their own words. */
export const MEASURE_PROMPT = '[describe the measure planned]';
const DRAFT_PROMPTS = [MEASURE_PROMPT];

/** Where a text still holds a prompt the drafts wrote, in order: what an export should not carry. */
export function findDraftPrompts(text: string): { start: number; end: number }[] {
  const found = DRAFT_PROMPTS.flatMap((prompt) => {
    const places: { start: number; end: number }[] = [];
    for (let start = text.indexOf(prompt); start !== -1; start = text.indexOf(prompt, start + prompt.length)) {
      places.push({ start, end: start + prompt.length });
    }
    return places;
  });
  return found.sort((a, b) => a.start - b.start);
}

function periodPhrase(months: number): string {
  return months === 1 ? 'the last month' : `the last ${countOf(months, 'month', 'months')}`;
}

/** "The global effort for CNRS is 12 PM for the last 6 months and is distributed over 3 persons:" */
export function draftEffort(report: Report): string {
  const { organisation } = report.meta;
  const people = report.effort.people;
  const who = organisation.trim() === '' ? 'The global effort' : `The global effort for ${organisation.trim()}`;
  const planned = report.effort.plannedPm === null ? '' : ` against ${formatPm(report.effort.plannedPm)} PM planned`;
  const total = `${who} is ${formatPm(totalPm(report))} PM for ${periodPhrase(report.meta.period.months)}${planned}`;
  if (people.length === 0) return `${total}.`;
  return `${total} and is distributed over ${countOf(people.length, 'person', 'persons')}:`;
}

/** One line a person, as the seed lists them: "Cyril Flieller: 4 PM"; a right-to-left name kept apart from its figure. */
export function effortLines(report: Report): string[] {
  return report.effort.people.map((person) => `${isolated(person.name.trim() || 'Unnamed')}: ${formatPm(person.pm)} PM`);
}

/**
 * Past this many misses, the drafts give a line per metric rather than one per miss: a long
 * period with misses in most months would otherwise fill pages with one line each. Past this
 * many metrics, the overview counts them and the performance summary lists only those a
 * reader must look at.
 */
export const MISSES_LISTED_ONE_BY_ONE = 6;
export const METRICS_LISTED_ONE_BY_ONE = 12;

function missedByMonth(misses: readonly Miss[]): string {
  const byMonth = new Map<string, string[]>();
  for (const miss of misses) {
    const names = byMonth.get(miss.monthLabel) ?? [];
    names.push(metricLabel(miss.metric));
    byMonth.set(miss.monthLabel, names);
  }
  const parts = [...byMonth].map(([month, names]) => `${month} (${names.join(', ')})`);
  return joinWords(parts);
}

/** The misses of each metric that missed, in table order, each metric's in month order. */
function missesByMetric(report: Report, misses: readonly Miss[]): Miss[][] {
  const byMetric = new Map<Miss['metric'], Miss[]>();
  for (const miss of misses) byMetric.set(miss.metric, [...(byMetric.get(miss.metric) ?? []), miss]);
  return report.metrics.flatMap((metric) => {
    const metricMisses = byMetric.get(metric);
    return metricMisses === undefined ? [] : [metricMisses];
  });
}

/** "8 of the 12 months (Availability in 4 months, …)", or "… by 38 of the 70 metrics" when they are many. */
function missedInMonths(report: Report, misses: readonly Miss[]): string {
  const months = `${new Set(misses.map((miss) => miss.monthIndex)).size} of the ${countOf(report.meta.period.months, 'month', 'months')}`;
  const byMetric = missesByMetric(report, misses);
  if (byMetric.length > MISSES_LISTED_ONE_BY_ONE) return `${months}, by ${byMetric.length} of the ${report.metrics.length} metrics`;
  return `${months} (${joinWords(byMetric.map((metricMisses) => `${metricLabel(metricMisses[0]!.metric)} in ${countOf(metricMisses.length, 'month', 'months')}`))})`;
}

export function draftOverview(report: Report): string {
  // "No problems" is a claim about figures; with none entered yet there is nothing to claim.
  const anyFigure = report.metrics.some((metric) => metric.values.some((value) => value !== null));
  if (!anyFigure) return '';
  return [overviewOfMisses(report), draftTrend(report)].filter((sentence) => sentence !== '').join(' ');
}

function overviewOfMisses(report: Report): string {
  const misses = findMisses(report);
  if (misses.length === 0) return NO_PROBLEMS;
  const where = misses.length <= MISSES_LISTED_ONE_BY_ONE ? missedByMonth(misses) : missedInMonths(report, misses);
  return [`Service targets were missed in ${where}.`, whereDescribed(report)].filter((sentence) => sentence !== '').join(' ');
}

/**
 * "The issues and the measures planned are described in sections 4 and 5.", naming the sections
 * the report has as it shows them: by number, or by title where numbering is off.
 */
function whereDescribed(report: Report): string {
  const numbers = shownSectionNumbers(report);
  const parts = (['issues', 'measures'] as const).flatMap((kind) => {
    const section = sectionOfKind(report, kind);
    if (section === undefined) return [];
    const number = numbers[report.sections.indexOf(section)] ?? null;
    return [{ kind, reference: number ?? `“${section.title.trim()}”` }];
  });
  if (parts.length === 0) return '';
  const subject = parts.length === 2 ? 'The issues and the measures planned are' : parts[0]!.kind === 'issues' ? 'The issues are' : 'The measures planned are';
  const references = joinWords(parts.map((part) => part.reference));
  if (!report.meta.numberSections) return `${subject} described under ${references}.`;
  return `${subject} described in ${parts.length === 2 ? 'sections' : 'section'} ${references}.`;
}

function targetClause(metric: Miss['metric']): string {
  return metric.target === null ? '' : ` against a target of ${formatWithUnit(metric.target, metric.unit)}`;
}

/** "M3: Availability 97.20 % against a target of 99 %" */
export function describeMiss(miss: Miss): string {
  return `${miss.monthLabel}: ${metricLabel(miss.metric)} ${formatMetricValueWithUnit(miss.value, miss.metric)}${targetClause(miss.metric)}`;
}

/** "Availability against a target of 99 %: 97.20 % in M3, 98.95 % in M9 and 97.20 % in M15" */
export function describeMissesOfMetric(misses: readonly Miss[]): string {
  const { metric } = misses[0]!;
  const figures = misses.map((miss) => `${formatMetricValueWithUnit(miss.value, metric)} in ${miss.monthLabel}`);
  return `${metricLabel(metric)}${targetClause(metric)}: ${joinWords(figures)}`;
}

/** A note's text of one kind, on one line; empty where the note has none. */
function noteText(metric: Metric, month: number, kind: 'happened' | 'measure'): string {
  return oneLine(figureNote(metric, month)?.[kind] ?? '');
}

/** "M3: Availability 97.20 % against a target of 99 %: storage outage at the data centre on 12 March" */
function describeMissWithNote(miss: Miss): string {
  const happened = noteText(miss.metric, miss.monthIndex, 'happened');
  return happened === '' ? describeMiss(miss) : `${describeMiss(miss)}: ${happened}`;
}

/** A figure that met its target (or has no target, or no value) but that the person noted anyway. */
interface NotedFigure {
  metric: Metric;
  note: FigureNote;
  monthLabel: string;
}

/** Notes on figures that are not misses, in month order, each month's in table order: they are the person's words, so the drafts carry them too. */
function notesBesideMisses(report: Report, misses: readonly Miss[], kind: 'happened' | 'measure'): NotedFigure[] {
  const missed = new Set(misses.map((miss) => `${miss.monthIndex}\u0000${miss.metric.id}`));
  const noted = report.metrics.flatMap((metric, order) =>
    metric.notes
      .filter((note) => oneLine(note[kind]) !== '' && !missed.has(`${note.month}\u0000${metric.id}`))
      .map((note) => ({ metric, note, order, monthLabel: monthLabel(report.meta, note.month) })),
  );
  return noted.sort((a, b) => a.note.month - b.note.month || a.order - b.order);
}

/** "M4: Availability 99.10 %: planned maintenance", "M2: Reliability, no value: probe down" */
function describeOtherNote(noted: NotedFigure): string {
  const value = noted.metric.values[noted.note.month] ?? null;
  const figure = value === null ? ', no value' : ` ${formatMetricValueWithUnit(value, noted.metric)}`;
  return `${noted.monthLabel}: ${metricLabel(noted.metric)}${figure}: ${oneLine(noted.note.happened)}`;
}

/** Many misses: a line per metric, then what the notes say of its months ("M3: storage outage."). */
function describeMissesOfMetricWithNotes(misses: Miss[]): string {
  const notes = misses.flatMap((miss) => {
    const happened = noteText(miss.metric, miss.monthIndex, 'happened');
    return happened === '' ? [] : [`${miss.monthLabel}: ${happened.replace(/[.;:,]$/, '')}.`];
  });
  const line = describeMissesOfMetric(misses);
  return notes.length === 0 ? line : `${line}. ${notes.join(' ')}`;
}

/** The misses, each with what its note says happened; then the notes on other figures. */
export function draftIssues(report: Report): string {
  const misses = findMisses(report);
  const others = notesBesideMisses(report, misses, 'happened').map(describeOtherNote);
  if (misses.length === 0) return others.length === 0 ? NOTHING_TO_REPORT : others.join('\n');
  const lines = misses.length <= MISSES_LISTED_ONE_BY_ONE ? misses.map(describeMissWithNote) : missesByMetric(report, misses).map(describeMissesOfMetricWithNotes);
  return [...lines, ...others].join('\n');
}

/**
 * A line per miss with its note's measure, or a prompt where none is written yet; with many
 * misses, the months of a metric without a measure share one prompt. Measures noted on other
 * figures follow.
 */
export function draftMeasures(report: Report): string {
  const misses = findMisses(report);
  const others = notesBesideMisses(report, misses, 'measure').map((noted) => `${noted.monthLabel} ${metricLabel(noted.metric)}: ${oneLine(noted.note.measure)}`);
  if (misses.length === 0) return others.length === 0 ? NOTHING_TO_REPORT : others.join('\n');
  const measureOf = (miss: Miss) => noteText(miss.metric, miss.monthIndex, 'measure');
  if (misses.length <= MISSES_LISTED_ONE_BY_ONE) {
    return [...misses.map((miss) => `${miss.monthLabel} ${metricLabel(miss.metric)}: ${measureOf(miss) || MEASURE_PROMPT}`), ...others].join('\n');
  }
  const lines = missesByMetric(report, misses).flatMap((metricMisses) => {
    const label = metricLabel(metricMisses[0]!.metric);
    const planned = metricMisses.filter((miss) => measureOf(miss) !== '').map((miss) => `${label} (${miss.monthLabel}): ${measureOf(miss)}`);
    const unplanned = metricMisses.filter((miss) => measureOf(miss) === '');
    return unplanned.length === 0 ? planned : [...planned, `${label} (${joinWords(unplanned.map((miss) => miss.monthLabel))}): ${MEASURE_PROMPT}`];
  });
  return [...lines, ...others].join('\n');
}

/** "Availability: target met in 6 of 6 months, period average 99.76 %" */
export function summaryLine(report: Pick<Report, 'metrics'>, metricIndex: number): string {
  const metric = report.metrics[metricIndex]!;
  const summary = summariseMetric(metric);
  const label = metricLabel(metric);
  if (summary.monthsWithValue === 0) return `${label}: no values in the period`;
  const averageText = summary.average === null ? '' : `, period average ${withUnit(formatMetricAverage(summary.average, metric), metric.unit)}`;
  if (metric.target === null) return `${label}: no target${averageText}`;
  return `${label}: target met in ${summary.monthsMet} of ${countOf(summary.monthsWithValue, 'month', 'months')}${averageText}`;
}

/** Met in every month it has a value for: nothing a reader of many metrics must look at. */
function metEveryMonth(metric: Report['metrics'][number]): boolean {
  const summary = summariseMetric(metric);
  return metric.target !== null && summary.monthsWithValue > 0 && summary.monthsMissed === 0;
}

export function draftPerformance(report: Report): string {
  // No metrics, no table: nothing for the introduction to introduce.
  if (report.metrics.length === 0) return '';
  const all = report.metrics.map((metric, index) => ({ metric, index }));
  if (report.metrics.length <= METRICS_LISTED_ONE_BY_ONE) return [...all.map(({ index }) => summaryLine(report, index)), TABLE_INTRO].join('\n');
  const listed = all.filter(({ metric }) => !metEveryMonth(metric));
  const others = report.metrics.length - listed.length;
  const who = listed.length === 0 ? `All ${others} metrics` : others === 1 ? 'The other metric' : `The other ${others} metrics`;
  const rest = others === 0 ? [] : [`${who}: target met in every month with a value`];
  return [...listed.map(({ index }) => summaryLine(report, index)), ...rest, TABLE_INTRO].join('\n');
}

export function draftForeseen(report: Report): string {
  return report.previous?.foreseen ?? '';
}

const drafters: Record<DraftedKind, (report: Report) => string> = {
  effort: draftEffort,
  overview: draftOverview,
  performance: draftPerformance,
  issues: draftIssues,
  measures: draftMeasures,
  foreseen: draftForeseen,
};

/** The app's draft of a drafted part, from the data. */
export function draftKind(report: Report, kind: DraftedKind): string {
  // Names, units and notes set among the draft's own words are isolated, so none can reorder them.
  return drafters[kind](withNamesIsolated(report));
}
