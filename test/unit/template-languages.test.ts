// The shipped templates in English, French and German: one shape each, written in each language
// as its report writers write (names, titles, starter text, columns, metrics, units), so a report
// started from one is in its language from the first draft.
import { describe, expect, test } from 'vitest';
import { SHIPPED_SHAPES, shippedTemplates, shippedTemplatesIn, type ShippedTemplate } from '../../shared/templates/shipped-templates';
import { reportFromTemplate, templatesNamed } from '../../shared/templates/template-building';
import type { Template } from '../../shared/templates/template-schema';
import { defaultTitle } from '../../shared/sections';
import { isDraftedKind } from '../../shared/report-schema';
import { textOfSection } from '../../shared/section-text';
import { unitRange } from '../../shared/unit-range';
import { documentLanguageNamed } from '../../shared/i18n/document-language';
import { preferredTemplateLanguage } from '../../renderer/templates/template-language';
import type { RecentReports } from '../../shared/api';
import { englishTemplateWordsIn, stringsOf } from '../support/english-words';

/** What must be the same in every language: everything but words. */
function shapeOf(template: Template): unknown {
  return {
    details: { months: template.details.months, monthLabels: template.details.monthLabels },
    sections: template.sections.map((section) => ({ id: section.id, kind: section.kind, level: section.level, columns: section.kind === 'table' ? section.columns.length : null, rows: section.kind === 'table' ? section.rows.map((row) => row.filter((cell) => cell !== '').length) : null })),
    metrics: template.metrics.map(({ id, direction, target, decimals, key, unit, group }) => ({ id, direction, target, decimals, key, percent: unit === '%', grouped: group !== null })),
    people: template.people.map((person) => person.id),
    plannedPm: template.plannedPm,
    look: template.look,
  };
}

/** Every word a French or German template writes of its own, but EGI's agreement, which keeps the English name EGI gives it. */
function ownWords({ template }: ShippedTemplate): string {
  const { title, organisation, service, agreement } = template.details;
  const sections = template.sections.map((section) => [section.title, section.kind === 'text' || section.kind === 'table' ? section.text : '', section.kind === 'table' ? [section.columns, section.rows] : []]);
  const metrics = template.metrics.map(({ name, unit, group }) => [name, unit, group ?? '']);
  const people = template.people.map((person) => person.name);
  return stringsOf([template.name, template.description, title, organisation, service, agreement.includes('Operational Level Agreement') ? '' : agreement, sections, metrics, people]).join('\n');
}

const TRANSLATED = [...shippedTemplatesIn('fr'), ...shippedTemplatesIn('de')];

