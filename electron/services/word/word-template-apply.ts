// The template stage of the Word export: the package docx wrote for the report, dressed in the
// organisation's template. Its styles (with the app's own for the parts it has none for), its
// numbering (the app's lists added under numbers of their own), its theme, its page and its
// headers and footers with their images replace the app's; its company and category join the
// document's properties. The report's content is not touched, only the styles it names.
import { posix } from 'node:path';
import { XMLSerializer } from '@xmldom/xmldom';
import { strFromU8, strToU8 } from 'fflate';
import { childElement, childElements, readXml, type Document, type Element } from '../../../shared/xml-reading';
import { xmlText } from './word-package';
import { NS, RELATIONSHIP, type KeptRelationship, type TemplatePart, type WordTemplate } from './word-template';
import { mergedStyles, planStyles } from './word-template-styles';
import { appListKinds, dressLists } from './word-template-lists';
import { themeHeaderFill } from './word-template-colours';
import { COLOUR } from './word-page';
import { isRightToLeft } from './word-styles';
import { nameInMessage } from '../../../shared/message-names';

export type PackageParts = Record<string, Uint8Array>;

const CONTENT_TYPE = {
  header: 'application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml',
  footer: 'application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml',
} as const;
/** The app's shading of table headings, as docx and the tables' XML write it. */
const APP_HEADER_FILL = new RegExp(`w:fill="${COLOUR.headerFill}"`, 'gi');
const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const EXTENDED_PROPERTIES = 'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties';
const CORE_PROPERTIES = 'http://schemas.openxmlformats.org/package/2006/metadata/core-properties';

function parse(parts: PackageParts, name: string): Document {
  const reading = readXml(strFromU8(parts[name]!));
  if (!reading.ok) throw new Error(`The Word document's part ${name} could not be read again.`);
  return reading.document;
}

function serialise(document: Document): Uint8Array {
  return strToU8(new XMLSerializer().serializeToString(document));
}

