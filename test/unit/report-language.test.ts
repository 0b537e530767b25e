// Changing a report's language: the app's drafts follow it in one step, the titles the app gave
// follow it only when the person says so, and the person's own words never change.
import { describe, expect, test } from 'vitest';
import { changeReportLanguage, titlesToRename } from '../../shared/report-language';
import { createReport } from '../../shared/report-building';
import { editSection, sectionText } from '../../shared/section-text';
import { sectionById } from '../../shared/sections';
import { seedReport } from '../fixtures/seed';

describe('changing the report’s language', () => {
  test('redrafts every untouched draft in the new language and leaves the person’s text as written', () => {
    const seed = seedReport();
    const french = changeReportLanguage(seed, 'fr-FR', false);
    expect(sectionText(french, 'effort')).toBe('L’effort global du CNRS est de 12 PM sur les 6 derniers mois, réparti entre 3 personnes\u202f:');
    expect(sectionText(french, 'issues')).toBe('Néant');
    // The seed's overview and Foreseen text are the person's own.
    expect(sectionText(french, 'overview')).toBe(sectionText(seed, 'overview'));
    expect(sectionText(french, 'foreseen')).toBe(sectionText(seed, 'foreseen'));
    expect(french.sections.map((section) => section.title)).toEqual(seed.sections.map((section) => section.title));
  });

  test('renames, when asked, only the titles still as the app gave them', () => {
    const seed = editSection(seedReport(), 'measures', 'Our own plan.');
    const renamed = { ...seed, sections: seed.sections.map((section) => (section.id === 'foreseen' ? { ...section, title: 'Next semester' } : section)) };
    expect(titlesToRename(renamed, 'de-DE').map((change) => change.to)).toEqual(['Aufwand', 'Überblick über die Tätigkeiten im Berichtszeitraum', 'Leistung gemessen an den Servicezielen', 'Probleme im Berichtszeitraum', 'Geplante Maßnahmen']);
    const german = changeReportLanguage(renamed, 'de-DE', true);
    expect(german.sections.map((section) => section.title)).toEqual(['Aufwand', 'Überblick über die Tätigkeiten im Berichtszeitraum', 'Leistung gemessen an den Servicezielen', 'Probleme im Berichtszeitraum', 'Geplante Maßnahmen', 'Next semester']);
    expect(sectionById(german, 'measures')?.text).toBe('Our own plan.');
    // And back: a title the app gave in German is one the app gave.
    expect(changeReportLanguage(german, 'en-GB', true).sections[1]!.title).toBe('General overview of activity in the period');
  });

  test('a new report starts in its language: its title and sections named in it', () => {
    const report = createReport({ language: 'fr-FR' });
    expect(report.meta.title).toBe('Rapport d’activité');
    expect(report.sections.map((section) => section.title)).toEqual(['Effort', 'Vue d’ensemble de l’activité sur la période', 'Performance au regard des objectifs de service', 'Problèmes rencontrés sur la période', 'Mesures prévues', 'Activités et changements prévus']);
    expect(titlesToRename(report, 'de-DE')[0]).toEqual({ sectionId: null, from: 'Rapport d’activité', to: 'Tätigkeitsbericht' });
  });
});
