// The templates Report Desk ships, built from code so they are always valid for this version:
// the start screen and the command line offer them, and scripts/make-templates.ts writes them
// to assets/templates/ as files a person can keep or send. Their words come from one object
// (shipped-words.ts) and, for a drafted part under its usual title, from defaultTitle.
import type { ExportOptions } from '../report-schema';
import type { DraftedKind } from '../section-schema';
import { defaultTitle } from '../sections';
import { SUPPORT_PRIORITY_TARGETS } from '../report-building';
import { DEFAULT_LANGUAGE } from '../report-schema';
import { TEMPLATE_FORMAT_MARKER, TEMPLATE_VERSION, type Template, type TemplateMetric, type TemplateSection } from './template-schema';
import { SHIPPED_TEMPLATE_WORDS, type ShippedTemplateWords } from './shipped-words';

/** A shipped template and the id the start screen, the Api and its file name know it by. */
export interface ShippedTemplate {
  id: string;
  template: Template;
}

const EXPORT_OPTIONS: ExportOptions = { groupStyle: 'combined', includeCharts: true, includePrevious: false };

function metric(id: string, name: string, unit: string, direction: TemplateMetric['direction'], target: number, fields: Partial<TemplateMetric> = {}): TemplateMetric {
  return { id, name, unit, direction, target, targetLabel: null, decimals: unit === '%' ? 2 : null, group: null, key: null, ...fields };
}

/** A drafted part in its place: under its usual title unless the template names it otherwise. */
function drafted(kind: DraftedKind, id: string = kind, title: string = defaultTitle(kind), level: 1 | 2 = 1): TemplateSection {
  return { id, title, kind, level };
}

function template(fields: Pick<Template, 'name' | 'description' | 'sections' | 'people' | 'plannedPm' | 'metrics'> & { details: Partial<Template['details']> & Pick<Template['details'], 'title' | 'months' | 'monthLabels'> }): Template {
  return {
    format: TEMPLATE_FORMAT_MARKER,
    version: TEMPLATE_VERSION,
    ...fields,
    details: { organisation: '', service: '', agreement: '', language: DEFAULT_LANGUAGE, ...fields.details },
    look: { numberSections: true, exportOptions: { ...EXPORT_OPTIONS }, wordTemplate: null },
  };
}

/** The seed's shape: its six drafted parts, Availability and Reliability at 99 %, Support priority at the Medium support level. */
function egiOla(words: ShippedTemplateWords['egiOla']): Template {
  const support = Object.entries(SUPPORT_PRIORITY_TARGETS).map(([key, target]) => metric(`support-${key}`, `${words.supportPriority} ${key}`, 'working days', 'lower-is-better', target, { group: words.supportPriority, key }));
  return template({
    name: words.name,
    description: words.description,
    details: { title: words.title, agreement: words.agreement, months: 6, monthLabels: 'numbered' },
    sections: (['effort', 'overview', 'performance', 'issues', 'measures', 'foreseen'] as const).map((kind) => drafted(kind)),
    people: [],
    plannedPm: null,
    metrics: [metric('availability', words.availability, '%', 'higher-is-better', 99), metric('reliability', words.reliability, '%', 'higher-is-better', 99), ...support],
  });
}

/** A quarterly service review: the drafted summary and performance, incidents in free text, the changes as a table, the plans carried to next quarter. */
function quarterly(words: ShippedTemplateWords['quarterly']): Template {
  return template({
    name: words.name,
    description: words.description,
    details: { title: words.title, months: 3, monthLabels: 'month-names' },
    sections: [
      drafted('overview', 'summary', words.summary),
      drafted('performance', 'service-performance', words.performance),
      { id: 'incidents', title: words.incidents, kind: 'text', level: 1, text: words.incidentsText },
      { id: 'changes-delivered', title: words.changes, kind: 'table', level: 1, text: words.changesText, columns: [...words.changesColumns], rows: [] },
      // The Foreseen part: next quarter's report starts from these plans, marked for review.
      drafted('foreseen', 'plans', words.plans),
    ],
    people: [],
    plannedPm: null,
    metrics: [
      metric('availability', words.availability, '%', 'higher-is-better', 99.5),
      metric('major-incidents', words.incidentCount, words.incidentUnit, 'lower-is-better', 2, { decimals: 0 }),
      ...[['P1', 1], ['P2', 4], ['P3', 8]].map(([key, target]) => metric(`first-response-${String(key).toLowerCase()}`, `${words.responseTime} ${key}`, 'hours', 'lower-is-better', Number(target), { group: words.responseTime, key: String(key) })),
    ],
  });
}

/** A project's periodic report: work packages as sub-sections, partners' effort against plan, KPIs, a milestones table, deviations and corrective actions drafted from the KPIs' misses and notes. */
function project(words: ShippedTemplateWords['project']): Template {
  const workPackages = words.workPackages.map(({ title, text }, index): TemplateSection => ({ id: `wp${index + 1}`, title, kind: 'text', level: 2, text }));
  const columns = [...words.milestonesColumns];
  return template({
    name: words.name,
    description: words.description,
    details: { title: words.title, agreement: words.agreement, months: 6, monthLabels: 'month-names' },
    sections: [
      drafted('overview', 'summary', words.summary),
      { id: 'progress', title: words.progress, kind: 'text', level: 1, text: words.progressText },
      ...workPackages,
      drafted('effort', 'resources', words.resources),
      drafted('performance', 'kpis', words.kpis),
      { id: 'milestones', title: words.milestones, kind: 'table', level: 1, text: words.milestonesText, columns, rows: words.milestoneRows.map((row) => columns.map((_, index) => row[index] ?? '')) },
      drafted('issues', 'deviations', words.deviations),
      drafted('measures', 'corrective-actions', words.correctiveActions),
    ],
    people: words.partners.map((name, index) => ({ id: `partner-${index + 1}`, name })),
    plannedPm: 36,
    metrics: [
      metric('deliverables-on-time', words.deliverablesOnTime, '%', 'higher-is-better', 90, { decimals: 0 }),
      metric('service-availability', words.serviceAvailability, '%', 'higher-is-better', 98),
      metric('active-users', words.activeUsers, words.usersUnit, 'higher-is-better', 500, { decimals: 0 }),
      metric('training-events', words.trainingEvents, words.eventsUnit, 'higher-is-better', 1, { decimals: 0 }),
    ],
  });
}

/** The shipped templates in the order the start screen lists them, in the words given (English by default). */
export function shippedTemplates(words: ShippedTemplateWords = SHIPPED_TEMPLATE_WORDS): ShippedTemplate[] {
  return [
    { id: 'egi-ola-service-report', template: egiOla(words.egiOla) },
    { id: 'quarterly-service-report', template: quarterly(words.quarterly) },
    { id: 'project-periodic-report', template: project(words.project) },
  ];
}
