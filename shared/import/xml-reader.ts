// A small, strict XML reader for the subset ARGO's web API writes: one root element, nested
// elements with quoted attributes, the five named entities and character references, comments,
// CDATA and an XML declaration. No DOCTYPE (so no entity expansion) and no namespaces' meaning.
// Pure: shared/ runs in Node and the browser, and the browser's DOMParser is not in Node.

export interface XmlElement {
  name: string;
  attributes: ReadonlyMap<string, string>;
  children: XmlElement[];
  /** The element's own text (entities decoded), without its children's. */
  text: string;
  /** Where the element starts, 1-based, for messages. */
  line: number;
}

export type XmlReading = { ok: true; root: XmlElement } | { ok: false; message: string };

class XmlProblem extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
  }
}

const NAME = /[A-Za-z_:][\w.:-]*/y;
const SPACE = /[ \t\r\n]+/y;
const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Line and column (1-based) of a position in the text. */
export function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  return { line, column: position - before.lastIndexOf('\n') };
}

class Reader {
  private position = 0;
  /** Where each line starts, so an element's line costs a search, not a scan of the text before it. */
  private readonly lineStarts: number[] = [0];

  constructor(private readonly text: string) {
    for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) this.lineStarts.push(index + 1);
  }

  private lineAt(position: number): number {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.lineStarts[middle]! <= position) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  }

  read(): XmlElement {
    this.skipMisc(true);
    if (this.text.startsWith('<!DOCTYPE', this.position)) this.fail('the file declares a DOCTYPE, which ARGO results never do');
    if (!this.text.startsWith('<', this.position) || this.position >= this.text.length) this.fail('expected the root element, such as <root>');
    const root = this.element();
    this.skipMisc(false);
    if (this.position < this.text.length) this.fail('unexpected content after the end of the root element');
    return root;
  }

  private fail(message: string, position = this.position): never {
    throw new XmlProblem(message, position);
  }

  private skipSpace(): boolean {
    SPACE.lastIndex = this.position;
    if (!SPACE.test(this.text)) return false;
    this.position = SPACE.lastIndex;
    return true;
  }

  /** Whitespace, comments and processing instructions (the declaration only at the very start). */
  private skipMisc(atStart: boolean): void {
    for (;;) {
      const before = this.position;
      this.skipSpace();
      if (this.text.startsWith('<?', this.position)) {
        const isDeclaration = /^<\?xml[\s?]/.test(this.text.slice(this.position, this.position + 6));
        if (isDeclaration && !(atStart && before === 0 && this.position === 0)) this.fail('the XML declaration <?xml …?> must come first in the file');
        this.skipPast('?>', 'a processing instruction is not closed with ?>');
      } else if (this.text.startsWith('<!--', this.position)) {
        this.comment();
      } else {
        return;
      }
    }
  }

  private skipPast(end: string, message: string): void {
    const found = this.text.indexOf(end, this.position);
    if (found === -1) this.fail(message);
    this.position = found + end.length;
  }

  private comment(): void {
    const start = this.position;
    const end = this.text.indexOf('-->', start + 4);
    if (end === -1) this.fail('a comment <!-- is never closed with -->', start);
    if (this.text.slice(start + 4, end).includes('--')) this.fail('a comment contains "--", which XML does not allow', start);
    this.position = end + 3;
  }

  private name(what: string): string {
    NAME.lastIndex = this.position;
    const match = NAME.exec(this.text);
    if (match === null) this.fail(`expected ${what}`);
    this.position = NAME.lastIndex;
    return match[0];
  }

  private element(): XmlElement {
    const start = this.position;
    this.position += 1; // '<'
    const name = this.name('an element name after <');
    const attributes = new Map<string, string>();
    for (;;) {
      const spaced = this.skipSpace();
      const next = this.text[this.position];
      if (next === '>' || next === '/') break;
      if (next === undefined) this.fail(`the tag <${name}> is never closed with >`, start);
      if (!spaced) this.fail(`expected a space between the attributes of <${name}>`);
      const attributeAt = this.position;
      const attribute = this.name(`an attribute name or > in <${name}>`);
      this.skipSpace();
      if (this.text[this.position] !== '=') this.fail(`the attribute ${attribute} of <${name}> has no value (expected ="…")`);
      this.position += 1;
      this.skipSpace();
      const value = this.quoted(attribute, name);
      if (attributes.has(attribute)) this.fail(`<${name}> has the attribute ${attribute} twice`, attributeAt);
      attributes.set(attribute, value);
    }
    const element: XmlElement = { name, attributes, children: [], text: '', line: this.lineAt(start) };
    if (this.text.startsWith('/>', this.position)) {
      this.position += 2;
      return element;
    }
    this.position += 1; // '>'
    this.content(element);
    return element;
  }

  private quoted(attribute: string, element: string): string {
    const quote = this.text[this.position];
    if (quote !== '"' && quote !== "'") this.fail(`the value of ${attribute} in <${element}> must be in quotes`);
    const end = this.text.indexOf(quote, this.position + 1);
    if (end === -1) this.fail(`the value of ${attribute} in <${element}> is never closed with ${quote}`);
    const raw = this.text.slice(this.position + 1, end);
    const lessThan = raw.indexOf('<');
    if (lessThan !== -1) this.fail(`the value of ${attribute} in <${element}> contains <, which must be written &lt;`, this.position + 1 + lessThan);
    const value = this.decode(raw, this.position + 1);
    this.position = end + 1;
    return value;
  }

  private content(element: XmlElement): void {
    let text = '';
    for (;;) {
      const next = this.text.indexOf('<', this.position);
      if (next === -1) this.fail(`<${element.name}> (line ${element.line}) is never closed with </${element.name}>`);
      text += this.decode(this.text.slice(this.position, next), this.position);
      this.position = next;
      if (this.text.startsWith('</', this.position)) {
        this.position += 2;
        const closing = this.name(`the name of the element closed with </`);
        this.skipSpace();
        if (this.text[this.position] !== '>') this.fail(`expected > to end </${closing}`);
        if (closing !== element.name) this.fail(`</${closing}> closes <${element.name}> (line ${element.line}); the names must match`, next);
        this.position += 1;
        element.text = text;
        return;
      }
      if (this.text.startsWith('<!--', this.position)) this.comment();
      else if (this.text.startsWith('<![CDATA[', this.position)) {
        const end = this.text.indexOf(']]>', this.position);
        if (end === -1) this.fail('a <![CDATA[ section is never closed with ]]>');
        text += this.text.slice(this.position + 9, end);
        this.position = end + 3;
      } else if (this.text.startsWith('<?', this.position)) this.skipPast('?>', 'a processing instruction is not closed with ?>');
      else if (this.text.startsWith('<!', this.position)) this.fail('a declaration <! is not allowed inside an element');
      else element.children.push(this.element());
    }
  }

  /** Character data with its entity and character references decoded. */
  private decode(raw: string, offset: number): string {
    if (!raw.includes('&')) return raw;
    return raw.replace(/&([^;&\s<]*);?/g, (whole, reference: string, at: number) => {
      const position = offset + at;
      if (!whole.endsWith(';')) this.fail('an & must start a reference such as &amp; (a literal & is written &amp;)', position);
      const named = NAMED_ENTITIES[reference];
      if (named !== undefined) return named;
      const code = /^#x[0-9a-fA-F]+$/.test(reference) ? parseInt(reference.slice(2), 16) : /^#\d+$/.test(reference) ? parseInt(reference.slice(1), 10) : null;
      if (code === null) this.fail(`unknown entity &${reference}; (XML knows &amp; &lt; &gt; &quot; &apos; and &#…;)`, position);
      if (code > 0x10ffff || code === 0 || (code >= 0xd800 && code <= 0xdfff)) this.fail(`&${reference}; is not a character`, position);
      return String.fromCodePoint(code);
    });
  }
}

/** Reads the text as XML; a problem comes back as "line 3, column 14: …". Never throws. */
export function readXml(text: string): XmlReading {
  const body = text.startsWith('\ufeff') ? text.slice(1) : text;
  try {
    return { ok: true, root: new Reader(body).read() };
  } catch (error) {
    if (!(error instanceof XmlProblem)) throw error;
    const { line, column } = lineAndColumn(body, error.position);
    return { ok: false, message: `line ${line}, column ${column}: ${error.message}` };
  }
}
