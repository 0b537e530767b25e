// The narrative the app drafts from the data, one drafter for each drafted part, in the report's
// language (its words from the catalogue, shared/i18n). The app drafts, the person decides:
// section-text.ts keeps a section the person edited as they wrote it.
import type { DraftedKind, FigureNote, Metric, Report } from './report-schema';
import { sectionOfKind, shownSectionNumbers } from './sections';
import { formatPm, formatWithUnit, withUnit } from './numbers';
import { findFiguresOutsideUnits, findMisses, summariseMetric, totalPm, type Miss } from './targets';
import { describeFigureOutsideUnit, formatMetricAverage, formatMetricValueWithUnit, isolated, metricLabel, outsideUnitPredicate } from './figure-text';
import { draftTrend } from './period-trend';
import { figureNote, oneLine } from './figure-notes';
import { monthLabel } from './periods';
import { withNamesIsolated } from './names-isolated';
import { documentWords, ENGLISH_WORDS, type DocumentWords } from './i18n/document-words';
import { DOCUMENT_LANGUAGES } from './i18n/document-language';
import { organisationForm } from './i18n/organisation-names';

/** The words a report's drafts are written in: its language's. */
export function reportWords(report: Pick<Report, 'meta'>): DocumentWords {
  return documentWords(report.meta.language);
}

/** What the drafts say where nothing missed (English: "N.A"). */
export const NOTHING_TO_REPORT = ENGLISH_WORDS.say('draft.nothing');
export const NO_PROBLEMS = ENGLISH_WORDS.say('overview.noProblems');
/** The prompt a draft leaves for the person to replace with their own words (English; each language has its own). */
export const MEASURE_PROMPT = ENGLISH_WORDS.say('measure.prompt');
// A report whose language changed may still hold a prompt written in the one before: every language's counts.
const DRAFT_PROMPTS = DOCUMENT_LANGUAGES.map((language) => documentWords(language).say('measure.prompt'));

/** Where a text still holds a prompt the drafts wrote (in any language), in order: what an export should not carry. */
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

/**
 * "The global effort for CNRS is 12 PM for the last 6 months and is distributed over 3 persons:",
 * "L’effort global du CNRS est de 12 PM sur les 6 derniers mois, réparti entre 3 personnes :".
 */
export function draftEffort(report: Report): string {
  const words = reportWords(report);
  const organisation = report.meta.organisation.trim();
  const planned = report.effort.plannedPm;
  return words.say('effort.sentence', {
    organisationForm: organisationForm(organisation),
    organisation,
    pm: formatPm(totalPm(report), words),
    months: report.meta.period.months,
    hasPlanned: planned === null ? 'no' : 'yes',
    planned: planned === null ? '' : formatPm(planned, words),
    people: report.effort.people.length,
  });
}

/** A person's name as the document writes it: "Unnamed" where they have none; right to left kept apart from its figure. */
export function personName(name: string, words: DocumentWords): string {
  return isolated(name.trim() || words.say('person.unnamed'));
}

/** One line a person, as the seed lists them: "Cyril Flieller: 4 PM"; a right-to-left name kept apart from its figure. */
export function effortLines(report: Report): string[] {
  const words = reportWords(report);
  return report.effort.people.map((person) => words.say('effort.person', { name: personName(person.name, words), pm: formatPm(person.pm, words) }));
}

/**
 * Past this many misses, the drafts give a line per metric rather than one per miss: a long
 * period with misses in most months would otherwise fill pages with one line each. Past this
 * many metrics, the overview counts them and the performance summary lists only those a
 * reader must look at.
 */
export const MISSES_LISTED_ONE_BY_ONE = 6;
export const METRICS_LISTED_ONE_BY_ONE = 12;

/** The label of a miss's month in the document's words ("M3", "mars 2026"). */
function missMonth(report: Pick<Report, 'meta'>, miss: Miss, words: DocumentWords): string {
  return monthLabel(report.meta, miss.monthIndex, words);
}

