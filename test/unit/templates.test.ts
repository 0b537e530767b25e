// Templates: a report's shape and standing content without its period's figures. The shipped
// ones are built from code and written to assets/templates/; a template read as a report is:
// migrations, one validator, a sentence for every problem.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SHIPPED_TEMPLATES_DIR, shippedTemplateFiles } from '../../scripts/make-templates';
import { shippedTemplates } from '../../shared/templates/shipped-templates';
import { readTemplateData, readTemplateText, writeTemplateText } from '../../shared/templates/template-file';
import { proposeTemplatePeriod, reportFromTemplate, templateFromReport, templateShape, templatesNamed } from '../../shared/templates/template-building';
import { TEMPLATE_VERSION, type Template } from '../../shared/templates/template-schema';
import { DRAFTED_KINDS, DRAFTED_TITLES } from '../../shared/report-schema';
import { readReportData, readReportText } from '../../shared/report-file';
import { confirmCarried, editSection, isStarterText, sectionText } from '../../shared/section-text';
import { findPrompts, promptsLine } from '../../shared/draft-prompts';
import { metricLabel } from '../../shared/figure-text';
import { seedReport, seedText } from '../fixtures/seed';
import { held } from '../support/sections';

function shipped(id: string): Template {
  const found = shippedTemplates().find((entry) => entry.id === id);
  if (found === undefined) throw new Error(`No shipped template "${id}".`);
  return found.template;
}

/** The template's JSON after one change, read back: its problems. */
function problemsAfter(change: (data: Record<string, unknown> & Template) => void): string[] {
  const data = JSON.parse(writeTemplateText(shipped('quarterly-service-report'))) as Record<string, unknown> & Template;
  change(data);
  const read = readTemplateData(data);
  return read.ok ? [] : read.problems;
}

describe('the shipped templates', () => {
  test('each file in assets/templates is what scripts/make-templates.ts writes from code now, and reads back as its template', () => {
    const files = shippedTemplateFiles();
    expect(files.map((file) => file.fileName)).toEqual([
      'egi-ola-service-report.rdesk-template',
      'quarterly-service-report.rdesk-template',
      'project-periodic-report.rdesk-template',
      'rapport-de-service-ola-egi.rdesk-template',
      'rapport-de-service-trimestriel.rdesk-template',
      'rapport-periodique-de-projet.rdesk-template',
      'egi-ola-servicebericht.rdesk-template',
      'service-quartalsbericht.rdesk-template',
      'periodischer-projektbericht.rdesk-template',
    ]);
    for (const [index, { fileName, text }] of files.entries()) {
      expect(readFileSync(join(SHIPPED_TEMPLATES_DIR, fileName), 'utf8'), `${fileName} is stale: run npx tsx scripts/make-templates.ts`).toBe(text);
      expect(readTemplateText(text)).toEqual({ ok: true, template: shippedTemplates()[index]!.template, migratedFrom: null });
    }
  });

  test('their names and shapes, as the start screen lists them, English first', () => {
    expect(shippedTemplates().map(({ template }) => `${template.name}: ${templateShape(template)}`)).toEqual([
      'EGI OLA service report: 6 sections · 6 metrics',
      'Quarterly service report: 5 sections · 5 metrics',
      'Project periodic report: 10 sections · 4 metrics · 3 people',
      'Rapport de service OLA EGI: 6 sections · 6 metrics',
      'Rapport de service trimestriel: 5 sections · 5 metrics',
      'Rapport périodique de projet: 10 sections · 4 metrics · 3 people',
      'EGI-OLA-Servicebericht: 6 sections · 6 metrics',
      'Service-Quartalsbericht: 5 sections · 5 metrics',
      'Periodischer Projektbericht: 10 sections · 4 metrics · 3 people',
    ]);
  });

  test('"EGI OLA service report" is the seed\'s shape: its six drafted parts under their usual titles, Availability and Reliability at 99 %, Support priority at the Medium support level', () => {
    const template = shipped('egi-ola-service-report');
    expect(template.sections.map((section) => [section.kind, section.title])).toEqual(DRAFTED_KINDS.map((kind) => [kind, DRAFTED_TITLES[kind]]));
    expect(template.details).toMatchObject({ months: 6, monthLabels: 'numbered' });
    const targets = template.metrics.map((metric) => `${metricLabel(metric)} ${metric.direction === 'higher-is-better' ? '≥' : '≤'} ${metric.target} ${metric.unit}`);
    expect(targets).toEqual(['Availability ≥ 99 %', 'Reliability ≥ 99 %', 'Support priority lu ≤ 5 working days', 'Support priority u ≤ 5 working days', 'Support priority vu ≤ 1 working days', 'Support priority tp ≤ 1 working days']);
    // The seed's ids: a report from this template and the seed's own read as one service's history.
    expect(template.metrics.map((metric) => metric.id)).toEqual(['availability', 'reliability', 'support-lu', 'support-u', 'support-vu', 'support-tp']);
  });

  test('"Quarterly service report": a drafted summary and performance, incidents as free text, the changes delivered as a table, the plans carried to next quarter', () => {
    const template = shipped('quarterly-service-report');
    expect(template.sections.map((section) => `${section.title} (${section.kind})`)).toEqual(['Summary (overview)', 'Service performance (performance)', 'Incidents (text)', 'Changes delivered (table)', 'Plans for next quarter (foreseen)']);
    expect(template.details).toMatchObject({ months: 3, monthLabels: 'month-names' });
    expect(template.metrics.map(metricLabel)).toEqual(['Availability', 'Major incidents', 'First response P1', 'First response P2', 'First response P3']);
  });

  test('"Project periodic report": work packages as sub-sections, the partners\' effort against plan, KPIs, a milestones table, deviations and corrective actions', () => {
    const template = shipped('project-periodic-report');
    expect(template.sections.map((section) => `${section.level === 2 ? '  ' : ''}${section.title} (${section.kind})`)).toEqual([
      'Summary (overview)',
      'Progress per work package (text)',
      '  WP1 Project management (text)',
      '  WP2 Service operations (text)',
      '  WP3 Dissemination and training (text)',
      'Use of resources (effort)',
      'Key performance indicators (performance)',
      'Milestones (table)',
      'Deviations from the work plan (issues)',
      'Corrective actions (measures)',
    ]);
    const milestones = template.sections.find((section) => section.id === 'milestones');
    expect(milestones).toMatchObject({ columns: ['Milestone', 'Due', 'Status', 'Comment'] });
    expect(template.plannedPm).toBe(36);
    expect(template.metrics.every((metric) => metric.target !== null)).toBe(true);
  });
});