function relationshipsXml(relationships: readonly KeptRelationship[], targetOf: (relationship: KeptRelationship) => string): string {
  const items = relationships.map(
    (relationship) =>
      `<Relationship Id="${xmlText(relationship.id)}" Type="${relationship.type}" Target="${xmlText(targetOf(relationship))}"${relationship.external ? ' TargetMode="External"' : ''}/>`,
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${PACKAGE_RELATIONSHIPS}">${items.join('')}</Relationships>`;
}

/** A taken part written into the package under a name, with its relationships and images. */
function putPart(parts: PackageParts, name: string, part: TemplatePart): void {
  parts[name] = strToU8(part.xml);
  const relsName = name.replace(/([^/]+)$/, '_rels/$1.rels');
  delete parts[relsName];
  if (part.relationships.length === 0) return;
  // Images are named from the package's root; the part's relationships point at them from its folder.
  parts[relsName] = strToU8(relationshipsXml(part.relationships, (relationship) => (relationship.external ? relationship.target : posix.relative(posix.dirname(name), relationship.target))));
  for (const relationship of part.relationships) if (relationship.bytes !== undefined) parts[relationship.target] = relationship.bytes;
}

function maxId(elements: readonly Element[], attribute: string): number {
  return elements.reduce((most, element) => Math.max(most, Number(element.getAttributeNS(NS.w, attribute)) || 0), 0);
}

/** The template's numbering with the app's lists added under ids of their own; the new id of each of the app's lists. */
function mergeNumbering(parts: PackageParts, numbering: TemplatePart | null): Map<string, string> {
  const renumbered = new Map<string, string>();
  if (numbering === null || parts['word/numbering.xml'] === undefined) return renumbered;
  const reading = readXml(numbering.xml);
  if (!reading.ok) throw new Error('The numbering of the Word template could not be read again.');
  const { document, root } = reading;
  const app = parse(parts, 'word/numbering.xml').documentElement!;
  const abstractOffset = maxId(childElements(root, 'abstractNum', NS.w), 'abstractNumId') + 1;
  const numberOffset = maxId(childElements(root, 'num', NS.w), 'numId');
  const firstNumber = childElements(root).find((element) => element.localName === 'num' || element.localName === 'numIdMacAtCleanup') ?? null;
  const cleanup = childElement(root, 'numIdMacAtCleanup', NS.w);
  for (const abstract of childElements(app, 'abstractNum', NS.w)) {
    const copy = document.importNode(abstract, true) as Element;
    // docx marks its lists for Word 2013 (w15:restartNumberingAfterBreak); the template's part need not declare that namespace ignorable.
    for (const attribute of Array.from(copy.attributes)) if (attribute.namespaceURI !== NS.w && attribute.namespaceURI !== 'http://www.w3.org/2000/xmlns/') copy.removeAttributeNode(attribute);
    copy.setAttributeNS(NS.w, 'w:abstractNumId', String(Number(abstract.getAttributeNS(NS.w, 'abstractNumId')) + abstractOffset));
    root.insertBefore(copy, firstNumber);
  }
  for (const list of childElements(app, 'num', NS.w)) {
    const copy = document.importNode(list, true) as Element;
    const id = list.getAttributeNS(NS.w, 'numId') ?? '0';
    const next = String(Number(id) + numberOffset);
    renumbered.set(id, next);
    copy.setAttributeNS(NS.w, 'w:numId', next);
    const abstract = childElement(copy, 'abstractNumId', NS.w);
    if (abstract !== null) abstract.setAttributeNS(NS.w, 'w:val', String(Number(abstract.getAttributeNS(NS.w, 'val')) + abstractOffset));
    root.insertBefore(copy, cleanup);
  }
  putPart(parts, 'word/numbering.xml', { xml: new XMLSerializer().serializeToString(document), relationships: numbering.relationships });
  return renumbered;
}

/** The list docx numbers the app's section headings with (its Heading 1 style's). */
function sectionNumberId(appStyles: Document): string | null {
  const heading = childElements(appStyles.documentElement!, 'style', NS.w).find((style) => style.getAttributeNS(NS.w, 'styleId') === 'Heading1');
  const properties = heading === undefined ? null : childElement(heading, 'pPr', NS.w);
  const list = properties === null ? null : childElement(properties, 'numPr', NS.w);
  return list === null ? null : (childElement(list, 'numId', NS.w)?.getAttributeNS(NS.w, 'val') ?? null);
}

/** The part's style and list references as the merged styles and numbering name them. */
function renameReferences(xml: string, ids: ReadonlyMap<string, string>, numbers: ReadonlyMap<string, string>): string {
  return xml
    .replace(/<w:(pStyle|rStyle) w:val="([^"]*)"\/>/g, (whole, kind: string, id: string) => `<w:${kind} w:val="${xmlText(ids.get(id) ?? id)}"/>`)
    .replace(/<w:numId w:val="(\d+)"\/>/g, (whole, id: string) => `<w:numId w:val="${numbers.get(id) ?? id}"/>`);
}

interface SectionReference {
  kind: 'header' | 'footer';
  type: string;
  id: string;
}

/** The template's headers and footers in place of the app's: parts, relationships, content types. */
function replaceHeadersAndFooters(parts: PackageParts, template: WordTemplate, types: Document): SectionReference[] {
  const relationships = parse(parts, 'word/_rels/document.xml.rels');
  const root = relationships.documentElement!;
  for (const relationship of childElements(root, 'Relationship', PACKAGE_RELATIONSHIPS)) {
    const type = relationship.getAttribute('Type');
    if (type !== RELATIONSHIP.header && type !== RELATIONSHIP.footer) continue;
    const target = `word/${relationship.getAttribute('Target') ?? ''}`;
    delete parts[target];
    delete parts[target.replace(/([^/]+)$/, '_rels/$1.rels')];
    root.removeChild(relationship);
    for (const override of childElements(types.documentElement!, 'Override', NS.contentTypes)) if (override.getAttribute('PartName') === `/${target}`) types.documentElement!.removeChild(override);
  }
  const references = template.headersFooters.map((part, index): SectionReference => {
    const name = `template-${part.kind}${index + 1}.xml`;
    const id = `rIdTemplate${index + 1}`;
    putPart(parts, `word/${name}`, part);
    const relationship = relationships.createElementNS(PACKAGE_RELATIONSHIPS, 'Relationship');
    relationship.setAttribute('Id', id);
    relationship.setAttribute('Type', RELATIONSHIP[part.kind]);
    relationship.setAttribute('Target', name);
    root.appendChild(relationship);
    const override = types.createElementNS(NS.contentTypes, 'Override');
    override.setAttribute('PartName', `/word/${name}`);
    override.setAttribute('ContentType', CONTENT_TYPE[part.kind]);
    types.documentElement!.appendChild(override);
    return { kind: part.kind, type: part.type, id };
  });
  parts['word/_rels/document.xml.rels'] = serialise(relationships);
  return references;
}

