// Which style dresses each part of the report in a template: matched as Word matches built-in
// styles, by the name Word stores ("heading 1", "Title", "caption", in English whatever the
// interface language) and, for headings, by outline level; never by the style's id, which a
// French template spells "Titre1". A part the template has no style for keeps the app's own
// style, copied in on the template's body text (its fonts, not Arial).
import { XMLSerializer } from '@xmldom/xmldom';
import { childElement, childElements, readXml, type Element } from '../../../shared/xml-reading';
import { NS, type StyleChoice, type TemplateStyle, type WordTemplate } from './word-template';
import { listChoices, templateLists, type TemplateLists } from './word-template-lists';
import { themeHeaderFill } from './word-template-colours';

interface ReportPart {
  /** The style id the app's own document uses for the part. */
  appId: string;
  part: string;
  type: 'paragraph' | 'character';
  /** Word's built-in name for such a part; null where Word has none, and the app's style is kept. */
  builtIn: string | null;
  outlineLevel?: number;
}

const REPORT_PARTS: readonly ReportPart[] = [
  { appId: 'Title', part: 'Title', type: 'paragraph', builtIn: 'title' },
  { appId: 'Heading1', part: 'Section headings', type: 'paragraph', builtIn: 'heading 1', outlineLevel: 0 },
  { appId: 'Heading2', part: 'Sub-section headings', type: 'paragraph', builtIn: 'heading 2', outlineLevel: 1 },
  { appId: 'Normal', part: 'Body text', type: 'paragraph', builtIn: 'normal' },
  { appId: 'ListParagraph', part: 'List items', type: 'paragraph', builtIn: 'list paragraph' },
  { appId: 'Caption', part: 'Figure captions', type: 'paragraph', builtIn: 'caption' },
  { appId: 'FootnoteText', part: 'Footnotes', type: 'paragraph', builtIn: 'footnote text' },
  { appId: 'FootnoteReference', part: 'Footnote numbers', type: 'character', builtIn: 'footnote reference' },
  { appId: 'Hyperlink', part: 'Links', type: 'character', builtIn: 'hyperlink' },
  { appId: 'TableCaption', part: 'Table captions', type: 'paragraph', builtIn: null },
  { appId: 'TableNote', part: 'Table notes', type: 'paragraph', builtIn: null },
  { appId: 'TableText', part: 'Table text', type: 'paragraph', builtIn: null },
  { appId: 'TableHeading', part: 'Table headings', type: 'paragraph', builtIn: null },
  { appId: 'TableFigure', part: 'Table figures', type: 'paragraph', builtIn: null },
  { appId: 'ReportDetails', part: 'Report details', type: 'paragraph', builtIn: null },
  { appId: 'RunningHeader', part: 'Running header', type: 'paragraph', builtIn: null },
];

export interface StylePlan {
  choices: StyleChoice[];
  /** The id each of the app's styles has in the exported document: the template's, or the app's own (renamed where the template uses that id). */
  ids: Map<string, string>;
  /** The app's styles copied into the template's. */
  copied: Set<string>;
  /** The template's default paragraph style. */
  normalId: string;
  /** The style for section headings numbers its paragraphs itself. */
  headingsNumbered: boolean;
  /** The template's own list styles, by kind and level. */
  lists: TemplateLists;
}

function byId(catalogue: readonly TemplateStyle[]): Map<string, TemplateStyle> {
  return new Map(catalogue.map((style) => [style.id, style]));
}

/** A style's own value, or the one it inherits (basedOn), guarding against a loop. */
export function inherited<T>(style: TemplateStyle, catalogue: ReadonlyMap<string, TemplateStyle>, pick: (style: TemplateStyle) => T | null): T | null {
  const seen = new Set<string>();
  for (let current: TemplateStyle | undefined = style; current !== undefined && !seen.has(current.id); current = current.basedOn === null ? undefined : catalogue.get(current.basedOn)) {
    seen.add(current.id);
    const value = pick(current);
    if (value !== null) return value;
  }
  return null;
}

