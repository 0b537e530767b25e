// The Word export in an organisation's template, read back from the .docx: which style each part
// takes and why, the template's page, headers and properties, the report's own meaning kept
// (misses, table widths, charts), and every document the schemas accept.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { themeHeaderFill } from '../../electron/services/word/word-template-colours';
import { describe, expect, test } from 'vitest';
import { buildWordDocument } from '../../electron/services/word/word-export';
import { readWordTemplate } from '../../electron/services/word/word-template-read';
import type { WordTemplate } from '../../electron/services/word/word-template';
import { COLOUR } from '../../electron/services/word/word-page';
import { MISS_MARKER } from '../../electron/services/word/word-table-content';
import { describeProblems, schemaProblems } from '../support/ooxml-validation';
import { buildTemplate, layoutTemplates, logoPng, type TemplateSpec } from '../support/word-templates';
import { performanceRows, runText } from '../support/word-xml';
import { NO_BREAK_SPACE } from '../../shared/figure-text';
import { reportWithMisses, seedReport } from '../fixtures/seed';
import { editSection } from '../../shared/section-text';
import { effortLines } from '../../shared/drafting';

const exported: { name: string; docx: Buffer }[] = [];

async function template(spec: TemplateSpec, name = 'template.dotx'): Promise<{ template: WordTemplate; styleMap: { part: string; style: string; from: string }[]; warnings: string[] }> {
  const reading = readWordTemplate(await buildTemplate(spec), name);
  if (!reading.ok) throw new Error(reading.problem);
  return reading;
}

async function exportIn(name: string, chosen: WordTemplate, report = seedReport(), includeCharts = false): Promise<Record<string, string>> {
  const docx = await buildWordDocument(report, { includeCharts, template: chosen });
  exported.push({ name, docx });
  const files = unzipSync(docx);
  return Object.fromEntries(Object.entries(files).map(([part, bytes]) => [part, part.startsWith('word/media/') ? '' : strFromU8(bytes)]));
}

function styleOf(map: readonly { part: string; style: string; from: string }[], part: string): string {
  const choice = map.find((each) => each.part === part);
  return choice === undefined ? '(none)' : `${choice.style} [${choice.from}]`;
}

const templates = layoutTemplates();