function missedByMonth(report: Report, misses: readonly Miss[], words: DocumentWords): string {
  const byMonth = new Map<string, string[]>();
  for (const miss of misses) {
    const month = missMonth(report, miss, words);
    const names = byMonth.get(month) ?? [];
    names.push(metricLabel(miss.metric));
    byMonth.set(month, names);
  }
  const parts = [...byMonth].map(([month, names]) => words.say('overview.monthWithMetrics', { month, metrics: names.join(', ') }));
  return words.list(parts);
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
function missedInMonths(report: Report, misses: readonly Miss[], words: DocumentWords): string {
  const months = words.say('overview.monthsOfPeriod', { missed: new Set(misses.map((miss) => miss.monthIndex)).size, months: report.meta.period.months });
  const byMetric = missesByMetric(report, misses);
  if (byMetric.length > MISSES_LISTED_ONE_BY_ONE) return words.say('overview.monthsByManyMetrics', { months, missed: byMetric.length, metrics: report.metrics.length });
  const metrics = words.list(byMetric.map((metricMisses) => words.say('overview.metricInMonths', { metric: metricLabel(metricMisses[0]!.metric), months: metricMisses.length })));
  return words.say('overview.monthsByMetric', { months, metrics });
}

export function draftOverview(report: Report): string {
  // "No problems" is a claim about figures; with none entered yet there is nothing to claim.
  const anyFigure = report.metrics.some((metric) => metric.values.some((value) => value !== null));
  if (!anyFigure) return '';
  return [overviewOfMisses(report), draftTrend(report)].filter((sentence) => sentence !== '').join(' ');
}

function overviewOfMisses(report: Report): string {
  const words = reportWords(report);
  const misses = findMisses(report);
  const outside = outsideUnitsSentence(report, words);
  if (misses.length === 0) return outside === '' ? words.say('overview.noProblems') : outside;
  const where = misses.length <= MISSES_LISTED_ONE_BY_ONE ? missedByMonth(report, misses, words) : missedInMonths(report, misses, words);
  return [words.say('overview.missed', { where }), whereDescribed(report, words), outside].filter((sentence) => sentence !== '').join(' ');
}

/**
 * The figures their units cannot hold, which no draft may call met: "M3 Availability: 100.78 %
 * is more than 100 %; it is not checked against its target until it is corrected."
 */
function outsideUnitsSentence(report: Report, words: DocumentWords): string {
  const outside = findFiguresOutsideUnits(report);
  if (outside.length === 0) return '';
  const described = outside.map((figure) => describeFigureOutsideUnit({ ...figure, monthLabel: monthLabel(report.meta, figure.monthIndex, words) }, metricLabel(figure.metric), words));
  if (outside.length === 1) return words.say('overview.outsideOne', { figure: described[0]! });
  const listed = outside.length <= MISSES_LISTED_ONE_BY_ONE ? described.reduce((all, figure) => words.semicolon(all, figure)) : '';
  return words.say('overview.outsideMany', { count: outside.length, listed: listed === '' ? 'no' : 'yes', figures: listed });
}

/**
 * "The issues and the measures planned are described in sections 4 and 5.", naming the sections
 * the report has as it shows them: by number, or by title where numbering is off.
 */
function whereDescribed(report: Report, words: DocumentWords): string {
  const numbers = shownSectionNumbers(report);
  const parts = (['issues', 'measures'] as const).flatMap((kind) => {
    const section = sectionOfKind(report, kind);
    if (section === undefined) return [];
    const number = numbers[report.sections.indexOf(section)] ?? null;
    return [{ kind, reference: number ?? words.quoted(section.title.trim()) }];
  });
  if (parts.length === 0) return '';
  return words.say('overview.described', {
    parts: parts.length === 2 ? 'both' : parts[0]!.kind,
    numbered: report.meta.numberSections ? 'yes' : 'no',
    count: parts.length,
    references: words.list(parts.map((part) => part.reference)),
  });
}

/** The target a miss is said against ("99 %"), and whether the metric has one. */
function targetOf(metric: Miss['metric'], words: DocumentWords): { hasTarget: 'yes' | 'no'; target: string } {
  return metric.target === null ? { hasTarget: 'no', target: '' } : { hasTarget: 'yes', target: formatWithUnit(metric.target, metric.unit, null, words) };
}

/** The words of one report's drafts: its language, and its months as that language names them. */
interface Drafting {
  report: Report;
  words: DocumentWords;
}

function drafting(report: Report): Drafting {
  return { report, words: reportWords(report) };
}

/** "M3: Availability 97.20 % against a target of 99 %" */
function missLine({ report, words }: Drafting, miss: Miss): string {
  return words.say('miss.line', { month: missMonth(report, miss, words), metric: metricLabel(miss.metric), value: formatMetricValueWithUnit(miss.value, miss.metric, words), ...targetOf(miss.metric, words) });
}

/** "M3: Availability 97.20 % against a target of 99 %", in English. */
export function describeMiss(miss: Miss): string {
  return ENGLISH_WORDS.say('miss.line', { month: miss.monthLabel, metric: metricLabel(miss.metric), value: formatMetricValueWithUnit(miss.value, miss.metric), ...targetOf(miss.metric, ENGLISH_WORDS) });
}

/** "Availability against a target of 99 %: 97.20 % in M3, 98.95 % in M9 and 97.20 % in M15" */
function missesOfMetricLine({ report, words }: Drafting, misses: readonly Miss[]): string {
  const { metric } = misses[0]!;
  const figures = misses.map((miss) => words.say('miss.figureInMonth', { value: formatMetricValueWithUnit(miss.value, metric, words), month: missMonth(report, miss, words) }));
  return words.say('miss.ofMetric', { metric: metricLabel(metric), ...targetOf(metric, words), figures: words.list(figures) });
}

/** A note's text of one kind, on one line; empty where the note has none. */
function noteText(metric: Metric, month: number, kind: 'happened' | 'measure'): string {
  return oneLine(figureNote(metric, month)?.[kind] ?? '');
}

/** "M3: Availability 97.20 % against a target of 99 %: storage outage at the data centre on 12 March" */
function missWithNote(draft: Drafting, miss: Miss): string {
  const happened = noteText(miss.metric, miss.monthIndex, 'happened');
  const line = missLine(draft, miss);
  return happened === '' ? line : draft.words.say('miss.withNote', { miss: line, note: happened });
}

/** A figure that met its target (or has no target, or no value) but that the person noted anyway. */
interface NotedFigure {
  metric: Metric;
  note: FigureNote;
  monthLabel: string;
}

/** Notes on figures that are not misses, in month order, each month's in table order: they are the person's words, so the drafts carry them too. */
function notesBesideMisses({ report, words }: Drafting, misses: readonly Miss[], kind: 'happened' | 'measure'): NotedFigure[] {
  const missed = new Set(misses.map((miss) => `${miss.monthIndex}\u0000${miss.metric.id}`));
  const noted = report.metrics.flatMap((metric, order) =>
    metric.notes
      .filter((note) => oneLine(note[kind]) !== '' && !missed.has(`${note.month}\u0000${metric.id}`))
      .map((note) => ({ metric, note, order, monthLabel: monthLabel(report.meta, note.month, words) })),
  );
  return noted.sort((a, b) => a.note.month - b.note.month || a.order - b.order);
}

/** "M4: Availability 99.10 %: planned maintenance", "M2: Reliability, no value: probe down" */
function otherNoteLine(words: DocumentWords, noted: NotedFigure): string {
  const value = noted.metric.values[noted.note.month] ?? null;
  return words.say('note.otherFigure', {
    month: noted.monthLabel,
    metric: metricLabel(noted.metric),
    hasValue: value === null ? 'no' : 'yes',
    value: value === null ? '' : formatMetricValueWithUnit(value, noted.metric, words),
    note: oneLine(noted.note.happened),
  });
}

/** Many misses: a line per metric, then what the notes say of its months ("M3: storage outage."). */
function missesOfMetricWithNotes(draft: Drafting, misses: Miss[]): string {
  const { report, words } = draft;
  const notes = misses.flatMap((miss) => {
    const happened = noteText(miss.metric, miss.monthIndex, 'happened');
    return happened === '' ? [] : [words.say('miss.noteOfMonth', { month: missMonth(report, miss, words), note: happened.replace(/[.;:,]$/, '') })];
  });
  const line = missesOfMetricLine(draft, misses);
  return notes.length === 0 ? line : words.say('miss.lineWithNotes', { line, notes: notes.join(' ') });
}

/** The misses, each with what its note says happened; then the notes on other figures. */
export function draftIssues(report: Report): string {
  const draft = drafting(report);
  const { words } = draft;
  const misses = findMisses(report);
  const others = notesBesideMisses(draft, misses, 'happened').map((noted) => otherNoteLine(words, noted));
  if (misses.length === 0) return others.length === 0 ? words.say('draft.nothing') : others.join('\n');
  const lines = misses.length <= MISSES_LISTED_ONE_BY_ONE ? misses.map((miss) => missWithNote(draft, miss)) : missesByMetric(report, misses).map((metricMisses) => missesOfMetricWithNotes(draft, metricMisses));
  return [...lines, ...others].join('\n');
}

/**
 * A line per miss with its note's measure, or a prompt where none is written yet; with many
 * misses, the months of a metric without a measure share one prompt. Measures noted on other
 * figures follow.
 */
export function draftMeasures(report: Report): string {
  const draft = drafting(report);
  const { words } = draft;
  const misses = findMisses(report);
  const others = notesBesideMisses(draft, misses, 'measure').map((noted) => words.say('measure.line', { month: noted.monthLabel, metric: metricLabel(noted.metric), measure: oneLine(noted.note.measure) }));
  if (misses.length === 0) return others.length === 0 ? words.say('draft.nothing') : others.join('\n');
  const measureOf = (miss: Miss) => noteText(miss.metric, miss.monthIndex, 'measure');
  const prompt = words.say('measure.prompt');
  if (misses.length <= MISSES_LISTED_ONE_BY_ONE) {
    return [...misses.map((miss) => words.say('measure.line', { month: missMonth(report, miss, words), metric: metricLabel(miss.metric), measure: measureOf(miss) || prompt })), ...others].join('\n');
  }
  const lines = missesByMetric(report, misses).flatMap((metricMisses) => {
    const metric = metricLabel(metricMisses[0]!.metric);
    const planned = metricMisses.filter((miss) => measureOf(miss) !== '').map((miss) => words.say('measure.ofMetric', { metric, months: missMonth(report, miss, words), measure: measureOf(miss) }));
    const unplanned = metricMisses.filter((miss) => measureOf(miss) === '');
    if (unplanned.length === 0) return planned;
    return [...planned, words.say('measure.ofMetric', { metric, months: words.list(unplanned.map((miss) => missMonth(report, miss, words))), measure: prompt })];
  });
  return [...lines, ...others].join('\n');
}

/**
 * "Availability: target met in 6 of 6 months, period average 99.76 %", in the words given: the
 * report's in its draft, English in the window's summary. A figure its unit cannot hold is named
 * after it: "; M3's 100.78 % is more than 100 %, not checked".
 */
export function summaryLine(report: Pick<Report, 'metrics' | 'meta'>, metricIndex: number, words: DocumentWords = ENGLISH_WORDS): string {
  const metric = report.metrics[metricIndex]!;
  const summary = summariseMetric(metric);
  const label = metricLabel(metric);
  if (summary.monthsWithValue === 0) return words.say('performance.noValues', { metric: label });
  const average = summary.average === null ? { hasAverage: 'no', average: '' } : { hasAverage: 'yes', average: withUnit(formatMetricAverage(summary.average, metric, words), metric.unit, words) };
  const outside = outsideUnitsClause(report.meta, metric, words);
  if (metric.target === null) return `${words.say('performance.noTarget', { metric: label, ...average })}${outside}`;
  return `${words.say('performance.targetMet', { metric: label, met: summary.monthsMet, months: summary.monthsWithValue, ...average })}${outside}`;
}

/** "; M3's 100.78 % is more than 100 %, not checked": a figure its unit cannot hold, left out of the months met and the average. */
function outsideUnitsClause(meta: Report['meta'], metric: Metric, words: DocumentWords): string {
  const months = metric.values.flatMap((value, index) => {
    const predicate = value === null ? null : outsideUnitPredicate(value, metric.unit, words);
    return predicate === null ? [] : [words.say('performance.outsideMonth', { month: monthLabel(meta, index, words), figure: formatMetricValueWithUnit(value!, metric, words), predicate })];
  });
  return months.length === 0 ? '' : words.say('performance.outside', { months: words.list(months) });
}

/** Met in every month it has a value for: nothing a reader of many metrics must look at. */
function metEveryMonth(metric: Report['metrics'][number]): boolean {
  const summary = summariseMetric(metric);
  return metric.target !== null && summary.monthsWithValue > 0 && summary.monthsMissed === 0 && summary.monthsOutOfRange === 0;
}

export function draftPerformance(report: Report): string {
  // No metrics, no table: nothing for the introduction to introduce.
  if (report.metrics.length === 0) return '';
  const words = reportWords(report);
  const intro = words.say('performance.tableIntro');
  const all = report.metrics.map((metric, index) => ({ metric, index }));
  if (report.metrics.length <= METRICS_LISTED_ONE_BY_ONE) return [...all.map(({ index }) => summaryLine(report, index, words)), intro].join('\n');
  const listed = all.filter(({ metric }) => !metEveryMonth(metric));
  const others = report.metrics.length - listed.length;
  const rest = others === 0 ? [] : [words.say('performance.othersMet', { listed: listed.length === 0 ? 'none' : 'some', count: others })];
  return [...listed.map(({ index }) => summaryLine(report, index, words)), ...rest, intro].join('\n');
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
