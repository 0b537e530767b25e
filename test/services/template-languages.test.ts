// A report started from a French or German shipped template, its figures entered and nothing of
// the template's words rewritten, exports in its language: the .docx read back holds the
// template's French or German titles, columns and starter text, the drafts in that language, the
// numbers with a decimal comma, and no English word of the catalogue or of the English templates.
import mammoth from 'mammoth';
import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { buildWordDocument } from '../../electron/services/word/word-export';
import { shippedTemplatesIn } from '../../shared/templates/shipped-templates';
import { reportFromTemplate } from '../../shared/templates/template-building';
import { refreshDrafts } from '../../shared/section-text';
import type { Report } from '../../shared/report-schema';
import { englishTemplateWordsIn } from '../support/english-words';

/** The template's report for January – June 2025 with figures: each metric a little above or below its target, one month missing it. */
function filledIn(language: 'fr' | 'de', shape: string): Report {
  const { template } = shippedTemplatesIn(language).find((shipped) => shipped.shape === shape)!;
  const report = reportFromTemplate(template, { start: '2025-01', name: null });
  report.metrics = report.metrics.map((metric) => {
    const target = metric.target ?? 1;
    const good = metric.direction === 'higher-is-better' ? (metric.unit === '%' ? Math.min(100, target + 0.42) : target * 1.5) : target / 2;
    const bad = metric.direction === 'higher-is-better' ? target * 0.9 : target * 1.5 + 0.25;
    return { ...metric, values: metric.values.map((_, month) => (month === 1 ? bad : good)) };
  });
  report.effort.people = report.effort.people.map((person, index) => ({ ...person, pm: [6.5, 4, 2.25][index] ?? 1 }));
  return refreshDrafts(report);
}

/** The document's words: every run of its body, footnotes, headers and footers, and the text mammoth reads. */
async function documentText(report: Report): Promise<{ runs: string; body: string }> {
  const buffer = await buildWordDocument(report, { includeCharts: false });
  const zip = await JSZip.loadAsync(buffer);
  const parts = Object.keys(zip.files).filter((path) => /^word\/(document|footnotes|header\d*|footer\d*)\.xml$/.test(path));
  const xml = await Promise.all(parts.map((path) => zip.file(path)!.async('string')));
  const runs = xml.flatMap((part) => [...part.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1])).join('\n');
  return { runs, body: (await mammoth.extractRawText({ buffer })).value };
}

describe.each([
  ['fr', 'quarterly-service-report', ['Rapport de service trimestriel', 'Synthèse', 'Performance du service', 'Évolutions livrées', 'Impact pour les utilisateurs', 'Prévisions pour le trimestre suivant', 'Délai de première réponse P1', 'févr. 2025', '3,42 heures', '0,92 heure\n']],
  ['fr', 'project-periodic-report', ['Rapport technique périodique', 'WP2 Exploitation des services', 'Jalon', 'Échéance', 'MS3 Premier atelier utilisateurs', 'Écarts par rapport au plan de travail', 'Sessions de formation', 'réparti entre 3 personnes']],
  ['de', 'egi-ola-service-report', ['OLA-Servicebericht', 'Aufwand', 'Verfügbarkeit', 'Support-Priorität lu', 'Arbeitstage']],
  ['de', 'project-periodic-report', ['Periodischer technischer Bericht', 'AP3 Verbreitung und Schulung', 'Meilenstein', 'Fällig', 'Abweichungen vom Arbeitsplan', 'Korrekturmaßnahmen', 'Schulungsveranstaltungen']],
] as const)('a report from the %s template of %s', (language, shape, expected) => {
  test('exports in its language: its titles, columns and drafts, decimal commas, no English', async () => {
    const report = filledIn(language, shape);
    const { runs, body } = await documentText(report);
    // Spaces as a reader sees them: French sets no-break ones before its units and colons.
    for (const words of expected) expect(body.replace(/[\u00a0\u202f]/g, ' ')).toContain(words);
    // EGI's agreement keeps the English name EGI gives it, in German as in the seed.
    expect(englishTemplateWordsIn(runs, language, report.meta.agreement.includes('Operational Level Agreement') ? [report.meta.agreement] : [])).toEqual([]);
    expect(runs.match(/.{0,30}\d\.\d.{0,30}/g) ?? []).toEqual([]);
    expect(runs).toMatch(/\d,\d/);
  });
});