/** A theme whose first accent is the colour given (Word's Office theme has 4472C4). */
function themeWithAccent(rgb: string, theme = '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:themeElements><a:clrScheme name="Office"><a:accent1><a:srgbClr val="4472C4"/></a:accent1></a:clrScheme></a:themeElements></a:theme>'): string {
  return theme.replace(/(<a:accent1>\s*<a:srgbClr val=")[0-9A-Fa-f]{6}/, `$1${rgb}`);
}

describe('the parts of the report take the template\'s styles by what each style is', () => {
  test('a French template: its ids are French (Titre1, Lgende), its built-in names English; headings, title and captions take them', async () => {
    const french = await template(templates.french!);
    expect(styleOf(french.styleMap, 'Section headings')).toBe('heading 1 (Titre1) [template]');
    expect(styleOf(french.styleMap, 'Title')).toBe('Title (Titre) [template]');
    expect(styleOf(french.styleMap, 'Figure captions')).toBe('caption (Lgende) [template]');
    expect(styleOf(french.styleMap, 'Footnotes')).toBe('footnote text (Notedebasdepage) [template]');
    // Word has no built-in style for a table's text: the app's own is kept, on the template's body text.
    expect(styleOf(french.styleMap, 'Table text')).toBe("Report Desk's table text [Report Desk]");
    expect(styleOf(french.styleMap, 'Table captions')).toBe("Report Desk's table captions, on the template's caption (Lgende) [Report Desk]");

    const parts = await exportIn('french', french.template);
    const document = parts['word/document.xml']!;
    expect(document.match(/<w:pStyle w:val="Titre1"\/>/g)).toHaveLength(6);
    expect(document).toContain('<w:pStyle w:val="Titre"/>');
    expect(document).not.toMatch(/w:val="(Heading1|Title)"/);
    const styles = parts['word/styles.xml']!;
    expect(styles.match(/<w:name w:val="heading 1"\/>/g)).toHaveLength(1);
    // The app's table styles are there, based on the template's Normal, without Arial.
    const tableText = /<w:style [^>]*w:styleId="TableText"[\s\S]*?<\/w:style>/.exec(styles)![0];
    expect(tableText).toContain('<w:basedOn w:val="Normal"/>');
    expect(tableText).not.toContain('Arial');
    expect(styles).toContain('<w:lang w:val="en-GB"/>');
  });

  test('a heading style of the organisation\'s own name is known by its outline level; a template without a title style leaves the app\'s', async () => {
    const spec: TemplateSpec = {
      page: { width: 11906, height: 16838, margin: 1134 },
      styles: [
        { id: 'Standard', name: 'Normal', default: true },
        { id: 'OrgChapter', name: 'Org Chapter', basedOn: 'Standard', paragraph: '<w:outlineLvl w:val="0"/>', run: '<w:b/>' },
        { id: 'Title', name: 'Org cover line', basedOn: 'Standard' },
      ],
    };
    const own = await template(spec);
    expect(styleOf(own.styleMap, 'Section headings')).toBe('Org Chapter [template]');
    expect(styleOf(own.styleMap, 'Title')).toBe("Report Desk's title [Report Desk]");
    const parts = await exportIn('own heading names', own.template);
    // The template's "Title" id belongs to another style: the app's title is copied in under an id of its own.
    expect(parts['word/document.xml']).toContain('<w:pStyle w:val="ReportDeskTitle"/>');
    expect(parts['word/styles.xml']).toMatch(/w:styleId="ReportDeskTitle"><w:name w:val="Title"\/>/);
    expect(parts['word/document.xml']!.match(/<w:pStyle w:val="OrgChapter"\/>/g)).toHaveLength(6);
  });
});

describe('the template\'s page, headers, footers and properties; never its body', () => {
  test('A4 with its margins, the logo in the header after the first page, "Page X of Y" in the footer, its company and category', async () => {
    const a4 = await template(templates['a4-logo']!);
    expect(a4.warnings).toEqual([]);
    expect(a4.styleMap.map((choice) => choice.part)).not.toContain('Running header');
    const parts = await exportIn('a4-logo', a4.template);
    const section = /<w:sectPr[\s\S]*<\/w:sectPr>/.exec(parts['word/document.xml']!)![0];
    expect(section).toContain('<w:pgSz w:w="11906" w:h="16838"/>');
    expect(section).toMatch(/<w:pgMar w:top="1418" w:right="1418" w:bottom="1418" w:left="1418"/);
    expect(section).toContain('<w:titlePg/>');
    const references = [...section.matchAll(/<w:(header|footer)Reference w:type="(\w+)" r:id="([^"]+)"\/>/g)].map(([, kind, type]) => `${kind} ${type}`);
    expect(references.sort()).toEqual(['footer default', 'footer first', 'header default', 'header first']);
    const header = Object.entries(parts).find(([name, xml]) => /^word\/template-header\d\.xml$/.test(name) && xml.includes('Ref. EGI-OLA-2025-07'))!;
    expect(header[1]).toMatch(/<a:blip r:embed="rIdLogo"\/>/);
    const rels = parts[header[0].replace('word/', 'word/_rels/') + '.rels']!;
    const image = /Target="(media\/[^"]+\.png)"/.exec(rels)![1]!;
    const docx = exported.at(-1)!.docx;
    expect(Buffer.from(unzipSync(docx)[`word/${image}`]!)).toEqual(logoPng());
    const footer = Object.entries(parts).find(([name]) => /^word\/template-footer\d\.xml$/.test(name))![1];
    expect(footer).toContain('w:instr=" PAGE "');
    expect(footer).toContain('w:instr=" NUMPAGES "');
    // The app's own running header and footer are gone, not left behind unreferenced.
    expect(Object.keys(parts).filter((name) => /^word\/(header|footer)\d\.xml$/.test(name))).toEqual([]);
    expect(parts['docProps/app.xml']).toContain('<Company>EGI Foundation</Company>');
    expect(parts['docProps/core.xml']).toContain('<cp:category>OLA report</cp:category>');
    expect(Object.values(parts).some((xml) => xml.includes('TEMPLATE BODY'))).toBe(false);
  });

  test('odd and even pages keep their own headers, as the template sets them', async () => {
    const book = await template({ ...templates['a4-logo']!, evenHeader: 'Even pages: EGI Foundation' });
    const parts = await exportIn('odd and even', book.template);
    expect(parts['word/settings.xml']).toContain('<w:evenAndOddHeaders/>');
    const section = /<w:sectPr[\s\S]*<\/w:sectPr>/.exec(parts['word/document.xml']!)![0];
    const even = /<w:headerReference w:type="even" r:id="([^"]+)"\/>/.exec(section)![1]!;
    const target = new RegExp(`Id="${even}" Type="[^"]+/header" Target="([^"]+)"`).exec(parts['word/_rels/document.xml.rels']!)![1]!;
    expect(parts[`word/${target}`]).toContain('Even pages: EGI Foundation');
  });

  test('a template without headers keeps the app\'s running header and footer, on its page', async () => {
    const plain = await template(templates['letter-landscape']!);
    const parts = await exportIn('no header', { ...plain.template, headersFooters: [] });
    const section = /<w:sectPr[\s\S]*<\/w:sectPr>/.exec(parts['word/document.xml']!)![0];
    expect(section).toContain('<w:pgSz w:w="15840" w:h="12240" w:orient="landscape"/>');
    expect(section).toContain('<w:titlePg/>');
    expect(Object.values(parts).some((xml) => xml.includes('Operations Portal OLA report · 6 months'))).toBe(true);
  });
});

