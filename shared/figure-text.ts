// Every text a person reads about a figure: its value, its target, the period average, a
// group's combined cell, the words for a miss, the ids of the cells that show them. The grid,
// the summary, the charts and the Word document all call these, so they can never disagree.
import type { FigureNote, FigureSource, Metric, PreviousPeriod, Report, ReportMeta } from './report-schema';
import { previousOfMetric, previousPeriodName } from './previous-period';
import { figureNote, oneLine } from './figure-notes';
import { formatNumber, formatWithUnit, parseNumberEntry, withUnit } from './numbers';
import { MONTH_NAMES, monthLabel } from './periods';
import { evaluate, findFiguresOutsideUnits, metricAverage, summariseMetric, type Evaluation } from './targets';
import { outsideUnit, unitRange } from './unit-range';
import { nameInMessage } from './message-names';
import { countOf, plural } from './words';
import { metricLabel } from './metric-label';
import { ENGLISH_WORDS, type DocumentWords } from './i18n/document-words';

type PeriodMeta = Pick<ReportMeta, 'period' | 'monthLabels'>;

/** A month with no value: never shown as 0. */
export const NO_VALUE = '—';

/** A metric with no target: never judged, and said so. */
export const NO_TARGET = 'no target';

// The words every text is made of, kept in words.ts so the period's own texts can use them.
export { countOf, joinWords, plural } from './words';

// A row's label lives below the model (the schema's messages use it); every text takes it from here too.
export { metricLabel };

/** A metric's name within its group ("lu"), or its name where it stands alone. */
export function metricKey(metric: Pick<Metric, 'name' | 'key'>): string {
  return metric.key ?? metric.name;
}

const MAX_DISPLAY_DECIMALS = 6;

/**
 * A metric's value for display, with its decimals; a miss that would round onto its target
 * (98.996 shown as "99.00" against ≥ 99) gets the places it needs to read as the miss it is.
 * Written in the words given: "99.37" in English (and in the window), "99,37" in French.
 */
export function formatMetricValue(value: number, metric: Metric, words: DocumentWords = ENGLISH_WORDS): string {
  // Metrics are immutable values: a figure's text is worked out once for its metric as it is.
  let known = shownValues.get(metric);
  if (known === undefined) shownValues.set(metric, (known = new Map()));
  let shown = known.get(value);
  if (shown === undefined) {
    const missed = evaluate(value, metric) === 'missed';
    shown = withPlacesToTell(value, metric, metric.decimals, (text) => missed && evaluate(Number(text), metric) !== 'missed');
    known.set(value, shown);
  }
  return words.number(shown);
}

const shownValues = new WeakMap<Metric, Map<number, string>>();

/**
 * The figure with `decimals` places, or more where fewer would mislead: where `misleads` says
 * so, or where a percentage short of 100 would read as 100 (99.996 → "99.996", not "100.00").
 * Past MAX_DISPLAY_DECIMALS the figure is cut, not rounded, so it still reads short of 100.
 */
function withPlacesToTell(value: number, metric: Metric, decimals: number | null, misleads: (shown: string) => boolean): string {
  const shortOf100 = metric.unit === '%' && value < 100;
  const wrong = (shown: string): boolean => misleads(shown) || (shortOf100 && Number(shown) >= 100);
  let shown = formatNumber(value, decimals);
  for (let places = (decimals ?? 2) + 1; places <= MAX_DISPLAY_DECIMALS && wrong(shown); places += 1) shown = formatNumber(value, places);
  if (shortOf100 && Number(shown) >= 100) shown = (Math.floor(value * 10 ** MAX_DISPLAY_DECIMALS) / 10 ** MAX_DISPLAY_DECIMALS).toFixed(MAX_DISPLAY_DECIMALS);
  return shown;
}

export function formatMetricValueWithUnit(value: number, metric: Metric, words: DocumentWords = ENGLISH_WORDS): string {
  return withUnit(formatMetricValue(value, metric, words), metric.unit, words);
}

/** A period average: the metric's decimals, or two places, as the summary, the grid and Word show it. */
export function formatMetricAverage(value: number, metric: Metric, words: DocumentWords = ENGLISH_WORDS): string {
  return words.number(withPlacesToTell(value, metric, metric.decimals ?? 2, () => false));
}

export function formatMetricAverageWithUnit(value: number, metric: Metric, words: DocumentWords = ENGLISH_WORDS): string {
  return withUnit(formatMetricAverage(value, metric, words), metric.unit, words);
}

