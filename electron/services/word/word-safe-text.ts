// The one gate every text passes on its way into a .docx: Word's parts are XML 1.0, which
// cannot hold U+FFFE, U+FFFF, control characters other than tab and line breaks, or half of a
// surrogate pair. A report may hold them (pasted from anywhere, or a hand-edited file); a
// document that does not open is worse than a character gone.

// eslint-disable-next-line no-control-regex -- control characters are what this removes
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text as XML 1.0 can carry it: line breaks as \n, forbidden characters dropped, a lone surrogate as U+FFFD. */
export function xmlSafeText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(NOT_IN_XML, '').replace(LONE_SURROGATE, '\uFFFD');
}

/** The same value with every string in it made XML-safe: the report as the Word export reads it. */
export function xmlSafeValue<T>(value: T): T {
  if (typeof value === 'string') return xmlSafeText(value) as T;
  if (Array.isArray(value)) return value.map(xmlSafeValue) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, xmlSafeValue(field)])) as T;
  }
  return value;
}