describe('the report keeps its meaning in the template\'s look', () => {
  test('tables are measured again to the template\'s text width: US Letter landscape gets a table 9 inches wide', async () => {
    const letter = await template(templates['letter-landscape']!);
    const parts = await exportIn('letter-landscape', letter.template, reportWithMisses());
    const table = [...parts['word/document.xml']!.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)][0]![0];
    expect(table).toContain('<w:tblW w:type="dxa" w:w="12960"/>');
    const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map(([, width]) => Number(width));
    expect(grid.reduce((sum, width) => sum + width, 0)).toBe(12960);
  });

  test('misses stay shaded, bold and marked, line by line in a combined cell', async () => {
    expect(COLOUR.missFill).toBe('F8CBCB');
    const a4 = await template(templates['a4-logo']!);
    const parts = await exportIn('misses', a4.template, reportWithMisses());
    // A cell of one value is shaded whole; in a combined cell only the line that missed.
    const shaded = performanceRows(parts['word/document.xml']!)
      .flat()
      .flatMap((cell) => (/<w:tcPr>[^]*?w:fill="F8CBCB"[^]*?<\/w:tcPr>/.test(cell.xml) ? [cell.xml] : [...cell.xml.matchAll(/<w:p>(?:(?!<\/w:p>)[^])*?w:fill="F8CBCB"[^]*?<\/w:p>/g)].map(([paragraph]) => paragraph)))
      .map((xml) => ({ text: runText(xml).replaceAll(NO_BREAK_SPACE, ' '), bold: xml.includes('<w:b/>') }));
    expect(shaded).toEqual([
      { text: `97.20${MISS_MARKER}`, bold: true },
      { text: `vu: 2.8${MISS_MARKER}`, bold: true },
    ]);
  });

  test('charts are sized to a narrow template\'s text width', async () => {
    const narrow = await template({ ...templates['a4-logo']!, page: { width: 8391, height: 11906, margin: 1134 } }, 'a5.dotx');
    const parts = await exportIn('a5 with charts', narrow.template, seedReport(), true);
    const widths = [...parts['word/document.xml']!.matchAll(/<wp:extent cx="(\d+)"/g)].map(([, cx]) => Number(cx));
    expect(widths.length).toBeGreaterThan(0);
    // EMU: 635 to a twip.
    for (const width of widths) expect(width).toBeLessThanOrEqual((8391 - 2 * 1134) * 635);
  });

  test('section numbers follow the template\'s heading numbering where it has one, the app\'s otherwise', async () => {
    const numbered = await template(templates['numbered-headings']!);
    const own = await exportIn('numbered-headings', numbered.template);
    const headings = own['word/document.xml']!.match(/<w:pPr><w:pStyle w:val="Heading1"\/>(<w:numPr>)?/g)!;
    expect(headings).toHaveLength(6);
    expect(headings.every((heading) => !heading.includes('numPr'))).toBe(true);
    expect(own['word/numbering.xml']).toContain('<w:numFmt w:val="upperLetter"/><w:pStyle w:val="Heading1"/>');

    const plain = await template(templates['a4-logo']!);
    const app = await exportIn('app numbering', plain.template);
    const numberIds = [...app['word/document.xml']!.matchAll(/<w:pStyle w:val="Heading1"\/><w:numPr><w:ilvl w:val="0"\/><w:numId w:val="(\d+)"\/><\/w:numPr>/g)].map(([, id]) => id);
    expect(numberIds).toHaveLength(6);
    expect(app['word/numbering.xml']).toContain(`<w:num w:numId="${numberIds[0]}">`);
  });
});

