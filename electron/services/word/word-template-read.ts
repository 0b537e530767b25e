// Reads an organisation's Word template (.docx or .dotx) safely: macro-enabled files refused,
// the package's sizes checked before anything is inflated (word-template-zip), external
// relationships left out and named (word-template-parts), a damaged or non-Word file told in a
// sentence. What it takes: styles, numbering, theme, the last section's page with its headers and
// footers, and the company and category; never the body's content.
import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import { XMLSerializer } from '@xmldom/xmldom';
import { childElement, childElements, ownText, type Element } from '../../../shared/xml-reading';
import { nameInMessage } from '../../../shared/message-names';
import { PAGE } from './word-page';
import { NS, RELATIONSHIP, type HeaderFooterType, type TemplateHeaderFooter, type TemplatePage, type TemplateStyle, type TemplateReading, type WordTemplate } from './word-template';
import { TemplatePackage, TemplateProblem, contentTypeOf, describeLeftOut } from './word-template-parts';
import { planStyles } from './word-template-styles';
import { readZipDirectory } from './word-template-zip';

const WORD_MAIN = /^application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.(document|template)\.main\+xml$/;

function w(element: Element | null, name: string): string | null {
  return element === null ? null : element.getAttributeNS(NS.w, name);
}

function number(element: Element | null, name: string, fallback: number): number {
  const value = Number(w(element, name));
  return Number.isFinite(value) && w(element, name) !== null ? value : fallback;
}

/** w:b, w:titlePg … : on unless its w:val says off. */
function on(element: Element | null): boolean {
  if (element === null) return false;
  return !['0', 'false', 'off'].includes((w(element, 'val') ?? 'true').toLowerCase());
}

/** What kind of file the package is, when it is not a Word document. */
function notWord(contentType: string | null): string {
  if (contentType === null) return 'it is not a Word document: its package has no main document';
  if (/macroEnabled/i.test(contentType)) return 'it is a macro-enabled Word file; macros are never run or carried, so save the template as .dotx or .docx without macros';
  if (contentType.includes('spreadsheetml')) return 'it is an Excel workbook, not a Word document';
  if (contentType.includes('presentationml')) return 'it is a PowerPoint presentation, not a Word document';
  return `it is not a Word document (its main part is ${contentType})`;
}

/** A run's font: its name, or the theme's body or heading font it refers to. */
function runFont(run: Element | null): string | null {
  const fonts = run === null ? null : childElement(run, 'rFonts', NS.w);
  const theme = w(fonts, 'asciiTheme');
  return w(fonts, 'ascii') ?? (theme === null ? null : theme.startsWith('major') ? '+major' : '+minor');
}

function defaultFont(pack: TemplatePackage, stylesPart: string | null): string | null {
  if (stylesPart === null) return null;
  const defaults = childElement(pack.xmlOf(stylesPart).documentElement!, 'docDefaults', NS.w);
  const runDefault = defaults === null ? null : childElement(defaults, 'rPrDefault', NS.w);
  return runFont(runDefault === null ? null : childElement(runDefault, 'rPr', NS.w));
}

function styleCatalogue(pack: TemplatePackage, stylesPart: string | null, numberedByList: ReadonlySet<string>): TemplateStyle[] {
  if (stylesPart === null) return [];
  return childElements(pack.xmlOf(stylesPart).documentElement!, 'style', NS.w).map((style): TemplateStyle => {
    const paragraph = childElement(style, 'pPr', NS.w);
    const run = childElement(style, 'rPr', NS.w);
    const numberProperties = paragraph === null ? null : childElement(paragraph, 'numPr', NS.w);
    const numberId = numberProperties === null ? null : childElement(numberProperties, 'numId', NS.w);
    const listId = w(numberId, 'val');
    const outline = paragraph === null ? null : childElement(paragraph, 'outlineLvl', NS.w);
    const size = run === null ? null : childElement(run, 'sz', NS.w);
    const id = w(style, 'styleId') ?? '';
    const type = w(style, 'type');
    return {
      id,
      name: w(childElement(style, 'name', NS.w), 'val') ?? id,
      type: type === 'character' || type === 'table' || type === 'numbering' ? type : 'paragraph',
      basedOn: w(childElement(style, 'basedOn', NS.w), 'val'),
      outlineLevel: outline === null ? null : number(outline, 'val', 9),
      numbered: (listId !== null && listId !== '0') || numberedByList.has(id),
      list: listId === null || listId === '0' ? null : { numId: listId, level: number(childElement(numberProperties!, 'ilvl', NS.w), 'val', 0) },
      font: runFont(run),
      size: size === null ? null : number(size, 'val', 0) || null,
      isDefault: ['1', 'true', 'on'].includes((w(style, 'default') ?? '').toLowerCase()),
    };
  });
}

