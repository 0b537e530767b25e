// The Word template a report keeps inside its file: read anew from its bytes on every use and
// never trusted (base64, digest, a template at all), exported in, or the app's own look with a
// sentence saying why; and the command line's export, which takes the report's own template
// unless --reference-doc gives another for the run, warning on stderr when it cannot be used.
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeReportText } from '../../shared/report-file';
import { oversizeReason, reportFileBytes } from '../../shared/report-size';
import { saveReportFile } from '../../electron/services/report-files';
import { exportWordFile } from '../../electron/services/word/word-export';
import type { ReportWordTemplate } from '../../shared/report-schema';
import { keptWordTemplate, readKeptWordTemplate, reportExportLook } from '../../electron/services/word/report-word-template';
import { readWordTemplate } from '../../electron/services/word/word-template-read';
import { buildTemplate, layoutTemplates } from '../support/word-templates';
import { describeProblems, schemaProblems } from '../support/ooxml-validation';
import { brokenTemplate } from '../support/kept-templates';
import { seedReport } from '../fixtures/seed';
import { cli } from './cli-run';
import { createReportApi } from '../../electron/services/report-api';
import { quietPlatform } from '../support/quiet-platform';

let folder: string;
let a4: Uint8Array;
let french: Uint8Array;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'report-desk-kept-template-'));
  a4 = await buildTemplate(layoutTemplates()['a4-logo']!);
  french = await buildTemplate(layoutTemplates().french!);
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

function kept(bytes: Uint8Array, name = 'EGI OLA report.dotx'): ReportWordTemplate {
  return keptWordTemplate(bytes, name, join(folder, name), new Date('2026-01-09T08:05:03Z'));
}

async function savedWith(name: string, template: ReportWordTemplate | null): Promise<string> {
  const path = join(folder, name);
  await writeFile(path, writeReportText({ ...seedReport(), wordTemplate: template }));
  return path;
}

function parts(docx: Buffer): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(docx)).map(([part, bytes]) => [part, part.startsWith('word/media/') ? '' : strFromU8(bytes)]));
}

describe('the template a report keeps is read anew from its bytes, never trusted', () => {
  test('kept whole, it reads as the file it was made from: the same styles for each part, its digest and where it was found', () => {
    const template = kept(a4);
    expect(template).toMatchObject({ fileName: 'EGI OLA report.dotx', addedAt: '2026-01-09T08:05:03.000Z', lastSeenPath: join(folder, 'EGI OLA report.dotx') });
    expect(template.sha256).toMatch(/^[0-9a-f]{64}$/);
    const fromFile = readWordTemplate(a4, 'EGI OLA report.dotx');
    const fromReport = readKeptWordTemplate(template);
    expect(fromReport.ok && fromFile.ok && fromReport.styleMap).toEqual(fromFile.ok && fromFile.styleMap);
    expect(fromReport.ok && fromReport.template.sha256).toBe(template.sha256);
  });

  test.each<[string, (template: ReportWordTemplate) => ReportWordTemplate, RegExp]>([
    ['a byte changed in the file', brokenTemplate, /^The Word template "EGI OLA report\.dotx" kept in this report cannot be used: its content in the report file does not match the digest saved with it, so it was damaged or changed outside Report Desk\.$/],
    ['the content cut short', (template) => ({ ...template, base64: template.base64.slice(0, 101) }), /kept in this report cannot be used: its content in the report file is damaged \(it is not a file written in base64\)/],
    ['characters base64 has not', (template) => ({ ...template, base64: `${template.base64.slice(0, 40)}!?${template.base64.slice(42)}` }), /is damaged \(it is not a file written in base64\)/],
    ['no content at all', (template) => ({ ...template, base64: '' }), /is damaged \(it is not a file written in base64\)/],
    [
      'bytes that match their digest but are not a template',
      () => kept(new TextEncoder().encode('Dear colleague, please find the template attached.')),
      /^The Word template "EGI OLA report\.dotx" kept in this report cannot be used: it is not a Word document/,
    ],
  ])('%s: a sentence naming it, and the app\'s own look for the export', (_case, change, expected) => {
    const template = change(kept(a4));
    const reading = readKeptWordTemplate(template);
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.problem).toMatch(expected);
    expect(reportExportLook({ wordTemplate: template })).toMatchObject({ template: null, reading: null, problem: expect.stringMatching(expected) as unknown });
  });

  test('a report without a template is in the app\'s own look, with nothing to say', () => {
    expect(reportExportLook({ wordTemplate: null })).toEqual({ template: null, reading: null, problem: null });
  });
});

