// The new command through the real command line: a report from a template named as a person
// types it (shipped, or their own from the app's folder) or given as a file; one line listing
// the templates when none matches. And the warnings validate, export and import print for a
// figure its unit cannot hold (100.78 %, -2 working days), which never stop them.
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, inject, test } from 'vitest';
import JSZip from 'jszip';
import { readReportText, writeReportText } from '../../shared/report-file';
import type { Report } from '../../shared/report-schema';
import { writeTemplateText } from '../../shared/templates/template-file';
import { templateFromReport } from '../../shared/templates/template-building';
import { redraftSection } from '../../shared/section-text';
import { parseArguments } from '../../electron/cli-arguments';
import { SHIPPED_TEMPLATES_DIR } from '../../scripts/make-templates';
import { seedReport } from '../fixtures/seed';
import { REPO, expectOneLineFailure, spawnRun, type Run } from './cli-run';

let folder: string;
let userData: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'report-desk-new-'));
  userData = join(folder, 'userData');
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** The command line with this test's own app data, where the person's templates are. */
function cli(...args: string[]): Promise<Run> {
  return spawnRun(process.execPath, [inject('cliEntry'), ...args], REPO, { REPORT_DESK_USER_DATA: userData });
}

async function readReport(path: string): Promise<Report> {
  const read = readReportText(await readFile(path, 'utf8'));
  if (!read.ok) throw new Error(read.message);
  return read.report;
}