/** Styles a list's level is linked to (w:lvl/w:pStyle): headings numbered from the numbering part. */
function stylesNumberedByLists(pack: TemplatePackage, numberingPart: string | null): Set<string> {
  const linked = new Set<string>();
  if (numberingPart === null) return linked;
  for (const abstract of childElements(pack.xmlOf(numberingPart).documentElement!, 'abstractNum', NS.w)) {
    for (const level of childElements(abstract, 'lvl', NS.w)) {
      const style = w(childElement(level, 'pStyle', NS.w), 'val');
      if (style !== null) linked.add(style);
    }
  }
  return linked;
}

function sectionPage(section: Element | null, settings: Element | null): TemplatePage {
  const size = section === null ? null : childElement(section, 'pgSz', NS.w);
  const margin = section === null ? null : childElement(section, 'pgMar', NS.w);
  // A template without a section of its own gets the app's page, as the document keeps it.
  const width = number(size, 'w', PAGE.width);
  const height = number(size, 'h', PAGE.height);
  const kept = section?.cloneNode(true) as Element | undefined;
  // The references are the new package's to make; printer settings are not carried.
  if (kept !== undefined) for (const child of childElements(kept)) if (['headerReference', 'footerReference', 'printerSettings'].includes(child.localName ?? '')) kept.removeChild(child);
  return {
    width,
    height,
    landscape: w(size, 'orient') === 'landscape' || width > height,
    margin: {
      top: Math.abs(number(margin, 'top', PAGE.margin)),
      right: number(margin, 'right', PAGE.margin),
      bottom: Math.abs(number(margin, 'bottom', PAGE.margin)),
      left: number(margin, 'left', PAGE.margin),
      header: number(margin, 'header', PAGE.footer),
      footer: number(margin, 'footer', PAGE.footer),
      gutter: number(margin, 'gutter', 0),
    },
    sectionXml: kept === undefined ? '' : new XMLSerializer().serializeToString(kept),
    titlePage: section !== null && on(childElement(section, 'titlePg', NS.w)),
    evenAndOdd: settings !== null && on(childElement(settings, 'evenAndOddHeaders', NS.w)),
    mirrorMargins: settings !== null && on(childElement(settings, 'mirrorMargins', NS.w)),
  };
}

function headersAndFooters(pack: TemplatePackage, main: string, section: Element | null): TemplateHeaderFooter[] {
  if (section === null) return [];
  const relationships = pack.relationshipsOf(main);
  return childElements(section)
    .filter((element) => element.localName === 'headerReference' || element.localName === 'footerReference')
    .flatMap((reference): TemplateHeaderFooter[] => {
      const kind = reference.localName === 'headerReference' ? 'header' : 'footer';
      const type = (w(reference, 'type') ?? 'default') as HeaderFooterType;
      const id = reference.getAttributeNS(NS.r, 'id');
      const target = relationships.find((relationship) => relationship.id === id && !relationship.external)?.target;
      if (target === undefined || !pack.has(target) || !['default', 'first', 'even'].includes(type)) return [];
      const what = `Its ${type === 'default' ? '' : `${type === 'first' ? 'first-page' : 'even-page'} `}${kind}`;
      return [{ kind, type, ...pack.takePart(target, what) }];
    });
}

function properties(pack: TemplatePackage): WordTemplate['properties'] {
  const app = pack.related('', RELATIONSHIP.extendedProperties);
  const core = pack.related('', RELATIONSHIP.coreProperties);
  const text = (part: string | null, name: string) => {
    if (part === null) return null;
    const element = childElements(pack.xmlOf(part).documentElement!).find((child) => child.localName === name);
    const value = element === undefined ? '' : ownText(element).trim();
    return value === '' ? null : value;
  };
  return { company: text(app, 'Company'), category: text(core, 'category') };
}

function themeFonts(pack: TemplatePackage, themePart: string | null): WordTemplate['themeFonts'] {
  if (themePart === null) return { body: null, headings: null };
  const scheme = pack.xmlOf(themePart).getElementsByTagNameNS(NS.a, 'fontScheme')[0];
  const latin = (which: string) => {
    const font = scheme === undefined ? undefined : childElements(scheme, which, NS.a)[0];
    return (font === undefined ? null : childElement(font, 'latin', NS.a)?.getAttribute('typeface')) || null;
  };
  return { body: latin('minorFont'), headings: latin('majorFont') };
}