/** The font the template's body text is set in: its default paragraph style's, its defaults', the theme's; Word's own default where none says. */
export function templateBodyFont(template: Pick<WordTemplate, 'styles' | 'themeFonts'>): string {
  const { catalogue, defaultFont } = template.styles;
  const styles = byId(catalogue);
  const normal = catalogue.find((style) => style.type === 'paragraph' && style.isDefault);
  const font = (normal === undefined ? null : inherited(normal, styles, (style) => style.font)) ?? defaultFont;
  if (font === '+minor') return template.themeFonts.body ?? 'Times New Roman';
  if (font === '+major') return template.themeFonts.headings ?? 'Times New Roman';
  return font ?? 'Times New Roman';
}

function templateStyleFor(part: ReportPart, catalogue: readonly TemplateStyle[], styles: ReadonlyMap<string, TemplateStyle>): TemplateStyle | null {
  if (part.builtIn === null) return null;
  const sameType = catalogue.filter((style) => style.type === part.type);
  if (part.appId === 'Normal') return sameType.find((style) => style.isDefault) ?? sameType.find((style) => style.name.toLowerCase() === 'normal') ?? null;
  const named = sameType.find((style) => style.name.trim().toLowerCase() === part.builtIn);
  if (named !== undefined || part.outlineLevel === undefined) return named ?? null;
  // A heading style of the organisation's own name, known by its outline level.
  return sameType.find((style) => !/^heading \d$/i.test(style.name) && inherited(style, styles, (each) => each.outlineLevel) === part.outlineLevel) ?? null;
}

function shownName(style: TemplateStyle): string {
  return style.name.replace(/\s+/g, '') === style.id ? style.name : `${style.name} (${style.id})`;
}

/** The app's own styles that the copied ones are based on: Table figure on Table text, Table caption on Caption. */
const APP_BASED_ON: Readonly<Record<string, string>> = { TableFigure: 'TableText', TableHeading: 'TableText', TableCaption: 'Caption' };

export function planStyles(template: Pick<WordTemplate, 'styles' | 'headersFooters' | 'numbering' | 'theme'>): StylePlan {
  const { catalogue } = template.styles;
  const styles = byId(catalogue);
  const taken = new Set(catalogue.map((style) => style.id));
  const ids = new Map<string, string>();
  const copied = new Set<string>();
  const choices: StyleChoice[] = [];
  for (const part of REPORT_PARTS) {
    const found = templateStyleFor(part, catalogue, styles);
    if (found !== null) {
      ids.set(part.appId, found.id);
      choices.push({ part: part.part, style: shownName(found), from: 'template' });
      continue;
    }
    let id = part.appId;
    for (let copy = 1; taken.has(id); copy += 1) id = `ReportDesk${part.appId}${copy === 1 ? '' : copy}`;
    taken.add(id);
    ids.set(part.appId, id);
    copied.add(part.appId);
    // The template's own headers and footers take the running header's place.
    if (part.appId === 'RunningHeader' && template.headersFooters.length > 0) continue;
    const base = APP_BASED_ON[part.appId];
    const on = base === undefined || !ids.has(base) || copied.has(base) ? '' : `, on the template's ${shownName(styles.get(ids.get(base)!)!)}`;
    choices.push({ part: part.part, style: `Report Desk's ${part.part.toLowerCase()}${on}`, from: 'Report Desk' });
  }
  const heading = styles.get(ids.get('Heading1')!);
  const lists = templateLists(catalogue, template.numbering !== null);
  // List items are told apart: bulleted and numbered lists each take the template's own list style where it has one.
  const listItems = choices.findIndex((choice) => choice.part === 'List items');
  choices.splice(listItems, 1, ...listChoices(lists, choices[listItems]!));
  const tableHeadings = choices.find((choice) => choice.part === 'Table headings');
  if (tableHeadings !== undefined && themeHeaderFill(template.theme?.xml ?? null) !== null) tableHeadings.style += ", shaded in the template's first accent colour";
  return {
    choices,
    lists,
    ids,
    copied,
    normalId: ids.get('Normal')!,
    headingsNumbered: heading !== undefined && inherited(heading, styles, (style) => (style.numbered ? true : null)) === true,
  };
}

