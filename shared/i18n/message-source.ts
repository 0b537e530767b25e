// Each message as IntlMessageFormat takes it: parsed. Here, for Node (main, the command line,
// tests), from its ICU text when first used, and kept: plain objects, which the command line's
// start-up snapshot holds once its warm-up has used them. The window's build puts in its place
// the same messages parsed at build time (vite.config.ts, precompiledMessages), so the window
// ships no ICU parser.
import { parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { CATALOGUES, type MessageKey } from './catalogues';
import type { DocumentLanguage } from './document-language';

const parsed = new Map<string, MessageFormatElement[]>();

export function messageSource(language: DocumentLanguage, key: MessageKey): MessageFormatElement[] {
  const id = `${language}\u0000${key}`;
  let message = parsed.get(id);
  if (message === undefined) {
    // Tags are not markup here: a "<" in a message is a "<".
    message = parse(CATALOGUES[language][key], { ignoreTag: true });
    parsed.set(id, message);
  }
  return message;
}
