// Templates made from a report, and reports made from a template: the shape and standing
// content go across, the period's figures never do.
import { FORMAT_MARKER, SCHEMA_VERSION } from '../report-constants';
import { isDraftedKind } from '../section-kinds';
import type { Report, Section } from '../report-schema';
import type { Period } from '../period-choice';
import { formatMonthKey } from '../periods';
import { comparable } from '../report-building';
import { refreshDrafts, textOfSection } from '../section-text';
import { countOf } from '../words';
import { TEMPLATE_FORMAT_MARKER, TEMPLATE_VERSION } from './template-marker';
import type { Template, TemplateSection } from './template-schema';

export interface TemplateChoices {
  name: string;
  description?: string;
  /**
   * The free-text and table sections whose words the template keeps as starter text, by id:
   * standing content (a service description, a milestones plan). Another section keeps its
   * title and place, empty: its words were this period's.
   */
  keepWords: ReadonlySet<string>;
  /** Whether the report's Word template goes in with the shape (the default): left out, reports made from it export in the app's own look until one is chosen. */
  keepWordTemplate?: boolean;
}

/** A section as a template holds it: a drafted part its place alone, free text and tables their words where kept. */
function templateSection(report: Report, section: Section, keep: boolean): TemplateSection {
  const { id, title, level } = section;
  if (isDraftedKind(section.kind)) return { id, title, kind: section.kind, level };
  const text = keep ? textOfSection(report, section) : '';
  if (section.kind === 'table') return { id, title, kind: 'table', level, text, columns: [...section.columns], rows: keep ? section.rows.map((row) => [...row]) : [] };
  return { id, title, kind: 'text', level, text };
}

/** Whether a section has words a template could keep: free text or a table with something in it. */
export function hasWordsToKeep(section: Section): boolean {
  if (isDraftedKind(section.kind)) return false;
  return section.text.trim() !== '' || (section.kind === 'table' && section.rows.length > 0);
}

/**
 * The report as a template: its details without the period or author, its sections (drafted
 * parts by place and title, the chosen sections' words), its people by name, its metrics with
 * their targets and no figures, notes or sources, and its look.
 */
export function templateFromReport(report: Report, choices: TemplateChoices): Template {
  const { meta } = report;
  return {
    format: TEMPLATE_FORMAT_MARKER,
    version: TEMPLATE_VERSION,
    name: choices.name.trim(),
    description: choices.description?.trim() ?? '',
    details: {
      title: meta.title,
      organisation: meta.organisation,
      service: meta.service,
      agreement: meta.agreement,
      months: meta.period.months,
      monthLabels: meta.monthLabels,
      language: meta.language,
    },
    sections: report.sections.map((section) => templateSection(report, section, choices.keepWords.has(section.id))),
    people: report.effort.people.map(({ id, name }) => ({ id, name })),
    plannedPm: report.effort.plannedPm,
    // Spelled out rather than spread: a field the report's metric gains later is not carried into templates unseen.
    metrics: report.metrics.map(({ id, name, unit, direction, target, targetLabel, decimals, group, key }) => ({ id, name, unit, direction, target, targetLabel, decimals, group, key })),
    // The Word template goes with the shape, but not where this machine kept it: a path means nothing on a colleague's.
    look: {
      numberSections: meta.numberSections,
      exportOptions: { ...report.exportOptions },
      wordTemplate: report.wordTemplate === null || choices.keepWordTemplate === false ? null : { ...report.wordTemplate, lastSeenPath: null },
    },
  };
}

/** A template's section in a new report: its words as starter text (edited: false, carried: false), a drafted part to draft. */
function reportSection(section: TemplateSection): Section {
  const marks = { edited: false, carried: false };
  if (section.kind === 'table') return { ...section, columns: [...section.columns], rows: section.rows.map((row) => [...row]), ...marks };
  if (section.kind === 'text') return { ...section, ...marks };
  return { ...section, text: '', ...marks };
}

/**
 * A new report from a template for a period: everything the template holds, no figures yet (no
 * monthly values, person-months at zero, no previous period). Months are named from the start
 * month where the template names them, numbered M1 … Mn otherwise or without a start.
 */
export function reportFromTemplate(template: Template, period: Pick<Period, 'start' | 'name'>): Report {
  const { details, look } = template;
  const months = details.months;
  const report: Report = {
    format: FORMAT_MARKER,
    version: SCHEMA_VERSION,
    meta: {
      title: details.title,
      organisation: details.organisation,
      service: details.service,
      agreement: details.agreement,
      author: '',
      period: { start: period.start, months, name: period.name },
      monthLabels: period.start === null ? 'numbered' : details.monthLabels,
      language: details.language,
      numberSections: look.numberSections,
    },
    effort: { people: template.people.map(({ id, name }) => ({ id, name, pm: 0 })), plannedPm: template.plannedPm },
    metrics: template.metrics.map((metric) => ({ ...metric, values: Array<number | null>(months).fill(null), notes: [], sources: [] })),
    sections: template.sections.map(reportSection),
    previous: null,
    exportOptions: { ...look.exportOptions },
    wordTemplate: look.wordTemplate,
  };
  return refreshDrafts(report);
}

/** A template's shape in a line, as the start screen lists it: "6 sections · 4 metrics · 3 people". */
export function templateShape(template: Pick<Template, 'sections' | 'metrics' | 'people'>): string {
  const parts = [countOf(template.sections.length, 'section', 'sections'), countOf(template.metrics.length, 'metric', 'metrics')];
  if (template.people.length > 0) parts.push(countOf(template.people.length, 'person', 'people'));
  return parts.join(' · ');
}

/**
 * The period a new report from a template is offered: the last one of its length that has ended
 * by `today`, on the calendar's quarters, half-years and years where the length divides the year
 * (in April 2026 a quarterly report is offered January – March 2026), else the months up to last month.
 */
export function proposeTemplatePeriod(months: number, today: Date): Pick<Period, 'start' | 'name'> {
  const current = today.getFullYear() * 12 + today.getMonth();
  const aligned = 12 % months === 0 ? current - (current % months) : current;
  const first = aligned - months;
  return { start: formatMonthKey(Math.floor(first / 12), (first % 12) + 1), name: null };
}

/** The templates whose name reads as `wanted`, case, accents and spacing aside. */
export function templatesNamed<T extends { name: string }>(templates: readonly T[], wanted: string): T[] {
  const key = comparable(wanted);
  return templates.filter((template) => comparable(template.name) === key);
}
