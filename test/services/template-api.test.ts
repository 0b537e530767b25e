// The templates' part of the Api over real temp folders: the list, reading from each place, the
// person's folder kept, replaced only when they say so, exported where they choose, removed by
// name; paths the page names and was never handed are refused before the disk is touched, and
// arguments that are not a template or a name are refused before any service sees them.
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { dispatchApiCall } from '../../shared/api';
import { createReportApi, type ReportApi } from '../../electron/services/report-api';
import { readTemplateFile } from '../../electron/services/template-files';
import { shippedTemplates } from '../../shared/templates/shipped-templates';
import { templateFromReport } from '../../shared/templates/template-building';
import { writeTemplateText } from '../../shared/templates/template-file';
import type { Template } from '../../shared/templates/template-schema';
import type { DocumentLanguage } from '../../shared/i18n/document-language';
import { seedReport } from '../fixtures/seed';
import { quietPlatform } from '../support/quiet-platform';

let folder: string;
let templatesDir: string;
const answers: { templateFile: string | null; exportPath: string | null; asked: string[] } = { templateFile: null, exportPath: null, asked: [] };

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'template-api-'));
  templatesDir = join(folder, 'userData', 'Templates');
  Object.assign(answers, { templateFile: null, exportPath: null, asked: [] });
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

function api(): ReportApi {
  return createReportApi({
    ...quietPlatform(folder),
    templatesDir,
    chooseTemplateFile: async () => answers.templateFile,
    chooseTemplateExportPath: async (suggested) => {
      answers.asked.push(suggested);
      return answers.exportPath;
    },
  });
}

function seedTemplate(name = 'Portal OLA'): Template {
  return templateFromReport(seedReport(), { name, description: 'Our semester report', keepWords: new Set() });
}

describe('the list', () => {
  test('the shipped templates with their shapes, and the person\'s own by name; one that cannot be read is listed with why, to be removed', async () => {
    const served = api();
    expect(await served.listTemplates()).toMatchObject({ kind: 'templates', own: [] });
    expect((await served.listTemplates()).shipped.map((summary) => [summary.ref, summary.shape, summary.language])).toEqual([
      [{ kind: 'shipped', id: 'egi-ola-service-report' }, '6 sections · 6 metrics', 'en-GB'],
      [{ kind: 'shipped', id: 'quarterly-service-report' }, '5 sections · 5 metrics', 'en-GB'],
      [{ kind: 'shipped', id: 'project-periodic-report' }, '10 sections · 4 metrics · 3 people', 'en-GB'],
      [{ kind: 'shipped', id: 'rapport-de-service-ola-egi' }, '6 sections · 6 metrics', 'fr-FR'],
      [{ kind: 'shipped', id: 'rapport-de-service-trimestriel' }, '5 sections · 5 metrics', 'fr-FR'],
      [{ kind: 'shipped', id: 'rapport-periodique-de-projet' }, '10 sections · 4 metrics · 3 people', 'fr-FR'],
      [{ kind: 'shipped', id: 'egi-ola-servicebericht' }, '6 sections · 6 metrics', 'de-DE'],
      [{ kind: 'shipped', id: 'service-quartalsbericht' }, '5 sections · 5 metrics', 'de-DE'],
      [{ kind: 'shipped', id: 'periodischer-projektbericht' }, '10 sections · 4 metrics · 3 people', 'de-DE'],
    ]);
    expect(await served.saveTemplate({ template: seedTemplate(), replace: false })).toEqual({ kind: 'saved-template', path: join(templatesDir, 'Portal OLA.rdesk-template') });
    await writeFile(join(templatesDir, 'Broken.rdesk-template'), '{"format": "report-desk/template"');
    await writeFile(join(templatesDir, 'notes.txt'), 'not a template');
    const own = (await served.listTemplates()).own;
    expect(own.map((summary) => [summary.name, summary.shape, summary.problem])).toEqual([
      ['Broken', '', 'The file is cut short or damaged: it is not complete JSON (it ends too soon).'],
      ['Portal OLA', '6 sections · 4 metrics · 3 people', null],
    ]);
  });
});

