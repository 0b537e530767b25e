// A Word template as the export takes it in: what it read from the organisation's .docx or
// .dotx (its styles, numbering, theme, page, headers and footers with their images, document
// properties), and which of the report's parts each of its styles will dress. Its body is never
// read into the document. word-template-read.ts makes one; word-template-apply.ts puts it on
// the package docx wrote.
import type { TemplateStyleChoice } from '../../../shared/api';

export const NS = {
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  relationships: 'http://schemas.openxmlformats.org/package/2006/relationships',
  contentTypes: 'http://schemas.openxmlformats.org/package/2006/content-types',
  strictW: 'http://purl.oclc.org/ooxml/wordprocessingml/main',
} as const;

export const RELATIONSHIP = {
  officeDocument: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  numbering: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering',
  theme: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme',
  settings: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings',
  header: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/header',
  footer: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer',
  image: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image',
  hyperlink: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink',
  extendedProperties: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties',
  coreProperties: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
} as const;

/** The page of the template's last section, in twips. */
export interface TemplatePage {
  width: number;
  height: number;
  landscape: boolean;
  margin: { top: number; right: number; bottom: number; left: number; header: number; footer: number; gutter: number };
  /** The template's last w:sectPr, as XML, its header and footer references and printer settings taken out. */
  sectionXml: string;
  /** A first page of its own (w:titlePg): no header or another one. */
  titlePage: boolean;
  /** Odd and even pages have their own headers (w:evenAndOddHeaders in settings). */
  evenAndOdd: boolean;
  mirrorMargins: boolean;
}

/** A relationship a taken part keeps: an image it shows (its bytes carried along) or a web link. */
export interface KeptRelationship {
  id: string;
  type: string;
  /** For an image, its new name in the package (word/media/…); for a link, its address. */
  target: string;
  external: boolean;
  bytes?: Uint8Array;
  contentType?: string;
}

/** A header, a footer or the numbering, with what it refers to. */
export interface TemplatePart {
  xml: string;
  relationships: KeptRelationship[];
}

export type HeaderFooterType = 'default' | 'first' | 'even';

export interface TemplateHeaderFooter extends TemplatePart {
  kind: 'header' | 'footer';
  type: HeaderFooterType;
}

/** A style of the template, as far as matching and measuring need it. */
export interface TemplateStyle {
  id: string;
  /** The name Word stores: built-in styles in English ("heading 1", "caption") whatever the interface language. */
  name: string;
  type: 'paragraph' | 'character' | 'table' | 'numbering';
  basedOn: string | null;
  /** 0 for a first-level heading, as w:outlineLvl counts; null for body text. */
  outlineLevel: number | null;
  /** The style numbers its paragraphs (w:numPr with a list other than 0). */
  numbered: boolean;
  /** The list its own w:numPr names (List Bullet's bullets, List Number's numbers), and the level in it; null where it names none. */
  list: { numId: string; level: number } | null;
  /** Its own font: a name, or "+minor" / "+major" for the theme's body or heading font. */
  font: string | null;
  /** In half-points. */
  size: number | null;
  isDefault: boolean;
}

/** A part of the report, and the style that dresses it in the exported document (the window lists them). */
export type StyleChoice = TemplateStyleChoice;

export interface WordTemplate {
  fileName: string;
  /** SHA-256 of the file, hex: the template a report names is this one and no other. */
  sha256: string;
  page: TemplatePage;
  /** styles.xml as the template has it ('' for none), its styles, and the font its defaults give text (w:docDefaults). */
  styles: { xml: string; catalogue: TemplateStyle[]; defaultFont: string | null };
  numbering: TemplatePart | null;
  theme: TemplatePart | null;
  /** The fonts its theme names for body text and headings (a:minorFont, a:majorFont). */
  themeFonts: { body: string | null; headings: string | null };
  headersFooters: TemplateHeaderFooter[];
  properties: { company: string | null; category: string | null };
}

export type TemplateReading = { ok: true; template: WordTemplate; styleMap: StyleChoice[]; warnings: string[] } | { ok: false; problem: string };
