// The parts of a template's package, read one by one within the ZIP limits: their XML, their
// relationships, their content types, and a part taken with what it refers to. Only images
// inside the package and web links are kept; every other relationship (a linked image, remote
// data, an embedded object) is left out, its reference taken out of the part, and named.
import { posix } from 'node:path';
import { XMLSerializer } from '@xmldom/xmldom';
import { childElements, readXml, type Document, type Element } from '../../../shared/xml-reading';
import { NS, RELATIONSHIP, type KeptRelationship, type TemplatePart } from './word-template';
import { inflateEntry, type ZipEntry } from './word-template-zip';

/** A problem that ends the reading: its message is the sentence the person reads. */
export class TemplateProblem extends Error {}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

const IMAGE_TYPES: Readonly<Record<string, string>> = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  jpg: 'image/jpeg',
  gif: 'image/gif',
  bmp: 'image/bmp',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  emf: 'image/x-emf',
  wmf: 'image/x-wmf',
  svg: 'image/svg+xml',
};

/** Elements that show what a relationship points to: dropped whole when it is left out. */
const HOLDERS = new Set(['drawing', 'pict', 'object']);

export class TemplatePackage {
  private imageCount = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly entries: ReadonlyMap<string, ZipEntry>,
    readonly warnings: string[],
  ) {}

  has(name: string): boolean {
    return this.entries.has(name);
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  bytesOf(name: string): Buffer {
    const entry = this.entries.get(name);
    if (entry === undefined) throw new TemplateProblem(`the file is damaged: it names a part ${name} that it does not hold`);
    const inflated = inflateEntry(this.bytes, entry);
    if (!inflated.ok) throw new TemplateProblem(inflated.message);
    return inflated.bytes;
  }

  xmlOf(name: string): Document {
    const reading = readXml(this.bytesOf(name).toString('utf8'));
    if (!reading.ok) throw new TemplateProblem(`the file is damaged: its part ${name} is not well-formed XML (${reading.message})`);
    return reading.document;
  }

  /** The relationships of a part ("word/document.xml" → "word/_rels/document.xml.rels"); none when it has no such part. */
  relationshipsOf(part: string): Relationship[] {
    const name = posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`);
    if (!this.has(name)) return [];
    return childElements(this.xmlOf(name).documentElement!, 'Relationship', NS.relationships).map((element) => {
      const external = element.getAttribute('TargetMode') === 'External';
      const target = element.getAttribute('Target') ?? '';
      // Targets inside the package are relative to the part's folder, or absolute from its root.
      const resolved = external ? target : target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(posix.dirname(part), target));
      return { id: element.getAttribute('Id') ?? '', type: element.getAttribute('Type') ?? '', target: resolved, external };
    });
  }

  /** The part a relationship of this type leads to from the given part, or null. */
  related(part: string, type: string): string | null {
    const found = this.relationshipsOf(part).find((relationship) => relationship.type === type && !relationship.external);
    return found === undefined || !this.has(found.target) ? null : found.target;
  }

  /**
   * A part taken out of the template: its XML, its images (renamed to be the template's own in
   * the new package) and web links kept; anything else it refers to left out, named in the warnings.
   */
  takePart(name: string, what: string): TemplatePart {
    const document = this.xmlOf(name);
    const relationships: KeptRelationship[] = [];
    const dropped = new Set<string>();
    for (const relationship of this.relationshipsOf(name)) {
      if (relationship.type === RELATIONSHIP.hyperlink && relationship.external) {
        relationships.push({ id: relationship.id, type: relationship.type, target: relationship.target, external: true });
        continue;
      }
      const extension = posix.extname(relationship.target).slice(1).toLowerCase();
      if (relationship.type === RELATIONSHIP.image && !relationship.external && IMAGE_TYPES[extension] !== undefined && this.has(relationship.target)) {
        this.imageCount += 1;
        relationships.push({
          id: relationship.id,
          type: relationship.type,
          target: `word/media/template-image${this.imageCount}.${extension}`,
          external: false,
          bytes: this.bytesOf(relationship.target),
          contentType: IMAGE_TYPES[extension]!,
        });
        continue;
      }
      dropped.add(relationship.id);
      this.warnings.push(`${what}: ${describeLeftOut(relationship)} was left out.`);
    }
    if (dropped.size > 0) removeReferences(document.documentElement!, dropped);
    return { xml: new XMLSerializer().serializeToString(document), relationships };
  }
}

function kindOf(type: string): string {
  return type.slice(type.lastIndexOf('/') + 1);
}

/** "the linked image http://…", "the attached template …", "remote data (…) at …". */
export function describeLeftOut(relationship: Relationship): string {
  const kind = kindOf(relationship.type);
  if (kind === 'image') return relationship.external ? `the linked image ${relationship.target}` : `the image ${relationship.target}, in a format Word documents do not show`;
  if (kind === 'attachedTemplate') return `the attached template ${relationship.target}`;
  if (relationship.external) return `the link to outside data (${kind}) at ${relationship.target}`;
  return `the embedded ${kind} (${relationship.target})`;
}

/** Takes out what refers to a relationship left out: the drawing or object that shows it, or the reference alone. */
function removeReferences(element: Element, dropped: ReadonlySet<string>): void {
  for (const child of childElements(element)) {
    const reference = Array.from(child.attributes).find((attribute) => attribute.namespaceURI === NS.r && dropped.has(attribute.value));
    if (reference !== undefined && child.namespaceURI === NS.w && HOLDERS.has(child.localName ?? '')) {
      element.removeChild(child);
      continue;
    }
    if (reference !== undefined) child.removeAttributeNode(reference);
    const holder = reference === undefined ? null : nearestHolder(child);
    if (holder !== null && holder.parentNode !== null) {
      holder.parentNode.removeChild(holder);
      continue;
    }
    removeReferences(child, dropped);
  }
}

/** The drawing, picture or object an element is part of, if any; a blip's link alone is dropped, its picture kept empty. */
function nearestHolder(element: Element): Element | null {
  if (element.localName === 'blip' && element.namespaceURI === NS.a) return null;
  for (let node = element.parentNode; node !== null && node.nodeType === node.ELEMENT_NODE; node = node.parentNode) {
    const parent = node as Element;
    if (parent.namespaceURI === NS.w && HOLDERS.has(parent.localName ?? '')) return parent;
  }
  return null;
}

/** The content type a package gives a part ([Content_Types].xml: its Override, or its extension's Default). */
export function contentTypeOf(types: Document, part: string): string | null {
  const root = types.documentElement!;
  const override = childElements(root, 'Override', NS.contentTypes).find((element) => element.getAttribute('PartName')?.toLowerCase() === `/${part}`.toLowerCase());
  if (override !== undefined) return override.getAttribute('ContentType');
  const extension = posix.extname(part).slice(1).toLowerCase();
  return childElements(root, 'Default', NS.contentTypes).find((element) => element.getAttribute('Extension')?.toLowerCase() === extension)?.getAttribute('ContentType') ?? null;
}