describe('the language the shipped templates are offered in', () => {
  test('none until the person chooses; their choice is kept for the next start (a new api on the same preferences); a language without a catalogue is refused', async () => {
    let kept: DocumentLanguage | null = null;
    const preferences = { read: () => kept, write: (language: DocumentLanguage) => (kept = language) };
    const first = createReportApi({ ...quietPlatform(folder), templatesDir, templateLanguage: preferences });
    expect((await first.listTemplates()).language).toBeNull();
    expect(await dispatchApiCall(first, 'rememberTemplateLanguage', ['fr'])).toEqual({ kind: 'done' });
    const next = createReportApi({ ...quietPlatform(folder), templatesDir, templateLanguage: preferences });
    expect((await next.listTemplates()).language).toBe('fr');
    await expect(dispatchApiCall(next, 'rememberTemplateLanguage', ['es'])).rejects.toThrow(/^Refused rememberTemplateLanguage/);
    expect(kept).toBe('fr');
  });
});

describe('reading a template', () => {
  test('a shipped one by id, one of the person\'s own by its file name, a file chosen in the dialog', async () => {
    const served = api();
    expect(await served.readTemplate({ kind: 'shipped', id: 'quarterly-service-report' })).toEqual({ kind: 'template', template: shippedTemplates()[1]!.template, fileName: null, notice: null });
    await served.saveTemplate({ template: seedTemplate(), replace: false });
    expect(await served.readTemplate({ kind: 'own', id: 'Portal OLA.rdesk-template' })).toMatchObject({ kind: 'template', template: seedTemplate(), fileName: 'Portal OLA.rdesk-template' });
    expect(await served.readTemplate({ kind: 'file' })).toEqual({ kind: 'cancelled' });
    answers.templateFile = join(templatesDir, 'Portal OLA.rdesk-template');
    expect(await served.readTemplate({ kind: 'file' })).toMatchObject({ kind: 'template', fileName: 'Portal OLA.rdesk-template' });
  });

  test('a file the system handed over is read; one the page names on its own is refused before the disk is touched', async () => {
    const path = join(folder, 'sent by a colleague.rdesk-template');
    await writeFile(path, writeTemplateText(seedTemplate()));
    const served = api();
    expect(await served.readTemplate({ kind: 'path', path })).toEqual({
      kind: 'failed',
      message: '"sent by a colleague.rdesk-template" was not read: Report Desk starts reports only from the templates you choose (from the list, with Choose a Template File…, or from your desktop).',
    });
    served.grantPath(path);
    expect(await served.readTemplate({ kind: 'path', path })).toMatchObject({ kind: 'template', fileName: 'sent by a colleague.rdesk-template' });
    // A report handed over is not read as a template, whatever the page asks.
    served.grantPath(join(folder, 'a report.rdesk'));
    expect(await served.readTemplate({ kind: 'path', path: join(folder, 'a report.rdesk') })).toMatchObject({ kind: 'failed' });
  });

  test('a file that is not a template is a sentence naming it', async () => {
    const path = join(folder, 'odd.rdesk-template');
    await writeFile(path, 'PK\u0003\u0004 a zip');
    answers.templateFile = path;
    expect(await api().readTemplate({ kind: 'file' })).toEqual({
      kind: 'failed',
      message: '"odd.rdesk-template" could not be used as a template. This is a Word document or another zip file, not a Report Desk template (.rdesk-template).',
    });
  });
});

