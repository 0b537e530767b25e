// The window's own words about the report's language, kept apart from the document's catalogue
// (shared/i18n): the document speaks the report's language, the window stays English in this
// version. Its other words are still written in its components; new ones come here, so that
// translating the window later is a catalogue of these keys (as shared/i18n/catalogue-*.ts are
// for the document) rather than a hunt through the components.
import { documentLanguage } from '../shared/i18n/document-language';
import type { TitleRename } from '../shared/report-language';

function plural(count: number, one: string, other: string): string {
  return count === 1 ? one : other;
}

export const WINDOW_WORDS = {
  languageLabel: 'Language',
  /** Under the language field: what the choice changes, and whether the app has words of its own in it. */
  languageHint(tag: string): string {
    return documentLanguage(tag) === 'en' && !tag.toLowerCase().startsWith('en')
      ? 'Word checks spelling in this language; the app writes its own words in English for it (French and German have theirs).'
      : 'The drafts, headings, table and charts are written in this language, and Word checks spelling in it.';
  },
  languageEdit: 'Change the report language',
  renameQuestion(renames: readonly TitleRename[], language: string): { title: string; message: string; details: string[]; rename: string; keep: string } {
    const count = renames.length;
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(language) ?? language;
    return {
      title: plural(count, 'Rename a title too?', `Rename ${count} titles too?`),
      message: `The drafts you have not edited are rewritten in ${name}. ${plural(count, 'This title is still', 'These titles are still')} as the app gave ${plural(count, 'it', 'them')}; your own titles and text stay as they are. Undo brings everything back.`,
      details: renames.map((change) => `${change.from} → ${change.to}`),
      rename: plural(count, 'Rename it', `Rename ${count} titles`),
      keep: plural(count, 'Keep it as it is', 'Keep them as they are'),
    };
  },
};
