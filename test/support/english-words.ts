// The English catalogue's own words: those of its messages that neither French nor German
// uses ("the", "against", "average", "persons"), to find English left in a French or German
// document. Words the person wrote are theirs, never counted.
import { CATALOGUES, type Catalogue } from '../../shared/i18n/catalogues';

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
