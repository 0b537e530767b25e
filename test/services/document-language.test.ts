// A report written in French or German gets a document in French or German: every word the app
// writes (title block, headings, drafts, table, note, captions, footnotes, charts, footer) from
// that language's catalogue, its numbers with a decimal comma. Read back from the .docx itself.
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, test } from 'vitest';
import { buildWordDocument } from '../../electron/services/word/word-export';
import { effortChart, metricCharts } from '../../shared/chart-config';
import { findPrompts, promptsWarning } from '../../shared/draft-prompts';
import { documentWords } from '../../shared/i18n/document-words';
import type { Report } from '../../shared/report-schema';
import { seedFiguresIn, personsWords, type SeedLanguage } from '../fixtures/seed-in-language';
import { englishWordsIn } from '../support/english-words';

/** Every text of the package a reader meets: runs of every part, alt texts and titles of images, the document's properties. */
async function documentText(report: Report): Promise<{ all: string; body: string }> {
  const buffer = await buildWordDocument(report, { includeCharts: true });
  const zip = await JSZip.loadAsync(buffer);
  const parts = Object.keys(zip.files).filter((path) => /^word\/(document|footnotes|header\d*|footer\d*)\.xml$/.test(path) || path === 'docProps/core.xml');
  const texts = await Promise.all(
    parts.map(async (path) => {
      const xml = await zip.file(path)!.async('string');
      const runs = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]);
      const attributes = [...xml.matchAll(/ (?:descr|title)="([^"]*)"/g)].map((match) => match[1]);
      const properties = [...xml.matchAll(/<dc:(?:title|subject|description)>([^<]*)</g)].map((match) => match[1]);
      return [...runs, ...attributes, ...properties].join('\n');
    }),
  );
  const { value } = await mammoth.extractRawText({ buffer });
  return { all: texts.join('\n'), body: value };
}

/** The text of every chart the report draws: titles, legends, axes. */
function chartTexts(report: Report): string {
  const charts = [...metricCharts(report), effortChart(report)];
  return charts
    .flatMap(({ config }) => {
      const options = config.options as { plugins?: { title?: { text?: string } }; scales?: Record<string, { title?: { text?: string } }> };
      return [
        options.plugins?.title?.text ?? '',
        ...(config.data.datasets ?? []).map((dataset) => dataset.label ?? ''),
        ...Object.values(options.scales ?? {}).map((scale) => scale.title?.text ?? ''),
        ...(config.data.labels ?? []).flat().map(String),
      ];
    })
    .join('\n');
}

describe.each(['fr-FR', 'de-DE'] as const)('a report in %s', (language: SeedLanguage) => {
  const report = seedFiguresIn(language);

  test('its document holds no word of the English catalogue, and no figure with a decimal point', async () => {
    const { all, body } = await documentText(report);
    expect(englishWordsIn(all, personsWords(language))).toEqual([]);
    expect(all.match(/.{0,30}\d\.\d.{0,30}/g) ?? []).toEqual([]);
    // The drafts said what they had to: the misses and their notes are in the body.
    expect(body).toContain(personsWords(language)[9]!);
  });

  test('its charts are drawn in its words', () => {
    const text = chartTexts(report);
    expect(englishWordsIn(text, personsWords(language))).toEqual([]);
    expect(text).not.toMatch(/\d\.\d/);
  });

  test('the command line warns of a prompt in its words', () => {
    const warnings = findPrompts(report).map((found) => promptsWarning(found, documentWords(language)));
    expect(warnings).toHaveLength(1);
    expect(englishWordsIn(warnings.join(' '), personsWords(language))).toEqual([]);
  });
});

describe('the check itself', () => {
  test('finds the English catalogue in an English document of the same figures', async () => {
    const { all } = await documentText(seedFiguresIn('en-GB'));
    expect(englishWordsIn(all, personsWords('en-GB'))).toEqual(expect.arrayContaining(['against', 'average', 'target', 'persons']));
  });
});

describe('the French and German documents read as their writers write', () => {
  test('French: the effort sentence, the summary, the narrow no-break spaces and « » quotes', async () => {
    const { body } = await documentText(seedFiguresIn('fr-FR'));
    expect(body).toContain('L’effort global du CNRS est de 12 PM sur les 6 derniers mois, réparti entre 3 personnes\u202f:');
    expect(body).toContain('Disponibilité\u202f: objectif atteint 5 mois sur 6, moyenne sur la période 99,30\u202f%');
    expect(body).toContain('mars 2025\u202f: Disponibilité à 97,20\u202f%, pour un objectif de 99\u202f%\u202f: panne de stockage au centre de données le 12 mars');
    expect(body).toContain('Les problèmes et les mesures prévues sont décrits aux sections 4 et 5.');
    expect(body).toContain('févr. 2025 Priorité du support vu\u202f: [décrire la mesure prévue]');
    expect(body).toContain('Période\u202f: janvier – juin 2025');
    // "1 jour ouvré": the person's unit agrees with a figure that takes the singular.
    expect(body).toContain('Priorité du support vu à 2,8\u00a0jours ouvrés, pour un objectif de 1\u00a0jour ouvré');
    expect(body).toContain('«\u202fPériode précédente\u202f» donne la moyenne de la période antérieure (juillet – décembre 2024).');
  });

  test('German: the effort sentence, the summary, decimal commas and the period', async () => {
    const { body } = await documentText(seedFiguresIn('de-DE'));
    expect(body).toContain('Der Gesamtaufwand für CNRS beträgt 12 PM in den letzten 6 Monaten, verteilt auf 3 Personen:');
    expect(body).toContain('Verfügbarkeit: Zielwert in 5 von 6 Monaten erreicht, Mittelwert im Berichtszeitraum 99,30\u00a0%');
    expect(body).toContain('Die Probleme und die geplanten Maßnahmen sind in den Abschnitten 4 und 5 beschrieben.');
    expect(body).toContain('Zeitraum: Januar – Juni 2025');
    expect(body).toContain('Feb. 2025: Support-Priorität vu 2,8\u00a0Arbeitstage (Zielwert: 1\u00a0Arbeitstag)');
    expect(body).toContain('„Vorheriger Zeitraum“ ist der Mittelwert des Zeitraums davor (Juli – Dezember 2024).');
  });
});