describe('a new report from a template', () => {
  test('every shipped template makes a valid report for a period, with no figures and its people at 0 PM', () => {
    for (const { id, template } of shippedTemplates()) {
      const report = reportFromTemplate(template, { start: '2026-01', name: null });
      const read = readReportData(report);
      expect(read.ok, id).toBe(true);
      expect(report.metrics.every((metric) => metric.values.length === template.details.months && metric.values.every((value) => value === null))).toBe(true);
      expect(report.effort.people.every((person) => person.pm === 0)).toBe(true);
      expect(report.previous).toBeNull();
      expect(report.sections.map((section) => section.title)).toEqual(template.sections.map((section) => section.title));
    }
  });

  test("the template's words are starter text: kept apart from the drafts, marked for review and named before an export until edited or confirmed", () => {
    const report = reportFromTemplate(shipped('quarterly-service-report'), { start: '2026-01', name: 'Q1 2026' });
    expect(held(report, 'incidents')).toMatchObject({ edited: false, carried: false });
    expect(isStarterText(held(report, 'incidents'))).toBe(true);
    // A drafted part takes no words from a template: it drafts from the data.
    expect(held(report, 'summary')).toMatchObject({ edited: false, text: '' });
    expect(findPrompts(report).map(promptsLine)).toEqual([
      'Section 3, Incidents, still holds the template\'s starter text, not yet reviewed',
      'Section 4, Changes delivered, still holds the template\'s starter text, not yet reviewed',
      // Its table has columns and no rows yet: an export would show its headings alone.
      'Section 4, Changes delivered, has a table with no entries',
    ]);
    const written = editSection(report, 'incidents', 'No major incident in the quarter.');
    const confirmed = confirmCarried(written, 'changes-delivered');
    expect(findPrompts(confirmed).map((found) => found.kind)).toEqual(['empty']);
    expect(held(confirmed, 'changes-delivered')).toMatchObject({ edited: true, text: 'The changes delivered in the quarter:' });
  });

  test('months are named from the start month where the template names them, numbered without a start', () => {
    const template = shipped('quarterly-service-report');
    expect(reportFromTemplate(template, { start: '2026-01', name: null }).meta).toMatchObject({ monthLabels: 'month-names', period: { start: '2026-01', months: 3, name: null } });
    expect(reportFromTemplate(template, { start: null, name: 'First quarter' }).meta).toMatchObject({ monthLabels: 'numbered', period: { start: null, months: 3, name: 'First quarter' } });
  });

  test('the period offered is the last of its length that has ended, on the calendar where the length divides the year', () => {
    const april = new Date(2026, 3, 2);
    expect(proposeTemplatePeriod(3, april)).toEqual({ start: '2026-01', name: null });
    expect(proposeTemplatePeriod(6, april)).toEqual({ start: '2025-07', name: null });
    expect(proposeTemplatePeriod(12, april)).toEqual({ start: '2025-01', name: null });
    expect(proposeTemplatePeriod(5, april)).toEqual({ start: '2025-11', name: null });
    expect(proposeTemplatePeriod(3, new Date(2026, 0, 15))).toEqual({ start: '2025-10', name: null });
  });
});