/** Content types for the images the template's parts brought, by extension. */
function addImageTypes(types: Document, parts: readonly (TemplatePart | null)[]): void {
  const root = types.documentElement!;
  const known = new Set(childElements(root, 'Default', NS.contentTypes).map((element) => element.getAttribute('Extension')?.toLowerCase()));
  for (const relationship of parts.flatMap((part) => part?.relationships ?? [])) {
    const extension = relationship.target.slice(relationship.target.lastIndexOf('.') + 1).toLowerCase();
    if (relationship.contentType === undefined || known.has(extension)) continue;
    known.add(extension);
    const entry = types.createElementNS(NS.contentTypes, 'Default');
    entry.setAttribute('Extension', extension);
    entry.setAttribute('ContentType', relationship.contentType);
    root.insertBefore(entry, root.firstChild);
  }
}

/** The template's last section (page, margins, columns …) with these headers and footers; the app's own where it has none. */
function sectionXml(template: WordTemplate, documentXml: string, references: readonly SectionReference[] | null): { start: number; end: number; xml: string } {
  const start = documentXml.lastIndexOf('<w:sectPr');
  const end = documentXml.indexOf('</w:sectPr>', start) + '</w:sectPr>'.length;
  const appSection = documentXml.slice(start, end);
  if (template.page.sectionXml === '') return { start, end, xml: appSection };
  const reading = readXml(template.page.sectionXml);
  if (!reading.ok) throw new Error('The page of the Word template could not be read again.');
  const { document, root } = reading;
  // Declared once on the section, not on each reference.
  root.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns:r', NS.r);
  const own = references ?? [...appSection.matchAll(/<w:(header|footer)Reference w:type="(\w+)" r:id="([^"]+)"\/>/g)].map(([, kind, type, id]) => ({ kind: kind as 'header' | 'footer', type: type!, id: id! }));
  for (const reference of [...own].reverse()) {
    const element = document.createElementNS(NS.w, `w:${reference.kind}Reference`);
    element.setAttributeNS(NS.w, 'w:type', reference.type);
    element.setAttributeNS(NS.r, 'r:id', reference.id);
    root.insertBefore(element, root.firstChild);
  }
  // The app's own header leaves the first page, which carries the title, without one.
  if (references === null && childElement(root, 'titlePg', NS.w) === null) {
    const after = childElements(root).find((element) => ['textDirection', 'bidi', 'rtlGutter', 'docGrid', 'printerSettings', 'sectPrChange'].includes(element.localName ?? '')) ?? null;
    root.insertBefore(document.createElementNS(NS.w, 'w:titlePg'), after);
  }
  return { start, end, xml: new XMLSerializer().serializeToString(root) };
}

function addProperty(parts: PackageParts, name: string, namespace: string, qualifiedName: string, value: string | null): void {
  if (value === null || parts[name] === undefined) return;
  const document = parse(parts, name);
  const element = document.createElementNS(namespace, qualifiedName);
  element.appendChild(document.createTextNode(value));
  document.documentElement!.appendChild(element);
  parts[name] = serialise(document);
}

/**
 * The largest drawing id in the template's headers and footers (0 without any): a drawing's id is
 * unique in the whole document, so the report's pictures (numbered from 1, word-charts) are
 * numbered after the template's logo.
 */
function largestDrawingId(template: WordTemplate): number {
  let largest = 0;
  for (const part of template.headersFooters) for (const match of part.xml.matchAll(/<wp:docPr\b[^>]*?\sid="(\d+)"/g)) largest = Math.max(largest, Number(match[1]));
  return largest;
}

/** The report's drawings in `xml` numbered `by` further on. */
function drawingIdsAfter(xml: string, by: number): string {
  return by === 0 || !xml.includes('<wp:docPr id="') ? xml : xml.replace(/<wp:docPr id="(\d+)"/g, (whole, id: string) => `<wp:docPr id="${Number(id) + by}"`);
}

/** The package in the template's look, and the renaming of styles and lists the blocks written as XML text take as they are made. */
export interface DressedParts {
  parts: PackageParts;
  rewrite: (xml: string) => string;
}

