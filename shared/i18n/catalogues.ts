// Every catalogue of the document's words, by language, and the arguments each message takes,
// read from the English message's own text: a message called without one of its arguments, or
// a key no catalogue has, fails the type check.
import { en, type Catalogue, type MessageKey } from './catalogue-en';
import { fr } from './catalogue-fr';
import { de } from './catalogue-de';
import type { DocumentLanguage } from './document-language';

export type { Catalogue, MessageKey } from './catalogue-en';

export const CATALOGUES: Readonly<Record<DocumentLanguage, Catalogue>> = { en, fr, de };

/** A name as an argument's braces hold it: letters, no space, brace or comma (the text of a message holds those). */
type ArgumentName<Name extends string> = Name extends '' | `${string}${' ' | '{' | '}' | ',' | '#' | "'"}${string}` ? never : Lowercase<Name> extends Uppercase<Name> ? never : Name;

/** The argument named right after an opening brace: "{pm} PM" → "pm", "{people, plural, …" → "people". */
type NameAfterBrace<Rest extends string> = (Rest extends `${infer Name}}${string}` ? ArgumentName<Name> : never) | (Rest extends `${infer Name},${string}` ? ArgumentName<Name> : never);

type Popped<Depth extends unknown[]> = Depth extends [unknown, ...infer Rest] ? Rest : [];

/**
 * The names of a message's arguments, read brace by brace: a brace opened outside any argument,
 * or inside an option of a select or plural, opens an argument ("{name}", "{count, plural, …}");
 * one opened inside an argument opens an option's text ("one {# month}"), whatever it says.
 */
type ArgumentsOf<Message extends string, Depth extends unknown[] = [], Found extends string = never> = Message extends `${infer Head}{${infer Rest}`
  ? Head extends `${string}}${string}`
    ? Message extends `${string}}${infer AfterClose}`
      ? ArgumentsOf<AfterClose, Popped<Depth>, Found>
      : Found
    : ArgumentsOf<Rest, [...Depth, unknown], Depth['length'] extends 0 | 2 | 4 | 6 | 8 ? Found | NameAfterBrace<Rest> : Found>
  : Found;

/** The values a message takes: each argument its English text names, a figure already written or a count. */
export type MessageValues<Key extends MessageKey> = [ArgumentsOf<(typeof en)[Key]>] extends [never] ? Record<never, never> : Record<ArgumentsOf<(typeof en)[Key]>, string | number>;