function readPackage(bytes: Uint8Array, fileName: string, warnings: string[]): WordTemplate {
  const directory = readZipDirectory(bytes);
  if (!directory.ok) throw new TemplateProblem(directory.message);
  const pack = new TemplatePackage(bytes, directory.entries, warnings);
  if (!pack.has('[Content_Types].xml')) throw new TemplateProblem('it is not a Word document: its package has no [Content_Types].xml');
  const types = pack.xmlOf('[Content_Types].xml');
  if (pack.names().some((name) => /vbaProject\.bin$/i.test(name))) throw new TemplateProblem(notWord('macroEnabled'));
  const main = pack.related('', RELATIONSHIP.officeDocument);
  const mainType = main === null ? null : contentTypeOf(types, main);
  if (main === null || mainType === null || !WORD_MAIN.test(mainType)) {
    const strict = pack.relationshipsOf('').some((relationship) => relationship.type.startsWith('http://purl.oclc.org/ooxml/'));
    throw new TemplateProblem(strict ? 'it is saved as Strict Open XML; save it again as a Word Document (.docx) or Word Template (.dotx)' : notWord(mainType));
  }
  const document = pack.xmlOf(main).documentElement!;
  if (document.namespaceURI !== NS.w) throw new TemplateProblem('it is not a Word document: its main part is not WordprocessingML');
  const body = childElement(document, 'body', NS.w);
  const section = body === null ? null : childElement(body, 'sectPr', NS.w);
  const settingsPart = pack.related(main, RELATIONSHIP.settings);
  const settings = settingsPart === null ? null : pack.xmlOf(settingsPart).documentElement;
  // Relationships of the settings are never carried (the attached template, a mail merge's data source): name them.
  if (settingsPart !== null) for (const relationship of pack.relationshipsOf(settingsPart)) warnings.push(`Its settings: ${describeLeftOut(relationship)} was left out.`);
  const stylesPart = pack.related(main, RELATIONSHIP.styles);
  const numberingPart = pack.related(main, RELATIONSHIP.numbering);
  const themePart = pack.related(main, RELATIONSHIP.theme);
  return {
    fileName,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    page: sectionPage(section, settings),
    styles: {
      xml: stylesPart === null ? '' : pack.bytesOf(stylesPart).toString('utf8'),
      catalogue: styleCatalogue(pack, stylesPart, stylesNumberedByLists(pack, numberingPart)),
      defaultFont: defaultFont(pack, stylesPart),
    },
    numbering: numberingPart === null ? null : pack.takePart(numberingPart, 'Its numbering'),
    theme: themePart === null ? null : pack.takePart(themePart, 'Its theme'),
    themeFonts: themeFonts(pack, themePart),
    headersFooters: headersAndFooters(pack, main, section),
    properties: properties(pack),
  };
}

/**
 * The template in a file's bytes, with the style each part of the report will take and what was
 * left out; or the one sentence that says why it cannot be used. Never throws.
 */
export function readWordTemplate(bytes: Uint8Array, fileName: string): TemplateReading {
  const extension = extname(fileName).toLowerCase();
  const refuse = (why: string): TemplateReading => ({ ok: false, problem: `The Word template "${nameInMessage(fileName)}" cannot be used: ${why}.` });
  if (extension === '.docm' || extension === '.dotm') return refuse('it is a macro-enabled Word file (.docm, .dotm); macros are never run or carried, so save the template as .dotx or .docx without macros');
  if (extension === '.doc' || extension === '.dot') return refuse('it is in the Word 97–2003 format; open it in Word or LibreOffice and save it as a Word Template (.dotx) or Word Document (.docx)');
  const warnings: string[] = [];
  try {
    const template = readPackage(bytes, fileName, warnings);
    if (template.styles.catalogue.length === 0) warnings.push('It has no styles of its own; the report keeps the app\'s styles, on its page.');
    return { ok: true, template, styleMap: planStyles(template).choices, warnings };
  } catch (error) {
    if (error instanceof TemplateProblem) return refuse(error.message);
    // Whatever else a hostile file does to the reading is still a sentence, never a crash of the export.
    return refuse(`the file is damaged (${error instanceof Error ? error.message : String(error)})`);
  }
}