/** The package docx wrote (its blocks still to come, word-package), in the template's look. */
export function applyTemplate(parts: PackageParts, template: WordTemplate, language: string, rightToLeft: boolean): DressedParts {
  const result: PackageParts = { ...parts };
  const plan = planStyles(template);
  const appStyles = strFromU8(parts['word/styles.xml']!);
  const numbers = mergeNumbering(result, template.numbering);
  if (template.styles.xml !== '') result['word/styles.xml'] = strToU8(mergedStyles(template, appStyles, plan, language, rightToLeft, numbers));
  const ids = template.styles.xml === '' ? new Map<string, string>() : plan.ids;
  const types = parse(result, '[Content_Types].xml');
  const references = template.headersFooters.length === 0 ? null : replaceHeadersAndFooters(result, template, types);
  let documentXml = strFromU8(result['word/document.xml']!);
  const sectionList = sectionNumberId(parse(parts, 'word/styles.xml'));
  // Section numbers follow the template's heading numbering where it has one, the app's otherwise.
  if (!plan.copied.has('Heading1') && !plan.headingsNumbered && sectionList !== null && template.styles.xml !== '') {
    documentXml = documentXml.replaceAll('<w:pStyle w:val="Heading1"/>', `<w:pStyle w:val="Heading1"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${sectionList}"/></w:numPr>`);
  }
  const section = sectionXml(template, documentXml, references);
  documentXml = documentXml.slice(0, section.start) + section.xml + documentXml.slice(section.end);
  // Table headings shaded in the theme's accent, where a miss still stands out from them.
  const headerFill = themeHeaderFill(template.theme?.xml ?? null);
  const recoloured = (xml: string) => (headerFill === null ? xml : xml.replace(APP_HEADER_FILL, `w:fill="${headerFill}"`));
  documentXml = recoloured(renameReferences(documentXml, ids, numbers));
  if (result['word/numbering.xml'] !== undefined && template.numbering !== null) {
    // The app's lists, by their ids in the merged numbering, then in the template's list styles.
    const kinds = new Map([...appListKinds(strFromU8(parts['word/numbering.xml'] ?? new Uint8Array()))].map(([id, kind]) => [numbers.get(id) ?? id, kind]));
    const lists = dressLists(documentXml, result['word/numbering.xml'], ids.get('ListParagraph') ?? 'ListParagraph', kinds, plan.lists);
    documentXml = lists.documentXml;
    result['word/numbering.xml'] = lists.numbering;
  }
  result['word/document.xml'] = strToU8(documentXml);
  for (const name of Object.keys(result).filter((part) => /^word\/(footnotes|endnotes|header\d+|footer\d+)\.xml$/.test(part))) {
    result[name] = strToU8(renameReferences(strFromU8(result[name]!), ids, numbers));
  }
  if (template.theme !== null && result['word/theme/theme1.xml'] !== undefined) putPart(result, 'word/theme/theme1.xml', template.theme);
  if (references !== null && template.page.evenAndOdd) result['word/settings.xml'] = strToU8(strFromU8(result['word/settings.xml']!).replace('<w:evenAndOddHeaders w:val="false"/>', '<w:evenAndOddHeaders/>'));
  if (template.page.mirrorMargins) result['word/settings.xml'] = strToU8(strFromU8(result['word/settings.xml']!).replace('<w:defaultTabStop', '<w:mirrorMargins/><w:defaultTabStop'));
  addImageTypes(types, [...template.headersFooters, template.numbering, template.theme]);
  result['[Content_Types].xml'] = serialise(types);
  addProperty(result, 'docProps/app.xml', EXTENDED_PROPERTIES, 'Company', template.properties.company);
  addProperty(result, 'docProps/core.xml', CORE_PROPERTIES, 'cp:category', template.properties.category);
  const drawingsAfter = references === null ? 0 : largestDrawingId(template);
  return { parts: result, rewrite: (xml) => drawingIdsAfter(recoloured(renameReferences(xml, ids, numbers)), drawingsAfter) };
}

/** The template stage of a document in a language; whatever in a template it cannot take stops the export with a sentence naming the template. */
export function dressedInTemplate(parts: PackageParts, template: WordTemplate, language: string): DressedParts {
  try {
    return applyTemplate(parts, template, language, isRightToLeft(language));
  } catch (error) {
    throw new Error(`The Word template "${nameInMessage(template.fileName)}" could not be applied (${error instanceof Error ? error.message : String(error)}); nothing was written.`, { cause: error });
  }
}