describe('new starts a report from a template', () => {
  test('a shipped template by its name, case and accents aside, for the period given: its shape, no figures', async () => {
    const out = join(folder, 'Q1.rdesk');
    const run = await cli('new', '--template', 'QUARTERLY  Sérvice report', '--out', out, '--period-start', '01/2026');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe(`Created ${out} from the shipped template "Quarterly service report" (5 sections · 5 metrics): "Quarterly service report", January – March 2026, no figures yet`);
    expect(run.stdout).toContain("Section 3, Incidents, still holds the template's starter text, not yet reviewed");
    const report = await readReport(out);
    expect(report.meta.period).toEqual({ start: '2026-01', months: 3, name: null });
    expect(report.sections.map((section) => section.title)).toEqual(['Summary', 'Service performance', 'Incidents', 'Changes delivered', 'Plans for next quarter']);
    expect(report.metrics.every((metric) => metric.values.every((value) => value === null))).toBe(true);
  });

  test('in French or German: a shipped template by its French name, or by any name with --language; another template\'s report put in the language asked', async () => {
    const french = join(folder, 'T1.rdesk');
    const run = await cli('new', '--template', 'rapport de service TRIMESTRIEL', '--out', french, '--period-start', '2026-01');
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe(`Created ${french} from the shipped template "Rapport de service trimestriel" (5 sections · 5 metrics): "Rapport de service trimestriel", January – March 2026, no figures yet`);
    const report = await readReport(french);
    expect(report.meta.language).toBe('fr-FR');
    expect(report.sections.map((section) => section.title)).toEqual(['Synthèse', 'Performance du service', 'Incidents', 'Évolutions livrées', 'Prévisions pour le trimestre suivant']);
    const german = join(folder, 'Q1.rdesk');
    expect((await cli('new', '--template', 'quarterly-service-report', '--language', 'Deutsch', '--out', german)).stdout).toContain('from the shipped template "Service-Quartalsbericht"');
    expect((await readReport(german)).metrics.map((metric) => metric.name)).toEqual(['Verfügbarkeit', 'Größere Störungen', 'Erstreaktionszeit P1', 'Erstreaktionszeit P2', 'Erstreaktionszeit P3']);
    // The person's own template, in English: its drafts and the app's titles in French, its own words kept.
    await mkdir(join(userData, 'Templates'), { recursive: true });
    await writeFile(join(userData, 'Templates', 'Mine.rdesk-template'), writeTemplateText(templateFromReport(seedReport(), { name: 'Portal OLA', keepWords: new Set() })));
    const own = join(folder, 'own.rdesk');
    expect((await cli('new', '--template', 'Portal OLA', '--language', 'fr-BE', '--out', own)).code).toBe(0);
    const ownReport = await readReport(own);
    expect(ownReport.meta).toMatchObject({ language: 'fr-BE', title: 'Operations Portal OLA report' });
    expect(ownReport.sections.map((section) => section.title)).toEqual(['Effort', 'Vue d’ensemble de l’activité sur la période', 'Performance au regard des objectifs de service', 'Problèmes rencontrés sur la période', 'Mesures prévues', 'Activités et changements prévus']);
  });

  test('a template file anywhere, named by its path, with the period\'s own name; then validated and exported', async () => {
    const out = join(folder, 'project.rdesk');
    const run = await cli('new', '--template', join(SHIPPED_TEMPLATES_DIR, 'project-periodic-report.rdesk-template'), '--out', out, '--period-start', '2026-01', '--name', 'Reporting period 1');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('"Periodic technical report", Reporting period 1, no figures yet');
    const report = await readReport(out);
    report.effort.people = report.effort.people.map((person, index) => ({ ...person, pm: [8, 5.5, 3][index]! }));
    report.metrics = report.metrics.map((metric) => ({ ...metric, values: metric.values.map((_, month) => (metric.unit === '%' ? 97.5 + month / 2 : 400 + month * 40)) }));
    await writeFile(out, writeReportText(report));
    const docx = join(folder, 'project.docx');
    const exported = await cli('export', out, '--out', docx, '--no-charts');
    expect(exported.code).toBe(0);
    const document = await (await JSZip.loadAsync(await readFile(docx))).file('word/document.xml')!.async('string');
    for (const heading of ['Use of resources', 'Key performance indicators', 'Milestones', 'Deviations from the work plan', 'Corrective actions', 'MS2 Services in production']) expect(document).toContain(heading);
    expect(document).toContain('The global effort is 16.5 PM for the last 6 months against 36 PM planned');
  });

  test('one of the person\'s own templates, kept in the app\'s folder, by its name; theirs before a shipped one of the same name', async () => {
    await mkdir(join(userData, 'Templates'), { recursive: true });
    const own = templateFromReport(seedReport(), { name: 'Quarterly service report', keepWords: new Set() });
    await writeFile(join(userData, 'Templates', 'Mine.rdesk-template'), writeTemplateText(own));
    const out = join(folder, 'mine.rdesk');
    const run = await cli('new', '--template', 'quarterly service report', '--out', out, '--period-start', '2026-01');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('from your template "Quarterly service report" (6 sections · 4 metrics · 3 people)');
    expect((await readReport(out)).effort.people.map((person) => person.name)).toEqual(['Cyril Flieller', 'Cyril L’Orphelin', 'Pierre Frebault']);
  });

  test('no template of that name: one line listing the shipped ones and the person\'s, nothing written', async () => {
    await mkdir(join(userData, 'Templates'), { recursive: true });
    await writeFile(join(userData, 'Templates', 'Mine.rdesk-template'), writeTemplateText(templateFromReport(seedReport(), { name: 'Portal OLA', keepWords: new Set() })));
    const run = await cli('new', '--template', 'Quaterly', '--out', join(folder, 'x.rdesk'));
    expectOneLineFailure(run, /^report-desk: no template is named "Quaterly"; the templates are "EGI OLA service report", "Quarterly service report" and "Project periodic report" \(shipped with Report Desk, each also in French and German: add --language fr or --language de\), and yours: "Portal OLA"\. Or give a template file \(\.rdesk-template\)\.$/);
    expect(await readdir(folder)).toEqual(['userData']);
  });

  test('a report given as the template is refused for what it is; an --out already there is kept unless --force', async () => {
    const report = join(folder, 'seed.rdesk');
    await writeFile(report, writeReportText(seedReport()));
    expectOneLineFailure(await cli('new', '--template', report, '--out', join(folder, 'x.rdesk')), /This is a Report Desk report, not a template/);
    const out = join(folder, 'taken.rdesk');
    await writeFile(out, 'mine');
    expectOneLineFailure(await cli('new', '--template', 'EGI OLA service report', '--out', out), /taken\.rdesk already exists; choose another name, or add --force to replace it/);
    expect(await readFile(out, 'utf8')).toBe('mine');
    expect((await cli('new', '--template', 'EGI OLA service report', '--out', out, '--force')).code).toBe(0);
  });

  test('its words: --template and --out are needed, --period-start is read as people write months', () => {
    expect(() => parseArguments(['new', '--out', 'x.rdesk'])).toThrow('"new" needs --template <name or file>');
    expect(() => parseArguments(['new', '--template', 'EGI OLA service report'])).toThrow('"new" needs --out <new.rdesk>');
    expect(parseArguments(['new', '--template', 'X', '--out', 'x.rdesk', '--period-start', 'January 2026'])).toEqual({ command: 'new', template: 'X', out: 'x.rdesk', force: false, start: '2026-01', name: null, language: null });
    expect(parseArguments(['new', '--template', 'X', '--out', 'x.rdesk', '--language', 'Français'])).toMatchObject({ language: { language: 'fr', tag: 'fr-FR' } });
    // next-period's name for the same thing is taken too, and next-period takes new's; both at once is one too many.
    expect(parseArguments(['new', '--template', 'X', '--out', 'x.rdesk', '--start', '2026-04'])).toMatchObject({ start: '2026-04' });
    expect(parseArguments(['next-period', 'a.rdesk', '--out', 'b.rdesk', '--period-start', '07/2026'])).toMatchObject({ start: '2026-07' });
    expect(() => parseArguments(['new', '--template', 'X', '--out', 'x.rdesk', '--start', '2026-04', '--period-start', '2026-04'])).toThrow('--start and --period-start say the same thing');
    expect(parseArguments(['new', '--template', 'X', '--out', 'x.rdesk', '--language', 'de-AT'])).toMatchObject({ language: { language: 'de', tag: 'de-AT' } });
    expect(() => parseArguments(['new', '--template', 'X', '--out', 'x.rdesk', '--language', 'Italian'])).toThrow('--language takes a language the document can be written in: en, fr or de (English, French, German, or a tag such as fr-BE), not "Italian"');
    expect(() => parseArguments(['new', '--template', 'X', '--out', 'x.rdesk', '--period-start', 'soon'])).toThrow(/--period-start: /);
  });
});

