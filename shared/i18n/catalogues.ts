// Every catalogue of the document's words, by language, and the arguments each message takes,
// read from the English message's own text: a message called without one of its arguments, or
// a key no catalogue has, fails the type check.
import { en, type Catalogue, type MessageKey } from './catalogue-en';
import { fr } from './catalogue-fr';
import { de } from './catalogue-de';
import type { DocumentLanguage } from './document-language';

export type { Catalogue, MessageKey } from './catalogue-en';

export const CATALOGUES: Readonly<Record<DocumentLanguage, Catalogue>> = { en, fr, de };

/** Options of select and plural, and the message's own text, are never argument names: they hold no letter, or a space or brace. */
type ArgumentName<Name extends string> = Name extends '' | `${string}${' ' | '{' | ',' | '#' | "'"}${string}` ? never : Lowercase<Name> extends Uppercase<Name> ? never : Name;

/** The names in a message's braces: "{name}: {pm} PM" → "name" | "pm"; "{people, plural, …}" → "people". */
type ArgumentsOf<Message extends string, Found extends string = never> = Message extends `${string}{${infer Rest}`
  ? Rest extends `${infer Name}}${string}`
    ? ArgumentsOf<Rest, Found | ArgumentName<Name> | (Rest extends `${infer Head},${string}` ? ArgumentName<Head> : never)>
    : ArgumentsOf<Rest, Found | (Rest extends `${infer Head},${string}` ? ArgumentName<Head> : never)>
  : Found;

/** The values a message takes: each argument its English text names, a figure already written or a count. */
export type MessageValues<Key extends MessageKey> = [ArgumentsOf<(typeof en)[Key]>] extends [never] ? Record<never, never> : Record<ArgumentsOf<(typeof en)[Key]>, string | number>;