describe('table headings in the template\'s colours, where misses still stand out', () => {
  test('the headings take the theme\'s first accent, lighter 80% as Word makes it; an accent near the misses\' red leaves the app\'s grey', async () => {
    // Word's own "Blue, Accent 1, Lighter 80%" is D9E2F3: the same within a unit of rounding.
    expect(themeHeaderFill(themeWithAccent('4472C4'))).toBe('DAE3F3');
    const green = themeHeaderFill(themeWithAccent('00603B'))!;
    const [redChannel, greenChannel, blueChannel] = [0, 2, 4].map((at) => Number.parseInt(green.slice(at, at + 2), 16));
    expect(Math.min(redChannel!, greenChannel!, blueChannel!)).toBeGreaterThan(0xa0);
    expect(greenChannel).toBe(Math.max(redChannel!, greenChannel!, blueChannel!));
    expect(themeHeaderFill(themeWithAccent('C00000'))).toBeNull();
    expect(themeHeaderFill(themeWithAccent('E97132'))).toBeNull();
    // A grey accent is a grey heading.
    expect(themeHeaderFill(themeWithAccent('808080'))).toBe('E6E6E6');
    expect(themeHeaderFill(null)).toBeNull();

    const blue = await template(templates['a4-logo']!);
    expect(styleOf(blue.styleMap, 'Table headings')).toBe("Report Desk's table headings, shaded in the template's first accent colour [Report Desk]");
    const document = (await exportIn('theme headings', blue.template, reportWithMisses()))['word/document.xml']!;
    expect(document).toContain('w:fill="DAE3F3"');
    expect(document).not.toContain(`w:fill="${COLOUR.headerFill}"`);
    expect(document).toContain(`w:fill="${COLOUR.missFill}"`);

    const redTheme = await buildTemplate(templates['a4-logo']!);
    const parts = unzipSync(redTheme);
    parts['word/theme/theme1.xml'] = strToU8(themeWithAccent('C00000', strFromU8(parts['word/theme/theme1.xml']!)));
    const red = readWordTemplate(zipSync(parts), 'red.dotx');
    if (!red.ok) throw new Error(red.problem);
    expect(styleOf(red.styleMap, 'Table headings')).toBe("Report Desk's table headings [Report Desk]");
    expect((await exportIn('red theme', red.template, reportWithMisses()))['word/document.xml']).toContain(`w:fill="${COLOUR.headerFill}"`);
  });
});

describe('drawings', () => {
  test('the report\'s charts are numbered after the template\'s logo: every drawing id in the document is its own', async () => {
    const a4 = await template(templates['a4-logo']!);
    const parts = await exportIn('drawing ids', a4.template, seedReport(), true);
    const ids = Object.entries(parts)
      .filter(([name]) => /^word\/(document|(template-)?(header|footer)\d+)\.xml$/.test(name))
      .flatMap(([, xml]) => [...xml.matchAll(/<wp:docPr\b[^>]*?\sid="(\d+)"/g)].map((match) => match[1]));
    // The logo in the template's header, and the seed's four charts.
    expect(ids).toHaveLength(5);
    expect(new Set(ids).size).toBe(5);
  });
});

