// The templates Report Desk ships, built from code so they are always valid for this version:
// the start screen and the command line offer them, and scripts/make-templates.ts writes them
// to assets/templates/ as files a person can keep or send. Each is one shape written in every
// language with a document catalogue: its own words from that language's template words
// (shared/i18n/template-words-*.ts), a drafted part's usual title from defaultTitle in it.
import type { ExportOptions } from '../report-schema';
import type { DraftedKind } from '../section-schema';
import { defaultTitle } from '../sections';
import { SUPPORT_PRIORITY_TARGETS } from '../report-building';
import { DOCUMENT_LANGUAGES, LANGUAGE_TAGS, type DocumentLanguage } from '../i18n/document-language';
import { TEMPLATE_WORDS, type TemplateWords } from '../i18n/template-words';
import { TEMPLATE_FORMAT_MARKER, TEMPLATE_VERSION } from './template-marker';
import type { Template, TemplateMetric, TemplateSection } from './template-schema';

/** A shipped template in one language. */
export interface ShippedTemplate {
  /** What the start screen, the Api and its file name know it by, in its language: "rapport-de-service-trimestriel". */
  id: string;
  /** The shape it is written from, the same in every language: the English template's id ("quarterly-service-report"). */
  shape: ShippedShape;
  language: DocumentLanguage;
  template: Template;
}

/** The shipped templates' shapes, in the order the start screen lists them. */
export const SHIPPED_SHAPES = ['egi-ola-service-report', 'quarterly-service-report', 'project-periodic-report'] as const;
export type ShippedShape = (typeof SHIPPED_SHAPES)[number];

const EXPORT_OPTIONS: ExportOptions = { groupStyle: 'combined', includeCharts: true, includePrevious: false };

function metric(id: string, name: string, unit: string, direction: TemplateMetric['direction'], target: number, fields: Partial<TemplateMetric> = {}): TemplateMetric {
  return { id, name, unit, direction, target, targetLabel: null, decimals: unit === '%' ? 2 : null, group: null, key: null, ...fields };
}

/** A drafted part in its place, under the title the template names it by. */
function drafted(kind: DraftedKind, id: string, title: string): TemplateSection {
  return { id, title, kind, level: 1 };
}

function template(fields: Pick<Template, 'name' | 'description' | 'sections' | 'people' | 'plannedPm' | 'metrics'> & { details: Partial<Template['details']> & Pick<Template['details'], 'title' | 'months' | 'monthLabels' | 'language'> }): Template {
  return {
    format: TEMPLATE_FORMAT_MARKER,
    version: TEMPLATE_VERSION,
    ...fields,
    details: { organisation: '', service: '', agreement: '', ...fields.details },
    look: { numberSections: true, exportOptions: { ...EXPORT_OPTIONS }, wordTemplate: null },
  };
}

/** The seed's shape: its six drafted parts, Availability and Reliability at 99 %, Support priority at the Medium support level. */
function egiOla(words: TemplateWords['egiOla'], language: string): Template {
  const support = Object.entries(SUPPORT_PRIORITY_TARGETS).map(([key, target]) => metric(`support-${key}`, `${words.supportPriority} ${key}`, words.workingDays, 'lower-is-better', target, { group: words.supportPriority, key }));
  return template({
    name: words.name,
    description: words.description,
    details: { title: words.title, agreement: words.agreement, months: 6, monthLabels: 'numbered', language },
    sections: (['effort', 'overview', 'performance', 'issues', 'measures', 'foreseen'] as const).map((kind) => drafted(kind, kind, defaultTitle(kind, language))),
    people: [],
    plannedPm: null,
    metrics: [metric('availability', words.availability, '%', 'higher-is-better', 99), metric('reliability', words.reliability, '%', 'higher-is-better', 99), ...support],
  });
}

/** A quarterly service review: the drafted summary and performance, incidents in free text, the changes as a table, the plans carried to next quarter. */
function quarterly(words: TemplateWords['quarterly'], language: string): Template {
  return template({
    name: words.name,
    description: words.description,
    details: { title: words.title, months: 3, monthLabels: 'month-names', language },
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
      ...[['P1', 1], ['P2', 4], ['P3', 8]].map(([key, target]) => metric(`first-response-${String(key).toLowerCase()}`, `${words.responseTime} ${key}`, words.hours, 'lower-is-better', Number(target), { group: words.responseTime, key: String(key) })),
    ],
  });
}

/** A project's periodic report: work packages as sub-sections, partners' effort against plan, KPIs, a milestones table, deviations and corrective actions drafted from the KPIs' misses and notes. */
function project(words: TemplateWords['project'], language: string): Template {
  const workPackages = words.workPackages.map(({ title, text }, index): TemplateSection => ({ id: `wp${index + 1}`, title, kind: 'text', level: 2, text }));
  const columns = [...words.milestonesColumns];
  return template({
    name: words.name,
    description: words.description,
    details: { title: words.title, agreement: words.agreement, months: 6, monthLabels: 'month-names', language },
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

const BUILDERS: Readonly<Record<ShippedShape, (words: TemplateWords, language: string) => Template>> = {
  'egi-ola-service-report': (words, language) => egiOla(words.egiOla, language),
  'quarterly-service-report': (words, language) => quarterly(words.quarterly, language),
  'project-periodic-report': (words, language) => project(words.project, language),
};

const FILE_NAMES: Readonly<Record<ShippedShape, (words: TemplateWords) => string>> = {
  'egi-ola-service-report': (words) => words.egiOla.fileName,
  'quarterly-service-report': (words) => words.quarterly.fileName,
  'project-periodic-report': (words) => words.project.fileName,
};

/** The shipped templates, language by language (English first), each language's in the start screen's order. */
export function shippedTemplates(): ShippedTemplate[] {
  return DOCUMENT_LANGUAGES.flatMap((language) => {
    const words = TEMPLATE_WORDS[language];
    return SHIPPED_SHAPES.map((shape): ShippedTemplate => ({ id: FILE_NAMES[shape](words), shape, language, template: BUILDERS[shape](words, LANGUAGE_TAGS[language]) }));
  });
}

/** The shipped templates in one language. */
export function shippedTemplatesIn(language: DocumentLanguage): ShippedTemplate[] {
  return shippedTemplates().filter((shipped) => shipped.language === language);
}
