// Checks .docx packages against ECMA-376's transitional schemas (test/ooxml/xsd) with Debian's
// xmllint: every XML part of every package, after markup compatibility is applied as Word applies
// it (what mc:Ignorable names dropped, each mc:AlternateContent replaced by its Fallback). One
// xmllint run per schema over all the parts it governs, not one process per part.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { XMLSerializer, type Element } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import { childElements, readXml } from '../../shared/xml-reading';

const run = promisify(execFile);
const OOXML = fileURLToPath(new URL('../ooxml/', import.meta.url));
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/** The schema for a part, by its root element's namespace and name. */
const SCHEMAS: readonly { namespace: string; root?: string; schema: string }[] = [
  { namespace: 'http://schemas.openxmlformats.org/package/2006/content-types', schema: 'xsd/opc-xsd/opc-contentTypes.xsd' },
  { namespace: 'http://schemas.openxmlformats.org/package/2006/relationships', schema: 'xsd/opc-xsd/opc-relationships.xsd' },
  { namespace: 'http://schemas.openxmlformats.org/package/2006/metadata/core-properties', schema: 'xsd/opc-xsd/opc-coreProperties.xsd' },
  { namespace: 'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties', schema: 'xsd/shared-documentPropertiesExtended.xsd' },
  { namespace: 'http://schemas.openxmlformats.org/officeDocument/2006/custom-properties', schema: 'xsd/shared-documentPropertiesCustom.xsd' },
  { namespace: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main', schema: 'xsd/wml.xsd' },
  { namespace: 'http://schemas.openxmlformats.org/drawingml/2006/main', root: 'theme', schema: 'xsd/dml-main.xsd' },
];

export interface SchemaProblem {
  document: string;
  part: string;
  message: string;
}

/** The prefixes mc:Ignorable names, as namespaces. */
function ignorableNamespaces(element: Element): Set<string> {
  const namespaces = new Set<string>();
  for (const prefix of (element.getAttributeNS(MC, 'Ignorable') ?? '').split(/\s+/).filter((word) => word !== '')) {
    const namespace = element.lookupNamespaceURI(prefix);
    if (namespace !== null) namespaces.add(namespace);
  }
  return namespaces;
}

/** Markup compatibility as a consumer that knows none of the extensions applies it, in place. */
function applyCompatibility(element: Element, inherited: ReadonlySet<string>): void {
  const ignorable = new Set([...inherited, ...ignorableNamespaces(element)]);
  element.removeAttributeNS(MC, 'Ignorable');
  for (const attribute of Array.from(element.attributes)) {
    if (attribute.namespaceURI !== null && ignorable.has(attribute.namespaceURI)) element.removeAttributeNode(attribute);
  }
  for (const child of childElements(element)) {
    if (child.namespaceURI === MC && child.localName === 'AlternateContent') {
      const fallback = childElements(child, 'Fallback', MC)[0];
      for (const kept of fallback === undefined ? [] : childElements(fallback)) {
        element.insertBefore(kept, child);
        applyCompatibility(kept, ignorable);
      }
      element.removeChild(child);
    } else if (child.namespaceURI !== null && ignorable.has(child.namespaceURI)) {
      element.removeChild(child);
    } else {
      applyCompatibility(child, ignorable);
    }
  }
}

interface PreparedPart {
  document: string;
  part: string;
  file: string;
}

/**
 * xmllint's report: "file:12: element p: Schemas validity error : …" for each problem, then
 * "file validates" or "file fails to validate"; anything else it says (a schema that does not
 * compile) is a problem of the run.
 */
function problemsIn(output: string, prepared: readonly PreparedPart[]): SchemaProblem[] {
  const byFile = new Map(prepared.map((part) => [part.file, part]));
  const problems: SchemaProblem[] = [];
  for (const line of output.split('\n').filter((text) => text.trim() !== '')) {
    const located = /^(.+?):(\d+): (.*)$/.exec(line);
    const part = located === null ? undefined : byFile.get(located[1]!);
    if (located !== null && part !== undefined) problems.push({ document: part.document, part: part.part, message: `line ${located[2]}: ${located[3]}` });
    else if (line.endsWith(' validates')) continue;
    else {
      const failed = /^(.+) fails to validate$/.exec(line);
      const known = failed === null ? undefined : byFile.get(failed[1]!);
      if (known === undefined) problems.push({ document: '(xmllint)', part: '', message: line });
      else if (!problems.some((problem) => problem.document === known.document && problem.part === known.part)) problems.push({ document: known.document, part: known.part, message: 'fails to validate' });
    }
  }
  return problems;
}

/**
 * Every problem the schemas find in the packages' XML parts, as "document, part: line n: …"; an
 * empty list when all of them validate. A part no schema governs, or that does not parse, is a problem too.
 */
export async function schemaProblems(documents: readonly { name: string; docx: Uint8Array }[]): Promise<SchemaProblem[]> {
  const folder = await mkdtemp(join(tmpdir(), 'ooxml-validation-'));
  try {
    const problems: SchemaProblem[] = [];
    const bySchema = new Map<string, PreparedPart[]>();
    for (const [index, { name, docx }] of documents.entries()) {
      const files = unzipSync(docx);
      for (const [part, bytes] of Object.entries(files)) {
        if (!/\.(xml|rels)$/.test(part)) continue;
        const reading = readXml(strFromU8(bytes));
        if (!reading.ok) {
          problems.push({ document: name, part, message: `does not parse: ${reading.message}` });
          continue;
        }
        const { root } = reading;
        const schema = SCHEMAS.find((entry) => entry.namespace === root.namespaceURI && (entry.root === undefined || entry.root === root.localName))?.schema;
        if (schema === undefined) {
          problems.push({ document: name, part, message: `no schema governs its root <${root.nodeName}> (${root.namespaceURI ?? 'no namespace'})` });
          continue;
        }
        applyCompatibility(root, new Set());
        const file = join(folder, String(index), part);
        await mkdir(dirname(file), { recursive: true });
        await writeFile(file, new XMLSerializer().serializeToString(reading.document));
        bySchema.set(schema, [...(bySchema.get(schema) ?? []), { document: name, part, file }]);
      }
    }
    for (const [schema, parts] of bySchema) {
      const result = await run('xmllint', ['--noout', '--nonet', '--schema', join(OOXML, schema), ...parts.map(({ file }) => file)], {
        env: { ...process.env, XML_CATALOG_FILES: join(OOXML, 'dublin-core/catalog.xml') },
        maxBuffer: 64 * 1024 * 1024,
      }).catch((error: { code?: unknown; stdout?: string; stderr?: string }) => {
        // xmllint exits 3 when a file fails to validate, 4 or 5 when the schema does not load: its report says which.
        if (typeof error.code !== 'number') throw new Error('xmllint could not run: install Debian\'s libxml2-utils (apt-get install libxml2-utils).', { cause: error });
        return { stdout: error.stdout ?? '', stderr: error.stderr ?? '' };
      });
      problems.push(...problemsIn(result.stderr, parts));
    }
    return problems;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** The problems as lines for a failing assertion's message. */
export function describeProblems(problems: readonly SchemaProblem[]): string[] {
  return problems.map(({ document, part, message }) => `${document}, ${part}: ${message}`);
}
