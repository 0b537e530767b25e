// The narrative the app drafts from the data. The app drafts, the person decides: a section
// whose `edited` flag is set is never redrafted except by redraftSection().
import type { Report, SectionId } from './report-schema';
import { SECTION_IDS } from './report-schema';
import { formatPm, formatWithUnit, withUnit } from './numbers';
import { findMisses, summariseMetric, totalPm, type Miss } from './targets';
import { countOf, formatMetricAverage, formatMetricValueWithUnit, joinWords, metricLabel } from './figure-text';

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
  return months === 1 ? 'the last month' : `the last ${months} months`;
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

/** One line a person, as the seed lists them: "Cyril Flieller: 4 PM". */
export function effortLines(report: Report): string[] {
  return report.effort.people.map((person) => `${person.name.trim() || 'Unnamed'}: ${formatPm(person.pm)} PM`);
}

function missedByMonth(misses: Miss[]): string {
  const byMonth = new Map<string, string[]>();
  for (const miss of misses) {
    const names = byMonth.get(miss.monthLabel) ?? [];
    names.push(metricLabel(miss.metric));
    byMonth.set(miss.monthLabel, names);
  }
  const parts = [...byMonth].map(([month, names]) => `${month} (${names.join(', ')})`);
  return joinWords(parts);
}

export function draftOverview(report: Report): string {
  // "No problems" is a claim about figures; with none entered yet there is nothing to claim.
  const anyFigure = report.metrics.some((metric) => metric.values.some((value) => value !== null));
  if (!anyFigure) return '';
  const misses = findMisses(report);
  if (misses.length === 0) return NO_PROBLEMS;
  return `Service targets were missed in ${missedByMonth(misses)}. The issues and the measures planned are described in sections 4 and 5.`;
}

/** "M3: Availability 97.20 % against a target of 99 %" */
export function describeMiss(miss: Miss): string {
  const { metric } = miss;
  const value = formatMetricValueWithUnit(miss.value, metric);
  const target = metric.target === null ? '' : ` against a target of ${formatWithUnit(metric.target, metric.unit)}`;
  return `${miss.monthLabel}: ${metricLabel(metric)} ${value}${target}`;
}

export function draftIssues(report: Report): string {
  const misses = findMisses(report);
  return misses.length === 0 ? NOTHING_TO_REPORT : misses.map(describeMiss).join('\n');
}

export function draftMeasures(report: Report): string {
  const misses = findMisses(report);
  if (misses.length === 0) return NOTHING_TO_REPORT;
  return misses.map((miss) => `${miss.monthLabel} ${metricLabel(miss.metric)}: ${MEASURE_PROMPT}`).join('\n');
}

/** "Availability: target met in 6 of 6 months, period average 99.76 %" */
export function summaryLine(report: Report, metricIndex: number): string {
  const metric = report.metrics[metricIndex]!;
  const summary = summariseMetric(metric);
  const label = metricLabel(metric);
  if (summary.monthsWithValue === 0) return `${label}: no values in the period`;
  const averageText = summary.average === null ? '' : `, period average ${withUnit(formatMetricAverage(summary.average, metric), metric.unit)}`;
  if (metric.target === null) return `${label}: no target${averageText}`;
  return `${label}: target met in ${summary.monthsMet} of ${summary.monthsWithValue === 1 ? '1 month' : `${summary.monthsWithValue} months`}${averageText}`;
}

export function draftPerformance(report: Report): string {
  // No metrics, no table: nothing for the introduction to introduce.
  if (report.metrics.length === 0) return '';
  const lines = report.metrics.map((_, index) => summaryLine(report, index));
  return [...lines, TABLE_INTRO].join('\n');
}

export function draftForeseen(report: Report): string {
  return report.previous?.foreseen ?? '';
}

const drafters: Record<SectionId, (report: Report) => string> = {
  effort: draftEffort,
  overview: draftOverview,
  performance: draftPerformance,
  issues: draftIssues,
  measures: draftMeasures,
  foreseen: draftForeseen,
};

export function draftSection(report: Report, id: SectionId): string {
  return drafters[id](report);
}

/** The text a section shows and exports: the person's words if edited, else the live draft. */
export function sectionText(report: Report, id: SectionId): string {
  const section = report.sections[id];
  return section.edited ? section.text : draftSection(report, id);
}

/** The report with every untouched section's text brought up to date with the data. */
export function refreshDrafts(report: Report): Report {
  let changed = false;
  const sections = { ...report.sections };
  for (const id of SECTION_IDS) {
    const section = sections[id];
    if (section.edited) continue;
    const text = draftSection(report, id);
    if (text !== section.text) {
      sections[id] = { text, edited: false };
      changed = true;
    }
  }
  return changed ? { ...report, sections } : report;
}

/** The person's own text for a section; from now on the data no longer changes it. */
export function editSection(report: Report, id: SectionId, text: string): Report {
  return { ...report, sections: { ...report.sections, [id]: { text, edited: true } } };
}

/** Back to the app's draft, following the data again (undoable by the caller's history). */
export function redraftSection(report: Report, id: SectionId): Report {
  return { ...report, sections: { ...report.sections, [id]: { text: draftSection(report, id), edited: false } } };
}