describe('a template counts toward the report\'s size, and the message says so', () => {
  // Base64 of 21 MB: not a template anyone could read, but the size rule looks at its size first.
  const huge = (): ReportWordTemplate => ({ ...kept(a4, 'Letterhead with photos.dotx'), base64: 'A'.repeat(21 * 1024 * 1024) });

  test('a report over the limit with its template is neither saved nor exported, and the sentence says how much the template takes and what to do', async () => {
    const report = { ...seedReport(), wordTemplate: huge() };
    const path = join(folder, 'With photos.rdesk');
    await expect(saveReportFile(path, report)).rejects.toThrow(
      /^"With photos\.rdesk" was not saved: the report would take 21\.0 MB as a file, and Report Desk opens reports of up to 20 MB; its Word template "Letterhead with photos\.dotx", kept inside it, takes 21\.0 MB of that\. Choose a smaller Word template \(its pictures make most of its size\) or remove it in the report details, or split it into two reports .*and save again\. Nothing was written\.$/,
    );
    await expect(exportWordFile(join(folder, 'With photos.docx'), report, { includeCharts: false })).rejects.toThrow(/was not exported: .*its Word template "Letterhead with photos\.dotx", kept inside it, takes 21\.0 MB of that\. Choose a smaller Word template/);
    await expect(stat(path)).rejects.toThrow();
  }, 60_000);

  test('adding a template that would take the report past the limit is refused before the report changes', () => {
    const template = huge();
    const bytes = reportFileBytes({ ...seedReport(), wordTemplate: template });
    expect(oversizeReason(bytes, 'add-template', template)).toMatch(
      /^with it the report would take 21\.0 MB as a file, and Report Desk opens reports of up to 20 MB; its Word template "Letterhead with photos\.dotx", kept inside it, takes 21\.0 MB of that\. Make the template smaller \(its pictures make most of its size\) and choose it again\. The report is as it was$/,
    );
    expect(oversizeReason(reportFileBytes({ ...seedReport(), wordTemplate: kept(a4) }), 'add-template', kept(a4))).toBeNull();
  });
});

