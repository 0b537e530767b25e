// The English catalogue's own words: those of its messages that neither French nor German
// uses ("the", "against", "average", "persons"), to find English left in a French or German
// document, and the English templates' words in a French or German template. Words the person
// wrote are theirs, never counted.
import { CATALOGUES, type Catalogue } from '../../shared/i18n/catalogues';
import { TEMPLATE_WORDS } from '../../shared/i18n/template-words';

/** The words of a catalogue's messages, without their ICU syntax (argument names, option keys). */
function catalogueWords(catalogue: Catalogue): Set<string> {
  const words = new Set<string>();
  for (const message of Object.values(catalogue)) {
    const text = message
      .replace(/\{\s*[\p{L}\d_]+\s*(,\s*(plural|select)\s*,)?/gu, ' ')
      .replace(/(^|\s)(=\d+|[\p{L}]+)\s*\{/gu, ' ')
      .replace(/[{}]/g, ' ');
    for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) words.add(word);
  }
  return words;
}

/** The English catalogue's words of three letters or more that no other catalogue has. */
export function distinctiveEnglishWords(): Set<string> {
  const others = new Set([...catalogueWords(CATALOGUES.fr), ...catalogueWords(CATALOGUES.de)]);
  return new Set([...catalogueWords(CATALOGUES.en)].filter((word) => word.length >= 3 && !others.has(word)));
}

/** The English catalogue's words found in a text, leaving out any the person wrote themselves. */
export function englishWordsIn(text: string, personsWords: readonly string[]): string[] {
  const english = distinctiveEnglishWords();
  const own = new Set(personsWords.join(' ').toLowerCase().match(/\p{L}+/gu) ?? []);
  const found = (text.toLowerCase().match(/\p{L}+/gu) ?? []).filter((word) => english.has(word) && !own.has(word));
  return [...new Set(found)];
}

/** Every string of a value: a template's words, a template itself. */
export function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(stringsOf);
  return [];
}

/**
 * The English templates' words that are French or German words too, or names: left out of the
 * check in that language, each on purpose. OLA, EGI and Medium (EGI's support level) are names.
 */
const SHARED_WITH_ENGLISH: Readonly<Record<'fr' | 'de', readonly string[]>> = {
  fr: ['egi', 'ola', 'medium', 'service', 'services', 'effort', 'performance', 'support', 'incident', 'incidents', 'cause', 'impact', 'actions', 'coordination', 'consortium', 'publications', 'production', 'plan'],
  de: ['egi', 'ola', 'medium', 'service', 'support', 'partner', 'workshop'],
};

/**
 * The English words in a French or German text, from the document's English catalogue or the
 * English templates' own words (three letters or more), leaving out those the language's own
 * catalogue uses ("Service-Level-Parameter") or shares on purpose, and any of `exempt` (words
 * kept in English by choice, such as an agreement's English name).
 */
export function englishTemplateWordsIn(text: string, language: 'fr' | 'de', exempt: readonly string[] = []): string[] {
  const templateWords = stringsOf(TEMPLATE_WORDS.en).join(' ').toLowerCase().match(/\p{L}{3,}/gu) ?? [];
  const english = new Set([...distinctiveEnglishWords(), ...templateWords]);
  for (const word of [...catalogueWords(CATALOGUES[language]), ...SHARED_WITH_ENGLISH[language], ...(exempt.join(' ').toLowerCase().match(/\p{L}+/gu) ?? [])]) english.delete(word);
  return [...new Set((text.toLowerCase().match(/\p{L}+/gu) ?? []).filter((word) => english.has(word)))];
}