/** The agreement's own wording of a target ("3.32", "next business day"), if it has one. */
export function targetWording(metric: Metric): string | null {
  const wording = metric.targetLabel?.trim() ?? '';
  return wording === '' ? null : wording;
}

/**
 * The number checked against, then the agreement's wording where it says more. The number
 * leads: the wording is kept from an older period and must never stand in for a target that
 * has since changed.
 */
function withWording(number: string, metric: Metric, words: DocumentWords): string {
  const wording = targetWording(metric);
  const plain = formatNumber(metric.target ?? Number.NaN, null);
  return wording === null || wording === number || wording === plain || wording === words.number(plain) ? number : `${number} (${wording})`;
}

/** The sign and its space: "≥ 99 %"; a no-break space where the language keeps the two together. */
function signed(metric: Pick<Metric, 'direction'>, shown: string, words: DocumentWords): string {
  return `${targetSign(metric)}${words.language === 'en' ? ' ' : NO_BREAK_SPACE}${shown}`;
}

/** "≥ 99 %", "≤ 1 working day", or the agreement's own wording where no number is checked. */
export function describeTarget(metric: Metric, words: DocumentWords = ENGLISH_WORDS): string {
  if (metric.target === null) return targetWording(metric) ?? words.say('target.none');
  return withWording(signed(metric, formatWithUnit(metric.target, metric.unit, null, words), words), metric, words);
}

/** The target cell as the seed writes it: the bare number ("99"), or the agreement's wording. */
export function targetCellText(metric: Metric, words: DocumentWords = ENGLISH_WORDS): string {
  if (metric.target === null) return targetWording(metric) ?? '';
  return withWording(words.number(formatNumber(metric.target, null)), metric, words);
}

/**
 * The level a target sets, for every view that draws or names it: the number checked against,
 * or, for a target kept as the agreement's wording that reads as a number (the seed's lu
 * "3.32"), that number, shown but never checked. The table shows both, so the chart and its
 * words show both too.
 */
export interface TargetLevel {
  value: number;
  checked: boolean;
}

export function targetLevel(metric: Metric): TargetLevel | null {
  if (metric.target !== null) return { value: metric.target, checked: true };
  const wording = targetWording(metric);
  if (wording === null) return null;
  const read = parseNumberEntry(wording);
  return read.ok && read.value !== null ? { value: read.value, checked: false } : null;
}

/** "target ≥ 99 %", "target 3.32 as agreed, not checked", "no target": how a chart names a series' target. */
export function targetPhrase(metric: Metric, words: DocumentWords = ENGLISH_WORDS): string {
  if (metric.target !== null) return words.say('target.phrase', { target: describeTarget(metric, words) });
  const wording = targetWording(metric);
  return wording === null ? words.say('target.none') : words.say('target.phraseWorded', { wording });
}

/** A group's target cell: every key on its own line, "m: no target" where a key has none, so its lines align with the months'. */
export function groupTargetLines(metrics: readonly Metric[], words: DocumentWords = ENGLISH_WORDS): Pick<KeyedLine, 'key' | 'text'>[] {
  return metrics.map((metric) => {
    const text = targetCellText(metric, words);
    return { key: metricKey(metric), text: text === '' ? words.say('target.none') : text };
  });
}

function targetSign(metric: Pick<Metric, 'direction'>): string {
  return metric.direction === 'higher-is-better' ? '≥' : '≤';
}

/**
 * What a unit cannot hold of a figure, as a predicate: "more than 100 %", "negative"; null where
 * the unit can hold it (shared/unit-range.ts decides). In the words given: the document's language
 * in a draft, English in the window and the command line.
 */
export function outsideUnitPredicate(value: number, unit: string, words: DocumentWords = ENGLISH_WORDS): string | null {
  const side = outsideUnit(value, unit);
  const range = unitRange(unit);
  if (side === null || range === null) return null;
  const bound = side === 'above' ? range.max : range.min;
  if (bound === 0) return words.say('unit.negative');
  return words.say('unit.beyond', { side: side === 'above' ? 'above' : 'below', bound: formatWithUnit(bound ?? 0, unit, null, words) });
}

/** Why a figure is one to fix: "100.78 % is more than 100 %", "-2 working days is negative"; null where its unit can hold it. */
export function outsideUnitMessage(value: number, unit: string, words: DocumentWords = ENGLISH_WORDS, shown: string = formatWithUnit(value, unit, null, words)): string | null {
  const predicate = outsideUnitPredicate(value, unit, words);
  return predicate === null ? null : words.say('unit.figureIs', { figure: shown, predicate });
}