describe('through the Api, as the window asks', () => {
  test('a template chosen in main\'s dialog comes back kept as the report keeps it, with its styles; a macro-enabled file is refused with its sentence', async () => {
    const path = join(folder, 'Org letterhead.dotx');
    await writeFile(path, a4);
    const api = createReportApi(quietPlatform(folder, { wordTemplatePath: path }));
    const taken = await api.chooseWordTemplate({ lastSeenPath: null });
    expect(taken).toMatchObject({ kind: 'word-template', template: { fileName: 'Org letterhead.dotx', lastSeenPath: path, sha256: kept(a4).sha256 } });
    expect(taken.kind === 'word-template' && taken.styleMap.find((choice) => choice.part === 'Section headings')).toEqual({ part: 'Section headings', style: 'heading 1 (Heading1)', from: 'template' });
    const macros = join(folder, 'Macros.dotm');
    await writeFile(macros, a4);
    expect(await createReportApi(quietPlatform(folder, { wordTemplatePath: macros })).chooseWordTemplate({ lastSeenPath: null })).toEqual({
      kind: 'failed',
      message: expect.stringMatching(/^The Word template "Macros\.dotm" cannot be used: it is a macro-enabled Word file/) as unknown,
    });
    expect(await createReportApi(quietPlatform(folder)).chooseWordTemplate({ lastSeenPath: null })).toEqual({ kind: 'cancelled' });
  });

  test('the export of a report whose template is damaged is written in the app\'s look, and its answer says why', async () => {
    const out = join(folder, 'api-broken.docx');
    const api = createReportApi(quietPlatform(folder, { exportPath: out }));
    expect(await api.chooseWordExportPath({ title: 'x', period: seedReport().meta.period, reportPath: null })).toEqual({ kind: 'chosen', path: out });
    const answer = await api.exportWord({ report: { ...seedReport(), wordTemplate: brokenTemplate(kept(a4)) }, path: out });
    expect(answer).toEqual({ kind: 'exported', path: out, notice: expect.stringMatching(/kept in this report cannot be used: .*; the document is in Report Desk's own look\. Choose the template file again in the report details/) as unknown });
    expect(parts(await readFile(out))['word/styles.xml']).not.toContain('00603B');
  });

  test('the file where the template was last seen: read only where main read the report, offered when it changed, taken on asking', async () => {
    const templatePath = join(folder, 'Changing.dotx');
    await writeFile(templatePath, a4);
    const template = keptWordTemplate(a4, 'Changing.dotx', templatePath);
    const reportPath = await savedWith('changing.rdesk', template);
    const api = createReportApi(quietPlatform(folder));
    // Before main has read a report naming that place, the page cannot make it read there.
    expect(await api.takeWordTemplateFromDisk(templatePath)).toEqual({ kind: 'failed', message: expect.stringMatching(/^"Changing\.dotx" was not read: Report Desk reads a Word template only from a file you choose/) as unknown });
    expect(await api.checkWordTemplate(template)).toMatchObject({ kind: 'readable', onDisk: null });
    api.grantPath(reportPath);
    expect(await api.openReportAt(reportPath)).toMatchObject({ kind: 'opened' });
    // Unchanged: nothing to offer. Changed: offered, and taken with its new digest.
    expect(await api.checkWordTemplate(template)).toMatchObject({ kind: 'readable', onDisk: null });
    await writeFile(templatePath, french);
    expect(await api.checkWordTemplate(template)).toMatchObject({ kind: 'readable', onDisk: { path: templatePath, fileName: 'Changing.dotx' } });
    const newer = await api.takeWordTemplateFromDisk(templatePath);
    expect(newer).toMatchObject({ kind: 'word-template', template: { sha256: kept(french).sha256, lastSeenPath: templatePath } });
    // A damaged copy in the report is offered the file even where it is the same one.
    await writeFile(templatePath, a4);
    expect(await api.checkWordTemplate(brokenTemplate(template))).toMatchObject({ kind: 'unreadable', onDisk: { path: templatePath } });
    // Gone from disk: nothing to offer, and the report's own copy still serves.
    await rm(templatePath);
    expect(await api.checkWordTemplate(template)).toMatchObject({ kind: 'readable', onDisk: null });
  });
});

describe('the command line exports in the report\'s own template', () => {
  test('export takes the template the report keeps: its styles and headers, the style each part took on stdout', async () => {
    const report = await savedWith('kept.rdesk', kept(a4));
    const out = join(folder, 'kept.docx');
    const run = await cli('export', report, '--out', out, '--no-charts');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe(`Exported ${out} in the Word template EGI OLA report.dotx (the report's own); each part took a style:`);
    expect(run.stdout).toContain("  Section headings: the template's heading 1 (Heading1)");
    const docx = await readFile(out);
    const written = parts(docx);
    expect(written['word/styles.xml']).toContain('<w:color w:val="00603B"/>');
    expect(Object.entries(written).filter(([name]) => /^word\/template-header\d+\.xml$/.test(name)).map(([, xml]) => xml).join('')).toContain('Ref. EGI-OLA-2025-07');
    expect(describeProblems(await schemaProblems([{ name: 'kept', docx }]))).toEqual([]);
  });

  test('--reference-doc gives another template for this run; the report file is left as it was', async () => {
    const report = await savedWith('override.rdesk', kept(a4));
    const before = await readFile(report);
    const frenchPath = join(folder, 'modèle CNRS.dotx');
    await writeFile(frenchPath, french);
    const out = join(folder, 'override.docx');
    const run = await cli('export', report, '--out', out, '--no-charts', '--reference-doc', frenchPath);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe(`Exported ${out} in the Word template modèle CNRS.dotx (given with --reference-doc); each part took a style:`);
    expect(run.stdout).toContain("  Section headings: the template's heading 1 (Titre1)");
    expect(parts(await readFile(out))['word/document.xml']).toContain('<w:pStyle w:val="Titre1"/>');
    expect(await readFile(report)).toEqual(before);
  });

  test('a report whose template is damaged still exports, in the app\'s own look, with a warning on stderr that names it', async () => {
    const report = await savedWith('broken.rdesk', brokenTemplate(kept(a4)));
    const out = join(folder, 'broken.docx');
    const run = await cli('export', report, '--out', out, '--no-charts');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`Exported ${out}\n`);
    expect(run.stderr).toBe(
      'report-desk: warning: The Word template "EGI OLA report.dotx" kept in this report cannot be used: its content in the report file does not match the digest saved with it, so it was damaged or changed outside Report Desk; exported in Report Desk\'s own look (give the template with --reference-doc, or choose it again in the report details)\n',
    );
    const written = parts(await readFile(out));
    expect(written['word/styles.xml']).toContain('Arial');
    expect(written['word/styles.xml']).not.toContain('00603B');
    // validate reads the report as it is: a damaged template is the export's business, not a broken file.
    expect((await cli('validate', report)).code).toBe(0);
  });
});
