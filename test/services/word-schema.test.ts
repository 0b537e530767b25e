// Every exported document is checked against ECMA-376's transitional schemas (test/ooxml): the
// seed and the examples, with their charts and without, every export option, and a noted miss's
// footnotes. The layout tests check the documents they lay out, and the template tests theirs.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { readReportText } from '../../shared/report-file';
import { setFigureNote } from '../../shared/figure-notes';
import { refreshDrafts } from '../../shared/drafting';
import { buildWordDocument } from '../../electron/services/word/word-export';
import { describeProblems, schemaProblems } from '../support/ooxml-validation';
import { reportWithMisses } from '../fixtures/seed';

const EXAMPLES = fileURLToPath(new URL('../../assets/examples/', import.meta.url));

function example(name: string) {
  const read = readReportText(readFileSync(`${EXAMPLES}${name}`, 'utf8'));
  if (!read.ok) throw new Error(read.message);
  return read.report;
}

describe('the exported documents against the ECMA-376 transitional schemas', () => {
  test('the seed and the examples, with their charts and without, each export option, and noted misses all validate', async () => {
    const names = readdirSync(EXAMPLES).filter((name) => name.endsWith('.rdesk'));
    expect(names).toContain('seed-report.rdesk');
    const documents = [];
    for (const name of names) {
      const report = example(name);
      documents.push({ name, docx: await buildWordDocument(report, { includeCharts: true }) });
      documents.push({ name: `${name} without charts`, docx: await buildWordDocument(report, { includeCharts: false }) });
      const rowPerKey = { ...report, exportOptions: { ...report.exportOptions, groupStyle: 'sub-rows' as const, includePrevious: true } };
      documents.push({ name: `${name}, a row per key and the previous period`, docx: await buildWordDocument(rowPerKey, { includeCharts: false }) });
    }
    const noted = refreshDrafts(setFigureNote(reportWithMisses(), 'availability', 2, { happened: 'storage outage', measure: 'a second controller' }));
    documents.push({ name: 'noted misses', docx: await buildWordDocument(noted, { includeCharts: false }) });
    expect(describeProblems(await schemaProblems(documents))).toEqual([]);
  });

  test('a part the schema forbids is found, with the document, the part and the line', async () => {
    const files = unzipSync(await buildWordDocument(example('seed-report.rdesk'), { includeCharts: false }));
    // A table row without cells is well-formed XML, but no valid WordprocessingML; so is a run property out of place.
    files['word/document.xml'] = strToU8(strFromU8(files['word/document.xml']!).replace('<w:body>', '<w:body><w:tbl><w:tblPr/><w:tblGrid/><w:tr><w:trPr/></w:tr></w:tbl><w:b/>'));
    const problems = await schemaProblems([{ name: 'broken', docx: zipSync(files) }]);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((problem) => problem.document === 'broken' && problem.part === 'word/document.xml')).toBe(true);
    expect(problems[0]!.message).toMatch(/^line \d+: element .*Schemas validity error/);
  });

  test('markup compatibility is applied first: what mc:Ignorable names is dropped, an AlternateContent\'s Fallback kept', async () => {
    const files = unzipSync(await buildWordDocument(example('seed-report.rdesk'), { includeCharts: false }));
    const alternate =
      '<mc:AlternateContent><mc:Choice Requires="w14"><w14:unknownToTheSchema/></mc:Choice><mc:Fallback><w:p><w:r><w:t>fallback</w:t></w:r></w:p></mc:Fallback></mc:AlternateContent>';
    files['word/document.xml'] = strToU8(strFromU8(files['word/document.xml']!).replace('<w:body>', `<w:body>${alternate}<w:p w14:paraId="0A1B2C3D"><w14:ignoredElement/></w:p>`));
    expect(describeProblems(await schemaProblems([{ name: 'with extensions', docx: zipSync(files) }]))).toEqual([]);
    // Without the Fallback the AlternateContent's Choice is not WordprocessingML: the same part must fail.
    files['word/document.xml'] = strToU8(strFromU8(files['word/document.xml']!).replace('<w:body>', '<w:body><w14:unknownToTheSchema xmlns:w14="urn:not-ignorable"/>'));
    expect(await schemaProblems([{ name: 'unknown element', docx: zipSync(files) }])).not.toEqual([]);
  });
});