/** The figures its unit cannot hold as the drafts, the summary and the command line name them: "M3 Availability: 100.78 % is more than 100 %". */
export function describeFigureOutsideUnit(
  figure: { metric: Metric; monthLabel: string; value: number },
  name: string = metricLabel(figure.metric),
  words: DocumentWords = ENGLISH_WORDS,
): string {
  // The figure as the table and the summary write it (the metric's decimals), so one document never writes it two ways.
  const shown = formatMetricValueWithUnit(figure.value, figure.metric, words);
  return words.colon(`${figure.monthLabel} ${name}`, outsideUnitMessage(figure.value, figure.metric.unit, words, shown) ?? shown);
}

/**
 * What a file or an import holds that its units cannot: a sentence for each figure, naming its
 * metric and month, and for each such target. Kept, not refused: the file still opens, and the
 * window lists each as one to fix. In the words given: English in the window, the report's
 * language in the command line's warnings about the document.
 */
export function unitWarnings(report: Pick<Report, 'meta' | 'metrics'>, words: DocumentWords = ENGLISH_WORDS): string[] {
  const figures = findFiguresOutsideUnits(report).map((figure) => {
    const named = { ...figure, monthLabel: monthLabel(report.meta, figure.monthIndex, words) };
    return words.say('unit.keptWarning', { figure: describeFigureOutsideUnit(named, nameInMessage(metricLabel(figure.metric)), words) });
  });
  const targets = report.metrics.flatMap((metric) => {
    const message = metric.target === null ? null : outsideUnitMessage(metric.target, metric.unit, words);
    return message === null ? [] : [words.say('unit.targetWarning', { metric: nameInMessage(metricLabel(metric)), message })];
  });
  return [...figures, ...targets];
}

/** What a figure its unit cannot hold gets instead of a judgement: it is never checked against the target. */
const NOT_CHECKED_OUTSIDE_UNIT = 'not checked against its target until it is corrected';

/** Accessible words for a value's state: "below the 99 % target". */
export function describeEvaluation(evaluation: Evaluation, metric: Metric, words: DocumentWords = ENGLISH_WORDS): string {
  if (evaluation === 'missing') return words.say('figure.noValue');
  if (evaluation === 'no-target') return words.say('evaluation.noTargetSet');
  if (evaluation === 'out-of-range') return words.say('evaluation.outsideUnit', { hasUnit: metric.unit === '' ? 'no' : 'yes', unit: metric.unit });
  if (metric.target === null) return '';
  const target = formatWithUnit(metric.target, metric.unit, null, words);
  if (evaluation === 'met') return words.say('evaluation.met', { target });
  return words.say('evaluation.missed', { target, direction: metric.direction === 'higher-is-better' ? 'higher' : 'lower' });
}

/** ▼ for a value below a higher-is-better target, ▲ above a lower-is-better one. */
export function missIcon(metric: Pick<Metric, 'direction'>): string {
  return metric.direction === 'higher-is-better' ? '▼' : '▲';
}

export interface FigureView {
  state: Evaluation;
  /** The text in the cell: "99.37", or "—" for no value. */
  text: string;
  /** The miss marker (▼ or ▲), empty otherwise. */
  icon: string;
  /** What the state means, in words: "below the 99 % target", "no value". */
  words: string;
  /** The whole cell for a screen reader: "Availability Mar 2026: 97.20 %, below the 99 % target, with a note". */
  accessibleName: string;
  /** The month's note, if it has one. */
  note: FigureNote | null;
}

/** One month's figure of a metric, as every view of it reads. */
export function figureView(meta: PeriodMeta, metric: Metric, monthIndex: number): FigureView {
  const place = `${metricLabel(metric)} ${monthLabel(meta, monthIndex)}`;
  const value = metric.values[monthIndex] ?? null;
  const state = evaluate(value, metric);
  const words = describeEvaluation(state, metric);
  const note = figureNote(metric, monthIndex);
  const noted = note === null ? '' : ', with a note';
  if (value === null) return { state, text: NO_VALUE, icon: '', words, accessibleName: `${place}: ${words}${noted}`, note };
  const shown = formatMetricValueWithUnit(value, metric);
  if (state === 'out-of-range') {
    // As an entry to fix says it: what is wrong with the figure, and that it counts for nothing yet.
    const fix = `${outsideUnitPredicate(value, metric.unit) ?? 'outside its unit'}, ${NOT_CHECKED_OUTSIDE_UNIT}`;
    return { state, text: formatMetricValue(value, metric), icon: '⚠', words: fix, accessibleName: `${place}: ${shown}, ${fix}${noted}`, note };
  }
  return {
    state,
    text: formatMetricValue(value, metric),
    icon: state === 'missed' ? missIcon(metric) : '',
    words,
    accessibleName: `${place}: ${words === '' ? shown : `${shown}, ${words}`}${noted}`,
    note,
  };
}

