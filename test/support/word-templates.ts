// Word templates as organisations make them, built part by part as Word writes them (style ids
// in the template's language, built-in names in English, a logo in the header, fields for the
// page numbers), so the tests need no Word. And hostile ones: a template is a file from elsewhere.
import { Document, Packer } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { encodePng } from '../../electron/services/charts/png-encoding';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NAMESPACES = `xmlns:w="${W}" xmlns:r="${R}" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"`;
const RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WORD = 'application/vnd.openxmlformats-officedocument.wordprocessingml';

export interface TemplateStyleSpec {
  id: string;
  name: string;
  type?: 'paragraph' | 'character';
  basedOn?: string;
  default?: boolean;
  /** w:pPr and w:rPr children, in schema order. */
  paragraph?: string;
  run?: string;
}

export interface TemplateSpec {
  page: { width: number; height: number; landscape?: boolean; margin: number };
  styles: TemplateStyleSpec[];
  /** The theme's body and heading fonts. */
  themeFonts?: { body: string; headings: string };
  /** A header on every page but the first, with the logo and a reference. */
  header?: { logo: boolean; text: string };
  /** "Page X of Y" in the footer of every page. */
  pageNumbers?: boolean;
  /** A header of its own on even pages (w:evenAndOddHeaders), with this text. */
  evenHeader?: string;
  /** numbering.xml's content, for numbered headings. */
  numbering?: string;
  company?: string;
  category?: string;
  /** Relationships of the header left to point outside (a linked image). */
  linkedImage?: string;
  /** The settings' attached template, outside the file. */
  attachedTemplate?: string;
  /** The main part's content type, to make a macro-enabled file look like a .docx. */
  mainContentType?: string;
  extraParts?: Record<string, Uint8Array>;
}

/** A logo: a blue square with a white band, 240 × 80 pixels. */
export function logoPng(): Buffer {
  const width = 240;
  const height = 80;
  const pixels = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const band = y > 30 && y < 50;
      pixels.set(band ? [255, 255, 255, 255] : [0, 84, 166, 255], (y * width + x) * 4);
    }
  }
  return encodePng(pixels, width, height);
}

function style({ id, name, type = 'paragraph', basedOn, default: isDefault, paragraph, run }: TemplateStyleSpec): string {
  return (
    `<w:style w:type="${type}"${isDefault === true ? ' w:default="1"' : ''} w:styleId="${id}"><w:name w:val="${name}"/>` +
    `${basedOn === undefined ? '' : `<w:basedOn w:val="${basedOn}"/>`}<w:qFormat/>${paragraph === undefined ? '' : `<w:pPr>${paragraph}</w:pPr>`}${run === undefined ? '' : `<w:rPr>${run}</w:rPr>`}</w:style>`
  );
}

function paragraph(text: string, properties = ''): string {
  return `<w:p>${properties === '' ? '' : `<w:pPr>${properties}</w:pPr>`}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}

function field(instruction: string, shown: string): string {
  return `<w:fldSimple w:instr=" ${instruction} "><w:r><w:t>${shown}</w:t></w:r></w:fldSimple>`;
}

function logoDrawing(id: string, linked: boolean): string {
  const [cx, cy] = [1828800, 609600];
  const blip = linked ? `<a:blip r:link="${id}"/>` : `<a:blip r:embed="${id}"/>`;
  return (
    `<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${cx}" cy="${cy}"/><wp:docPr id="1" name="Logo" descr="The organisation's logo"/>` +
    `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="1" name="logo.png"/><pic:cNvPicPr/></pic:nvPicPr>` +
    `<pic:blipFill>${blip}<a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`
  );
}

let theme: string | null = null;

/** Word's theme part, as docx writes it, with the template's fonts. */
async function themeXml(fonts: TemplateSpec['themeFonts']): Promise<string> {
  theme ??= strFromU8(unzipSync(await Packer.toBuffer(new Document({ sections: [{ children: [] }] })))['word/theme/theme1.xml']!);
  if (fonts === undefined) return theme;
  return theme.replace(/(<a:majorFont><a:latin typeface=")[^"]*/, `$1${fonts.headings}`).replace(/(<a:minorFont><a:latin typeface=")[^"]*/, `$1${fonts.body}`);
}

