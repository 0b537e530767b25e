// Making reports and their parts: a blank report, metric presets, the next period, Compare with….
import { DEFAULT_LANGUAGE, FORMAT_MARKER, SCHEMA_VERSION } from './report-constants';
import { isDraftedKind } from './section-kinds';
import type { Metric, Person, PreviousPeriod, Report, Section } from './report-schema';
import { monthLabel } from './periods';
import { periodName, proposeNextPeriod, type Period } from './period-choice';
import { summariseMetric, totalPm } from './targets';
import { metricLabel } from './figure-text';
import { refreshDrafts, textOfSection } from './section-text';
import { defaultSections, sectionOfKind } from './sections';
import { newId } from './ids';
import { documentWords } from './i18n/document-words';

export { newId } from './ids';

export function newPerson(name = '', pm = 0): Person {
  return { id: newId('person'), name, pm };
}

export interface MetricPreset {
  id: 'availability' | 'reliability' | 'support-priority';
  label: string;
  description: string;
}

export const METRIC_PRESETS: readonly MetricPreset[] = [
  { id: 'availability', label: 'Availability (%)', description: 'Monthly ARGO availability, higher is better, target 99 %' },
  { id: 'reliability', label: 'Reliability (%)', description: 'Monthly ARGO reliability, higher is better, target 99 %' },
  {
    id: 'support-priority',
    label: 'Support priority (working days)',
    description: 'GGUS response time per ticket priority (lu, u, vu, tp), lower is better, Medium support level',
  },
];

/** Medium support level: lu ≤ 5, u ≤ 5, vu ≤ 1, tp ≤ 1 working days. */
export const SUPPORT_PRIORITY_TARGETS: Readonly<Record<string, number>> = { lu: 5, u: 5, vu: 1, tp: 1 };

export function customMetric(months: number, fields: Pick<Metric, 'name' | 'unit' | 'direction' | 'target'>): Metric {
  const { name, unit, direction, target } = fields;
  return { id: newId('metric'), name, unit, direction, target, targetLabel: null, decimals: null, group: null, key: null, values: Array(months).fill(null), notes: [], sources: [] };
}

export function presetMetrics(presetId: MetricPreset['id'], months: number): Metric[] {
  const percent = (name: string): Metric => ({
    ...customMetric(months, { name, unit: '%', direction: 'higher-is-better', target: 99 }),
    decimals: 2,
  });
  if (presetId === 'availability') return [percent('Availability')];
  if (presetId === 'reliability') return [percent('Reliability')];
  return Object.entries(SUPPORT_PRIORITY_TARGETS).map(([key, target]) => ({
    ...customMetric(months, { name: `Support priority ${key}`, unit: 'working days', direction: 'lower-is-better', target }),
    group: 'Support priority',
    key,
  }));
}

export interface NewReportFields {
  title?: string;
  organisation?: string;
  service?: string;
  start?: string | null;
  months?: number;
  /** The report's language (a BCP 47 tag): its title and section titles start in it. */
  language?: string;
}

/** A blank report with the usual OLA metrics, ready to fill in, its title and sections named in its language. */
export function createReport(fields: NewReportFields = {}): Report {
  const months = fields.months ?? 6;
  const start = fields.start ?? null;
  const language = fields.language ?? DEFAULT_LANGUAGE;
  const report: Report = {
    format: FORMAT_MARKER,
    version: SCHEMA_VERSION,
    meta: {
      title: fields.title ?? documentWords(language).say('report.title'),
      organisation: fields.organisation ?? '',
      service: fields.service ?? '',
      agreement: '',
      author: '',
      period: { start, months, name: null },
      monthLabels: start === null ? 'numbered' : 'month-names',
      language,
      numberSections: true,
    },
    effort: { people: [], plannedPm: null },
    metrics: [...presetMetrics('availability', months), ...presetMetrics('reliability', months), ...presetMetrics('support-priority', months)],
    sections: defaultSections(language),
    previous: null,
    exportOptions: { groupStyle: 'combined', includeCharts: true, includePrevious: false },
    wordTemplate: null,
  };
  return refreshDrafts(report);
}