/** Text ending as a sentence does: "…on 12 March." (a text ending in . ! ? or … is left as it is). */
export function asSentence(text: string): string {
  const line = oneLine(text);
  return line === '' || /[.!?\u2026]$/.test(line) ? line : `${line}.`;
}

/** A note's lines as the cell's hover text shows them: "What happened: …", "Measure planned: …". */
export function noteLines(note: Pick<FigureNote, 'happened' | 'measure'>): string[] {
  const lines: string[] = [];
  if (oneLine(note.happened) !== '') lines.push(`What happened: ${oneLine(note.happened)}`);
  if (oneLine(note.measure) !== '') lines.push(`Measure planned: ${oneLine(note.measure)}`);
  return lines;
}

/**
 * A noted figure as a footnote or a list of misses says it: "Availability M3, 97.20 %: storage
 * outage at the data centre on 12 March. Measure planned: replace the controller."
 */
export function describeNotedFigure(meta: PeriodMeta, metric: Metric, note: FigureNote, words: DocumentWords = ENGLISH_WORDS): string {
  const value = metric.values[note.month] ?? null;
  const figure = value === null ? words.say('figure.noValue') : formatMetricValueWithUnit(value, metric, words);
  const happened = oneLine(note.happened) === '' ? '' : ` ${asSentence(note.happened)}`;
  const measure = oneLine(note.measure) === '' ? '' : ` ${words.say('footnote.measure', { measure: asSentence(note.measure) })}`;
  return words.say('footnote.figure', { metric: metricLabel(metric), month: monthLabel(meta, note.month, words), figure, happened, measure });
}

/** The source recorded for a month's figure, if it was imported. */
export function figureSource(metric: Pick<Metric, 'sources'>, month: number): FigureSource | null {
  return metric.sources.find((source) => source.month === month) ?? null;
}

/** "Imported from argo-2025.json on 31 July 2025": what hovering an imported figure says. */
export function describeFigureSource(source: FigureSource): string {
  const [year, month, day] = source.importedOn.split('-').map(Number) as [number, number, number];
  return `Imported from ${source.file} on ${day} ${MONTH_NAMES[month - 1] ?? ''} ${year}`;
}

export interface TargetView {
  /** "≥ 99", "≤ 1", the agreement's own wording, or "—" with no target. */
  text: string;
  /** The agreement's wording shown under the number, or a hint that a wording is not checked. */
  note: string;
  /** Why a target is as it is, where that is not plain: shown on hover and focus. Empty otherwise. */
  explanation: string;
  accessibleName: string;
}

/** What a target kept only as the agreement's wording means for the figures. */
export const WORDING_ONLY_EXPLANATION = "The agreement's wording; give a number to check against.";

/** The target as the grid shows it: the sign and number, the agreement's wording beneath. */
export function targetView(metric: Metric): TargetView {
  const label = metricLabel(metric);
  const wording = targetWording(metric);
  if (metric.target === null) {
    if (wording === null) return { text: NO_VALUE, note: '', explanation: '', accessibleName: `${label} target: none` };
    return { text: wording, note: 'not checked', explanation: WORDING_ONLY_EXPLANATION, accessibleName: `${label} target: ${wording}, not checked: the agreement's wording; give a number to check against` };
  }
  const number = formatNumber(metric.target, null);
  const spoken = `${metric.direction === 'higher-is-better' ? 'at least' : 'at most'} ${formatWithUnit(metric.target, metric.unit)}`;
  // A wording that only repeats the number ("3.32") says nothing more.
  const note = wording === null || wording === number ? '' : wording;
  return {
    text: `${targetSign(metric)} ${number}`,
    note,
    explanation: '',
    accessibleName: note === '' ? `${label} target: ${spoken}` : `${label} target: ${spoken} (${note})`,
  };
}

/** The period average: the mean of the months with a value, as the drafts write it. */
export function averageView(metric: Metric): { text: string; accessibleName: string } {
  const value = metricAverage(metric);
  const label = metricLabel(metric);
  if (value === null) return { text: NO_VALUE, accessibleName: `${label} period average: no values yet` };
  return { text: formatMetricAverage(value, metric), accessibleName: `${label} period average: ${formatMetricAverageWithUnit(value, metric)}` };
}

