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

/** The tag a report takes in each language when only the language is given: en-GB as Report Desk's reports always were. */
export const LANGUAGE_TAGS: Readonly<Record<DocumentLanguage, string>> = { en: 'en-GB', fr: 'fr-FR', de: 'de-DE' };

/** A language's name in English and in itself: "French", "français". */
export function languageNames(language: DocumentLanguage): { english: string; own: string } {
  return { english: new Intl.DisplayNames(['en'], { type: 'language' }).of(language) ?? language, own: new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language };
}

const plain = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').trim().toLowerCase();

/**
 * The language a person names ("fr", "fr-BE", "French", "Français", "deutsch"), case and accents
 * aside, with the tag the report takes (a tag given keeps its country); null for a language
 * without a document catalogue.
 */
export function documentLanguageNamed(text: string): { language: DocumentLanguage; tag: string } | null {
  const wanted = plain(text);
  for (const language of DOCUMENT_LANGUAGES) {
    const { english, own } = languageNames(language);
    if (wanted === language || wanted === plain(english) || wanted === plain(own)) return { language, tag: LANGUAGE_TAGS[language] };
  }
  const tag = /^([a-z]{2})-[a-z0-9]{2,8}$/i.exec(text.trim());
  if (tag !== null && (DOCUMENT_LANGUAGES as readonly string[]).includes(tag[1]!.toLowerCase())) return { language: documentLanguage(text.trim()), tag: text.trim() };
  return null;
}