/** Changes the period's length, keeping the figures of the months that remain. */
export function resizePeriod(report: Report, months: number): Report {
  return {
    ...report,
    meta: { ...report.meta, period: { ...report.meta.period, months } },
    metrics: report.metrics.map((metric) => ({
      ...metric,
      values: Array.from({ length: months }, (_, index) => metric.values[index] ?? null),
      notes: metric.notes.filter((note) => note.month < months),
      sources: metric.sources.filter((source) => source.month < months),
    })),
  };
}

/** How many figures a shorter period would drop (so the app can ask first). */
export function valuesDroppedByResize(report: Report, months: number): number {
  return report.metrics.reduce((count, metric) => count + metric.values.slice(months).filter((value) => value !== null).length, 0);
}

/**
 * A section as the next period starts it: the same place, title and level. A drafted part is a
 * fresh draft, the Foreseen one last period's text, marked for review. Free text and tables are
 * the person's own words, with no draft to fall back on: they carry over as they were (a risk
 * register, the plans, a milestones table run on from period to period), marked for review, so
 * the export's check names them until each is edited or confirmed and last period's words never
 * go out unnoticed.
 */
function nextPeriodSection(report: Report, section: Section): Section {
  if (isDraftedKind(section.kind)) {
    const carried = section.kind === 'foreseen' && textOfSection(report, section).trim() !== '';
    return { ...section, text: '', edited: false, carried };
  }
  const content = section.text.trim() !== '' || (section.kind === 'table' && section.rows.length > 0);
  return { ...section, edited: false, carried: content };
}

/**
 * The report for the following period: same organisation, service, people, metrics, targets
 * and sections; figures (monthly values, their notes and sources, person-months) cleared;
 * period moved on by its length, or as the person confirmed it; drafts reset, the person's own
 * text and tables carried for review; last period kept in summary (its averages, people's PM,
 * Foreseen text) to compare with and to carry. The old report is untouched.
 */
export function startNextPeriod(report: Report, period: Omit<Period, 'months'> = proposeNextPeriod(report.meta)): Report {
  const next: Report = {
    ...report,
    meta: { ...report.meta, period: { start: period.start, name: period.name, months: report.meta.period.months } },
    // People stay; their person-months are this period's figures, to be entered afresh.
    effort: { ...report.effort, people: report.effort.people.map((person) => ({ ...person, pm: 0 })) },
    metrics: report.metrics.map((metric) => ({ ...metric, values: Array(report.meta.period.months).fill(null), notes: [], sources: [] })),
    sections: report.sections.map((section) => nextPeriodSection(report, section)),
    previous: summarisePeriod(report),
  };
  return refreshDrafts(next);
}

function foreseenText(report: Report): string {
  const foreseen = sectionOfKind(report, 'foreseen');
  return foreseen === undefined ? '' : textOfSection(report, foreseen);
}

/** What the next period keeps of this one: its name, averages, people's PM and Foreseen text ('' without a Foreseen section). */
export function summarisePeriod(report: Report): PreviousPeriod {
  return {
    // An unnamed period of numbered months has no name worth repeating ("6 months"): readers say "the previous period".
    name: periodName(report.meta.period, documentWords(report.meta.language)) ?? '',
    foreseen: foreseenText(report),
    metrics: report.metrics.map((metric) => {
      const summary = summariseMetric(metric);
      return {
        id: metric.id,
        label: metricLabel(metric),
        unit: metric.unit,
        average: summary.average,
        monthsMet: summary.monthsMet,
        monthsWithValue: summary.monthsWithValue,
        worst: summary.worst === null ? null : { month: monthLabel(report.meta, summary.worst.monthIndex), value: summary.worst.value },
      };
    }),
    people: report.effort.people.map(({ id, name, pm }) => ({ id, name, pm })),
    totalPm: totalPm(report),
  };
}

