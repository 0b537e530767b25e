// Each message as IntlMessageFormat takes it. Here, for Node (main, the command line, tests), its
// ICU text, parsed when first used; the window's build puts in its place the same messages
// already parsed (vite.config.ts, precompiledMessages), so the window ships no ICU parser.
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { CATALOGUES, type MessageKey } from './catalogues';
import type { DocumentLanguage } from './document-language';

export function messageSource(language: DocumentLanguage, key: MessageKey): string | MessageFormatElement[] {
  return CATALOGUES[language][key];
}
