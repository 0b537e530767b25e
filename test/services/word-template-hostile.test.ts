// A Word template is a file from elsewhere. Each hostile one, given to `export --reference-doc`
// (the command line's code, in process, on real temp files), is refused with one sentence that
// says what is wrong and writes nothing; what it refers to outside itself is left out and named.
import { copyFile, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCli } from '../../electron/cli-dispatch';
import { buildTemplate, layoutTemplates, withLyingPartSize } from '../support/word-templates';
import { describeProblems, schemaProblems } from '../support/ooxml-validation';
import { SEED_PATH } from '../fixtures/seed';

let folder: string;
let report: string;
let good: Uint8Array;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'report-desk-template-'));
  report = join(folder, 'seed.rdesk');
  await copyFile(SEED_PATH, report);
  good = await buildTemplate(layoutTemplates()['a4-logo']!);
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function exportWith(name: string, bytes: Uint8Array): Promise<{ code: number; out: string[]; err: string[]; written: boolean; docx: string }> {
  const template = join(folder, name);
  const docx = join(folder, `${name}.docx`);
  await writeFile(template, bytes);
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['export', report, '--out', docx, '--no-charts', '--reference-doc', template], { out: (line) => out.push(line), err: (line) => err.push(line) });
  const written = await stat(docx).then(
    () => true,
    () => false,
  );
  return { code, out, err, written, docx };
}

function withParts(bytes: Uint8Array, change: (parts: Record<string, Uint8Array>) => void): Uint8Array {
  const parts = unzipSync(bytes);
  change(parts);
  return zipSync(parts);
}

describe('a hostile template is refused with a sentence, and nothing is written', () => {
  test.each([
    ['a macro-enabled template, by its name', 'letterhead.dotm', () => good, /"letterhead\.dotm" cannot be used: it is a macro-enabled Word file \(\.docm, \.dotm\); macros are never run or carried/],
    [
      'a macro-enabled document named .docx',
      'renamed.docx',
      () => withParts(good, (parts) => (parts['[Content_Types].xml'] = strToU8(strFromU8(parts['[Content_Types].xml']!).replace('template.main+xml', 'template.macroEnabledTemplate.main+xml')))),
      /"renamed\.docx" cannot be used: it is a macro-enabled Word file; macros are never run or carried/,
    ],
    ['a template carrying a macro project', 'project.dotx', () => withParts(good, (parts) => (parts['word/vbaProject.bin'] = new Uint8Array([1, 2, 3]))), /"project\.dotx" cannot be used: it is a macro-enabled Word file/],
    [
      'a zip bomb that declares its size',
      'bomb.dotx',
      () => withParts(good, (parts) => (parts['word/media/huge.png'] = new Uint8Array(17 * 1024 * 1024))),
      /"bomb\.dotx" cannot be used: its part word\/media\/huge\.png declares 17 MB, more than the 16 MB a part may hold/,
    ],
    [
      'a zip bomb that lies about its size',
      'liar.dotx',
      () => withLyingPartSize(withParts(good, (parts) => (parts['word/styles.xml'] = strToU8(strFromU8(parts['word/styles.xml']!).replace('</w:styles>', `<!--${' '.repeat(4_000_000)}--></w:styles>`)))), 'word/styles.xml', 900),
      /"liar\.dotx" cannot be used: its part word\/styles\.xml inflates past the size it declares, as a zip bomb does; refused/,
    ],
    ['a file cut short', 'cut.dotx', () => good.subarray(0, Math.floor(good.length / 2)), /"cut\.dotx" cannot be used: the file is damaged: its ZIP package has no table of contents \(is it cut short\?\)/],
    ['a PDF named .docx', 'letter.docx', () => strToU8('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'), /"letter\.docx" cannot be used: it is not a Word document: a \.docx or \.dotx is a ZIP package, and this file is not one/],
    [
      'an Excel workbook named .dotx',
      'sheet.dotx',
      () => withParts(good, (parts) => (parts['[Content_Types].xml'] = strToU8(strFromU8(parts['[Content_Types].xml']!).replace('application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml')))),
      /"sheet\.dotx" cannot be used: it is an Excel workbook, not a Word document/,
    ],
    ['a Word 97–2003 document', 'old.doc', () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]), /"old\.doc" cannot be used: it is in the Word 97–2003 format; open it in Word or LibreOffice and save it as a Word Template \(\.dotx\)/],
    ['styles that are not XML', 'broken.dotx', () => withParts(good, (parts) => (parts['word/styles.xml'] = strToU8('<w:styles><w:style></w:styles>'))), /"broken\.dotx" cannot be used: the file is damaged: its part word\/styles\.xml is not well-formed XML \(line 1, column \d+: /],
    [
      'styles that declare entities (a billion laughs)',
      'laughs.dotx',
      () => withParts(good, (parts) => (parts['word/styles.xml'] = strToU8('<!DOCTYPE s [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">&b;</w:styles>'))),
      /"laughs\.dotx" cannot be used: the file is damaged: its part word\/styles\.xml is not well-formed XML/,
    ],
  ])('%s', async (_what, name, bytes, message) => {
    const run = await exportWith(name, bytes());
    expect(run.code).toBe(1);
    expect(run.out).toEqual([]);
    expect(run.err).toHaveLength(1);
    expect(run.err[0]).toMatch(/^report-desk: The Word template /);
    expect(run.err[0]).toMatch(message);
    expect(run.written).toBe(false);
  });

  test('a template that cannot be used leaves the document exported before as it was', async () => {
    const first = await exportWith('same.dotx', good);
    expect(first.code).toBe(0);
    const before = await readFile(first.docx);
    await writeFile(join(folder, 'same.dotx'), good.subarray(0, 100));
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(['export', report, '--out', first.docx, '--reference-doc', join(folder, 'same.dotx')], { out: (line) => out.push(line), err: (line) => err.push(line) });
    expect(code).toBe(1);
    expect(err[0]).toMatch(/the file is damaged/);
    expect(await readFile(first.docx)).toEqual(before);
  });
});

describe('what a template refers to outside itself', () => {
  test('a linked image and an attached template are left out and named; the document is exported, opens and validates', async () => {
    const linked = await buildTemplate({ ...layoutTemplates()['a4-logo']!, linkedImage: 'http://intranet.example/logo.png', attachedTemplate: 'file:///C:/Templates/Normal.dotm' });
    const run = await exportWith('linked.dotx', linked);
    expect(run.code).toBe(0);
    expect(run.out[0]).toMatch(/^Exported .*linked\.dotx\.docx in the Word template linked\.dotx \(given with --reference-doc\); each part took a style:$/);
    expect(run.out).toContain("  Section headings: the template's heading 1 (Heading1)");
    expect(run.err).toEqual([
      'report-desk: warning: template linked.dotx: Its settings: the attached template file:///C:/Templates/Normal.dotm was left out.',
      'report-desk: warning: template linked.dotx: Its header: the linked image http://intranet.example/logo.png was left out.',
    ]);
    const docx = await readFile(run.docx);
    const parts = unzipSync(docx);
    const relationships = Object.entries(parts).filter(([name]) => name.endsWith('.rels')).map(([, bytes]) => strFromU8(bytes)).join('');
    expect(relationships).not.toContain('intranet.example');
    expect(relationships).not.toContain('Normal.dotm');
    // The embedded logo stays; the linked one's picture is an empty frame, its link gone.
    expect(Object.values(parts).map((bytes) => strFromU8(bytes.subarray(0, 200_000))).join('')).not.toContain('r:link=');
    expect(describeProblems(await schemaProblems([{ name: 'linked', docx }]))).toEqual([]);
  });
});
