// The languages a report is offered in, named as a person reads them ("English (United
// Kingdom)"): the export writes the chosen one into the document, for Word's spelling checker,
// hyphenation and a screen reader's voice.

/** The languages the reports of European service providers are written in, and a few more. */
const OFFERED: readonly string[] = [
  'en-GB', 'en-US', 'en-IE', 'fr-FR', 'fr-BE', 'fr-CH', 'de-DE', 'de-AT', 'de-CH', 'it-IT', 'es-ES', 'ca-ES', 'pt-PT', 'pt-BR',
  'nl-NL', 'nl-BE', 'da-DK', 'sv-SE', 'nb-NO', 'fi-FI', 'et-EE', 'lv-LV', 'lt-LT', 'pl-PL', 'cs-CZ', 'sk-SK', 'sl-SI', 'hr-HR',
  'sr-Latn-RS', 'hu-HU', 'ro-RO', 'bg-BG', 'el-GR', 'tr-TR', 'uk-UA', 'he-IL', 'ar-SA',
];

export interface LanguageChoice {
  tag: string;
  /** "English (United Kingdom) · en-GB". */
  label: string;
}

/** Every offered language, and the report's own when it is not among them, sorted by name. */
export function languageChoices(current: string): LanguageChoice[] {
  const names = new Intl.DisplayNames(['en'], { type: 'language', languageDisplay: 'standard' });
  const tags = OFFERED.includes(current) ? OFFERED : [...OFFERED, current];
  return tags.map((tag) => ({ tag, label: `${names.of(tag) ?? tag} · ${tag}` })).sort((a, b) => a.label.localeCompare(b.label, 'en'));
}