describe('the report\'s lists take the template\'s own list styles', () => {
  const withLists = () =>
    editSection(seedReport(), 'overview', 'Done this period:\n- the portal moved\n  - its database too\n- a new team member\nPlanned:\n1. first step\n2. second step\n  1. a detail\n\nAnd later:\n1. one more');

  test('bullets take List Bullet and List Bullet 2 with their lists; each numbered list takes List Number, counting from 1 on a list of its own', async () => {
    const a4 = await template(templates['a4-logo']!);
    expect(styleOf(a4.styleMap, 'Bulleted lists')).toBe('List Bullet, List Bullet 2 [template]');
    expect(styleOf(a4.styleMap, 'Numbered lists')).toBe('List Number [template]');
    const parts = await exportIn('lists', a4.template, withLists());
    const document = parts['word/document.xml']!;
    const paragraphOf = (text: string) => new RegExp(`<w:p>(?:(?!<w:p>).)*?>${text}</w:t>`).exec(document)![0];
    // A bullet is its style alone: the style's own list gives the bullet and the indent.
    expect(paragraphOf('the portal moved')).toContain('<w:pStyle w:val="ListBullet"/>');
    expect(paragraphOf('the portal moved')).not.toContain('<w:numPr>');
    expect(paragraphOf('its database too')).toContain('<w:pStyle w:val="ListBullet2"/>');
    // The people of the effort section are a bulleted list too: the first, which docx writes, and
    // the others, written like it (XmlBlocks.moreLike), each its style alone.
    const people = effortLines(seedReport());
    expect(people.length).toBeGreaterThan(2);
    for (const person of people) {
      expect(paragraphOf(person)).toContain('<w:pStyle w:val="ListBullet"/>');
      expect(paragraphOf(person)).not.toContain('<w:numPr>');
    }
    // Two numbered lists, each on a list of its own made from List Number's definition, restarting at 1.
    const first = /<w:numId w:val="(\d+)"\/>/.exec(paragraphOf('first step'))![1]!;
    expect(paragraphOf('first step')).toContain('<w:pStyle w:val="ListNumber"/>');
    expect(paragraphOf('second step')).toContain(`<w:numId w:val="${first}"/>`);
    const later = /<w:numId w:val="(\d+)"\/>/.exec(paragraphOf('one more'))![1]!;
    expect(later).not.toBe(first);
    const numbering = parts['word/numbering.xml']!;
    for (const id of [first, later]) expect(numbering).toMatch(new RegExp(`<w:num w:numId="${id}"><w:abstractNumId w:val="13"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`));
    // The template has no second level of numbers: that item keeps the app's own list.
    expect(paragraphOf('a detail')).not.toContain('ListNumber');
    expect(paragraphOf('a detail')).toContain('<w:ilvl w:val="1"/>');
  });

  test('a template without list styles leaves the app\'s lists, on its List Paragraph where it has one', async () => {
    const letter = await template(templates['letter-landscape']!);
    expect(styleOf(letter.styleMap, 'Bulleted lists')).toBe("Report Desk's list items [Report Desk]");
    const withListParagraph = await template({ ...templates['letter-landscape']!, styles: [...templates['letter-landscape']!.styles, { id: 'Listenabsatz', name: 'List Paragraph', basedOn: 'Normal', paragraph: '<w:ind w:left="720"/>' }] });
    expect(styleOf(withListParagraph.styleMap, 'Numbered lists')).toBe("List Paragraph (Listenabsatz), with Report Desk's numbers [template]");
    const document = (await exportIn('app lists', withListParagraph.template, withLists()))['word/document.xml']!;
    expect(document.match(/<w:pStyle w:val="Listenabsatz"\/>/g)!.length).toBeGreaterThanOrEqual(9);
  });
});

// Runs last (a file's tests run in order): every document the tests above exported, in one xmllint run per schema.
test('every document exported in a template validates against the ECMA-376 transitional schemas', async () => {
  expect(exported.length).toBeGreaterThanOrEqual(8);
  expect(describeProblems(await schemaProblems(exported))).toEqual([]);
});