/** The template's bytes, as a .docx or .dotx package. */
export async function buildTemplate(spec: TemplateSpec): Promise<Uint8Array> {
  const { page } = spec;
  const documentRels: string[] = [
    `<Relationship Id="rIdStyles" Type="${RELS}/styles" Target="styles.xml"/>`,
    `<Relationship Id="rIdSettings" Type="${RELS}/settings" Target="settings.xml"/>`,
    `<Relationship Id="rIdTheme" Type="${RELS}/theme" Target="theme/theme1.xml"/>`,
  ];
  const overrides: string[] = [
    `<Override PartName="/word/document.xml" ContentType="${spec.mainContentType ?? `${WORD}.template.main+xml`}"/>`,
    `<Override PartName="/word/styles.xml" ContentType="${WORD}.styles+xml"/>`,
    `<Override PartName="/word/settings.xml" ContentType="${WORD}.settings+xml"/>`,
    `<Override PartName="/word/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>`,
    `<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>`,
    `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>`,
  ];
  const parts: Record<string, Uint8Array> = {};
  const references: string[] = [];
  const headerFooter = (kind: 'header' | 'footer', type: 'default' | 'first' | 'even', body: string, rels: string[] = []) => {
    const name = `${kind}-${type}.xml`;
    parts[`word/${name}`] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:${kind === 'header' ? 'hdr' : 'ftr'} ${NAMESPACES}>${body}</w:${kind === 'header' ? 'hdr' : 'ftr'}>`);
    if (rels.length > 0) parts[`word/_rels/${name}.rels`] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`);
    documentRels.push(`<Relationship Id="rId-${kind}-${type}" Type="${RELS}/${kind}" Target="${name}"/>`);
    overrides.push(`<Override PartName="/word/${name}" ContentType="${WORD}.${kind}+xml"/>`);
    references.push(`<w:${kind}Reference w:type="${type}" r:id="rId-${kind}-${type}"/>`);
  };
  if (spec.header !== undefined) {
    const rels: string[] = [];
    let logo = '';
    if (spec.header.logo) {
      parts['word/media/logo.png'] = logoPng();
      rels.push(`<Relationship Id="rIdLogo" Type="${RELS}/image" Target="media/logo.png"/>`);
      logo = logoDrawing('rIdLogo', false);
    }
    if (spec.linkedImage !== undefined) {
      rels.push(`<Relationship Id="rIdLinked" Type="${RELS}/image" Target="${spec.linkedImage}" TargetMode="External"/>`);
      logo += logoDrawing('rIdLinked', true);
    }
    headerFooter('header', 'default', `<w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr>${logo}<w:r><w:tab/><w:t xml:space="preserve">${spec.header.text}</w:t></w:r></w:p>`, rels);
    // The first page carries no header.
    headerFooter('header', 'first', paragraph(''));
  }
  if (spec.evenHeader !== undefined) headerFooter('header', 'even', paragraph(spec.evenHeader, '<w:pStyle w:val="Header"/>'));
  if (spec.pageNumbers === true) {
    const footer = `<w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/></w:pPr><w:r><w:t xml:space="preserve">Page </w:t></w:r>${field('PAGE', '1')}<w:r><w:t xml:space="preserve"> of </w:t></w:r>${field('NUMPAGES', '1')}</w:p>`;
    headerFooter('footer', 'default', footer);
    headerFooter('footer', 'first', footer);
  }
  if (spec.numbering !== undefined) {
    parts['word/numbering.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ${NAMESPACES}>${spec.numbering}</w:numbering>`);
    documentRels.push(`<Relationship Id="rIdNumbering" Type="${RELS}/numbering" Target="numbering.xml"/>`);
    overrides.push(`<Override PartName="/word/numbering.xml" ContentType="${WORD}.numbering+xml"/>`);
  }
  const orient = page.landscape === true ? ' w:orient="landscape"' : '';
  const section = `<w:sectPr>${references.join('')}<w:pgSz w:w="${page.width}" w:h="${page.height}"${orient}/><w:pgMar w:top="${page.margin}" w:right="${page.margin}" w:bottom="${page.margin}" w:left="${page.margin}" w:header="567" w:footer="567" w:gutter="0"/>${spec.header === undefined ? '' : '<w:titlePg/>'}</w:sectPr>`;
  parts['word/document.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${NAMESPACES}><w:body>${paragraph('TEMPLATE BODY: instructions to delete before sending', '<w:pStyle w:val="Normal"/>')}${section}</w:body></w:document>`,
  );
  parts['word/styles.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${NAMESPACES}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/><w:sz w:val="22"/><w:lang w:val="en-US"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults>${spec.styles.map(style).join('')}</w:styles>`);
  const settingsRels = spec.attachedTemplate === undefined ? '' : `<w:attachedTemplate r:id="rIdAttached"/>`;
  const evenAndOdd = spec.evenHeader === undefined ? '' : '<w:evenAndOddHeaders/>';
  parts['word/settings.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:settings ${NAMESPACES}>${settingsRels}<w:defaultTabStop w:val="708"/>${evenAndOdd}</w:settings>`);
  if (spec.attachedTemplate !== undefined) {
    parts['word/_rels/settings.xml.rels'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdAttached" Type="${RELS}/attachedTemplate" Target="${spec.attachedTemplate}" TargetMode="External"/></Relationships>`);
  }
  parts['word/theme/theme1.xml'] = strToU8(await themeXml(spec.themeFonts));
  parts['word/_rels/document.xml.rels'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${documentRels.join('')}</Relationships>`);
  parts['docProps/app.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application>${spec.company === undefined ? '' : `<Company>${spec.company}</Company>`}</Properties>`);
  parts['docProps/core.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Template</dc:title>${spec.category === undefined ? '' : `<cp:category>${spec.category}</cp:category>`}</cp:coreProperties>`);
  parts['_rels/.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELS}/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="${RELS}/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
  );
  parts['[Content_Types].xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>${overrides.join('')}</Types>`,
  );
  return zipSync({ ...parts, ...spec.extraParts });
}

const SERIF_BODY = '<w:rFonts w:ascii="Liberation Serif" w:hAnsi="Liberation Serif"/>';

/** Styles as an English template names them; the French one only changes the ids Word gives them. */
function commonStyles(ids: { normal: string; title: string; heading1: string; heading2: string; caption: string; footnote: string; header: string; footer: string }, heading1Paragraph = ''): TemplateStyleSpec[] {
  return [
    { id: ids.normal, name: 'Normal', default: true },
    { id: ids.title, name: 'Title', basedOn: ids.normal, paragraph: '<w:spacing w:after="240"/><w:jc w:val="center"/>', run: '<w:b/><w:color w:val="00603B"/><w:sz w:val="44"/>' },
    { id: ids.heading1, name: 'heading 1', basedOn: ids.normal, paragraph: `<w:keepNext/>${heading1Paragraph}<w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/>`, run: '<w:rFonts w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi"/><w:b/><w:color w:val="00603B"/><w:sz w:val="30"/>' },
    { id: ids.heading2, name: 'heading 2', basedOn: ids.normal, paragraph: '<w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/>', run: '<w:b/><w:color w:val="00603B"/><w:sz w:val="26"/>' },
    { id: ids.caption, name: 'caption', basedOn: ids.normal, run: '<w:b/><w:color w:val="00603B"/><w:sz w:val="18"/>' },
    { id: ids.footnote, name: 'footnote text', basedOn: ids.normal, run: '<w:sz w:val="18"/>' },
    { id: ids.header, name: 'header', basedOn: ids.normal, paragraph: '<w:tabs><w:tab w:val="right" w:pos="9000"/></w:tabs>', run: '<w:sz w:val="16"/>' },
    { id: ids.footer, name: 'footer', basedOn: ids.normal, run: '<w:sz w:val="16"/>' },
  ];
}

/** Word's built-in list styles as an organisation sets them: square bullets, dashes a level down, numbers closed by a bracket. */
const LIST_STYLES: TemplateStyleSpec[] = [
  { id: 'ListBullet', name: 'List Bullet', basedOn: 'Normal', paragraph: '<w:numPr><w:numId w:val="21"/></w:numPr><w:spacing w:after="60"/>' },
  { id: 'ListBullet2', name: 'List Bullet 2', basedOn: 'Normal', paragraph: '<w:numPr><w:numId w:val="22"/></w:numPr><w:spacing w:after="60"/>' },
  { id: 'ListNumber', name: 'List Number', basedOn: 'Normal', paragraph: '<w:numPr><w:numId w:val="23"/></w:numPr><w:spacing w:after="60"/>' },
];

function listLevel(style: string, format: string, text: string, left: number): string {
  const font = format === 'bullet' ? '<w:rPr><w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans"/><w:color w:val="00603B"/></w:rPr>' : '';
  return `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:pStyle w:val="${style}"/><w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${left}" w:hanging="284"/></w:pPr>${font}</w:lvl>`;
}

const LIST_NUMBERING =
  `<w:abstractNum w:abstractNumId="11"><w:multiLevelType w:val="singleLevel"/>${listLevel('ListBullet', 'bullet', '▪', 284)}</w:abstractNum>` +
  `<w:abstractNum w:abstractNumId="12"><w:multiLevelType w:val="singleLevel"/>${listLevel('ListBullet2', 'bullet', '–', 568)}</w:abstractNum>` +
  `<w:abstractNum w:abstractNumId="13"><w:multiLevelType w:val="singleLevel"/>${listLevel('ListNumber', 'decimal', '%1)', 284)}</w:abstractNum>` +
  '<w:num w:numId="21"><w:abstractNumId w:val="11"/></w:num><w:num w:numId="22"><w:abstractNumId w:val="12"/></w:num><w:num w:numId="23"><w:abstractNumId w:val="13"/></w:num>';

const ENGLISH_IDS = { normal: 'Normal', title: 'Title', heading1: 'Heading1', heading2: 'Heading2', caption: 'Caption', footnote: 'FootnoteText', header: 'Header', footer: 'Footer' };

const A4 = { width: 11906, height: 16838 };

/** The four templates of the layout tests, by name. */
export function layoutTemplates(): Record<string, TemplateSpec> {
  return {
    // A4, 2.5 cm margins, a logo and a reference on every page but the first, "Page X of Y", serif body text from the theme, its own list styles.
    'a4-logo': {
      page: { ...A4, margin: 1418 },
      styles: [...commonStyles(ENGLISH_IDS), ...LIST_STYLES],
      numbering: LIST_NUMBERING,
      themeFonts: { body: 'Liberation Serif', headings: 'Liberation Sans' },
      header: { logo: true, text: 'Ref. EGI-OLA-2025-07' },
      pageNumbers: true,
      company: 'EGI Foundation',
      category: 'OLA report',
    },
    'letter-landscape': {
      page: { width: 15840, height: 12240, landscape: true, margin: 1440 },
      styles: commonStyles(ENGLISH_IDS),
      themeFonts: { body: 'Liberation Sans', headings: 'Liberation Sans' },
      pageNumbers: true,
    },
    // Styles as French Word names them: the ids are French, the built-in names Word stores are English.
    french: {
      page: { ...A4, margin: 1134 },
      styles: commonStyles({ normal: 'Normal', title: 'Titre', heading1: 'Titre1', heading2: 'Titre2', caption: 'Lgende', footnote: 'Notedebasdepage', header: 'En-tte', footer: 'Pieddepage' }).map((each) =>
        each.id === 'Normal' ? { ...each, run: SERIF_BODY } : each,
      ),
      themeFonts: { body: 'Liberation Sans', headings: 'Liberation Sans' },
      header: { logo: true, text: 'Réf. CNRS-2025' },
      pageNumbers: true,
      company: 'CNRS',
    },
    // Headings numbered by the template's own list: "A. Effort", "B. General overview …".
    'numbered-headings': {
      page: { ...A4, margin: 1134 },
      styles: commonStyles(ENGLISH_IDS, '<w:numPr><w:numId w:val="7"/></w:numPr>'),
      themeFonts: { body: 'Liberation Sans', headings: 'Liberation Sans' },
      numbering:
        '<w:abstractNum w:abstractNumId="4"><w:multiLevelType w:val="multilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperLetter"/><w:pStyle w:val="Heading1"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="432" w:hanging="432"/></w:pPr></w:lvl></w:abstractNum><w:num w:numId="7"><w:abstractNumId w:val="4"/></w:num>',
      pageNumbers: true,
    },
  };
}

/** A part that declares one size and inflates to far more: the central directory's size rewritten. */
export function withLyingPartSize(zip: Uint8Array, part: string, declared: number): Uint8Array {
  const bytes = Buffer.from(zip);
  const name = Buffer.from(part, 'utf8');
  for (let at = bytes.indexOf(name); at !== -1; at = bytes.indexOf(name, at + 1)) {
    if (bytes.readUInt32LE(at - 46) === 0x02014b50) bytes.writeUInt32LE(declared, at - 46 + 24);
    if (bytes.readUInt32LE(at - 30) === 0x04034b50) bytes.writeUInt32LE(declared, at - 30 + 22);
  }
  return bytes;
}