/** "5 of 6": months meeting the target out of months with a value. */
export function monthsMetView(metric: Metric): { text: string; accessibleName: string; anyMissed: boolean } {
  const summary = summariseMetric(metric);
  const label = metricLabel(metric);
  if (summary.monthsWithValue === 0) return { text: NO_VALUE, accessibleName: `${label} months met: no values yet`, anyMissed: false };
  if (metric.target === null) return { text: 'no target', accessibleName: `${label} months met: no target to meet`, anyMissed: false };
  const text = `${summary.monthsMet} of ${summary.monthsWithValue}`;
  return { text, accessibleName: `${label}: target met in ${text} ${plural(summary.monthsWithValue, 'month', 'months')}`, anyMissed: summary.monthsMissed > 0 };
}

/**
 * The previous period's average of a metric, as the grid's "Previous period" column shows it:
 * the figure, and in words (for hover and screen readers) how that period went.
 */
export function previousAverageView(metric: Metric, previous: PreviousPeriod | null): { text: string; accessibleName: string; detail: string } {
  const label = metricLabel(metric);
  const entry = previousOfMetric({ previous }, metric);
  const named = previousPeriodName(previous);
  const period = named ?? 'the previous period';
  if (entry === null) return { text: NO_VALUE, accessibleName: `${label} previous period: not followed then`, detail: `Not followed in ${period}` };
  if (entry.average === null) return { text: NO_VALUE, accessibleName: `${label} previous period: no values`, detail: `No values in ${period}` };
  const averageText = formatMetricAverage(entry.average, metric);
  const met = entry.monthsWithValue === 0 || metric.target === null ? '' : `, target met in ${entry.monthsMet} of ${countOf(entry.monthsWithValue, 'month', 'months')}`;
  const worst = entry.worst === null || entry.monthsMet === entry.monthsWithValue ? '' : `, worst ${entry.worst.month} ${formatMetricValueWithUnit(entry.worst.value, metric)}`;
  const words = `average ${withUnit(averageText, metric.unit)}${met}${worst}`;
  // A period with a name says it; one without is already "previous period" in the cell's name.
  if (named === null) return { text: averageText, accessibleName: `${label} previous period: ${words}`, detail: `${words.charAt(0).toUpperCase()}${words.slice(1)}` };
  const detail = `${named}: ${words}`;
  return { text: averageText, accessibleName: `${label} previous period, ${detail}`, detail };
}

/** One key's line in a group's combined cell: "lu: 4.42", "vu: —". */
export interface KeyedLine {
  key: string;
  text: string;
  state: Evaluation;
}

/** Joins a key to its value ("lu: 4.42"), so a line never breaks between them. */
export const NO_BREAK_SPACE = '\u00a0';

/**
 * A group of up to this many keys is one row with a line per key in each cell, as the seed's
 * Support priority; a larger group is a row per key, where each miss is shaded on its own.
 */
export const COMBINED_KEYS_MAX = 2;

/** A group's combined cell for one month: every key on its own line, a missing value as "—". */
export function groupMonthLines(metrics: readonly Metric[], monthIndex: number, words: DocumentWords = ENGLISH_WORDS): KeyedLine[] {
  return metrics.map((metric) => {
    const value = metric.values[monthIndex] ?? null;
    const state = evaluate(value, metric);
    return { key: metricKey(metric), text: value === null ? NO_VALUE : formatMetricValue(value, metric, words), state };
  });
}

/** "lu: 4.42" as one unbreakable piece, the way a combined cell writes each key. */
export function keyedText(line: Pick<KeyedLine, 'key' | 'text'>): string {
  return keyedTextIn(line, ENGLISH_WORDS);
}

/** A combined cell's line in a document's words: "lu\u202f:\u00a04,42" in French. */
export function keyedTextIn(line: Pick<KeyedLine, 'key' | 'text'>, words: DocumentWords): string {
  return `${words.colon(line.key, '').trimEnd()}${NO_BREAK_SPACE}${line.text}`;
}

// Names set apart from the words around them, where they need it (bidi-text.ts).
export { isolated } from './bidi-text';

/** The DOM id of a month value cell; the summary focuses it to take the person to a miss. */
export function monthCellId(metricId: string, monthIndex: number): string {
  return `cell-${metricId}-${monthIndex}`;
}

export function targetCellId(metricId: string): string {
  return `target-${metricId}`;
}

export function pmCellId(personId: string): string {
  return `pm-${personId}`;
}

export const APP_NAME = 'Report Desk';

/** "seed-report.rdesk • — Report Desk": the bullet marks unsaved changes. */
export function windowTitle(name: string, unsaved: boolean): string {
  return `${name}${unsaved ? ' •' : ''} — ${APP_NAME}`;
}
