// The languages the document's own words are written in, and which of them a report's language
// tag (en-GB, fr-BE, de-CH …) takes. A report in a language without a catalogue of its own is
// written in English, numbers and months included, rather than half in one language, half in another.

/** The languages with a catalogue of the document's words, English first (the one every key is typed from). */
export const DOCUMENT_LANGUAGES = ['en', 'fr', 'de'] as const;
export type DocumentLanguage = (typeof DOCUMENT_LANGUAGES)[number];

/** The locale Intl formats an English document in: today's "99.76 %", "Jan 2026". */
export const ENGLISH_LOCALE = 'en-GB';

/** The catalogue a report's language tag takes: its primary language where it has one, else English. */
export function documentLanguage(tag: string): DocumentLanguage {
  const primary = tag.split('-')[0]?.toLowerCase() ?? '';
  return (DOCUMENT_LANGUAGES as readonly string[]).includes(primary) ? (primary as DocumentLanguage) : 'en';
}

/**
 * The locale numbers and months are formatted in: the report's own tag in a language with a
 * catalogue (fr-CH, de-AT keep their country's ways), English otherwise.
 */
export function documentLocale(tag: string): string {
  return documentLanguage(tag) === 'en' ? ENGLISH_LOCALE : tag;
}