describe('a figure its unit cannot hold, on the command line', () => {
  /** The seed with Availability at 100.78 % in M3 and a very-urgent response of -2 working days in M2, as another tool might write it. */
  async function impossible(): Promise<string> {
    const report = seedReport();
    report.metrics.find((metric) => metric.id === 'availability')!.values[2] = 100.78;
    report.metrics.find((metric) => metric.id === 'support-vu')!.values[1] = -2;
    const path = join(folder, 'impossible.rdesk');
    // The overview back to the app's draft, which follows the figures (the seed's is its authors' words).
    await writeFile(path, writeReportText(redraftSection(report, 'overview')));
    return path;
  }

  const WARNINGS = [
    ': warning: %s: M2 Support priority vu: -2 working days is negative; it is kept, and not checked against its target until it is corrected',
    ': warning: %s: M3 Availability: 100.78 % is more than 100 %; it is kept, and not checked against its target until it is corrected',
  ];

  test('validate and export name each with its metric and month on stderr, and still succeed; the document marks them, never as met', async () => {
    const path = await impossible();
    const validated = await cli('validate', path);
    expect(validated.code).toBe(0);
    expect(validated.stderr.trim().split('\n')).toEqual(WARNINGS.map((line) => `report-desk${line.replace('%s', path)}`));
    const docx = join(folder, 'impossible.docx');
    const exported = await cli('export', path, '--out', docx, '--no-charts');
    expect(exported.code).toBe(0);
    expect(exported.stderr).toContain(`report-desk: warning: ${path}: M3 Availability: 100.78 % is more than 100 %`);
    const document = await (await JSZip.loadAsync(await readFile(docx))).file('word/document.xml')!.async('string');
    expect(document).toContain('100.78†');
    expect(document).toContain('Values marked † are outside what their unit can hold and are not checked against their target.');
    expect(document).not.toContain('No problems encountered during the period.');
    expect(document).toContain('M3 Availability: 100.78 % is more than 100 %');
  });

  test('import brings them in as given, and names each', async () => {
    const report = join(folder, 'start.rdesk');
    await writeFile(report, writeReportText({ ...seedReport(), meta: { ...seedReport().meta, period: { start: '2025-01', months: 6, name: null } } }));
    const csv = join(folder, 'figures.csv');
    await writeFile(csv, 'Month,Availability,vu\n2025-03,100.78,\n2025-02,,-2\n');
    const out = join(folder, 'imported.rdesk');
    const run = await cli('import', report, csv, '--out', out);
    expect(run.code).toBe(0);
    expect(run.stderr.trim().split('\n')).toEqual([
      `report-desk: warning: ${out}: M3 Availability: 100.78 % is more than 100 %; it is imported as given, and not checked against its target until it is corrected`,
      `report-desk: warning: ${out}: M2 Support priority vu: -2 working days is negative; it is imported as given, and not checked against its target until it is corrected`,
    ]);
    const imported = await readReport(out);
    expect(imported.metrics.find((metric) => metric.id === 'availability')!.values[2]).toBe(100.78);
  });

  test('in the report’s language, as its other warnings about the document: validate in French, import in German', async () => {
    const path = await impossible();
    const french = join(folder, 'impossible-fr.rdesk');
    const read = readReportText(await readFile(path, 'utf8'));
    if (!read.ok) throw new Error(read.message);
    await writeFile(french, writeReportText({ ...read.report, meta: { ...read.report.meta, language: 'fr-FR' } }));
    const validated = await cli('validate', french);
    expect(validated.code).toBe(0);
    expect(validated.stderr.trim().split('\n')).toEqual([
      `report-desk: warning: ${french}: M2 Support priority vu\u202f: -2\u00a0working days est négatif\u202f; la valeur est conservée, mais elle ne sera comparée à son objectif qu’une fois corrigée`,
      `report-desk: warning: ${french}: M3 Availability\u202f: 100,78\u202f% est supérieur à 100\u202f%\u202f; la valeur est conservée, mais elle ne sera comparée à son objectif qu’une fois corrigée`,
    ]);

    const german = join(folder, 'start-de.rdesk');
    await writeFile(german, writeReportText({ ...seedReport(), meta: { ...seedReport().meta, language: 'de-DE', period: { start: '2025-01', months: 6, name: null } } }));
    const csv = join(folder, 'figures.csv');
    await writeFile(csv, 'Month,Availability\n2025-03,100.78\n');
    const out = join(folder, 'imported-de.rdesk');
    const run = await cli('import', german, csv, '--out', out);
    expect(run.code).toBe(0);
    expect(run.stderr.trim().split('\n')).toEqual([`report-desk: warning: ${out}: M3 Availability: 100,78\u00a0% ist größer als 100\u00a0%; der Wert wird unverändert importiert, aber erst nach der Korrektur mit seinem Zielwert verglichen`]);
  });
});
