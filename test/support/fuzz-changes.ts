// How the readers' fuzz tests change a file: at the level of JSON (a field gone, another value,
// a list entry doubled or gone, many small changes at once) and of text (cut short, something
// typed in or taken out), and what a person may read when a file is refused.
import fc from 'fast-check';
import { randomSequence } from '../../scripts/bench-reports';
import { anyText } from './schema-arbitrary';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Small whole numbers stand for versions: the current one and the next, of reports and templates alike.
export const hostileValue = fc.oneof(fc.jsonValue({ maxDepth: 2 }), anyText, fc.constantFrom(-1, 0, 1e308, -0, 36, 37, 1, 2, 3, 4, 5, '2025', '', 'month-names', [], {}));

/** One change somewhere in the JSON: a field gone, given another value, a list entry doubled or gone. */
export const jsonChange = fc.record({ path: fc.array(fc.nat(), { maxLength: 6 }), kind: fc.constantFrom('delete', 'replace', 'double', 'empty'), value: hostileValue });

export function applyJsonChange(data: unknown, change: { path: number[]; kind: string; value: unknown }): unknown {
  const copy = structuredClone(data);
  let parent: unknown = null;
  let key: string | number | null = null;
  let node: unknown = copy;
  for (const step of change.path) {
    const keys = Array.isArray(node) ? node.map((_, index) => index) : isRecord(node) ? Object.keys(node) : [];
    if (keys.length === 0) break;
    parent = node;
    key = keys[step % keys.length]!;
    node = (node as Record<string | number, unknown>)[key];
  }
  if (parent === null || key === null) return change.kind === 'replace' ? change.value : copy;
  const container = parent as Record<string | number, unknown>;
  if (change.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete container[key];
  } else if (change.kind === 'double' && Array.isArray(parent)) {
    parent.splice(key as number, 0, structuredClone(node));
  } else if (change.kind === 'empty') {
    container[key] = Array.isArray(node) ? [] : isRecord(node) ? {} : typeof node === 'string' ? '' : null;
  } else {
    container[key] = change.value;
  }
  return copy;
}

/** Many small changes at once, all through the file: each value has a few chances in a hundred of another. */
export const scramble = fc.record({ seed: fc.integer(), rate: fc.constantFrom(0.02, 0.05, 0.15), values: fc.array(hostileValue, { minLength: 8, maxLength: 8 }) });

export function applyScramble(data: unknown, { seed, rate, values }: { seed: number; rate: number; values: unknown[] }): unknown {
  const random = randomSequence(seed);
  const visit = (node: unknown): unknown => {
    if (random() < rate) return values[Math.floor(random() * values.length)];
    if (Array.isArray(node)) return node.map(visit);
    if (isRecord(node)) return Object.fromEntries(Object.entries(node).map(([key, field]) => [key, visit(field)]));
    return node;
  };
  return visit(structuredClone(data));
}

/** One change in the text: cut short, something typed in, something taken out. */
export const textChange = fc.record({ at: fc.nat(), kind: fc.constantFrom('cut', 'insert', 'remove', 'bom'), text: anyText, length: fc.integer({ min: 1, max: 40 }) });

export function applyTextChange(text: string, change: { at: number; kind: string; text: string; length: number }): string {
  const at = text.length === 0 ? 0 : change.at % text.length;
  if (change.kind === 'cut') return text.slice(0, at);
  if (change.kind === 'insert') return text.slice(0, at) + change.text + text.slice(at);
  if (change.kind === 'remove') return text.slice(0, at) + text.slice(at + change.length);
  return `\uFEFF${text}`;
}

/** What a person may read: one sentence, no JavaScript error's words, no stack. */
export const JAVASCRIPT_WORDS = /\b(TypeError|ReferenceError|RangeError|SyntaxError|undefined is not|Cannot read propert|is not a function|is not iterable)\b|\n\s+at /;

export function parsedJson(text: string): { ok: true; data: unknown } | { ok: false } {
  try {
    return { ok: true, data: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch {
    return { ok: false };
  }
}

/** A file's text from data: indented JSON as the app writes it, JSON cut or typed into, or no JSON at all. */
export function fileTextFrom(changedData: fc.Arbitrary<unknown>): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 5, arbitrary: fc.tuple(changedData, fc.constantFrom(0, 2)).map(([data, indent]) => JSON.stringify(data, null, indent) ?? 'null') },
    { weight: 3, arbitrary: fc.tuple(changedData, fc.array(textChange, { minLength: 1, maxLength: 3 })).map(([data, changes]) => changes.reduce(applyTextChange, JSON.stringify(data) ?? '')) },
    { weight: 1, arbitrary: fc.oneof(fc.json(), fc.string({ unit: 'binary', maxLength: 200 }), fc.constantFrom('', '\uFEFF', 'PK\u0003\u0004', 'null', '[]', '{}')) },
  );
}

/** Data changed: one to three JSON changes, or a scramble through the whole file. */
export function changedFrom(data: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.tuple(data, fc.array(jsonChange, { maxLength: 3 })).map(([value, changes]) => changes.reduce(applyJsonChange, value)) },
    { weight: 1, arbitrary: fc.tuple(data, scramble).map(([value, change]) => applyScramble(value, change)) },
  );
}