describe('keeping, exporting and removing', () => {
  test('a template of a name already kept is replaced only when the person says so', async () => {
    const served = api();
    await served.saveTemplate({ template: seedTemplate(), replace: false });
    const other = { ...seedTemplate(), description: 'the second version' };
    expect(await served.saveTemplate({ template: other, replace: false })).toEqual({ kind: 'template-exists', name: 'Portal OLA' });
    expect((await readTemplateFile(join(templatesDir, 'Portal OLA.rdesk-template'))).ok && 'kept').toBe('kept');
    expect(await served.saveTemplate({ template: other, replace: true })).toMatchObject({ kind: 'saved-template' });
    const read = await readTemplateFile(join(templatesDir, 'Portal OLA.rdesk-template'));
    expect(read.ok && read.template.description).toBe('the second version');
  });

  test('a template too large to open again (a huge Word template inside) is not written, and says why and what to do', async () => {
    const base64 = 'A'.repeat(21 * 1024 * 1024);
    const wordTemplate = { fileName: 'Letterhead.dotx', sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', addedAt: '2026-01-09T08:05:03.000Z', lastSeenPath: null, base64 };
    const huge = { ...seedTemplate(), look: { ...seedTemplate().look, wordTemplate } };
    const result = await api().saveTemplate({ template: huge, replace: false });
    expect(result).toMatchObject({ kind: 'failed' });
    expect(result.kind === 'failed' && result.message).toMatch(/would take 21\.\d MB as a file, and Report Desk opens templates of up to 20 MB\. Remove the Word template .* Nothing was written\./);
    expect(await readdir(templatesDir).catch(() => [])).toEqual([]);
  });

  test('a name no file system takes still makes a file name; exported, the template goes where the person chose, with its extension', async () => {
    const served = api();
    expect(await served.saveTemplate({ template: seedTemplate('OLA: H1/H2 <draft>'), replace: false })).toEqual({ kind: 'saved-template', path: join(templatesDir, 'OLA H1 H2 draft.rdesk-template') });
    answers.exportPath = join(folder, 'to send');
    expect(await served.exportTemplate(seedTemplate())).toEqual({ kind: 'saved-template', path: join(folder, 'to send.rdesk-template') });
    expect(answers.asked).toEqual([join(folder, 'Portal OLA.rdesk-template')]);
    expect(await readFile(join(folder, 'to send.rdesk-template'), 'utf8')).toBe(writeTemplateText(seedTemplate()));
    answers.exportPath = null;
    expect(await served.exportTemplate(seedTemplate())).toEqual({ kind: 'cancelled' });
  });

  test('removing takes only a file of the person\'s folder, by its name', async () => {
    const served = api();
    await served.saveTemplate({ template: seedTemplate(), replace: false });
    expect(await served.removeTemplate('Portal OLA.rdesk-template')).toEqual({ kind: 'done' });
    expect(await readdir(templatesDir)).toEqual([]);
    expect(await served.removeTemplate('Portal OLA.rdesk-template')).toMatchObject({ kind: 'failed', message: expect.stringMatching(/^The template "Portal OLA" was not removed: /) });
    await mkdir(join(folder, 'elsewhere'));
    await writeFile(join(folder, 'elsewhere', 'x.rdesk-template'), 'kept');
    expect(await served.removeTemplate('..')).toMatchObject({ kind: 'failed' });
    expect(await readFile(join(folder, 'elsewhere', 'x.rdesk-template'), 'utf8')).toBe('kept');
  });

  test('the page cannot name a path as a template\'s id, nor send what is not a template', async () => {
    const served = api();
    await expect(dispatchApiCall(served, 'removeTemplate', ['../elsewhere/x.rdesk-template'])).rejects.toThrow('Refused removeTemplate: its arguments are not valid (must be a name, not a path)');
    await expect(dispatchApiCall(served, 'readTemplate', [{ kind: 'own', id: '/etc/passwd' }])).rejects.toThrow(/^Refused readTemplate/);
    await expect(dispatchApiCall(served, 'saveTemplate', [{ template: { ...seedTemplate(), metrics: [{ name: 'x' }] }, replace: false }])).rejects.toThrow(/^Refused saveTemplate/);
    await expect(dispatchApiCall(served, 'exportTemplate', [seedReport()])).rejects.toThrow(/^Refused exportTemplate/);
  });
});
