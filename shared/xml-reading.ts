// XML as the app reads it: ARGO's results and a Word template's parts, with @xmldom/xmldom (a
// pure-JavaScript DOM, so the same code runs in Node and in the browser, where shared/ may not
// reach the page's own DOMParser). Strict: any warning of the parser is a refusal, as Word and
// ARGO never write what it warns about. No DOCTYPE is accepted at all, so no entity is ever
// expanded or fetched from outside the file.
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';

export type { Document, Element } from '@xmldom/xmldom';

export type XmlReading = { ok: true; document: Document; root: Element } | { ok: false; message: string };

interface XmlProblem {
  message: string;
  line: number;
  column: number;
}

/** Line and column (1-based) of a position in a text, for messages about JSON as well as XML. */
export function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  return { line, column: position - before.lastIndexOf('\n') };
}

/** The parser's words, without its own wrapping ("Reporting fatalError … caused Error: …"). */
function plainMessage(message: string): string {
  return message.replace(/\s+/g, ' ').trim();
}

/** Reads the text as XML; a problem comes back as "line 3, column 14: …". Never throws. */
export function readXml(text: string): XmlReading {
  const body = text.startsWith('\ufeff') ? text.slice(1) : text;
  // The first thing the parser reports is the problem; the parser is stopped there.
  let problem: XmlProblem | null = null;
  let document: Document | null = null;
  try {
    document = new DOMParser({
      onError: (_level, message, context) => {
        const { lineNumber = 1, columnNumber = 1 } = context.locator ?? {};
        problem ??= { message: plainMessage(message), line: Math.max(1, lineNumber), column: Math.max(1, columnNumber) };
        throw new Error(problem.message);
      },
    }).parseFromString(body, 'text/xml');
  } catch (error) {
    problem ??= { message: error instanceof Error ? plainMessage(error.message) : 'not XML', line: 1, column: 1 };
  }
  if (problem !== null || document === null) {
    const { line, column, message } = problem ?? { line: 1, column: 1, message: 'not XML' };
    return { ok: false, message: `line ${line}, column ${column}: ${message}` };
  }
  if (document.doctype !== null) return { ok: false, message: 'line 1, column 1: the file declares a DOCTYPE, which is refused (its entities could expand or reach outside the file)' };
  const root = document.documentElement;
  if (root === null) return { ok: false, message: 'line 1, column 1: expected the root element, such as <root>' };
  return { ok: true, document, root };
}

/** The element's child elements, all or those of one local name (and namespace, where given), in order. */
export function childElements(parent: Element, localName?: string, namespace?: string): Element[] {
  const children: Element[] = [];
  for (let node = parent.firstChild; node !== null; node = node.nextSibling) {
    if (node.nodeType !== node.ELEMENT_NODE) continue;
    const element = node as Element;
    if (localName !== undefined && element.localName !== localName) continue;
    if (namespace !== undefined && element.namespaceURI !== namespace) continue;
    children.push(element);
  }
  return children;
}

/** The first child element of that local name (and namespace), or null. */
export function childElement(parent: Element, localName: string, namespace?: string): Element | null {
  return childElements(parent, localName, namespace)[0] ?? null;
}

/** The element's own text, its children's left out (ARGO's <message>). */
export function ownText(element: Element): string {
  let text = '';
  for (let node = element.firstChild; node !== null; node = node.nextSibling) {
    if (node.nodeType === node.TEXT_NODE || node.nodeType === node.CDATA_SECTION_NODE) text += node.nodeValue ?? '';
  }
  return text;
}

/** The line an element starts on (1-based), for messages. */
export function lineOf(element: Element): number {
  return element.lineNumber ?? 1;
}