function setAttribute(element: Element, name: string, value: string): void {
  element.setAttributeNS(NS.w, `w:${name}`, value);
}

/** The language of the report on the template's defaults, so Word checks spelling in it. */
function setLanguage(root: Element, language: string, rightToLeft: boolean): void {
  const document = root.ownerDocument!;
  let defaults = childElement(root, 'docDefaults', NS.w);
  if (defaults === null) {
    defaults = document.createElementNS(NS.w, 'w:docDefaults');
    root.insertBefore(defaults, root.firstChild);
  }
  let runDefault = childElement(defaults, 'rPrDefault', NS.w);
  if (runDefault === null) {
    runDefault = document.createElementNS(NS.w, 'w:rPrDefault');
    defaults.insertBefore(runDefault, defaults.firstChild);
  }
  let run = childElement(runDefault, 'rPr', NS.w);
  if (run === null) run = runDefault.appendChild(document.createElementNS(NS.w, 'w:rPr')) as Element;
  for (const old of childElements(run, 'lang', NS.w)) run.removeChild(old);
  const lang = document.createElementNS(NS.w, 'w:lang');
  setAttribute(lang, 'val', language);
  if (rightToLeft) setAttribute(lang, 'bidi', language);
  // w:lang comes last but for the East Asian layout and the complex-script hints (w:eastAsianLayout, w:specVanish, w:oMath).
  const after = childElements(run).find((element) => ['eastAsianLayout', 'specVanish', 'oMath'].includes(element.localName ?? ''));
  run.insertBefore(lang, after ?? null);
}

/**
 * The template's styles.xml with the app's styles it lacks copied in (their ids as planned,
 * based on the template's body text, without Arial or a language of their own), and the report's
 * language on its defaults. appStylesXml is the styles part docx wrote for the document.
 */
export function mergedStyles(template: Pick<WordTemplate, 'styles'>, appStylesXml: string, plan: StylePlan, language: string, rightToLeft: boolean, numberIds: ReadonlyMap<string, string>): string {
  const target = readXml(template.styles.xml);
  const source = readXml(appStylesXml);
  if (!target.ok || !source.ok) throw new Error('The styles of the Word template could not be read again.');
  const appStyles = new Map(childElements(source.root, 'style', NS.w).map((style) => [style.getAttributeNS(NS.w, 'styleId') ?? '', style]));
  for (const appId of plan.copied) {
    const original = appStyles.get(appId);
    if (original === undefined) continue;
    const style = target.document.importNode(original, true) as Element;
    setAttribute(style, 'styleId', plan.ids.get(appId)!);
    style.removeAttributeNS(NS.w, 'default');
    for (const link of childElements(style, 'link', NS.w)) style.removeChild(link);
    for (const reference of [...childElements(style, 'basedOn', NS.w), ...childElements(style, 'next', NS.w)]) {
      // Another of the app's parts, as planned; anything else (Word's Default Paragraph Font) is the template's business.
      const mapped = plan.ids.get(reference.getAttributeNS(NS.w, 'val') ?? '');
      if (mapped === undefined) style.removeChild(reference);
      else setAttribute(reference, 'val', mapped);
    }
    // The template's fonts and the document's language, not the app's Arial.
    const run = childElement(style, 'rPr', NS.w);
    if (run !== null) for (const dropped of [...childElements(run, 'rFonts', NS.w), ...childElements(run, 'lang', NS.w)]) run.removeChild(dropped);
    // The app's section numbering, under the number it has in the merged numbering.
    const numberId = childElement(childElement(childElement(style, 'pPr', NS.w) ?? style, 'numPr', NS.w) ?? style, 'numId', NS.w);
    if (numberId !== null) setAttribute(numberId, 'val', numberIds.get(numberId.getAttributeNS(NS.w, 'val') ?? '') ?? '0');
    target.root.appendChild(style);
  }
  setLanguage(target.root, language, rightToLeft);
  return new XMLSerializer().serializeToString(target.document);
}
