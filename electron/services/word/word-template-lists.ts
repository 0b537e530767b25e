// The report's lists in a template's own list styles. Word's built-in List Bullet and List Number
// (and their second levels, List Bullet 2 and List Number 2), found by the names Word stores as
// every style is, carry the organisation's bullets, numbers and indents through the lists they
// name. A bulleted item takes the style and its list; each numbered list takes the style and a
// list of its own on the same definition, so every list counts from 1 as the app's do. A level
// the template has no such style for (or one that names no list) keeps the app's own list.
import { XMLSerializer } from '@xmldom/xmldom';
import { strFromU8, strToU8 } from 'fflate';
import { childElement, childElements, readXml, type Document } from '../../../shared/xml-reading';
import { NS, type StyleChoice, type TemplateStyle } from './word-template';
import { xmlText } from './word-package';

export type ListKind = 'bullet' | 'numbered';

/** The template's style for each kind of list, level by level (0 and 1); null where it has none that names a list. */
export type TemplateLists = Record<ListKind, (TemplateStyle | null)[]>;

const LIST_STYLE_NAMES: Record<ListKind, readonly string[]> = { bullet: ['list bullet', 'list bullet 2'], numbered: ['list number', 'list number 2'] };
const LIST_PART: Record<ListKind, string> = { bullet: 'Bulleted lists', numbered: 'Numbered lists' };

export function templateLists(catalogue: readonly TemplateStyle[], hasNumbering: boolean): TemplateLists {
  const named = (name: string) => catalogue.find((style) => style.type === 'paragraph' && style.name.trim().toLowerCase() === name && style.list !== null) ?? null;
  // Without its numbering part, a style's list names nothing the document holds.
  const levels = (kind: ListKind) => LIST_STYLE_NAMES[kind].map((name) => (hasNumbering ? named(name) : null));
  return { bullet: levels('bullet'), numbered: levels('numbered') };
}

function shownName(style: TemplateStyle): string {
  return style.name.replace(/\s+/g, '') === style.id ? style.name : `${style.name} (${style.id})`;
}

/** What the window and the command line list for the lists: the template's list styles, or what the app's items take. */
export function listChoices(lists: TemplateLists, listItems: StyleChoice): StyleChoice[] {
  return (['bullet', 'numbered'] as const).map((kind) => {
    const [first, second] = lists[kind];
    if (first == null) return { part: LIST_PART[kind], style: listItems.from === 'template' ? `${listItems.style}, with Report Desk's ${kind === 'bullet' ? 'bullets' : 'numbers'}` : "Report Desk's list items", from: listItems.from };
    return { part: LIST_PART[kind], style: second == null ? shownName(first) : `${shownName(first)}, ${shownName(second)}`, from: 'template' };
  });
}

/** Each of the app's lists, by the id docx gave it, and whether it bullets or numbers its items. */
export function appListKinds(appNumberingXml: string): Map<string, ListKind> {
  const kinds = new Map<string, ListKind>();
  const reading = readXml(appNumberingXml);
  if (!reading.ok) return kinds;
  const abstractKind = new Map<string, ListKind>();
  for (const abstract of childElements(reading.root, 'abstractNum', NS.w)) {
    const first = childElements(abstract, 'lvl', NS.w)[0];
    const format = first === undefined ? null : childElement(first, 'numFmt', NS.w)?.getAttributeNS(NS.w, 'val');
    abstractKind.set(abstract.getAttributeNS(NS.w, 'abstractNumId') ?? '', format === 'bullet' ? 'bullet' : 'numbered');
  }
  for (const list of childElements(reading.root, 'num', NS.w)) {
    const kind = abstractKind.get(childElement(list, 'abstractNumId', NS.w)?.getAttributeNS(NS.w, 'val') ?? '');
    if (kind !== undefined) kinds.set(list.getAttributeNS(NS.w, 'numId') ?? '', kind);
  }
  return kinds;
}

/** A new list on the same definition as the one given, counting from 1 at the level given; its id. */
function restartedList(numbering: Document, numId: string, level: number): string | null {
  const root = numbering.documentElement!;
  const lists = childElements(root, 'num', NS.w);
  const abstractId = lists.find((list) => list.getAttributeNS(NS.w, 'numId') === numId)?.getElementsByTagNameNS(NS.w, 'abstractNumId')[0]?.getAttributeNS(NS.w, 'val');
  if (abstractId == null) return null;
  const id = String(lists.reduce((most, list) => Math.max(most, Number(list.getAttributeNS(NS.w, 'numId')) || 0), 0) + 1);
  const list = numbering.createElementNS(NS.w, 'w:num');
  list.setAttributeNS(NS.w, 'w:numId', id);
  const abstract = list.appendChild(numbering.createElementNS(NS.w, 'w:abstractNumId'));
  (abstract as typeof list).setAttributeNS(NS.w, 'w:val', abstractId);
  const override = list.appendChild(numbering.createElementNS(NS.w, 'w:lvlOverride')) as typeof list;
  override.setAttributeNS(NS.w, 'w:ilvl', String(level));
  (override.appendChild(numbering.createElementNS(NS.w, 'w:startOverride')) as typeof list).setAttributeNS(NS.w, 'w:val', '1');
  root.insertBefore(list, childElement(root, 'numIdMacAtCleanup', NS.w));
  return id;
}

/**
 * The list paragraphs of the document part (its styles and lists already renamed to the merged
 * package's: listParagraphId is the style list items have there, kinds keyed by the merged list
 * ids) in the template's list styles; numberingXml is the merged numbering, which gains a list for
 * each numbered list that restarts. Returns both parts.
 */
export function dressLists(documentXml: string, numberingXml: Uint8Array, listParagraphId: string, kinds: ReadonlyMap<string, ListKind>, lists: TemplateLists): { documentXml: string; numbering: Uint8Array } {
  if ([...lists.bullet, ...lists.numbered].every((style) => style === null)) return { documentXml, numbering: numberingXml };
  const reading = readXml(strFromU8(numberingXml));
  if (!reading.ok) return { documentXml, numbering: numberingXml };
  // A list item's style, what stands between it and its list in w:pPr (keepNext, spacing …), and the list.
  const item = new RegExp(`<w:pStyle w:val="${xmlText(listParagraphId).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"/>((?:(?!</w:pPr>)[\\s\\S])*?)<w:numPr><w:ilvl w:val="(\\d)"/><w:numId w:val="(\\d+)"/></w:numPr>`, 'g');
  const restarted = new Map<string, string | null>();
  const dressed = documentXml.replace(item, (whole, between: string, level: string, numId: string) => {
    const kind = kinds.get(numId);
    const style = kind === undefined ? null : lists[kind][Number(level)];
    if (style == null || style.list === null) return whole;
    const opening = `<w:pStyle w:val="${xmlText(style.id)}"/>${between}`;
    // Bullets: the style's own list does it all. Numbers: each of the app's lists counts on its own, from 1.
    if (kind === 'bullet') return opening;
    const key = `${numId}:${level}`;
    if (!restarted.has(key)) restarted.set(key, restartedList(reading.document, style.list.numId, style.list.level));
    const own = restarted.get(key);
    return own == null ? opening : `${opening}<w:numPr><w:ilvl w:val="${style.list.level}"/><w:numId w:val="${own}"/></w:numPr>`;
  });
  return { documentXml: dressed, numbering: restarted.size === 0 ? numberingXml : strToU8(new XMLSerializer().serializeToString(reading.document)) };
}