/**
 * A name as compared across reports: case, accents, spacing and the kind of apostrophe aside
 * ("Élodie  L’Orphelin" reads as "elodie l'orphelin"). Not the system's locale: the same two
 * files compare the same on every machine.
 */
export function comparable(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[\u2018\u2019\u02bc`]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Entries keyed to this report's rows. An entry keeps its id where this report has that id
 * under the same name (it was started from that report); the others take the id of the row
 * whose name reads the same; then an id this report has under another name is kept (renamed
 * since). What matches nothing gets an id no row has, so an unrelated report that happens to
 * use the same ids (older files numbered people person-1, person-2 …) is not read as this one.
 */
export function keyedTo<T extends { id: string }>(entries: T[], rows: readonly { id: string; name: string }[], nameOf: (entry: T) => string): T[] {
  const nameById = new Map(rows.map((row) => [row.id, comparable(row.name)]));
  const idByName = new Map<string, string>();
  for (const row of rows) if (!idByName.has(comparable(row.name))) idByName.set(comparable(row.name), row.id);
  const claimed = new Set<string>();
  const keyed: (T | null)[] = entries.map((entry) => {
    if (nameById.get(entry.id) !== comparable(nameOf(entry)) || claimed.has(entry.id)) return null;
    claimed.add(entry.id);
    return entry;
  });
  const claim = (pick: (entry: T) => string | undefined): void => {
    entries.forEach((entry, index) => {
      if (keyed[index] !== null) return;
      const id = pick(entry);
      if (id === undefined || claimed.has(id)) return;
      claimed.add(id);
      keyed[index] = id === entry.id ? entry : { ...entry, id };
    });
  };
  claim((entry) => idByName.get(comparable(nameOf(entry))));
  claim((entry) => (nameById.has(entry.id) ? entry.id : undefined));
  return entries.map((entry, index) => keyed[index] ?? (nameById.has(entry.id) ? { ...entry, id: `${entry.id}-earlier-${index}` } : entry));
}

/**
 * The summary of an earlier report, keyed to this report's metrics and people, so a file of any
 * earlier period compares (Compare with…), not only the one this report was started from.
 */
export function comparisonWith(report: Report, earlier: Report): PreviousPeriod {
  const summary = summarisePeriod(earlier);
  return {
    ...summary,
    metrics: keyedTo(summary.metrics, report.metrics.map((metric) => ({ id: metric.id, name: metricLabel(metric) })), (entry) => entry.label),
    people: keyedTo(summary.people, report.effort.people, (entry) => entry.name),
  };
}

/**
 * Compare with…: the report beside an earlier one, whose summary becomes its previous period.
 * A Foreseen section still the app's draft takes the earlier report's Foreseen text, for review.
 */
export function withComparison(report: Report, earlier: Report): Report {
  const previous = comparisonWith(report, earlier);
  const carried = previous.foreseen.trim() !== '';
  const sections = report.sections.map((section) => (section.kind === 'foreseen' && !section.edited && section.carried !== carried ? { ...section, carried } : section));
  return { ...report, previous, sections };
}

/**
 * What of the earlier period found no row here: the metrics' labels and the people's names in
 * the previous period whose ids this report does not have, to tell the person after Compare with….
 */
export function unmatchedInPrevious(report: Report): { metrics: string[]; people: string[] } {
  if (report.previous === null) return { metrics: [], people: [] };
  const metricIds = new Set(report.metrics.map((metric) => metric.id));
  const personIds = new Set(report.effort.people.map((person) => person.id));
  return {
    metrics: report.previous.metrics.filter((entry) => !metricIds.has(entry.id)).map((entry) => entry.label),
    people: report.previous.people.filter((entry) => !personIds.has(entry.id)).map((entry) => entry.name.trim() || 'Unnamed'),
  };
}