describe('a template from a report', () => {
  test('the seed as a template: its shape, people by name and metrics with targets, and none of its figures, notes, sources, PM or drafted words', () => {
    const seed = seedReport();
    const template = templateFromReport(seed, { name: 'Operations Portal OLA', keepWords: new Set() });
    const text = writeTemplateText(template);
    for (const figure of ['99.94', '4.42', 'No problems encountered']) expect(text).not.toContain(figure);
    expect(template.people).toEqual([
      { id: seed.effort.people[0]!.id, name: 'Cyril Flieller' },
      { id: seed.effort.people[1]!.id, name: 'Cyril L’Orphelin' },
      { id: seed.effort.people[2]!.id, name: 'Pierre Frebault' },
    ]);
    expect(template.metrics.map((metric) => [metricLabel(metric), metric.target, metric.targetLabel])).toEqual([
      ['Availability', 99, null],
      ['Reliability', 99, null],
      ['Support priority lu', null, '3.32'],
      ['Support priority vu', null, null],
    ]);
    expect(template.details).toEqual({ title: seed.meta.title, organisation: 'CNRS', service: 'EGI Operations Portal', agreement: seed.meta.agreement, months: 6, monthLabels: 'numbered', language: 'en-GB' });
    expect(template.sections.every((section) => !('text' in section))).toBe(true);
  });

  test('free text and tables keep their words only where chosen; a report made from it again has them as starter text', () => {
    const start = reportFromTemplate(shipped('project-periodic-report'), { start: '2026-01', name: null });
    const filled = editSection(editSection(start, 'wp1', 'Two consortium meetings; the first periodic review.'), 'progress', 'Every objective of the period was reached.');
    const template = templateFromReport(filled, { name: 'Our project', description: 'Ours', keepWords: new Set(['wp1', 'milestones']) });
    const again = reportFromTemplate(template, { start: '2026-07', name: null });
    expect(sectionText(again, 'wp1')).toBe('Two consortium meetings; the first periodic review.');
    expect(sectionText(again, 'progress')).toBe('');
    const planned = shipped('project-periodic-report').sections.find((section) => section.id === 'milestones');
    expect(held(again, 'milestones')).toMatchObject({ rows: planned?.kind === 'table' ? planned.rows : 'no milestones table' });
    expect(isStarterText(held(again, 'wp1'))).toBe(true);
  });

  test('a template made from a report made from a template is that template', () => {
    for (const { template } of shippedTemplates()) {
      const report = reportFromTemplate(template, { start: '2026-01', name: null });
      const keepWords = new Set(template.sections.map((section) => section.id));
      expect(templateFromReport(report, { name: template.name, description: template.description, keepWords })).toEqual(template);
    }
  });
  test("the organisation's Word template goes with the template, written and read back, and every report made from it wears it", () => {
    const wordTemplate = { fileName: 'OLA look.dotx', sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', addedAt: '2026-01-09T08:05:03.000Z', lastSeenPath: null, base64: 'UEsDBBQAAAAIAA==' };
    // Where the author's machine kept the file is left out: it means nothing on a colleague's.
    const template = templateFromReport({ ...seedReport(), wordTemplate: { ...wordTemplate, lastSeenPath: '/home/anne/Templates/OLA look.dotx' } }, { name: 'OLA in the house look', keepWords: new Set() });
    const read = readTemplateText(writeTemplateText(template));
    expect(read.ok && read.template.look.wordTemplate).toEqual(wordTemplate);
    expect(reportFromTemplate(template, { start: '2026-07', name: null }).wordTemplate).toEqual(wordTemplate);

    // Left out when the person unticks it: reports made from it export in the app's own look.
    const without = templateFromReport({ ...seedReport(), wordTemplate }, { name: 'OLA, any look', keepWords: new Set(), keepWordTemplate: false });
    expect(without.look.wordTemplate).toBeNull();
    expect(writeTemplateText(without)).not.toContain(wordTemplate.base64);
    expect(reportFromTemplate(without, { start: '2026-07', name: null }).wordTemplate).toBeNull();
  });
});

describe('reading a template file', () => {
  test('a report is not a template, and a template is not a report: each says what it is and what to do with it', () => {
    expect(readTemplateText(seedText())).toMatchObject({ ok: false, message: 'This is a Report Desk report, not a template: open it with Open…, or make a template of it with Save as Template….' });
    expect(readReportText(writeTemplateText(shipped('egi-ola-service-report')))).toMatchObject({ ok: false, message: 'This is a Report Desk template, not a report: use New Report from Template… to start a report from it.' });
  });

  test('a marker named like what every object inherits ("toString", "constructor") is just not a marker', () => {
    for (const marker of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      const file = JSON.stringify({ format: marker, version: 1 });
      expect(readReportText(file)).toMatchObject({ ok: false, message: 'This is not a Report Desk report: it lacks the "report-desk/report" format marker.' });
      expect(readTemplateText(file)).toMatchObject({ ok: false, message: expect.stringMatching(/^This is not a Report Desk template: it lacks the "[^"]+" format marker\.$/) });
    }
  });

  test('a file from a newer Report Desk is refused, saying so; so are empty, cut and zipped files', () => {
    const future = JSON.parse(writeTemplateText(shipped('egi-ola-service-report'))) as Template;
    expect(readTemplateText(JSON.stringify({ ...future, version: TEMPLATE_VERSION + 1 }))).toMatchObject({
      ok: false,
      message: `This template was saved by a newer Report Desk (file format ${TEMPLATE_VERSION + 1}; this version reads up to ${TEMPLATE_VERSION}). Update Report Desk to open it.`,
    });
    expect(readTemplateText('')).toMatchObject({ ok: false, message: 'The file is empty: it holds no template.' });
    expect(readTemplateText('PK\u0003\u0004')).toMatchObject({ ok: false, message: 'This is a Word document or another zip file, not a Report Desk template (.rdesk-template).' });
    expect(readTemplateText('{"format": "report-desk/template", "vers')).toMatchObject({ ok: false, message: 'The file is cut short or damaged: it is not complete JSON (it ends too soon).' });
  });

  test('a broken section, metric, person or detail is named where a person finds it, never quoting the file', () => {
    expect(problemsAfter((data) => void (data.sections[1]!.kind = 'overview'))).toEqual(['Section 2 "Service performance" is a second overview part, after section 1 "Summary"; a report holds each drafted part once at most']);
    expect(problemsAfter((data) => void (data.sections[0]!.level = 2))).toEqual(['Section 1 "Summary" is a sub-section but comes first; the first section must be a section (level 1)']);
    expect(problemsAfter((data) => void Object.assign(data.metrics[1]!, { target: 'two' }))).toEqual(['Major incidents: target: expected a number, got text']);
    expect(problemsAfter((data) => void (data.people = [{ id: 'p', name: 'Anne' }, { id: 'p', name: 'Bruno' }]))).toEqual(['People, Bruno: has the same id "p" as person 1; each person needs their own id']);
    expect(problemsAfter((data) => void (data.details.months = 40))).toEqual(['Template details: number of months must be a whole number from 1 to 36']);
    expect(problemsAfter((data) => void (data.name = '  '))).toEqual(["The template's name cannot be empty"]);
  });

  test('names match as a person types them: case, accents and spacing aside', () => {
    const templates = shippedTemplates().map(({ template }) => template);
    expect(templatesNamed(templates, '  quarterly  SERVICE report').map((template) => template.name)).toEqual(['Quarterly service report']);
    expect(templatesNamed([{ name: 'Rapport trimestriel d’activité' }], "rapport trimestriel d'activite")).toHaveLength(1);
    expect(templatesNamed(templates, 'quarterly')).toEqual([]);
  });
});