describe('the shipped templates in every language', () => {
  test('each shape ships in English, French and German, tagged en-GB, fr-FR, de-DE, the English one first', () => {
    expect(shippedTemplates().map(({ shape, language, template }) => `${language} ${template.details.language} ${shape}`)).toEqual(
      ['en en-GB', 'fr fr-FR', 'de de-DE'].flatMap((tags) => SHIPPED_SHAPES.map((shape) => `${tags} ${shape}`)),
    );
  });

  test.each(TRANSLATED.map((shipped) => [shipped.id, shipped] as const))('%s has its English template\'s shape: sections, metrics, targets, period, people, tables', (_id, shipped) => {
    const english = shippedTemplatesIn('en').find((other) => other.shape === shipped.shape)!;
    expect(shapeOf(shipped.template)).toEqual(shapeOf(english.template));
  });

  test.each(TRANSLATED.map((shipped) => [shipped.id, shipped] as const))('%s says nothing in English: its name, titles, starter text, columns, milestones, metrics, units and people', (_id, shipped) => {
    const language = shipped.language as 'fr' | 'de';
    expect(englishTemplateWordsIn(ownWords(shipped), language)).toEqual([]);
    // A drafted part under its usual title takes the document catalogue's, in its language.
    for (const section of shipped.template.sections) if (isDraftedKind(section.kind) && shipped.shape === 'egi-ola-service-report') expect(section.title).toBe(defaultTitle(section.kind, shipped.template.details.language));
  });

  test('the check finds English where it is left: an English milestone in the French project template', () => {
    const project = shippedTemplatesIn('fr').find((shipped) => shipped.shape === 'project-periodic-report')!;
    const leftInEnglish = { ...project, template: { ...project.template, description: `${project.template.description} Milestones due.` } };
    expect(englishTemplateWordsIn(ownWords(leftInEnglish), 'fr')).toEqual(['milestones', 'due']);
  });

  test('every unit the templates name is one Report Desk knows the range of, in every language, so an impossible figure is caught in each', () => {
    const units = new Set(shippedTemplates().flatMap(({ template }) => template.metrics.map((metric) => metric.unit)));
    expect([...units].filter((unit) => unitRange(unit) === null)).toEqual([]);
    expect([...units].sort()).toEqual(['%', 'Arbeitstage', 'Nutzer', 'Stunden', 'Störungen', 'Veranstaltungen', 'events', 'heures', 'hours', 'incidents', 'jours ouvrés', 'sessions', 'users', 'utilisateurs', 'working days']);
  });

  test('a template is found by its name in any language, case and accents aside', () => {
    const templates = shippedTemplates().map(({ template }) => template);
    expect(templatesNamed(templates, 'rapport periodique de PROJET').map((template) => template.details.language)).toEqual(['fr-FR']);
    expect(templatesNamed(templates, 'service-quartalsbericht').map((template) => template.name)).toEqual(['Service-Quartalsbericht']);
  });

  test('a language is named as a person names it: its code, its tag, its name in English or in itself', () => {
    expect(['fr', 'FR', 'French', 'français', 'Francais'].map((text) => documentLanguageNamed(text))).toEqual(Array(5).fill({ language: 'fr', tag: 'fr-FR' }));
    expect(documentLanguageNamed('Deutsch')).toEqual({ language: 'de', tag: 'de-DE' });
    expect(documentLanguageNamed('fr-BE')).toEqual({ language: 'fr', tag: 'fr-BE' });
    expect(documentLanguageNamed('en')).toEqual({ language: 'en', tag: 'en-GB' });
    expect([documentLanguageNamed('it'), documentLanguageNamed('Italian'), documentLanguageNamed('it-IT'), documentLanguageNamed('')]).toEqual([null, null, null, null]);
  });
});

describe('the language the start screen offers them in first', () => {
  const recent = (...languages: (string | null)[]): RecentReports => ({ removed: [], reports: languages.map((language, index) => ({ path: `/r${index}.rdesk`, name: `r${index}.rdesk`, title: null, period: null, language, modified: '2026-01-01T00:00:00.000Z', problem: language === null ? 'damaged' : null })) });

  test('at launch the last readable report\'s, from the File menu the open report\'s, English without either', () => {
    expect(preferredTemplateLanguage('en-GB', true, recent(null, 'fr-BE', 'de-DE'))).toBe('fr');
    expect(preferredTemplateLanguage('de-AT', false, recent('fr-FR'))).toBe('de');
    expect(preferredTemplateLanguage('en-GB', true, recent())).toBe('en');
    expect(preferredTemplateLanguage('en-GB', true, null)).toBe('en');
    // A report in a language without templates of its own is offered the English ones.
    expect(preferredTemplateLanguage('en-GB', true, recent('it-IT'))).toBe('en');
  });
});

describe('a report from a French or German template', () => {
  test('is in its language from the first draft: the drafted parts say so in it, the starter text is the template\'s', () => {
    const french = reportFromTemplate(shippedTemplatesIn('fr').find((shipped) => shipped.shape === 'quarterly-service-report')!.template, { start: '2026-01', name: null });
    expect(french.meta.language).toBe('fr-FR');
    const texts = french.sections.map((section) => `${section.title}: ${textOfSection(french, section)}`);
    expect(texts[0]).toMatch(/^Synthèse: /);
    expect(texts[2]).toMatch(/^Incidents: \[Pour chaque incident majeur du trimestre\u202f: /);
    expect(englishTemplateWordsIn(texts.join('\n'), 'fr')).toEqual([]);
    const german = reportFromTemplate(shippedTemplatesIn('de').find((shipped) => shipped.shape === 'egi-ola-service-report')!.template, { start: null, name: null });
    expect(german.sections.map((section) => section.title)).toEqual(['Aufwand', 'Überblick über die Tätigkeiten im Berichtszeitraum', 'Leistung gemessen an den Servicezielen', 'Probleme im Berichtszeitraum', 'Geplante Maßnahmen', 'Vorgesehene Tätigkeiten und Änderungen']);
    expect(englishTemplateWordsIn(german.sections.map((section) => textOfSection(german, section)).join('\n'), 'de')).toEqual([]);
  });
});
